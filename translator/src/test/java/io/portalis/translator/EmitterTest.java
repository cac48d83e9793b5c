package io.portalis.translator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shape of the generated Java: names and structure kept, calls bound at translation time when they can be. */
class EmitterTest {
    private static Translation translate(String src) {
        return Translator.translate(src.getBytes(StandardCharsets.UTF_8), "shapes.py");
    }

    @Test
    void aModuleIsOneClassNamedAfterItWithFunctionsAsStaticMethods() {
        Translation t = translate("""
                def fib(n):
                    if n < 2:
                        return n
                    return fib(n - 1) + fib(n - 2)
                print(fib(10))
                """);
        assertThat(t.ok()).isTrue();
        assertThat(t.className()).isEqualTo("shapes");
        assertThat(t.javaSource()).contains("public final class shapes")
                .contains("static long fib(long n)")
                .contains("if (n < 2L)")
                .contains("return Ints.add(fib(Ints.sub(n, 1L)), fib(Ints.sub(n, 2L)));")
                // printed, the int of a pure function comes from its twin, which computes it past 64 bits too
                .contains("Builtins.print(fib$dyn(10L));");
    }

    @Test
    void aTypedFunctionHasAGuardedDynamicTwinForOtherArguments() {
        Translation t = translate("""
                def scale(x: float, k: int) -> float:
                    return x * k
                print(scale(1.5, 2), scale(1, 2))
                f = scale
                print(f(2.0, 3))
                """);
        assertThat(t.javaSource()).contains("static double scale(double x, long k)")
                .contains("return x * (double) k;")
                .contains("static Object scale$dyn(Object x, Object k)")
                .contains("if (x instanceof Double x$ && k instanceof Long k$)")
                .contains("return scale(x$, k$);")
                .contains("scale(1.5, 2L)")
                .contains("scale$dyn(1L, 2L)")
                .contains("a$ -> scale$dyn(a$[0], a$[1])");
    }

    @Test
    void typedLocalsAreJavaPrimitives() {
        Translation t = translate("""
                def energy(n: int) -> float:
                    e = 0.0
                    for i in range(n):
                        e += 0.5 * i
                    return e
                """);
        assertThat(t.javaSource()).contains("static double energy(long n)").contains("double e = 0.0;")
                .contains("for (long i = 0L; i < n; i++)").contains("e += (0.5 * (double) i);")
                .doesNotContain("Rt.inplace");
    }

    @Test
    void aSpeculatedLocalIsAPrimitiveAndABoxAndItsStatementsAreSplit() {
        Translation t = translate("""
                def norm(v: list[float]) -> float:
                    total = 0.0
                    for j in range(len(v)):
                        total += v[j] * v[j]
                    if total > 1.0:
                        print(total)
                    return total
                def count(row: list[int], c: int) -> int:
                    n = row[c - 1] + row[c + 1]
                    return n
                """);
        assertThat(t.javaSource()).contains("double total = 0.0;").contains("Object total$box = Peek.UNBOXED;")
                .contains("total = 0.0;\n        total$box = Peek.UNBOXED;")
                // a list item is tested and read in place, once for both reads
                .contains("if (total$box == Peek.UNBOXED && Peek.isDouble(v, j)) {\n"
                        + "                total += (Peek.doubleItem(v, j) * Peek.doubleItem(v, j));")
                .containsPattern("\\} else \\{\\n\\s+"
                        + "total\\$box = Rt.inplace\\(\"\\+\", "
                        + "Peek.box\\(total\\$box, total\\)")
                .containsPattern("if \\(total\\$box instanceof Double (d\\$\\d+)\\) \\{\\n\\s+total = \\1;\\n\\s+"
                        + "total\\$box = Peek.UNBOXED;")
                .contains("if (total$box == Peek.UNBOXED ? (total > 1.0) : ")
                .containsPattern("Peek.isLong\\(row, \\(c - 1L\\)\\) && "
                        + "Peek.isLong\\(row, \\(c \\+ 1L\\)\\)\\) \\{\\n\\s+try \\{")
                .containsPattern("\\} catch \\(OverflowError overflow\\$\\d+\\) \\{");
    }

