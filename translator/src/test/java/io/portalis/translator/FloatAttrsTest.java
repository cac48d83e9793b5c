package io.portalis.translator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Float attributes on the typed path: read with peekDouble, written with setDouble, dynamic otherwise. */
class FloatAttrsTest {
    private static String javaOf(String src) {
        Translation t = Translator.translate(src.getBytes(StandardCharsets.UTF_8), "attrs.py");
        assertThat(t.ok()).as("translated").isTrue();
        return t.javaSource();
    }

    /** A subclass's layout is not predicted (InstanceLayoutsTest), so its attributes go through their sites. */
    @Test
    void aTypedFloatIsStoredUnboxedAndAHintedComputationIsSplit() {
        String java = javaOf("""
                class Base:
                    pass
                class P(Base):
                    def __init__(self, x: float, v: float) -> None:
                        self.x = x
                        self.v = v
                def step(ps: list[P], dt: float, n: int) -> None:
                    for k in range(n):
                        for p in ps:
                            p.x = p.x + dt * p.v
                            p.v = dt * k
                """);
        assertThat(java).containsPattern("x\\$attr\\d*.setDouble\\(self, x\\);")
                .containsPattern("if \\(!AttrSite.isNoDouble\\((p\\$\\d+) = (x\\$attr\\d+).peekDouble\\(p\\)\\) && "
                        + "!AttrSite.isNoDouble\\((p\\$\\d+) = (v\\$attr\\d+).peekDouble\\(p\\)\\)\\) \\{\\n\\s+"
                        + "(x\\$attr\\d+).setDouble\\(p, \\(\\1 \\+ \\(dt \\* \\3\\)\\)\\);\\n\\s+\\} else \\{\\n\\s+"
                        + "\\5.set\\(p, Rt.add\\(\\2.get\\(p\\), Rt.mul\\(dt, \\4.get\\(p\\)\\)\\)\\);")
                .containsPattern("v\\$attr\\d+.setDouble\\(p, dt \\* \\(double\\) k\\);");
    }

    @Test
    void otherValuesAndObjectsThatAreNotPlainLocalsKeepTheDynamicStore() {
        String java = javaOf("""
                class P:
                    def __init__(self, x: float) -> None:
                        self.x = x
                def make() -> list[P]:
                    return [P(1.0)]
                def put(p: P, s: str, n: int) -> None:
                    p.x = s
                    make()[0].x = 2.5
                    p.x = n
                q = P(0.5)
                q.x = 1.5
                """);
        assertThat(java).doesNotContain("setDouble(p, s)").doesNotContain("setDouble(q")
                .containsPattern("x\\$attr\\d+.set\\(p, s\\);")
                .containsPattern("x\\$attr\\d+.set\\(\\(\\(t\\$\\d+ = make\\(\\)\\)")
                .containsPattern("x\\$attr\\d+.set\\(p, n\\);");
    }
}
