package io.portalis.translator;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalis.python.Parser;
import io.portalis.python.ast.Expr;
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

        /** What a module function's dynamic twin speculates on. */
        TypeInference.Speculation speculation(String name) {
            Stmt.FunctionDef f = function(name);
            return emitter.inference().speculation(f, emitter.scope(f), Map.of(), locals(name));
        }

        /** Whether the value of the {@code index}-th statement of a function may peek at its hinted items first. */
        boolean peeksFirst(String name, int index) {
            Stmt.FunctionDef f = function(name);
            TypeInference.Speculation sp = speculation(name);
            Map<String, Character> env = new java.util.HashMap<>(locals(name));
            env.putAll(sp.locals());
            Stmt st = f.body().get(index);
            Expr value = st instanceof Stmt.AugAssign a ? a.value() : ((Stmt.Assign) st).value();
            return emitter.inference().peeksFirst(value, emitter.scope(f), env, sp);
        }

        TypeInference.Sig signature(String name) {
            return emitter.inference().signature(name);
        }

        /** A function defined among the statements of module function {@code outer}. */
        Stmt.FunctionDef nested(String outer, String name) {
            return function(outer).body().stream()
                    .filter(s -> s instanceof Stmt.FunctionDef f && f.name().equals(name))
                    .map(s -> (Stmt.FunctionDef) s).findFirst().orElseThrow();
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
        assertThat(m.locals("f")).containsEntry("i", 'L').containsEntry("x", 'D')
                .containsEntry("name", 'S').containsEntry("flag", 'B').doesNotContainKey("n");
        // a sum may pass 64 bits: speculated, its statement falls back to the big int when the checked add overflows
        assertThat(m.locals("f")).doesNotContainKey("total");
        assertThat(m.speculation("f").locals()).containsEntry("total", 'L');
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
    void aFloatToAWholeLiteralPowerIsAFloatAndToAFractionalOneMayBeComplex() {
        Module m = module("""
                def f(x: float, k: int):
                    a = x ** 2
                    b = x ** -1
                    c = k ** 2.0
                    d = x ** -3.0
                    e = x ** 0.5
                    g = x ** -1.5
                    h = x ** k
                    return a
                """);
        assertThat(m.emitter.inference().locals(m.function("f"), m.emitter.scope(m.function("f")),
                m.function("f").body(), Map.of("x", 'D', "k", 'L')))
                .containsEntry("a", 'D').containsEntry("b", 'D').containsEntry("c", 'D').containsEntry("d", 'D')
                // an int exponent, literal or not, is whole: Python converts it and the power is real
                .containsEntry("h", 'D')
                .doesNotContainKeys("e", "g");
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

    @Test
    void hintedListItemsMakeDynamicLocalsSpeculated() {
        Module m = module("""
                def f(v: list[float], grid: list[list[int]], n: int):
                    total = 0.0
                    up = grid[n - 1]
                    count = 0
                    for j in range(n):
                        total += v[j] * 2.0
                        count = up[j] + up[j - 1] + count
                    best = v[0]
                    return total
                def g(v: list[float], xs: list[int]):
                    acc = 0
                    for x in xs:
                        acc = acc + x * x
                    last = v[len(v) - 1]
                    other = v[1:]
                    third = other[2]
                    return acc
                def h(v, i: int):
                    total = 0.0
                    total += v[i]
                    return total
                """);
        TypeInference.Speculation f = m.speculation("f");
        assertThat(f.hints()).containsEntry("v", new TypeInference.Hint(1, 'D'))
                .containsEntry("grid", new TypeInference.Hint(2, 'L'))
                .containsEntry("up", new TypeInference.Hint(1, 'L'));
        assertThat(f.locals()).containsOnly(Map.entry("total", 'D'), Map.entry("count", 'L'), Map.entry("best", 'D'));
        TypeInference.Speculation g = m.speculation("g");
        assertThat(g.hints()).containsEntry("x", new TypeInference.Hint(0, 'L'))
                .containsEntry("other", new TypeInference.Hint(1, 'D'));
        // an index that is not a name, a literal or a name plus a literal is not peeked at; the variable of a loop
        // over a hinted list local is speculated with the hint's type
        assertThat(g.locals()).containsOnly(Map.entry("acc", 'L'), Map.entry("third", 'D'), Map.entry("x", 'L'));
        // without a hint nothing is speculated
        assertThat(m.speculation("h").locals()).isEmpty();
    }

    @Test
    void aComprehensionsOwnVariableIsNotAReadOfTheBodysName() {
        Module m = module("""
                def f(xs: list[int]):
                    print(sum(1 for x in xs if x > 0))
                    total = 0
                    for x in xs:
                        total = total + x
                    return total
                def g(n: int):
                    ys = [k * 2 for k in range(n) if k]
                    k = 5
                    k += 1
                    return k
                def h(n: int):
                    # the first iterable is evaluated in the body, before k is bound
                    ys = [k for k in range(k)]
                    k = 5
                    return k
                """);
        assertThat(m.speculation("f").locals()).containsEntry("x", 'L');
        assertThat(m.locals("g")).containsEntry("k", 'L');
        assertThat(m.locals("h")).doesNotContainKey("k");
    }

    @Test
    void speculatedIntsMayGrowWhereTheirStatementFallsBack() {
        Module m = module("""
                def bits() -> list[int]:
                    return [1, 0, 1]
                def f(row: list[int], start: int):
                    acc = 0
                    for bit in row[start:start + 8]:
                        acc = (acc << 1) | bit
                    total = 0
                    for b in bits():
                        total = (total * 31 + b) % 1000
                    p = 1
                    for x in row:
                        p *= x
                    q = 1
                    for x in row:
                        q = q * abs(x) + 1
                    return acc
                def g(n: int):
                    f = 1
                    for i in range(1, n):
                        f = f * i + 0
                    return f
                """);
        TypeInference.Speculation f = m.speculation("f");
        // loop variables over a slice of a hinted list and over a call's hinted result inherit the hint
        assertThat(f.hints()).containsEntry("bit", new TypeInference.Hint(0, 'L'))
                .containsEntry("b", new TypeInference.Hint(0, 'L'));
        // p *= x falls back to the big int past 64 bits; a call in q's value would run twice if q's did: dynamic
        assertThat(f.locals()).containsOnly(Map.entry("acc", 'L'), Map.entry("total", 'L'), Map.entry("x", 'L'),
                Map.entry("p", 'L'));
        // exact typing never lets a growing int be a long
        assertThat(m.locals("g")).doesNotContainKey("f");
    }

    @Test
    void sumsAndDoublingsMayPass64BitsWhileCountersStepsAndSumsOfCallsStayTyped() {
        Module m = module("""
                def f(n: int, w: int) -> int:
                    total = 0
                    doubled = 1
                    weighted = 0
                    big_step = 0
                    count = 0
                    countdown = n
                    calls = 0
                    for i in range(n):
                        total += i * w
                        doubled = doubled + doubled
                        weighted = weighted + i * w - 1
                        big_step += 1 << 40
                        count += 1
                        count = count + 2
                        countdown -= w
                        calls += abs(i)
                    return total + doubled + weighted + big_step + count + countdown + calls
                """);
        Stmt.FunctionDef f = m.function("f");
        Map<String, Character> params = Map.of("n", 'L', "w", 'L');
        Map<String, Character> typed = m.emitter().inference().locals(f, m.emitter().scope(f), f.body(), params);
        assertThat(typed).doesNotContainKeys("total", "doubled", "weighted", "big_step")
                .containsEntry("count", 'L').containsEntry("countdown", 'L').containsEntry("calls", 'L');
        // their statements compute and call nothing else, so each falls back to the big int when it overflows
        assertThat(m.emitter().inference().speculation(f, m.emitter().scope(f), params, typed).locals())
                .containsEntry("total", 'L').containsEntry("doubled", 'L')
                .containsEntry("weighted", 'L').containsEntry("big_step", 'L');
    }

    @Test
    void aSumOfLocalsComputedFromItsOwnTargetGrowsButABisectionDoesNot() {
        Module m = module("""
                def f(n: int, key: int) -> int:
                    a = 0
                    b = 1
                    for _ in range(n):
                        c = a + b
                        a = b
                        b = c
                    lo = 0
                    hi = n
                    while lo < hi:
                        mid = (lo + hi) // 2
                        if mid < key:
                            lo = mid + 1
                        else:
                            hi = mid
                    return a + lo
                """);
        Stmt.FunctionDef f = m.function("f");
        Map<String, Character> typed = m.emitter().inference().locals(f, m.emitter().scope(f), f.body(),
                Map.of("n", 'L', "key", 'L'));
        // c = a + b adds b, itself a copy of an earlier c: the Fibonacci numbers pass 64 bits by n = 93
        assertThat(typed).doesNotContainKeys("a", "b", "c")
                .containsEntry("lo", 'L').containsEntry("hi", 'L').containsEntry("mid", 'L');
    }

    @Test
    void powersOfNeverNegativeFloatsAndMinMaxOfFloatsAreFloats() {
        Module m = module("""
                def f(dx: float, dy: float, k: int, x: float):
                    d2 = dx * dx + dy * dy
                    d2 += 1.0
                    d = d2 ** 0.5
                    e = (d2 + abs(x) + x ** 2) ** -1.5
                    p = x ** k
                    y = x - 1.0
                    r = x ** 0.5
                    s = y ** 0.25
                    t = d2 % -2.0
                    u = t ** 0.5
                    lo = min(dx, dy)
                    hi = max(k, 3)
                    mixed = min(k, dx)
                    return d
                """);
        Stmt.FunctionDef f = m.function("f");
        Map<String, Character> t = m.emitter().inference().locals(f, m.emitter().scope(f), f.body(),
                Map.of("dx", 'D', "dy", 'D', "k", 'L', "x", 'D'));
        assertThat(t).containsEntry("d", 'D').containsEntry("e", 'D').containsEntry("p", 'D')
                .containsEntry("lo", 'D').containsEntry("hi", 'L');
        // a base that may be negative makes a complex number, and min of an int and a float either
        assertThat(t).doesNotContainKeys("r", "s", "u", "mixed");
    }

    @Test
    void pureFunctionsOnlyComputeOnTheirTypedArguments() {
        Module m = module("""
                import math
                def a(i: int, j: int) -> float:
                    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
                def b(x: float) -> float:
                    y = math.sqrt(x) + a(1, 2)
                    while y > 1.0:
                        y = y / 2.0
                    return abs(y)
                def noisy(x: int) -> int:
                    print(x)
                    return x
                def calls_noisy(x: int) -> int:
                    return noisy(x) + 1
                def reads_list(v, i: int) -> float:
                    return v[i] * 1.0
                print(a(1, 2), b(2.0), calls_noisy(3), reads_list([1.0], 0))
                """);
        TypeInference inference = m.emitter().inference();
        assertThat(inference.isPure("a")).isTrue();
        assertThat(inference.isPure("b")).isTrue();
        assertThat(inference.isPure("noisy")).isFalse();
        assertThat(inference.isPure("calls_noisy")).isFalse();
        assertThat(inference.isPure("reads_list")).isFalse();
    }

    @Test
    void hintedItemsArePeekedFirstOnlyWhenNothingObservableComesBefore() {
        Module m = module("""
                def pure(i: int) -> float:
                    return i * 0.5
                def noisy(i: int) -> float:
                    print(i)
                    return 1.0
                def f(v: list[float], o):
                    t0 = 0.0
                    t1 = pure(1) * v[0]
                    t2 = v[0] * noisy(1)
                    t3 = noisy(1) * v[0]
                    t4 = (o + 1) * v[0]
                    t5 = len(o) + v[0]
                    t6 = v[0] + (lambda: 1.0)()
                    return t0
                print(pure(1), noisy(1))
                """);
        assertThat(m.peeksFirst("f", 1)).isTrue();
        assertThat(m.peeksFirst("f", 2)).isTrue();
        assertThat(m.peeksFirst("f", 3)).isFalse();
        assertThat(m.peeksFirst("f", 4)).isFalse();
        assertThat(m.peeksFirst("f", 5)).isFalse();
        assertThat(m.peeksFirst("f", 6)).isFalse();
    }

    @Test
    void attributesAssignedOnlyNumbersOfOneTypeAreHinted() {
        Module m = module("""
                import math
                PI = math.pi
                SCALE = 4 * PI
                class Body:
                    def __init__(self, x: float, n: int, name):
                        self.x = x * SCALE
                        self.vx = 0.0
                        self.n = n
                        self.name = name
                        self.mixed = 1
                def kick(bodies):
                    px = py = 0.0
                    for b in bodies:
                        px += b.vx
                        b.n += 1
                    sun = bodies[0]
                    sun.vx = -px / SCALE
                    sun.mixed = 0.5
                def gap(a, b):
                    dx = a.x - b.x
                    count = a.n + b.n
                    label = a.name
                    return dx
                """);
        assertThat(m.emitter().inference().attributeHints()).containsOnly(Map.entry("x", 'D'), Map.entry("vx", 'D'),
                Map.entry("n", 'L'));
        assertThat(m.speculation("gap").locals()).containsOnly(Map.entry("dx", 'D'), Map.entry("count", 'L'));
    }

    @Test
    void nestedFunctionsBoundOnceAreTypedFromAnnotationsAndFreezeTheirFreeVariables() {
        Module m = module("""
                def outer(n: int, k):
                    full = (1 << n) - 1
                    later = 0

                    def walk(mask: int, depth: int) -> int:
                        if mask == full:
                            return n + later
                        return walk(mask | (1 << depth), depth + 1) + (mask >> 1) + (mask << 2)

                    def plain(x):
                        return walk(x, 0) + k

                    later = 1
                    return walk(0, 0) + plain(1)
                """);
        TypeInference inference = m.emitter().inference();
        Stmt.FunctionDef walk = m.nested("outer", "walk");
        // full is assigned once before the def, n is a parameter nothing rebinds; later is assigned twice
        assertThat(inference.frozen(walk)).containsExactly(Map.entry("full", 'L'), Map.entry("n", 'L'));
        assertThat(inference.signature(walk)).isEqualTo(new TypeInference.Sig(List.of('L', 'L'), 'O'));
        Map<String, Character> typed = inference.locals(walk, m.emitter().scope(walk), walk.body(),
                inference.typedNames(walk, inference.signature(walk)));
        assertThat(typed).containsEntry("full", 'L').containsEntry("n", 'L').doesNotContainKey("later");
        // k has no annotation and plain none at all: nothing typed
        assertThat(inference.signature(m.nested("outer", "plain"))).isNull();
    }

    @Test
    void nestedFunctionsRecursingOnTypedValuesReturnTheirType() {
        Module m = module("""
                def outer(n: int) -> int:
                    def fib(k: int) -> int:
                        if k < 2:
                            return k
                        return fib(k - 1) + fib(k - 2)

                    def half(x: int) -> int:
                        return x // 2

                    return fib(n) + half(n)
                """);
        TypeInference inference = m.emitter().inference();
        assertThat(inference.signature(m.nested("outer", "fib"))).isEqualTo(new TypeInference.Sig(List.of('L'), 'L'));
        assertThat(m.signature("outer")).isEqualTo(new TypeInference.Sig(List.of('L'), 'L'));
    }

    @Test
    void nestedFunctionsThatMayBeReboundAreNotDirect() {
        Module m = module("""
                def outer(flag):
                    def a(x: int) -> int:
                        return x

                    def b(x: int) -> int:
                        return x

                    def c(x: int) -> int:
                        return x

                    def d(x: int = 1) -> int:
                        return x

                    def swap():
                        nonlocal b
                        b = a

                    if flag:
                        a = len
                    del c
                    return a(1) + b(2) + d(3)
                """);
        TypeInference inference = m.emitter().inference();
        for (String name : List.of("a", "b", "c", "d")) {
            assertThat(inference.signature(m.nested("outer", name))).as(name).isNull();
        }
    }

    @Test
    void aShiftIsTypedByALiteralCountOnly() {
        Module m = module("""
                def f(n: int):
                    a = n << 3
                    b = 1 << n
                    c = n >> n
                    d = n
                    d <<= 1
                    return a, b, c, d
                """);
        Stmt.FunctionDef f = m.function("f");
        Map<String, Character> typed = m.emitter().inference().locals(f, m.emitter().scope(f), f.body(),
                Map.of("n", 'L'));
        assertThat(typed).containsEntry("a", 'L').containsEntry("c", 'L').doesNotContainKeys("b", "d");
    }

    @Test
    void methodParametersAreTypedFromAnnotationsUnlessRebound() {
        Module m = module("""
                class C:
                    def a(self, n: int, x: float, s, flag: bool):
                        return n

                    def b(self, n: int):
                        n = str(n)
                        return n

                    def c(self, *rest: int):
                        return rest
                """);
        Stmt.ClassDef c = (Stmt.ClassDef) m.ast().body().get(0);
        TypeInference inference = m.emitter().inference();
        assertThat(inference.methodSignature((Stmt.FunctionDef) c.body().get(0)))
                .isEqualTo(new TypeInference.Sig(List.of('O', 'L', 'D', 'O', 'B'), 'O'));
        assertThat(inference.methodSignature((Stmt.FunctionDef) c.body().get(1))).isNull();
        assertThat(inference.methodSignature((Stmt.FunctionDef) c.body().get(2))).isNull();
    }

    @Test
    void comprehensionsTakeTheHintsOfTheNamesTheyReadAndHintTheirLoopVariables() {
        Module m = module("""
                def f(values: list[int], grid: list[list[float]], other):
                    d = [values[i] + other for i in range(3)]
                    g = [[x for x in row] for row in grid]
                    return d, g
                """);
        Stmt.FunctionDef f = m.function("f");
        Scope fs = m.emitter().scope(f);
        TypeInference inference = m.emitter().inference();
        Map<String, TypeInference.Hint> outer = m.speculation("f").hints();
        Expr.ListComp d = (Expr.ListComp) ((Stmt.Assign) f.body().get(0)).value();
        Expr.ListComp g = (Expr.ListComp) ((Stmt.Assign) f.body().get(1)).value();
        assertThat(inference.comprehensionSpeculation(m.emitter().scope(d), d.generators(), fs, outer).hints())
                .containsOnly(Map.entry("values", new TypeInference.Hint(1, 'L')));
        assertThat(inference.comprehensionSpeculation(m.emitter().scope(g), g.generators(), fs, outer).hints())
                .containsOnly(Map.entry("row", new TypeInference.Hint(1, 'D')));
    }
}