    @Test
    void aSpeculatedListItemReadHasNoOverflowFallbackButArithmeticOnItKeepsIt() {
        Translation t = translate("""
                def before(row: list[int], c: int):
                    m = 0
                    for i in range(c):
                        m = row[i - 1]
                    return m
                def gap(row: list[int], c: int):
                    m = 0
                    for i in range(c):
                        m = row[i] - row[i - 1]
                    return m
                """);
        String before = t.javaSource().substring(0, t.javaSource().indexOf("static Object gap("));
        String gap = t.javaSource().substring(t.javaSource().indexOf("static Object gap("));
        // the index is computed unchecked in the guard: the read itself cannot overflow
        assertThat(before).containsPattern("if \\(Peek.isLong\\(row, \\(i - 1L\\)\\)\\) \\{\\n\\s+"
                + "m = Peek.longItem\\(row, \\(i - 1L\\)\\);\\n\\s+m\\$box = Peek.UNBOXED;\\n\\s+\\} else \\{")
                .doesNotContain("OverflowError");
        // a difference of two items past 64 bits is computed by the dynamic version
        assertThat(gap).containsPattern("m = Ints.sub\\(Peek.longItem\\(row, i\\), Peek.longItem\\(row, \\(i - 1L\\)\\)\\);"
                + "\\n\\s+m\\$box = Peek.UNBOXED;\\n\\s+break typed\\$\\d+;\\n\\s+\\} catch \\(OverflowError");
    }

    @Test
    void hintedAttributesArePeekedAndComputationsOnSpeculatedLocalsSplit() {
        Translation t = translate("""
                class Base:
                    pass
                # a subclass's layout is not predicted: its attributes go through their sites
                class P(Base):
                    def __init__(self, x: float):
                        self.x = x
                def move(a, b, k: float):
                    dx = a.x - b.x
                    a.x += dx * k
                    b.x += k * a.x
                """);
        assertThat(t.javaSource())
                // a float attribute is read unboxed into a float temporary that the guard assigns
                .containsPattern("double (p\\$\\d+) = 0.0;")
                .containsPattern("if \\(!AttrSite.isNoDouble\\((p\\$\\d+) = (x\\$attr\\d+).peekDouble\\(a\\)\\) && "
                        + "!AttrSite.isNoDouble\\((p\\$\\d+) = (x\\$attr\\d+).peekDouble\\(b\\)\\)\\) \\{\\n\\s+"
                        + "dx = \\1 - \\3;\\n(?s:.*)"
                        + "dx\\$box = Rt.sub\\(\\2.get\\(a\\), \\4.get\\(b\\)\\);")
                .contains("(dx$box == Peek.UNBOXED ? (Object) (dx * k) : Rt.mul(Peek.box(dx$box, dx), k))")
                .containsPattern("\\(!AttrSite.isNoDouble\\((p\\$\\d+) = (x\\$attr\\d+).peekDouble\\(a\\)\\) \\? "
                        + "\\(Object\\) \\(k \\* \\1\\) : Rt.mul\\(k, \\2.get\\(a\\)\\)\\)")
                // b.x += ...: peeked through the site that reads and writes it, stored unboxed on the typed path
                .containsPattern("if \\(!AttrSite.isNoDouble\\((p\\$\\d+) = (x\\$attr\\d+).peekDouble\\(b\\)\\) && "
                        + "!AttrSite.isNoDouble\\((p\\$\\d+) = x\\$attr\\d+.peekDouble\\(a\\)\\)\\) \\{\\n\\s+"
                        + "\\2.setDouble\\((o\\$\\d+), \\(\\1 \\+ \\(k \\* \\3\\)\\)\\);\\n\\s+\\} else \\{\\n\\s+"
                        + "\\2.set\\(\\4, Rt.inplaceAdd\\(\\2.get\\(\\4\\), ");
    }

