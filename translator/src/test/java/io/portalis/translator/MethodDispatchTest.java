package io.portalis.translator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which method and class calls get a dispatcher, and what it tests. */
class MethodDispatchTest {
    private static String translate(String src) {
        Translation t = Translator.translate(src.getBytes(StandardCharsets.UTF_8), "tasks.py");
        assertThat(t.ok()).isTrue();
        return t.javaSource();
    }

    @Test
    void aSiteTestsEveryMethodOfItsNameAndArityAndFallsBackToItsCall() {
        String java = translate("""
                class Task:
                    def step(self, s):
                        return 0

                    def stop(self):
                        return 1


                class Worker(Task):
                    def step(self, s):
                        return s

                    def stop(self, now=True):
                        return 2


                def run(tasks):
                    for t in tasks:
                        t.step(t)
                        t.stop()

                run([Task(), Worker()])
                """);
        assertThat(java)
                .contains("static final PyFunction.Direct2 Task$step$code = tasks::Task$step;")
                .contains("static final PyFunction.Direct2 Worker$step$code = tasks::Worker$step;")
                .contains("Worker$step$code)")
                .contains("step$call(t, t);")
                .contains("    static Object step$call(Object self, Object a0) {\n"
                        + "        Object code = step$call.code(self);\n"
                        + "        if (code == Task$step$code) {\n"
                        + "            return Task$step(self, a0);\n"
                        + "        }\n"
                        + "        if (code == Worker$step$code) {\n"
                        + "            return Worker$step(self, a0);\n"
                        + "        }\n"
                        + "        return step$call.call(self, a0);\n")
                .contains("    static Object stop$call(Object self) {\n"
                        + "        Object code = stop$call.code(self);\n"
                        + "        if (code == Task$stop$code) {\n"
                        + "            return Task$stop(self);\n"
                        + "        }\n"
                        + "        return stop$call.call(self);\n");
    }

    @Test
    void namesTheModuleDoesNotDefineSuperCallsAndKeywordsKeepTheSiteCall() {
        String java = translate("""
                class Box:
                    def __init__(self):
                        self.items = []

                    def put(self, x):
                        self.items.append(x)


                class Big(Box):
                    def put(self, x):
                        super().put(x)
                        self.put_twice(x=x)

                    def put_twice(self, x):
                        return x

                b = Big()
                b.put(1)
                b.__init__()
                """);
        assertThat(java)
                .contains("append$call.call(")
                .contains("put$call.call(new Super(")
                .contains("put_twice$call.callKw(self, ")
                .contains("__init__$call.call(b)")
                .contains("put$call2(b, 1L)")
                .doesNotContain("Box$__init__$code")
                .doesNotContain("static Object append$call(");
    }

    @Test
    void aClassCallRunsTheInitOfItsClassStatement() {
        String java = translate("""
                class P:
                    def __init__(self, k, v):
                        self.k = k


                class Q(P):
                    pass


                print(P(1, 2), Q(1, 2))
                """);
        assertThat(java)
                .contains("static final PyFunction.Direct3 P$__init__$code = tasks::P$__init__;")
                .contains("    static Object P$new(Object cls, Object a0, Object a1) {\n"
                        + "        PyInstance self = P$new.instance(cls, P$__init__$code);\n"
                        + "        if (self != null) {\n"
                        + "            return CallSite.constructed(self, P$__init__(self, a0, a1));\n"
                        + "        }\n"
                        + "        return P$new.call(cls, a0, a1);\n")
                .contains("Q$new.call(Q, 1L, 2L)")
                .doesNotContain("static Object Q$new(");
    }

    @Test
    void aClassCallPassesTheIntsItsTypedInitTakesUnboxed() {
        String java = translate("""
                class P:
                    def __init__(self, k: str, v: int) -> None:
                        self.k = k
                        self.v = v


                def copy(p, n: int):
                    return P(p.k, n), P(p.k, p.v)


                print(copy(P("a", 1), 2)[1].v)
                """);
        assertThat(java)
                .contains("    static Object P$new2(Object cls, Object a0, Object a1$box, long a1) {\n"
                        + "        PyInstance self = P$new2.instance(cls, P$__init__$dyn$code);\n"
                        + "        if (self != null) {\n"
                        + "            if (a0 instanceof String a0$ && a1$box == Peek.UNBOXED) {\n"
                        + "                return CallSite.constructed(self, P$__init__(self, a0$, a1));\n"
                        + "            }\n"
                        + "            return CallSite.constructed(self, P$__init__$dyn(self, a0, "
                        + "Peek.box(a1$box, a1)));\n")
                .contains("P$new(P, k$attr3.get(p), n)")
                .contains("P$new2(P, k$attr4.get(p), (P$layout.holds(p) ? switch (0) { default -> { p$4 = "
                        + "InstanceLayout.longAt(p, 1); yield Peek.UNBOXED; } } : v$attr3.get(p)), p$4)");
    }
}
