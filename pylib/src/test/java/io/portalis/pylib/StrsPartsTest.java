package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of a split taken one at a time: the same as CPython's list, for whitespace and separators. */
class StrsPartsTest {
    private static List<String> all(Strs.Parts p) {
        List<String> out = new ArrayList<>();
        for (String s; (s = p.next()) != null; ) {
            out.add(s);
        }
        // an exhausted split stays exhausted
        assertThat(p.next()).isNull();
        return out;
    }

    @Test
    void whitespaceRunsSeparateAndEndsAreDropped() {
        assertThat(all(Strs.parts("  The cat\t sat\n\u000b on\u3000the\u00a0mat  "))).containsExactly("The", "cat",
                "sat", "on", "the", "mat");
        assertThat(all(Strs.parts(""))).isEmpty();
        assertThat(all(Strs.parts(" \t\n "))).isEmpty();
        assertThat(all(Strs.parts("one"))).containsExactly("one");
        // U+001C..U+001F separate in Python, not U+200B
        assertThat(all(Strs.parts("a\u001cb\u200bc"))).containsExactly("a", "b\u200bc");
    }

    @Test
    void maxsplitKeepsTheRestWithItsWhitespace() {
        assertThat(all(Strs.parts("  a b  c  ", null, 1))).containsExactly("a", "b  c  ");
        assertThat(all(Strs.parts("  a b  c  ", null, 0))).containsExactly("a b  c  ");
        assertThat(all(Strs.parts("a b c", null, 2))).containsExactly("a", "b", "c");
        assertThat(all(Strs.parts("a b c   ", null, 2))).containsExactly("a", "b", "c   ");
        assertThat(all(Strs.parts("a b", null, -5))).containsExactly("a", "b");
        assertThat(all(Strs.parts("   ", null, 0))).isEmpty();
    }

    @Test
    void separatorKeepsEmptyParts() {
        assertThat(all(Strs.parts("a,,b,", ","))).containsExactly("a", "", "b", "");
        assertThat(all(Strs.parts("", ","))).containsExactly("");
        assertThat(all(Strs.parts("abab", "ab"))).containsExactly("", "", "");
        assertThat(all(Strs.parts("a,b,c", ",", 1))).containsExactly("a", "b,c");
        assertThat(all(Strs.parts("a,b,c", ",", 0))).containsExactly("a,b,c");
        assertThat(all(Strs.parts("a<>b<>", "<>", 5))).containsExactly("a", "b", "");
    }

    @Test
    void anEmptySeparatorFailsAtOnce() {
        assertThatThrownBy(() -> Strs.parts("a b", "")).isInstanceOf(ValueError.class)
                .hasMessageContaining("empty separator");
        assertThatThrownBy(() -> Strs.parts("", "", 3)).isInstanceOf(ValueError.class);
    }
}
