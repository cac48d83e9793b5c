package io.portalis.translator;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalis.python.Parser;
import io.portalis.python.ast.Mod;
import io.portalis.python.ast.Stmt;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which locals and functions the inference types, and which it must leave dynamic. */
class TypeInferenceTest {
    private record Module(ModuleEmitter emitter, Mod.Module ast) {
        Stmt.FunctionDef function(String name) {
            return ast.body().stream().filter(s -> s instanceof Stmt.FunctionDef f && f.name().equals(name))
                    .map(s -> (Stmt.FunctionDef) s).findFirst().orElseThrow();
        }

        /** The typed locals of a module function, as its dynamic twin (parameters untyped) sees them. */
        Map<String, Character> locals(String name) {
            Stmt.FunctionDef f = function(name);
            return emitter.inference().locals(f, emitter.scope(f), f.body(), Map.of());
        }

        TypeInference.Sig signature(String name) {
            return emitter.inference().signature(name);
        }
    }

    private static Module module(String src) {
        Mod.Module m = Parser.parse(src.getBytes(StandardCharsets.UTF_8), "types.py");
        return new Module(new ModuleEmitter("types.py", m), m);
    }

    @Test
    void countersAccumulatorsAndRangeVariablesAreTyped() {
        Module m = module("""
                def f(n):
                    total = 0
                    x = 0.5
                    name = "a"
                    flag = False
                    for i in range(n):
                        total += i * 2 - i // 3 % 5
                        x = x * 1.5 + i
                        flag = flag or i > 3
                    return total
                """);
        assertThat(m.locals("f")).containsEntry("total", 'L').containsEntry("i", 'L').containsEntry("x", 'D')
                .containsEntry("name", 'S').containsEntry("flag", 'B').doesNotContainKey("n");
    }

    @Test
    void pythonsArithmeticRulesGiveTheTypes() {
        Module m = module("""
                def f():
                    a = True + 1
                    b = 7 / 2
                    c = 7 // 2 + 1.0
                    d = -True
                    e = 1 < 2
                    g = not 3
                    h = len("abc")
                    k = 2 ** 3
                    n = 2 ** 100
                    p = 1 if a else 2.0
                    q = True & False
                    r = "a" * 3
                    t = 0 or 7
                    u = h or k
                    return a
                """);
        assertThat(m.locals("f")).containsEntry("a", 'L').containsEntry("b", 'D').containsEntry("c", 'D')
                .containsEntry("d", 'L').containsEntry("e", 'B').containsEntry("g", 'B').containsEntry("h", 'L')
                .containsEntry("k", 'L').containsEntry("q", 'B').containsEntry("t", 'L').containsEntry("u", 'L')
                .doesNotContainKeys("n", "p", "r");
    }

    @Test
    void mixedAssignmentsAndDynamicSourcesStayDynamic() {
        Module m = module("""
                def f(items):
                    a = 0
                    a = 0.5
                    b = items[0]
                    c = 1
                    c = c + b
                    d = True
                    d = 1
                    e = 1 and 2.0
                    g = c and 2
                    return a
                """);
        assertThat(m.locals("f")).isEmpty();
    }

    @Test
    void intsThatGrowThroughThemselvesStayDynamic() {
        Module m = module("""
                def f(n):
                    fact = 1
                    power = 1
                    bits = 1
                    count = 0
                    state = 1
                    for i in range(1, n):
                        fact *= i
                        power = power * 2 + 1
                        bits <<= 1
                        count += 1
                        state = state * 48271 % 2147483647
                    return fact
                """);
        assertThat(m.locals("f")).doesNotContainKeys("fact", "power", "bits")
                .containsEntry("count", 'L').containsEntry("state", 'L');
    }

    @Test
    void localsThatMayBeUnboundOrAreNotPlainStayDynamic() {
        Module m = module("""
                def f(c):
                    if c:
                        y = 1
                    print(y)
                    z = 1
                    del z
                    try:
                        w = 1
                    except ValueError as err:
                        w = 2
                    u, v = 1, 2
                    with open_it() as cm:
                        pass
                    def inner():
                        return s
                    s = 1
                    t = 1
                    print(t)
                    return w
                """);
        assertThat(m.locals("f")).containsEntry("w", 'L').containsEntry("t", 'L')
                .doesNotContainKeys("y", "z", "err", "u", "v", "cm", "s", "inner");
    }

    @Test
    void cellsThatInnerScopesOnlyReadAreTyped() {
        Module m = module("""
                def f():
                    width = 3
                    rows = [width * r for r in range(2)]
                    count = 0
                    def bump():
                        nonlocal count
                        count += 1
                    early = lambda: late
                    late = 1.5
                    return rows
                """);
        assertThat(m.locals("f")).containsEntry("width", 'L').doesNotContainKeys("count", "late", "rows");
    }

    @Test
    void aLoopBodyReadBeforeItsAssignmentIsNotDefinite() {
        Module m = module("""
                def f(n):
                    for i in range(n):
                        if i > 0:
                            print(last)
                        last = i
                    k = 0
                    while k < n:
                        k += 1
                        m = k
                    return m
                """);
        assertThat(m.locals("f")).containsEntry("i", 'L').containsEntry("k", 'L').doesNotContainKeys("last", "m");
    }

    @Test
    void signaturesComeFromAnnotationsAndCallSites() {
        Module m = module("""
                def a(i: int, j: int) -> float:
                    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
                def fib(n):
                    if n < 2:
                        return n
                    return fib(n - 1) + fib(n - 2)
                def show(x):
                    print(x)
                def mixed(x):
                    return x
                def rebinds(n: int):
                    n = str(n)
                    return n
                print(a(1, 2), fib(10), mixed(1), mixed(1.5))
                show(3)
                """);
        assertThat(m.signature("a")).isEqualTo(new TypeInference.Sig(List.of('L', 'L'), 'D'));
        assertThat(m.signature("fib")).isEqualTo(new TypeInference.Sig(List.of('L'), 'L'));
        assertThat(m.signature("show")).isEqualTo(new TypeInference.Sig(List.of('L'), 'V'));
        assertThat(m.signature("mixed")).isNull();
        assertThat(m.signature("rebinds")).isNull();
    }

    @Test
    void mathIsTypedOnlyWhenItIsTheStandardModule() {
        Module std = module("""
                import math
                def f(x: float):
                    y = math.sqrt(2) + math.pi
                    return y
                """);
        assertThat(std.locals("f")).containsEntry("y", 'D');
        Module shadowed = module("""
                import math
                def f(x: float):
                    y = math.sqrt(2) + math.pi
                    return y
                math = None
                """);
        assertThat(shadowed.locals("f")).doesNotContainKey("y");
        Module lenShadowed = module("""
                def len(x):
                    return "no"
                def f(s):
                    n = len(s)
                    for i in range(3):
                        pass
                    return n
                """);
        assertThat(lenShadowed.locals("f")).containsEntry("n", 'S').containsEntry("i", 'L');
    }

    @Test
    void intLiteralExpressionsAreFoldedExactly() {
        assertThat(TypeInference.foldInt(((Stmt.ExprStmt) Parser.parse("2 ** 100 - (-7 // 2) + -7 % 2\n"
                .getBytes(StandardCharsets.UTF_8), "x.py").body().get(0)).value()))
                .isEqualTo(java.math.BigInteger.TWO.pow(100).add(java.math.BigInteger.valueOf(5)));
    }
}
