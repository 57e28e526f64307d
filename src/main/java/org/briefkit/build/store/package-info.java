/**
 * What the build cache keeps on disk, as bytes: a checksummed file format written by replacing
 * the file whole ({@link StoreFile}), its readers and writers ({@link StoreInput},
 * {@link StoreOutput}), the codec of parsed entries and their problems ({@link EntryCodec}) and
 * the 64-bit digests that stand for what pages read ({@link Digest}). Nothing here decides what is
 * reused: {@code build.DiskCache} does.
 */
package org.briefkit.build.store;
