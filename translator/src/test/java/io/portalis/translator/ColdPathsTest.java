package io.portalis.translator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which dynamic versions of speculated assignments become methods of their own, and what they take. */
class ColdPathsTest {
    private static String javaOf(String src) {
        Translation t = Translator.translate(src.getBytes(StandardCharsets.UTF_8), "cold.py");
        assertThat(t.ok()).as("translated").isTrue();
        return t.javaSource();
    }

    @Test
    void aLargeDynamicVersionIsAMethodTakingTheLocalsItReads() {
        String java = javaOf("""
                def neighbours(grid: list[list[int]], r: int, c: int) -> int:
                    up = grid[r - 1]
                    row = grid[r]
                    n = up[c] + row[c - 1] + row[c + 1]
                    return n
                """);
        assertThat(java)
                .containsPattern("private static Object (neighbours\\$dynamic\\$\\d+)\\(Object up, long c, Object row\\)")
                .containsPattern("n\\$box = neighbours\\$dynamic\\$\\d+\\(up, c, row\\);")
                .containsOnlyOnce("DictCalls.getItem(up, c)");
    }

    @Test
    void smallOrEffectfulDynamicVersionsStayInline() {
        String java = javaOf("""
                def small(xs: list[int], i: int) -> int:
                    n = xs[i] + xs[i + 1]
                    return n
                def calls(xs: list[int], i: int) -> int:
                    n = xs[i] + xs[i + 1] + xs[i + 2] + len(xs)
                    return n
                def walrus(xs: list[int], i: int) -> int:
                    n = xs[i] + xs[(j := i + 1)] + xs[j + 1] + xs[j + 2]
                    return n + j
                """);
        assertThat(java).doesNotContain("$dynamic$");
    }

    @Test
    void anOverflowAndAFailedGuardShareOneDynamicVersion() {
        String java = javaOf("""
                def total(xs: list[int], i: int) -> int:
                    n = xs[i] + xs[i + 1]
                    return n
                """);
        assertThat(java).containsPattern("(typed\\$\\d+): \\{\\n\\s+if \\(")
                .containsPattern("break typed\\$\\d+;\\n\\s+\\} catch \\(OverflowError overflow\\$\\d+\\) \\{\\n\\s+\\}")
                .containsOnlyOnce("DictCalls.getItem(xs, i)");
    }
}
