package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Searches in strs holding astral characters and lone surrogates: a match is a run of whole code points, as in
 * CPython, never the half of a surrogate pair that stands for one astral character. Expected values are CPython's.
 */
class StrsSurrogatesTest {
    private static final String HI = "\ud800";
    private static final String LO = "\udf48";
    /** U+10348, the pair HI LO. */
    private static final String GOTHIC = "\ud800\udf48";
    private static final String TEXT = "a" + GOTHIC + "b" + GOTHIC + "c";
    /** Lone surrogates among astral characters: GOTHIC HI q LO GOTHIC, five code points. */
    private static final String MIXED = GOTHIC + HI + "q" + LO + GOTHIC;

    @Test
    void halvesOfAPairAreNotFound() {
        for (String half : new String[] {HI, LO, "a" + HI, LO + "b"}) {
            assertThat(Py.contains(TEXT, half)).as(half).isFalse();
            assertThat(Strs.contains(TEXT, half)).as(half).isFalse();
            assertThat(Strs.find(TEXT, half)).as(half).isEqualTo(-1);
            assertThat(Strs.rfind(TEXT, half)).as(half).isEqualTo(-1);
            assertThat(Strs.count(TEXT, half)).as(half).isZero();
        }
        assertThatThrownBy(() -> Strs.index(TEXT, HI)).isInstanceOf(ValueError.class)
                .hasMessage("substring not found");
        assertThatThrownBy(() -> Strs.rindex(TEXT, LO)).isInstanceOf(ValueError.class)
                .hasMessage("substring not found");
    }

    @Test
    void loneSurrogatesBesidePairsAreFoundAtCodePointIndices() {
        assertThat(Py.contains(MIXED, HI)).isTrue();
        assertThat(Strs.find(MIXED, HI)).isEqualTo(1);
        assertThat(Strs.rfind(MIXED, HI)).isEqualTo(1);
        assertThat(Strs.find(MIXED, LO)).isEqualTo(3);
        assertThat(Strs.rfind(MIXED, LO)).isEqualTo(3);
        assertThat(Strs.index(MIXED, HI + "q")).isEqualTo(1);
        assertThat(Strs.rindex(MIXED, "q" + LO)).isEqualTo(2);
        assertThat(Strs.count(MIXED, HI)).isEqualTo(1);
        assertThat(Strs.count(MIXED, GOTHIC)).isEqualTo(2);
        assertThat(Strs.find(MIXED, HI, 1L, 3L)).isEqualTo(1);
        assertThat(Strs.find(MIXED, HI, 2L, null)).isEqualTo(-1);
        // the second half of the first pair is skipped, and the search goes on to the whole match after it
        assertThat(Strs.find(GOTHIC + "." + LO, LO)).isEqualTo(2);
        assertThat(Strs.rfind(HI + "." + GOTHIC, HI)).isEqualTo(0);
        assertThat(Strs.count(GOTHIC.repeat(5) + HI + "." + LO, HI)).isEqualTo(1);
    }

    @Test
    void replaceAndSplitLeavePairsWhole() {
        assertThat(Strs.replace(TEXT, HI, "!")).isEqualTo(TEXT);
        assertThat(Strs.replace(TEXT, GOTHIC, "!")).isEqualTo("a!b!c");
        assertThat(Strs.replace(MIXED, LO, "<L>")).isEqualTo(GOTHIC + HI + "q<L>" + GOTHIC);
        assertThat(Strs.replace(HI + "." + HI + "." + GOTHIC, HI, "#", 1)).isEqualTo("#." + HI + "." + GOTHIC);
        assertThat(Strs.split(TEXT, LO)).containsExactly(TEXT);
        assertThat(Strs.split(MIXED, HI)).containsExactly(GOTHIC, "q" + LO + GOTHIC);
        assertThat(Strs.split(HI + "1" + HI + "2" + GOTHIC + HI + "3", HI, 1))
                .containsExactly("", "1" + HI + "2" + GOTHIC + HI + "3");
        assertThat(Strs.rsplit(GOTHIC + "1" + HI + "2" + GOTHIC + "3", HI, 1))
                .containsExactly(GOTHIC + "1", "2" + GOTHIC + "3");
        assertThat(Strs.rsplit(LO + "1" + GOTHIC + "2", LO, 1)).containsExactly("", "1" + GOTHIC + "2");
        assertThat(Strs.partition(TEXT, HI)).isEqualTo(PyTuple.of(TEXT, "", ""));
        assertThat(Strs.partition(MIXED, HI)).isEqualTo(PyTuple.of(GOTHIC, HI, "q" + LO + GOTHIC));
        assertThat(Strs.rpartition(TEXT, LO)).isEqualTo(PyTuple.of("", "", TEXT));
        assertThat(Strs.rpartition(MIXED, LO)).isEqualTo(PyTuple.of(GOTHIC + HI + "q", LO, GOTHIC));
    }

    @Test
    void prefixesAndSuffixesEndOnCodePoints() {
        assertThat(Strs.startswith(GOTHIC, HI)).isFalse();
        assertThat(Strs.endswith(GOTHIC, LO)).isFalse();
        assertThat(Strs.startswith(HI + "a", HI)).isTrue();
        assertThat(Strs.endswith("a" + LO, LO)).isTrue();
        assertThat(Strs.startswith(TEXT, PyTuple.of("a" + HI, "a"))).isTrue();
        assertThat(Strs.endswith(GOTHIC + "z" + GOTHIC, PyTuple.of(LO, "z"))).isFalse();
        assertThat(Strs.removeprefix(GOTHIC + "x", HI)).isEqualTo(GOTHIC + "x");
        assertThat(Strs.removesuffix("x" + GOTHIC, LO)).isEqualTo("x" + GOTHIC);
        assertThat(Strs.removeprefix(HI + "x", HI)).isEqualTo("x");
        assertThat(Strs.removesuffix("x" + LO, LO)).isEqualTo("x");
    }

    @Test
    void stripCharactersAreWholeCodePoints() {
        assertThat(Strs.strip(HI + "ab" + HI, GOTHIC)).isEqualTo(HI + "ab" + HI);
        assertThat(Strs.strip(GOTHIC + "ab" + GOTHIC, HI + "x" + LO)).isEqualTo(GOTHIC + "ab" + GOTHIC);
        assertThat(Strs.strip(GOTHIC + "ab" + HI, GOTHIC + HI)).isEqualTo("ab");
        assertThat(Strs.lstrip(LO + GOTHIC + "ab", LO)).isEqualTo(GOTHIC + "ab");
        assertThat(Strs.rstrip("ab" + GOTHIC + HI, GOTHIC)).isEqualTo("ab" + GOTHIC + HI);
    }

    @Test
    void textWithoutSurrogatesIsSearchedAsBefore() {
        String plain = "the cat sat on the mat";
        assertThat(Py.contains(plain, "at")).isTrue();
        assertThat(Strs.find(plain, "at")).isEqualTo(5);
        assertThat(Strs.rfind(plain, "at")).isEqualTo(20);
        assertThat(Strs.count(plain, "at")).isEqualTo(3);
        assertThat(Strs.replace(plain, "at", "og")).isEqualTo("the cog sog on the mog");
        assertThat(Strs.partition(plain, "sat")).isEqualTo(PyTuple.of("the cat ", "sat", " on the mat"));
        assertThat(Strs.find(plain, "")).isZero();
        assertThat(Strs.count(plain, "")).isEqualTo(23);
    }
}
