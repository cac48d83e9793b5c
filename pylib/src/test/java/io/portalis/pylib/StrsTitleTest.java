package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Title case and capitalize of characters whose full case mappings are longer than one character. */
class StrsTitleTest {
    @Test
    void fullTitleCaseFollowsSpecialCasing() {
        assertThat(Strs.title("ß")).isEqualTo("Ss");
        assertThat(Strs.title("ﬁ")).isEqualTo("Fi");
        // the apostrophe is not cased, so the letter after it stays upper case
        assertThat(Strs.title("ŉ")).isEqualTo("\u02bcN");
        assertThat(Strs.capitalize("ŉa")).isEqualTo("\u02bcNa");
        // title-case letters of one character of their own, though their upper case has two
        assertThat(Strs.title("ᾳ")).isEqualTo("ᾼ");
        assertThat(Strs.title("ᾈ")).isEqualTo("ᾈ");
        // the iota subscript stays a combining ypogegrammeni
        assertThat(Strs.title("ᾲ")).isEqualTo("Ὰ\u0345");
        assertThat(Strs.capitalize("ᾷx")).isEqualTo("Α\u0342\u0345x");
    }

    @Test
    void joinOfOneItemIsTheItem() {
        String word = new String(new char[] {'s', 'o', 'l', 'o'});
        assertThat(Strs.join("-", PyList.of(word))).isSameAs(word);
        assertThat(Strs.join("-", PyList.of(word, word))).isEqualTo("solo-solo");
    }
}