    @Test
    void keywordArgumentsAndDefaultsAreBoundStatically() {
        Translation t = translate("""
                def greet(name, greeting="Hello", *, punct="!"):
                    return greeting + ", " + name + punct
                print(greet("Ada", punct="?"))
                """);
        assertThat(t.javaSource()).contains("greet(\"Ada\", \"Hello\", \"?\")");
    }

    @Test
    void anUnsupportedConstructInASpeculatingStatementIsReportedOnce() {
        Translation t = translate("""
                def f(v: list[float]):
                    total = 0.0
                    total += v[0] * len(eval("[1]"))
                    return total
                """);
        assertThat(t.unsupported()).containsExactly(new Diagnostic(3, 25, "built-in 'eval'"));
    }

    @Test
    void javaKeywordsAndClashingNamesAreRenamed() {
        Translation t = translate("new = 1\nclass_ = 2\nint = 3\nprint(new, int)\n");
        assertThat(t.javaSource()).contains("static Object new_ = Rt.UNBOUND;").contains("static Object int_ = Rt.UNBOUND;");
    }

    @Test
    void unsupportedConstructsProduceNoJava() {
        Translation t = translate("x = eval('1')\n");
        assertThat(t.ok()).isFalse();
        assertThat(t.javaSource()).isNull();
        assertThat(t.unsupported()).containsExactly(new Diagnostic(1, 5, "built-in 'eval'"));
    }

    @Test
    void stringLiteralsAreAsciiAndExact() {
        assertThat(Names.literal("a\"b\\c\n\u00e9\u0001")).isEqualTo("\"a\\\"b\\\\c\\n\\u00e9\\001\"");
        assertThat(Names.moduleClass("dir/my-prog.py")).isEqualTo("my_prog");
        assertThat(Names.moduleClass("2fast.py")).isEqualTo("_fast");
    }

    @Test
    void pythonNamesKeepDistinctJavaSpellings() {
        assertThat(Names.java("fib")).isEqualTo("fib");
        assertThat(Names.java("new")).isEqualTo("new_");
        assertThat(Names.java("new_")).isEqualTo("new__");
        assertThat(Names.java("run")).isEqualTo("run_");
        assertThat(Names.java("_")).isEqualTo("__");
        assertThat(Names.java("__")).isEqualTo("___");
        assertThat(Names.java("x_")).isEqualTo("x_");
    }

    @Test
    void aModuleNamedLikeItsMainMethodsVariablesCompiles() {
        for (String module : new String[] {"args.py", "argv.py"}) {
            Translation t = Translator.translate("import sys\nprint(sys.argv)\n".getBytes(StandardCharsets.UTF_8),
                    module);
            assertThat(new JavaCompilerService().compile(java.util.Map.of(t.className(), t.javaSource())))
                    .containsKey(t.className());
        }
    }

    @Test
    void methodsAreStaticMethodsCalledThroughOneNamedSitePerPlace() {
        Translation t = translate("""
                class Node:
                    def __init__(self, left, right):
                        self.left = left
                        self.right = right

                    def check(self):
                        if self.left is None:
                            return 1
                        return 1 + self.left.check() + self.right.check()

                    def total(self, *more):
                        return len(more)

                print(Node(Node(None, None), Node(None, None)).check())
                """);
        assertThat(t.ok()).isTrue();
        assertThat(t.javaSource())
                .contains("static final AttrSite left$attr = new AttrSite(\"left\");")
                .contains("static final AttrSite left$attr2 = new AttrSite(\"left\");")
                .contains("static final MethodSite check$call = new MethodSite(\"check\");")
                .contains("static final CallSite Node$new = new CallSite(\"Node\");")
                .contains("static Object Node$__init__(Object self, Object left, Object right)")
                .contains("left$attr.set(self, left);")
                .contains("static Object Node$check(Object self)")
                .contains("return Rt.add(Rt.add(1L, check$call(left$attr3.get(self))), "
                        + "check$call2(right$attr2.get(self)));")
                .contains("static final PyFunction.Direct1 Node$check$code = shapes::Node$check;")
                .contains("    static Object check$call(Object self) {\n"
                        + "        Object code = check$call.code(self);\n"
                        + "        if (code == Node$check$code) {\n"
                        + "            return Node$check(self);\n"
                        + "        }\n"
                        + "        return check$call.call(self);\n")
                .contains("static Object Node$total(Object self, Object more)")
                .contains(" -> Node$total(a$")
                .doesNotContain("Rt.getattr(")
                .doesNotContain("Rt.callMethod(");
    }

