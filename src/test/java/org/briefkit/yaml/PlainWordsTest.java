package org.briefkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** {@link PlainWords} gives every scalar the type SnakeYAML's own resolver gives it. */
class PlainWordsTest {
    private static final Resolver SNAKEYAML = new Resolver();
    private static final PlainWords OURS = new PlainWords();

    @Provide
    Arbitrary<String> scalars() {
        Arbitrary<String> words = Arbitraries.of("yes", "Yes", "YES", "yEs", "no", "No", "NO", "nO", "true", "True", "TRUE", "tRUE",
                "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "oFF", "null", "Null", "NULL", "nULL", "~", " ",
                "y", "n", "Y", "N", "TP-02701", "oppose", "title", "theme", "2012-10-27", "5", "-3", "0x1F", ".inf", "1.5", "<<",
                "=", "!", "&", "*", "Ünïcode", "x", "");
        Arbitrary<String> any = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12);
        return Arbitraries.oneOf(words, any, Arbitraries.of("", " x", "\u00e9", "\t").flatMap(p -> words.map(w -> w + p)));
    }

    @Property(tries = 5000)
    void sameTypesAsSnakeYaml(@ForAll("scalars") String value) {
        for (boolean implicit : new boolean[] {true, false}) {
            assertEquals(SNAKEYAML.resolve(NodeId.scalar, value, implicit), OURS.resolve(NodeId.scalar, value, implicit), value);
        }
    }

    @Example
    void collectionsAreUnchanged() {
        assertEquals(Tag.MAP, OURS.resolve(NodeId.mapping, "", true));
        assertEquals(Tag.SEQ, OURS.resolve(NodeId.sequence, "", true));
    }
}
