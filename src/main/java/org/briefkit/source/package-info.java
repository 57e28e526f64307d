/**
 * Where a site's files come from: {@link org.briefkit.source.FileSource} on disk, confined to the site
 * folder, or {@link org.briefkit.source.MemorySource} for tests. Listings are in sorted order.
 */
package org.briefkit.source;
