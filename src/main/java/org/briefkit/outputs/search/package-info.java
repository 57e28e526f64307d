/**
 * The client-side search index: the files under {@code search/} that {@code search.js} (in
 * templates/static) loads in the reader's browser. {@link org.briefkit.outputs.search.SearchIndex}
 * is the facade; the rest are its parts, in the order a build uses them:
 * {@code Tokenizer} (the rules search.js mirrors) and {@code Text} (body HTML to text);
 * {@code Dictionary} (a number per word, with a table per thread), {@code CodedText} and
 * {@code DocumentTerms} (a document's weighted terms and word pairs, using {@code DocumentTables});
 * {@code Postings} and {@code PairPostings} (documents per term; pairs packed in longs, in parts,
 * within a share of the heap, over {@code LongChunks}); {@code WordRanks} (the words in text
 * order); {@code TermWriter} and {@code Shards} (entries in term order, cut into shard files);
 * {@code DocumentChunks} (what a result shows); {@code FileBatch} (files handed over a batch at a
 * time). After an edit, {@code IndexUpdate} brings an index up to date from its {@code IndexState}
 * (the other public class), reading the shards written before with {@code ShardText}.
 *
 * <p>Thread-safety: {@code SearchIndex} is stateless and may build several graphs at once. The
 * parts belong to one build: the {@code Dictionary} is shared by the threads that make documents'
 * terms; every other part is used by the thread that runs the build, which hands its parallel
 * steps (documents' terms, sorting words, ranking and sorting pairs, making entries, handing over
 * files) to the build's {@link org.briefkit.work.Workers} and waits for them. Nothing here uses
 * the common fork-join pool: the build owns its threads (docs/architecture.md).
 */
package org.briefkit.outputs.search;
