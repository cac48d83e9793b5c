package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A layout holds exactly the instances whose attributes it may read and write at fixed slots: the expected names in
 * order, floats and ints in unboxed slots of their kind, of a class that intercepts none of them; reads and writes at
 * the slots agree with the dynamic paths, and every change that would make them differ makes it let go.
 */
class InstanceLayoutTest {
    private static PyInstance instance(PyType c, Object... namesAndValues) {
        PyInstance i = (PyInstance) Rt.call(c);
        for (int k = 0; k < namesAndValues.length; k += 2) {
            Rt.setattr(i, (String) namesAndValues[k], namesAndValues[k + 1]);
        }
        return i;
    }

    private static final InstanceLayout POINT = new InstanceLayout("DLO", "x", "n", "tag");

    @Test
    void readsAndWritesAtTheSlotsAgreeWithTheDynamicPaths() {
        InstanceLayout layout = new InstanceLayout("DLO", "x", "n", "tag");
        PyType c = TestClasses.cls("P", new Object[0]);
        PyInstance p = instance(c, "x", 1.5, "n", 7L, "tag", "t", "extra", 2.0);
        assertThat(layout.holds(p)).as("names past the layout's are allowed").isTrue();
        assertThat(InstanceLayout.doubleAt(p, 0)).isEqualTo(1.5);
        assertThat(InstanceLayout.longAt(p, 1)).isEqualTo(7L);
        Object boxed = Rt.getattr(p, "x");
        InstanceLayout.setDouble(p, 0, -0.0);
        InstanceLayout.setLong(p, 1, Long.MIN_VALUE);
        assertThat(Rt.getattr(p, "x")).as("the box kept for the old value no longer counts").isNotSameAs(boxed)
                .isEqualTo(-0.0);
        assertThat(Rt.getattr(p, "n")).isEqualTo(Long.MIN_VALUE);
        assertThat(p.dict()).containsExactly(Map.entry("x", -0.0), Map.entry("n", Long.MIN_VALUE),
                Map.entry("tag", "t"), Map.entry("extra", 2.0));
        assertThat(layout.holds(instance(c, "x", 2.5, "n", 1L, "tag", null, "extra", 3.0)))
                .as("the same shape").isTrue();
        assertThat(layout.checks()).isEqualTo(1);
    }

    @Test
    void otherOrdersKindsClassesAndValuesAreNotHeld() {
        PyType c = TestClasses.cls("P", new Object[0]);
        PyType sub = TestClasses.cls("S", new Object[] {c});
        assertThat(POINT.holds("str")).isFalse();
        assertThat(POINT.holds(null)).isFalse();
        assertThat(POINT.holds(instance(c, "n", 7L, "x", 1.5, "tag", "t"))).as("another order").isFalse();
        assertThat(POINT.holds(instance(c, "x", 1L, "n", 7L, "tag", "t"))).as("an int for a float").isFalse();
        assertThat(POINT.holds(instance(c, "x", 1.5, "n", 7L))).as("a name missing").isFalse();
        PyInstance s = instance(sub, "x", 1.5, "n", 7L, "tag", "t");
        InstanceLayout layout = new InstanceLayout("DLO", "x", "n", "tag");
        assertThat(layout.holds(s)).as("a subclass without anything special has the layout too").isTrue();
        PyInstance p = instance(c, "x", 1.5, "n", 7L, "tag", "t");
        assertThat(layout.holds(p)).isTrue();
        Rt.setattr(p, "x", "now a str");
        assertThat(layout.holds(p)).as("the slot became an object slot").isFalse();
        PyInstance q = instance(c, "x", 1.5, "n", 7L, "tag", "t");
        Rt.delattr(q, "n");
        assertThat(layout.holds(q)).isFalse();
    }

    @Test
    void aPropertyOrSetattrOfTheClassMakesItLetGo() {
        PyType c = TestClasses.cls("P", new Object[0]);
        PyInstance p = instance(c, "x", 1.5, "n", 7L, "tag", "t");
        InstanceLayout layout = new InstanceLayout("DLO", "x", "n", "tag");
        assertThat(layout.holds(p)).isTrue();
        Rt.setattr(c, "unrelated", 1L);
        assertThat(layout.holds(p)).as("checked again after the change, still plain").isTrue();
        Rt.setattr(c, "x", new Decorators.Property(PyFunction.of("x", a -> 42.0, "self"), null, null));
        assertThat(layout.holds(p)).isFalse();
        assertThat(Rt.getattr(p, "x")).isEqualTo(42.0);
        Rt.delattr(c, "x");
        assertThat(layout.holds(p)).isTrue();
        Rt.setattr(c, "__setattr__", PyFunction.of("__setattr__", a -> null, "self", "name", "value"));
        assertThat(layout.holds(p)).isFalse();
    }

    @Test
    void aLayoutHoldsTheShapesOfSeveralClassesAndStopsCheckingAfterMany() {
        InstanceLayout layout = new InstanceLayout("DL", "x", "n");
        PyType base = TestClasses.cls("Base", new Object[0]);
        PyInstance[] held = new PyInstance[InstanceLayout.PLACES];
        for (int k = 0; k < held.length; k++) {
            held[k] = instance(TestClasses.cls("Sub" + k, new Object[] {base}), "x", 1.0, "n", 2L, "own" + k, k);
            assertThat(layout.holds(held[k])).isTrue();
        }
        PyInstance refused = instance(base, "n", 2L, "x", 1.0);
        for (int k = 0; k < 3; k++) {
            assertThat(layout.holds(refused)).isFalse();
            for (PyInstance h : held) {
                assertThat(layout.holds(h)).as("every place still held").isTrue();
            }
        }
        assertThat(layout.checks()).as("a refused shape is checked once").isEqualTo(held.length + 1);
        Rt.setattr(base, "changed", true);
        assertThat(layout.holds(held[0])).as("checked again after its class changed").isTrue();
        for (int k = 0; layout.checks() < InstanceLayout.CHECKS; k++) {
            layout.holds(instance(TestClasses.cls("C" + k, new Object[0]), "x", 1.0, "n", 2L));
        }
        assertThat(layout.holds(instance(TestClasses.cls("Late", new Object[0]), "x", 1.0, "n", 2L))).isFalse();
    }

    @Test
    void kindsAreValidated() {
        assertThatThrownBy(() -> new InstanceLayout("DX", "a", "b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InstanceLayout("D", "a", "b")).isInstanceOf(IllegalArgumentException.class);
    }
}