    @Test
    void aNestedFunctionBoundOnceIsALocalClassCalledDirectly() {
        Translation t = translate("""
                def count(n: int) -> int:
                    full = (1 << n) - 1

                    def place(cols: int, left: int) -> int:
                        if cols == full:
                            return 1
                        return place(cols | 1, (left << 1) & full) + place(cols | 2, left >> 1)

                    def twice(x: int) -> int:
                        return x * 2

                    print(place.__name__)
                    return place(0, 0) + twice(n)
                print(count(3))
                """);
        assertThat(t.ok()).isTrue();
        assertThat(t.javaSource())
                .contains("long call(long cols, long left, long full$f)")
                .contains("Object dyn(Object cols, Object left)")
                .contains("if (cols instanceof Long cols$ && left instanceof Long left$ && full.v instanceof Long")
                .contains("place$fn$1.this.call((cols | 1L), Shifts.lshiftAnd(left, 1, full$f), full$f)")
                .contains("(left >> 1L)")
                // the enclosing function cannot know the frozen value's class: it enters through the guard
                .contains("place$2.dyn(0L, 0L)")
                .contains("long call(long x)")
                .contains(".call(n)");
    }

    @Test
    void aMethodWithAnnotatedParametersHasATypedBodyAndSpeculatesOnHintedAttributes() {
        Translation t = translate("""
                class Base:
                    pass
                # a subclass's layout is not predicted: its attributes go through their sites
                class Gen(Base):
                    def __init__(self, seed: int) -> None:
                        self.state = seed

                    def step(self, k: int) -> int:
                        for _ in range(k):
                            self.state = (self.state * 31 + 7) % 1000
                        return self.state
                print(Gen(3).step(2))
                """);
        assertThat(t.ok()).isTrue();
        assertThat(t.javaSource())
                .contains("static Object Gen$step(Object self, long k)")
                .contains("static Object Gen$step$dyn(Object self, Object k)")
                .contains("if (k instanceof Long k$)")
                .contains("PyFunction.direct(new Signature(\"Gen.step\"")
                .contains("shapes::Gen$step$dyn")
                // the int attribute read and stored unboxed; past 64 bits, the dynamic version computes the big int
                .containsPattern("\\(p\\$\\d+ = state\\$attr\\d*\\.peekLong\\(self\\)\\) != AttrSite\\.NO_LONG")
                .containsPattern("v\\$\\d+ = \\(Ints\\.fits\\(p\\$")
                .contains(" : Ints.mod(Ints.add(Ints.mul(p$")
                .containsPattern("catch \\(OverflowError overflow\\$\\d+\\) \\{\\s+state\\$attr\\d*\\.set\\(self, Rt\\.mod\\(")
                .containsPattern("state\\$attr\\d*\\.setLong\\(self, v\\$\\d+\\);");
    }

    @Test
    void anIntAttributeIncrementedByAConstantOrATypedLocalAddsInOneSearchFirst() {
        Translation t = translate("""
                class Base:
                    pass
                # a subclass not calling the base's __init__ first: its layout is not predicted
                class Task(Base):
                    def __init__(self) -> None:
                        self.runs = 0
                        self.left = 10

                    def step(self, k: int) -> None:
                        self.runs += 1
                        self.runs += k
                        self.left -= 2
                        self.runs += k * 2
                        self.left *= 3
                t = Task()
                t.step(4)
                print(t.runs, t.left)
                """);
        assertThat(t.ok()).isTrue();
        assertThat(t.javaSource())
                .containsPattern("if \\(!runs\\$attr\\d*\\.addLong\\(self, 1L\\)\\) \\{")
                .containsPattern("if \\(!runs\\$attr\\d*\\.addLong\\(self, k\\)\\) \\{")
                .containsPattern("if \\(!left\\$attr\\d*\\.addLong\\(self, -2L\\)\\) \\{")
                // an expression, or another operator, is the statement in full
                .doesNotContainPattern("addLong\\(self, \\(?k \\*")
                .doesNotContainPattern("addLong\\(self, 3L\\)");
    }

