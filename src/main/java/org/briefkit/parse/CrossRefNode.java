package org.briefkit.parse;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A {@code [[target]]}, {@code [[target|text]]} or {@code [[target#anchor|text]]} cross-reference in
 * the Markdown tree. Its inner text is parsed here, not by flexmark, so emphasis markers inside are
 * plain text.
 */
final class CrossRefNode extends Node implements DoNotDecorate {
    private final String target;
    private final String anchor;
    private final String text;
    private int index = -1;

    CrossRefNode(BasedSequence chars) {
        super(chars);
        String inner = chars.subSequence(2, chars.length() - 2).toString();
        int bar = inner.indexOf('|');
        String ref = bar < 0 ? inner : inner.substring(0, bar);
        String label = bar < 0 ? null : inner.substring(bar + 1).strip();
        int hash = ref.indexOf('#');
        this.target = (hash < 0 ? ref : ref.substring(0, hash)).strip();
        this.anchor = hash < 0 ? null : ref.substring(hash + 1).strip();
        this.text = label == null || label.isEmpty() ? null : label;
    }

    String target() {
        return target;
    }

    String anchor() {
        return anchor;
    }

    String text() {
        return text;
    }

    int index() {
        return index;
    }

    void setIndex(int index) {
        this.index = index;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
