package io.portalis.translator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Hinted attributes of a class whose {@code __init__} sets them first are read and written at the slots of the
 * class's layout, behind one test of the object per statement; any other class keeps its attribute sites.
 */
class InstanceLayoutsTest {
    private static String javaOf(String src) {
        Translation t = Translator.translate(src.getBytes(StandardCharsets.UTF_8), "layouts.py");
        assertThat(t.ok()).as("translated").isTrue();
        return t.javaSource();
    }

    @Test
    void hintedAttributesOfAPredictedLayoutAreReadAndWrittenAtTheirSlots() {
        String java = javaOf("""
                class Body:
                    \"\"\"A body.\"\"\"
                    def __init__(self, x: float, n: int, name: str) -> None:
                        \"\"\"Sets it up.\"\"\"
                        self.x = x
                        self.name = name
                        self.n: int = n
                        print("made")
                        self.later = 1.5
                def move(a, b, dt: float) -> None:
                    d = a.x - b.x
                    a.x += d * dt
                    a.n = (a.n * 3 + 1) % 7
                    b.later += dt
                """);
        assertThat(java)
                .contains("static final InstanceLayout Body$layout"
                        + " = new InstanceLayout(\"DOL\", \"x\", \"name\", \"n\");")
                .contains("if (Body$layout.holds(a) && Body$layout.holds(b)) {")
                .contains("InstanceLayout.doubleAt(a, 0) - InstanceLayout.doubleAt(b, 0)")
                .containsPattern("InstanceLayout.setDouble\\(o\\$\\d+, 0, \\(InstanceLayout.doubleAt\\(a, 0\\) \\+ ")
                .contains("InstanceLayout.longAt(a, 2)")
                .containsPattern("InstanceLayout.setLong\\(a, 2, v\\$\\d+\\);")
                // set after another statement: not in the predicted layout, read through its site
                .containsPattern("later\\$attr\\d*.peekDouble\\(b\\)");
    }

    @Test
    void namesOfSeveralClassesAndClassesWithBasesKeepTheirSites() {
        String java = javaOf("""
                class A:
                    def __init__(self, x: float, y: float) -> None:
                        self.x = x
                        self.y = y
                class B:
                    def __init__(self, x: float) -> None:
                        self.x = x
                class C(A):
                    def __init__(self, z: float) -> None:
                        self.z = z
                def f(o, dt: float) -> None:
                    o.x += dt
                    o.y += dt
                    o.z += dt
                """);
        assertThat(java)
                .contains("new InstanceLayout(\"DD\", \"x\", \"y\")")
                .containsPattern("x\\$attr\\d*.peekDouble\\(o\\)")
                .contains("InstanceLayout.doubleAt(o, 1)")
                .containsPattern("z\\$attr\\d*.peekDouble\\(o\\)")
                .doesNotContain("C$layout")
                .doesNotContain("B$layout");
    }

    @Test
    void aSubclassCallingTheBaseInitFirstExtendsTheBaseLayoutAndCountersAddInPlace() {
        String java = javaOf("""
                class Task:
                    def __init__(self, ident: int) -> None:
                        self.ident = ident
                        self.runs = 0
                class Producer(Task):
                    def __init__(self, ident: int, seed: int) -> None:
                        super().__init__(ident)
                        self.state = seed
                class Partial:
                    def __init__(self, n: int) -> None:
                        self.n = n
                        print(n)
                        self.m = n
                class Late(Partial):
                    def __init__(self) -> None:
                        super().__init__(1)
                        self.k = 2
                def run(t, p, q) -> None:
                    t.runs += 1
                    p.state = (p.state * 31 + 7) % 1000
                    q.k += 1
                """);
        assertThat(java)
                .contains("new InstanceLayout(\"LL\", \"ident\", \"runs\")")
                .contains("new InstanceLayout(\"LLL\", \"ident\", \"runs\", \"state\")")
                .contains("if (!(Task$layout.holds(t) && InstanceLayout.addLong(t, 1, 1L))) {")
                .contains("InstanceLayout.longAt(p, 2)")
                .containsPattern("InstanceLayout.setLong\\(p, 2, v\\$\\d+\\);")
                // the base's __init__ does more than set attributes: where the subclass's names go is unknown
                .doesNotContain("Late$layout")
                .containsPattern("k\\$attr\\d*.addLong\\(q, 1L\\)");
    }
}