    @Test
    void aTypedIntParameterStoredInAnAttributeIsStoredUnboxed() {
        Translation t = translate("""
                class Packet:
                    def __init__(self, payload: int, kind: str) -> None:
                        self.payload = payload
                        self.kind = kind
                        self.hops = 0
                print(Packet(500, "k").payload)
                """);
        assertThat(t.ok()).isTrue();
        assertThat(t.javaSource())
                .containsPattern("payload\\$attr\\d*\\.setLong\\(self, payload\\);")
                .containsPattern("hops\\$attr\\d*\\.setLong\\(self, 0L\\);")
                .containsPattern("kind\\$attr\\d*\\.set\\(self, kind\\);");
    }

    @Test
    void theSumOfIntItemsIsCountedInALongWithoutAList() {
        Translation t = translate("""
                def count(values, bound):
                    return sum(1 for v in values if v <= bound), sum(i * i for i in range(bound)), sum(values)
                print(count([1, 5], 3))
                """);
        assertThat(t.ok()).isTrue();
        assertThat(t.javaSource())
                .contains("Object big$")
                .contains("if (((r$")
                .containsPattern("big\\$\\d+ = Rt\\.add\\(r\\$\\d+, e\\$\\d+\\);")
                .containsPattern("return big\\$\\d+ != null \\? big\\$\\d+ : \\(Object\\) r\\$\\d+;")
                .doesNotContain("new PyList<>()")
                // a sum of anything else is the built-in's, which adds a list's unboxed items where they are
                .contains("Builtins.sum(Rt.iterable(values), 0L, Rt::add)");
    }

    @Test
    void aComprehensionOverAListReadsItsIntsUnboxedIntoItsTarget() {
        Translation t = translate("""
                def count(values, bound: int):
                    return sum(1 for v in values if v <= bound), [w + 1 for w in values], [f() for f in values]
                print(count([1, 5], 3))
                """);
        assertThat(t.ok()).isTrue();
        assertThat(t.javaSource())
                .containsPattern("if \\(list\\$\\d+ != null && list\\$\\d+\\.hasLongAt\\(k\\$\\d+\\)\\)")
                .containsPattern("v = list\\$\\d+\\.peekLong\\(k\\$\\d+\\);")
                .containsPattern("w = list\\$\\d+\\.peekLong\\(k\\$\\d+\\);")
                // the comprehension reads a copy of bound taken where it stands, typed in the typed method
                .containsPattern("final long (bound\\$\\d+) = bound; yield Rt\\.evaluate\\(values, (?s:.*?)"
                        + "v\\$box == Peek\\.UNBOXED \\? \\(v <= \\1\\)")
                // on the int, the test compares primitives; anything else takes Python's comparison
                .containsPattern("final Object (bound\\$\\d+) = bound;(?s:.*?)"
                        + "v\\$box == Peek\\.UNBOXED \\? \\(\\1 instanceof Long (n\\$\\d+) \\? v <= \\2 : "
                        + "Py\\.le\\(v, \\1\\)\\) : Py\\.le\\(Peek\\.box\\(v\\$box, v\\)")
                // a target called as a function is walked all the same: its box holds what is not an int
                .containsPattern("f\\$box = list\\$\\d+ != null \\? list\\$\\d+\\.get\\(k\\$\\d+\\)");
    }

