package io.portalis.pylib.dyn;

import static io.portalis.pylib.dyn.TestClasses.cls;
import static org.assertj.core.api.Assertions.assertThat;

import io.portalis.pylib.PyList;
import org.junit.jupiter.api.Test;

/**
 * {@link MethodSite#code} names the direct code a receiver's method call would run, and nothing when the call
 * would run anything else, so that translated code calling the code it recognises stays exact.
 */
class MethodCodeTest {
    private static final PyFunction.Direct2 BASE_STEP = (self, by) -> "base" + by;
    private static final PyFunction.Direct2 FAST_STEP = (self, by) -> "fast" + by;

    private static PyFunction fn(String name, PyFunction.Direct2 code) {
        return PyFunction.direct(new Signature(name, new String[] {"self", "by"}, 0, false, new String[0], false),
                new Object[0], new Object[0], code);
    }

    @Test
    void theCodeFollowsTheClassAndItsChanges() {
        PyType base = cls("Base", new Object[0], "step", fn("Base.step", BASE_STEP));
        PyType fast = cls("Fast", new Object[] {base}, "step", fn("Fast.step", FAST_STEP));
        PyType plain = cls("Plain", new Object[] {base});
        Object b = Rt.call(base);
        Object f = Rt.call(fast);
        Object p = Rt.call(plain);
        MethodSite site = new MethodSite("step");
        for (int round = 0; round < 3; round++) {
            assertThat(site.code(b)).isSameAs(BASE_STEP);
            assertThat(site.code(f)).isSameAs(FAST_STEP);
            assertThat(site.code(p)).as("inherited").isSameAs(BASE_STEP);
        }
        assertThat(site.cached()).isEqualTo(3);
        Rt.setattr(plain, "step", fn("Plain.step", FAST_STEP));
        assertThat(site.code(p)).as("an override added later").isSameAs(FAST_STEP);
        Rt.setattr(base, "step", PyFunction.of("lambda", a -> "lambda", "self", "by"));
        assertThat(site.code(b)).as("a function without direct code").isNull();
        assertThat(site.call(b, 1L)).isEqualTo("lambda");
        Rt.delattr(base, "step");
        assertThat(site.code(b)).isNull();
        assertThat(site.code(f)).isSameAs(FAST_STEP);
    }

    @Test
    void nothingIsNamedWhenTheCallWouldNotRunAPlainMethodOfTheClass() {
        PyType base = cls("Base", new Object[0], "step", fn("Base.step", BASE_STEP),
                "other", new Decorators.StaticMethod(fn("Base.other", BASE_STEP)));
        Object b = Rt.call(base);
        Object shadowed = Rt.call(base);
        Rt.setattr(shadowed, "step", PyFunction.of("own", a -> "own" + a[0], "by"));
        MethodSite site = new MethodSite("step");
        assertThat(site.code(b)).isSameAs(BASE_STEP);
        assertThat(site.code(shadowed)).as("an instance attribute shadows the method").isNull();
        assertThat(site.call(shadowed, 2L)).as("called unbound, as an attribute").isEqualTo("own2");
        assertThat(new MethodSite("other").code(b)).as("a static method").isNull();
        assertThat(site.code(new PyList<>())).isNull();
        assertThat(site.code(null)).isNull();
        assertThat(site.code(base)).as("the class itself").isNull();
        Rt.delattr(shadowed, "step");
        assertThat(site.code(shadowed)).isSameAs(BASE_STEP);
    }

    @Test
    void aConstructorSiteMakesAnInstanceOnlyForThePlainConstructionOfTheInitItIsGiven() {
        PyFunction.Direct2 initCode = (self, v) -> {
            Rt.setattr(self, "v", v);
            return null;
        };
        PyFunction init = PyFunction.direct(new Signature("A.__init__", new String[] {"self", "v"}, 0, false,
                new String[0], false), new Object[0], new Object[0], initCode);
        PyType a = cls("A", new Object[0], "__init__", init);
        PyType b = cls("B", new Object[] {a});
        CallSite site = new CallSite("A");
        for (PyType t : java.util.List.of(a, b, a)) {
            PyInstance self = site.instance(t, initCode);
            assertThat(self).isNotNull();
            assertThat(self.type()).isSameAs(t);
            assertThat(CallSite.constructed(self, initCode.call(self, 3L))).isSameAs(self);
            assertThat(Rt.getattr(self, "v")).isEqualTo(3L);
        }
        assertThat(site.instance(a, BASE_STEP)).as("another code").isNull();
        assertThat(site.instance("A", initCode)).as("not a class").isNull();
        Rt.setattr(b, "__init__", PyFunction.of("B.__init__", x -> null, "self", "v"));
        assertThat(site.instance(b, initCode)).as("an __init__ replaced on the class").isNull();
        assertThat(site.instance(a, initCode)).isNotNull();
        Rt.setattr(a, "__call__", PyFunction.of("A.__call__", x -> null, "self"));
        assertThat(site.instance(a, initCode)).as("still plain: __call__ is for instances").isNotNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CallSite.constructed(new PyInstance(a), 5L))
                .isInstanceOf(io.portalis.pylib.TypeError.class)
                .hasMessage("__init__() should return None, not 'int'");
    }
}
