package org.briefkit.outputs.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.briefkit.graph.SiteEntry;
import org.briefkit.outputs.search.DocumentTables.DistinctLongs;
import org.briefkit.outputs.search.DocumentTables.TermSums;
import org.briefkit.work.Workers;
import org.briefkit.text.HtmlText;

/**
 * The terms of one document: single terms (numbers from the dictionary) with their weights, and
 * pairs of neighbouring words ({@link PairPostings#pair}), each once (weight 1); both in the
 * order first met (the postings are in document order whatever the order within a document).
 * Weights: ID {@value #ID}, title {@value #TITLE}, summary {@value #SUMMARY}, body {@value #BODY}
 * per occurrence up to five (docs/search.md). Immutable once made; its arrays are not shared.
 */
record DocumentTerms(int[] terms, int[] weights, long[] pairs) {
    /** Documents whose terms are collected at once; the postings grow block by block, in document order. */
    static final int BLOCK = 256;
    private static final int TITLE = 8;
    private static final int ID = 12;
    private static final int SUMMARY = 3;
    private static final int BODY = 1;

    /** The terms of the documents from {@code first} on (a block of them), made in parallel on {@code workers}. */
    static DocumentTerms[] block(List<SiteEntry> docs, int first, Dictionary dictionary, Workers workers) {
        DocumentTerms[] block = new DocumentTerms[Math.min(BLOCK, docs.size() - first)];
        workers.forEach(block.length, d -> block[d] = of(docs.get(first + d), dictionary));
        return block;
    }

    /**
     * The weighted terms of one entry: its ID, words of title, summary and text (the body and the
     * Markdown fields), and pairs of neighbouring words.
     */
    static DocumentTerms of(SiteEntry e, Dictionary dictionary) {
        String id = e.id().toLowerCase(Locale.ROOT);
        int idWord = Tokenizer.indexable(id) ? dictionary.word(id) : -1;
        // The ID without its separators too ("ru88" for RU-8.8): how people type it on a phone.
        String compact = Tokenizer.compactId(id);
        int compactWord = !compact.equals(id) && Tokenizer.indexable(compact) ? dictionary.word(compact) : -1;
        String html = e.markdown().isEmpty() ? e.html() : e.html() + "\n" + String.join("\n", e.markdown().values());
        Dictionary.Local local = dictionary.take();
        try {
            CodedText idWords = CodedText.of(e.id(), local);
            CodedText title = CodedText.of(e.title(), local);
            CodedText summary = CodedText.of(e.entry().summary() == null ? "" : e.entry().summary(), local);
            char[] chars = local.charBuffer(html.length());
            html.getChars(0, html.length(), chars, 0);
            CodedText body = CodedText.of(chars, HtmlText.fromHtml(chars, html.length()), local);
            // Single terms with their weights summed: the ID whole and its words, title, summary.
            TermSums singles = local.singles;
            singles.reset(2 + idWords.size() + title.size() + summary.size() + body.size());
            if (idWord >= 0) {
                singles.add(idWord, ID);
            }
            if (compactWord >= 0) {
                singles.add(compactWord, ID);
            }
            add(singles, idWords, ID);
            add(singles, title, TITLE);
            add(singles, summary, SUMMARY);
            // Body words count once each, by how often they occur (at most 5), stop words left out.
            TermSums counts = local.counts;
            counts.reset(body.size());
            for (int i = 0; i < body.size(); i++) {
                if (body.words()[i] >= 0 && body.indexable(i)) {
                    counts.add(body.words()[i], 1);
                }
            }
            for (int i = 0; i < counts.size(); i++) {
                singles.add(counts.term(i), BODY * Math.min(counts.sum(i), 5));
            }
            int[] terms = new int[singles.size()];
            int[] weights = new int[terms.length];
            for (int i = 0; i < terms.length; i++) {
                terms[i] = singles.term(i);
                weights[i] = singles.sum(i);
            }
            return new DocumentTerms(terms, weights, pairs(local.pairs, title, summary, body));
        } finally {
            dictionary.giveBack(local);
        }
    }

    /** Each indexable token (stop words too) with {@code weight}. */
    private static void add(TermSums sums, CodedText tokens, int weight) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.indexable(i)) {
                int word = tokens.words()[i];
                sums.add(word >= 0 ? word : ~word, weight);
            }
        }
    }

    /**
     * Pairs of neighbouring words in the texts (stop words skipped), each once, in the order first
     * met, so that a phrase finds its page; each with the part of its first word above the word.
     */
    private static long[] pairs(DistinctLongs seen, CodedText... texts) {
        int most = 0;
        for (CodedText text : texts) {
            most += text.size();
        }
        seen.reset(most);
        long[] pairs = new long[most];
        int p = 0;
        for (CodedText text : texts) {
            long previous = -1;
            for (int i = 0; i < text.size(); i++) {
                int word = text.words()[i];
                if (word < 0) {
                    continue;
                }
                if (previous >= 0) {
                    long pair = PairPostings.pair(previous, word);
                    if (seen.add(pair)) {
                        pairs[p++] = pair;
                    }
                }
                previous = PairPostings.first(text.part(i), word);
            }
        }
        return Arrays.copyOf(pairs, p);
    }
}