    @Test
    void comprehensionsSpeculateOnHintedFreeVariablesAndLoopVariablesOverHintedLists() {
        Translation t = translate("""
                def f(values: list[int], grid: list[list[float]]):
                    d = [values[i] - values[i - 1] for i in range(1, len(values))]
                    g = [[x * 0.5 for x in row] for row in grid]
                    return d, g
                print(f([1, 2], [[1.0]]))
                """);
        assertThat(t.ok()).isTrue();
        assertThat(t.javaSource())
                // the comprehension reads its copy of the enclosing function's local
                .containsPattern("Peek.isLong\\((values\\$\\d+), i\\) && Peek.isLong\\(\\1, \\(i - 1L\\)\\) \\? switch")
                .containsPattern("x instanceof Double (p\\$\\d+) \\? \\(Object\\) \\(\\1.doubleValue\\(\\) \\* 0.5\\)");
    }

    @Test
    void aConditionComparingHintedValuesComparesPrimitivesWithADynamicFallback() {
        Translation t = translate("""
                def gaps(values: list[int], lo: int) -> int:
                    count = 0
                    for i in range(1, len(values)):
                        if values[i] - values[i - 1] > lo:
                            count += 1
                    return count
                print(gaps([1, 5], 2))
                """);
        assertThat(t.ok()).isTrue();
        assertThat(t.javaSource()).containsPattern("if \\(Peek.isLong\\(values, i\\) && "
                + "Peek.isLong\\(values, \\(i - 1L\\)\\) \\? switch \\(0\\) \\{ default -> "
                + "\\{ try \\{ yield \\(Ints.sub\\(Peek.longItem\\(values, i\\), "
                + "Peek.longItem\\(values, \\(i - 1L\\)\\)\\) > lo\\); \\} catch \\(OverflowError overflow\\$\\d+\\)");
    }

    @Test
    void aPureFunctionsTwinComputesTheBigIntWhereItsTypedMethodOverflows() {
        Translation t = translate("""
                def square(k: int) -> int:
                    return k * k
                def noisy(k: int) -> int:
                    print(k)
                    return k * k
                print(square(2 ** 40), noisy(3))
                """);
        assertThat(t.ok()).isTrue();
        // only the pure function runs again: its typed method has done nothing observable when it overflows
        assertThat(t.javaSource())
                .containsPattern("try \\{\\n\\s+return square\\(k\\$\\);\\n\\s+\\} catch \\(OverflowError overflow\\$\\d+\\)")
                .containsPattern("\\n\\s+return noisy\\(k\\$\\);")
                .contains("Builtins.print(square$dyn(1099511627776L), noisy(3L));");
    }

    @Test
    void theEnclosingFunctionPassesItsTypedLocalsToANestedFunctionsTypedMethod() {
        Translation t = translate("""
                def outer(n: int) -> int:
                    k = n * 2

                    def helper(x: int) -> int:
                        return x + k

                    total = 0
                    for i in range(n):
                        total += helper(i)
                    return total
                print(outer(5))
                """);
        assertThat(t.ok()).isTrue();
        assertThat(t.javaSource())
                .contains("static long outer(long n)")
                .contains("long call(long x, long k$f)")
                .containsPattern("total = Ints.add\\(total, helper\\$\\d+.call\\(i, k\\$\\)\\);");
    }

    @Test
    void typedCodeCallsMathsSpecialFunctionsDirectlyUnlessTheProgramMayReplaceThem() {
        String src = """
                import math
                def f(x: float, n: int) -> float:
                    return math.erf(x) + math.lgamma(x) + math.nextafter(x, n) + math.ulp(n) + math.atanh(x / 2)
                print(f(0.5, 3))
                """;
        assertThat(translate(src).javaSource()).contains("static double f(double x, long n)")
                .contains("MathModule.erf(x)").contains("MathModule.lgamma(x)")
                .contains("MathModule.nextafter(x, (double) n)").contains("MathModule.ulp((double) n)")
                .contains("MathModule.atanh(");
        // replacing math.erf through another import is seen by every reader of math, so nothing is bound early
        String patched = src + "import math as m\nm.erf = abs\nprint(f(0.5, 3))\n";
        assertThat(translate(patched).javaSource()).doesNotContain("MathModule.erf(");
    }
}
