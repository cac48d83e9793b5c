package io.portalis.translator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which loop bodies become methods of their own, and what they take. */
class LoopBodiesTest {
    private static String javaOf(String src) {
        Translation t = Translator.translate(src.getBytes(StandardCharsets.UTF_8), "loops.py");
        assertThat(t.ok()).as("translated").isTrue();
        return t.javaSource();
    }

    @Test
    void aBodyThatRunsLoopsAndOnlyNeedsValuesIsAMethodTakingWhatItReads() {
        String java = javaOf("""
                def advance(xs: list[float], steps: int, k: float) -> None:
                    n = len(xs)
                    for _ in range(steps):
                        for i in range(n):
                            v = xs[i] * k
                            xs[i] = v
                """);
        assertThat(java).containsPattern("private static void (advance\\$body\\$\\d+)\\(long n, Object xs, double k\\) \\{\\n"
                        + "\\s+double v = 0.0;\\n\\s+Object v\\$box = Peek.UNBOXED;")
                .containsPattern("for \\(long __ = 0L; __ < steps; __\\+\\+\\) \\{\\n\\s+advance\\$body\\$\\d+\\(n, xs, k\\);");
    }

    @Test
    void bodiesThatLeaveTheLoopOrShareLocalsWithTheRestOfTheFunctionStayInline() {
        String java = javaOf("""
                def early(rows: list[list[int]]) -> int:
                    for row in rows:
                        for v in row:
                            if v == 7:
                                return v
                    return 0
                def broken(rows: list[list[int]]) -> None:
                    for row in rows:
                        for v in row:
                            print(v)
                        break
                def guarded(n: int) -> int:
                    total = 0
                    try:
                        for i in range(n):
                            for k in range(i):
                                total += k
                    finally:
                        print(total)
                    return total
                def few(n: int) -> int:
                    total = 0
                    for i in range(n):
                        for k in range(3):
                            total += k
                    return total
                def managed(n: int, cm) -> int:
                    total = 0
                    with cm:
                        for i in range(n):
                            for k in range(i):
                                total += k
                    return total
                def captured(n: int) -> None:
                    for i in range(n):
                        for k in range(i):
                            print((lambda: k)())
                """);
        assertThat(java).doesNotContain("$body$");
    }

    @Test
    void aBodyCarryingOneLocalTakesItAndReturnsIt() {
        String java = javaOf("""
                def carried(n: int) -> None:
                    last = 0
                    for i in range(n):
                        for k in range(i):
                            print(last + k)
                        last = i
                    print(last)
                """);
        assertThat(java).containsPattern("private static long (carried\\$body\\$\\d+)\\(long i, long last\\) \\{")
                .containsPattern("return last;\\n\\s+}")
                .containsPattern("last = carried\\$body\\$\\d+\\(i, last\\);");
    }

    @Test
    void aBodyCarryingSeveralLocalsReturnsThemInAnArray() {
        String java = javaOf("""
                def sums(rows: list[list[int]]) -> tuple:
                    total = 0
                    count = 0
                    for row in rows:
                        for x in row:
                            total += x
                        count = count + len(row)
                    return total, count
                """);
        assertThat(java).containsPattern("private static Object\\[\\] (sums\\$body\\$\\d+)\\(Object row, long total, "
                        + "Object total\\$box, long count\\) \\{")
                .contains("return new Object[] {total, total$box, count};")
                .containsPattern("Object\\[\\] (carried\\$\\d+) = sums\\$body\\$\\d+\\(row, total, total\\$box, count\\);\\n"
                        + "\\s+total = \\(Long\\) \\1\\[0\\];\\n\\s+total\\$box = \\1\\[1\\];\\n\\s+count = \\(Long\\) \\1\\[2\\];");
    }

    @Test
    void breakAndContinueOfAnInnerLoopStayInTheMethod() {
        String java = javaOf("""
                def scan(rows: list[list[int]]) -> None:
                    for row in rows:
                        for v in row:
                            if v < 0:
                                continue
                            if v > 9:
                                break
                            print(v)
                """);
        assertThat(java).containsPattern("private static void scan\\$body\\$\\d+\\(Object row\\)")
                .contains("continue;").contains("break;");
    }

    @Test
    void aBodyReadingATypedCellTakesTheFunctionsTypedCopy() {
        String java = javaOf("""
                def step(grid: list[list[int]]) -> list[list[int]]:
                    rows = len(grid)
                    cols = len(grid[0])
                    blank = lambda: [0] * cols
                    result = [blank() for _ in range(rows)]
                    for r in range(rows):
                        row = grid[r]
                        for c in range(cols):
                            if row[(c + 1) % cols]:
                                result[r][c] = 1
                    return result
                """);
        assertThat(java).containsPattern("private static void step\\$body\\$\\d+\\([^)]*long cols\\$[,)]")
                .containsPattern("step\\$body\\$\\d+\\([^)]*cols\\$[,)]");
    }

    @Test
    void aBodyWhoseOwnScopeReadsACellStaysInline() {
        String java = javaOf("""
                def widths(n: int) -> list[list[int]]:
                    width = n + 1
                    scaled = lambda i: width * i
                    base = [scaled(i) for i in range(n)]
                    out = []
                    for i in range(n):
                        out.append([width + j for j in range(i)])
                        for b in base:
                            out.append(b)
                    return out
                """);
        assertThat(java).doesNotContain("widths$body");
    }

    @Test
    void aBodyWhoseComprehensionReadsALocalByValueIsAMethodTakingIt() {
        String java = javaOf("""
                def widths(n: int) -> list[list[int]]:
                    width = n + 1
                    base = [width * i for i in range(n)]
                    out = []
                    for i in range(n):
                        out.append([width + j for j in range(i)])
                        for b in base:
                            out.append(b)
                    return out
                """);
        assertThat(java).doesNotContain("Cell")
                .containsPattern("private static void widths\\$body\\$\\d+\\([^)]*long width[,)]")
                .containsPattern("final long width\\$\\d+ = width;");
    }
}
