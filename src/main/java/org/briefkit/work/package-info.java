/**
 * The build's threads: one fixed pool of workers, owned by one build, that every parallel stage
 * (parsing, rendering, the search index) runs on. Bottom level: imports nothing of briefkit.
 */
package org.briefkit.work;
