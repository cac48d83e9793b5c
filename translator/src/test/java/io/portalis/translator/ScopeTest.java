package io.portalis.translator;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalis.python.Parser;
import io.portalis.python.ast.Mod;
import io.portalis.python.ast.Node;
import io.portalis.python.ast.Stmt;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Name resolution: locals, cells captured by inner functions, nonlocal, global, class bodies. */
class ScopeTest {
    private static Map<Node, Scope> scopes(String src, Mod.Module[] module) {
        module[0] = Parser.parse(src, "t.py");
        return ScopeBuilder.build(module[0]);
    }

    @Test
    void capturedVariablesBecomeCellsOfTheirOwner() {
        Mod.Module[] m = new Mod.Module[1];
        Map<Node, Scope> s = scopes("""
                def outer(n):
                    count = 0
                    tmp = 1
                    def inner():
                        nonlocal count
                        count += n
                        return count
                    return inner
                """, m);
        Stmt.FunctionDef outer = (Stmt.FunctionDef) m[0].body().get(0);
        Scope os = s.get(outer);
        Scope is = s.get(outer.body().get(2));
        assertThat(os.cells).containsExactlyInAnyOrder("count", "n");
        assertThat(os.resolve("tmp")).isEqualTo(Scope.Binding.LOCAL);
        assertThat(os.resolve("count")).isEqualTo(Scope.Binding.CELL);
        assertThat(is.resolve("count")).isEqualTo(Scope.Binding.FREE);
        assertThat(is.resolve("n")).isEqualTo(Scope.Binding.FREE);
        assertThat(is.resolve("print")).isEqualTo(Scope.Binding.GLOBAL);
    }

    @Test
    void globalDeclarationsAndClassBodies() {
        Mod.Module[] m = new Mod.Module[1];
        Map<Node, Scope> s = scopes("""
                total = 0
                def add(x):
                    global total
                    total += x
                class A:
                    size = 3
                    def m(self):
                        return size
                """, m);
        Scope add = s.get(m[0].body().get(1));
        Stmt.ClassDef a = (Stmt.ClassDef) m[0].body().get(2);
        Scope cls = s.get(a);
        Scope method = s.get(a.body().get(1));
        assertThat(add.resolve("total")).isEqualTo(Scope.Binding.GLOBAL);
        assertThat(add.resolve("x")).isEqualTo(Scope.Binding.LOCAL);
        assertThat(cls.resolve("size")).isEqualTo(Scope.Binding.CLASS_LOCAL);
        // methods do not see the class body's names
        assertThat(method.resolve("size")).isEqualTo(Scope.Binding.GLOBAL);
    }

    @Test
    void comprehensionsHaveTheirOwnScopeAndCaptureTheirFunctionsLocals() {
        Mod.Module[] m = new Mod.Module[1];
        Map<Node, Scope> s = scopes("""
                def f(k):
                    return [x * k for x in range(3)], (x * k for x in range(3))
                """, m);
        Scope f = s.get(m[0].body().get(0));
        // the generator expression outlives its creation: it reads k through a cell
        assertThat(f.cells).containsExactly("k");
        assertThat(f.isLocal("x")).isFalse();
        assertThat(f.children).hasSize(2);
        assertThat(f.children.get(0).isLocal("x")).isTrue();
        assertThat(f.children.get(0).resolve("k")).isEqualTo(Scope.Binding.FREE);
    }

    @Test
    void comprehensionsConsumedWhereTheyStandLeaveTheirFunctionsLocalsOutOfCells() {
        Mod.Module[] m = new Mod.Module[1];
        Map<Node, Scope> s = scopes("""
                def f(k, xs):
                    a = [x * k for x in xs]
                    b = sum(1 for x in xs if x < k) + len({x: k for x in xs})
                    c = "".join(str(x + k) for x in xs)
                    return a, b, c
                def g(k, xs):
                    return sum(1 for x in xs if x < k), max(x for x in xs if (k := k - 1))
                def h(k, xs):
                    return any(x < k for x in xs), (lambda: [x for x in xs])
                def any(g):
                    return g
                """, m);
        assertThat(s.get(m[0].body().get(0)).cells).isEmpty();
        // a walrus rebinds k inside the second generator expression
        assertThat(s.get(m[0].body().get(1)).cells).containsExactly("k");
        // any is the module's own function, which may keep the generator; the lambda captures xs
        assertThat(s.get(m[0].body().get(2)).cells).containsExactlyInAnyOrder("k", "xs");
    }

    @Test
    void yieldMakesAGenerator() {
        Mod.Module[] m = new Mod.Module[1];
        Map<Node, Scope> s = scopes("def g():\n    yield 1\ndef h():\n    return 1\n", m);
        assertThat(s.get(m[0].body().get(0)).generator).isTrue();
        assertThat(s.get(m[0].body().get(1)).generator).isFalse();
    }
}
