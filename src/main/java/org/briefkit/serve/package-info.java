/**
 * The local preview: an HTTP server on loopback serving the site from memory, a file watcher, live
 * reload by server-sent events, and the error overlay. Nothing here reaches a built site.
 */
package org.briefkit.serve;
