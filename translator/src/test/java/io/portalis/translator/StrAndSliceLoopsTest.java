package io.portalis.translator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Loops whose items are provably strs are typed; loops over a slice read the list in place when nothing can change it. */
class StrAndSliceLoopsTest {
    private static String javaOf(String src) {
        Translation t = Translator.translate(src.getBytes(StandardCharsets.UTF_8), "loops.py");
        assertThat(t.ok()).as("translated").isTrue();
        return t.javaSource();
    }

    @Test
    void aSplitOfATypedStrGivesTypedPartsOneAtATime() {
        String java = javaOf("""
                def count(text: str) -> dict[str, int]:
                    counts = {}
                    for raw in text.split():
                        word = raw.strip(".").lower()
                        if word:
                            counts[word] = counts.get(word, 0) + 1
                    return counts
                """);
        assertThat(java).contains("String raw = null;").contains("String word = null;")
                .containsPattern("Strs.Parts (parts\\$\\d+) = Strs.parts\\(text\\);\\n\\s+for \\(String (item\\$\\d+); "
                        + "\\(\\2 = \\1.next\\(\\)\\) != null; \\)")
                .contains("word = Strs.lower(Strs.strip(raw, \".\"));").contains("if (!word.isEmpty())");
    }

    @Test
    void aLoopVariableAlsoGivenAnotherTypeStaysDynamic() {
        String java = javaOf("""
                def f(text: str) -> list[object]:
                    out = []
                    for w in text.split("-"):
                        if w == "b":
                            w = len(w)
                        out.append(w)
                    return out
                """);
        assertThat(java).contains("Object w = null;").contains("Strs.parts(text, \"-\")");
    }

    @Test
    void aSplitOfAnUntypedValueKeepsItsCallAndItsIterator() {
        String java = javaOf("""
                def f(obj) -> None:
                    for w in obj.split():
                        print(w)
                """);
        assertThat(java).doesNotContain("Strs.parts").contains("Object w = null;");
    }

    @Test
    void aComprehensionOverASplitTypesItsVariable() {
        String java = javaOf("""
                def f(line: str) -> list[str]:
                    return [w.lower() for w in line.split(",")]
                """);
        assertThat(java).contains("Rt.evaluate(Strs.parts(line, \",\")").contains("String w = null;")
                .contains("Strs.lower(w)");
    }

    @Test
    void aSliceWhoseBodyOnlyComputesIsWalkedInPlaceTestingWhatTheBodyReads() {
        String java = javaOf("""
                def pack(row: list[int], start: int, scale) -> int:
                    byte = 0
                    for bit in row[start:start + 8]:
                        byte = (byte << 1) | bit * scale
                    return byte
                """);
        assertThat(java).containsPattern("SliceWalk (walk\\$\\d+) = SliceWalk.of\\(row, start, Rt.add\\(start, 8L\\)\\);")
                .containsPattern("if \\(!\\(SliceWalk.inert\\(item\\$\\d+\\) && SliceWalk.inert\\(byte_\\) "
                        + "&& SliceWalk.inert\\(scale\\)\\)\\) \\{\\n\\s+walk\\$\\d+.detach\\(\\);");
    }

    @Test
    void aSliceWhoseBodyCallsOrStoresKeepsItsCopy() {
        String java = javaOf("""
                def f(xs: list[int]) -> list[int]:
                    out = []
                    for x in xs[1:]:
                        out.append(x)
                    for x in xs[:2]:
                        xs[0] = x
                    return out
                """);
        assertThat(java).doesNotContain("SliceWalk");
    }
}
