package io.portalis.pylib.dyn;

import static io.portalis.pylib.dyn.TestClasses.cls;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Method and constructor sites that see several classes call what the dynamic call would, keep every layout cached,
 * and construct instances with room for the attributes their {@code __init__} adds.
 */
class PolymorphicSiteTest {
    private static Signature sig(String name, String... params) {
        return new Signature(name, params, 0, false, new String[0], false);
    }

    private static PyFunction step(String name, String result) {
        return PyFunction.direct(sig(name, "self", "by"), new Object[0], new Object[0],
                (PyFunction.Direct2) (self, by) -> result + by);
    }

    @Test
    void aSiteSeeingFourClassesKeepsThemAllAndFollowsAnOverrideAddedLater() {
        PyType base = cls("Task", new Object[0], "step", step("Task.step", "task"));
        PyType producer = cls("Producer", new Object[] {base}, "step", step("Producer.step", "producer"));
        PyType worker = cls("Worker", new Object[] {base}, "step", step("Worker.step", "worker"));
        PyType idle = cls("Idle", new Object[] {base});
        List<Object> tasks = List.of(Rt.call(producer), Rt.call(worker), Rt.call(idle), Rt.call(base));
        MethodSite site = new MethodSite("step");
        for (int round = 0; round < 3; round++) {
            assertThat(tasks.stream().map(t -> site.call(t, 1L)).toList())
                    .containsExactly("producer1", "worker1", "task1", "task1");
        }
        assertThat(site.cached()).isEqualTo(4);
        Rt.setattr(idle, "step", step("Idle.step", "idle"));
        assertThat(tasks.stream().map(t -> site.call(t, 2L)).toList())
                .containsExactly("producer2", "worker2", "idle2", "task2");
        Rt.delattr(worker, "step");
        assertThat(site.call(tasks.get(1), 3L)).isEqualTo("task3");
        Rt.setattr(tasks.get(0), "step", PyFunction.of("own", a -> "own" + a[0], "by"));
        assertThat(site.call(tasks.get(0), 4L)).as("an instance attribute shadows the method").isEqualTo("own4");
    }

    @Test
    void aSiteSeeingMoreClassesThanItCachesStopsReplacingEntriesAndStaysExact() {
        PyType base = cls("Base", new Object[0], "step", step("Base.step", "base"));
        List<PyType> classes = new java.util.ArrayList<>();
        for (int k = 0; k < 6; k++) {
            classes.add(cls("K" + k, new Object[] {base}, "step", step("K" + k + ".step", "k" + k)));
        }
        List<Object> objs = classes.stream().map(c -> {
            Object o = Rt.call(c);
            Rt.setattr(o, "w", (long) classes.indexOf(c));
            return o;
        }).toList();
        MethodSite site = new MethodSite("step");
        AttrSite w = new AttrSite("w");
        for (int round = 0; round < 20; round++) {
            for (int k = 0; k < 6; k++) {
                assertThat(site.call(objs.get(k), 0L)).isEqualTo("k" + k + "0");
                assertThat(w.get(objs.get(k))).isEqualTo((long) k);
                w.set(objs.get(k), (long) k);
            }
        }
        assertThat(site.cached()).isEqualTo(LayoutEntry.LIMIT);
        assertThat(w.cachedReads()).isEqualTo(LayoutEntry.LIMIT);
        Rt.setattr(classes.get(5), "step", step("K5.new", "new"));
        Rt.delattr(classes.get(0), "step");
        assertThat(site.call(objs.get(5), 1L)).isEqualTo("new1");
        assertThat(site.call(objs.get(0), 1L)).isEqualTo("base1");
        Rt.setattr(objs.get(3), "step", PyFunction.of("own", a -> "own" + a[0], "by"));
        assertThat(site.call(objs.get(3), 2L)).isEqualTo("own2");
        w.set(objs.get(4), "four");
        assertThat(w.get(objs.get(4))).isEqualTo("four");
        Rt.setattr(base, "extra", 1L);
        for (int k = 0; k < 6; k++) {
            site.call(objs.get(k), 0L);
        }
        assertThat(site.cached()).as("stale entries are still replaced").isEqualTo(LayoutEntry.LIMIT);
        assertThat(site.call(objs.get(2), 5L)).isEqualTo("k25");
    }

    @Test
    void aMethodWithoutDirectCodeIsCalledThroughItsSignature() {
        PyType c = cls("C", new Object[0], "f", PyFunction.of("C.f", a -> List.of(a), "self", "x", "y", "z"));
        Object obj = Rt.call(c);
        MethodSite f = new MethodSite("f");
        for (int round = 0; round < 2; round++) {
            assertThat(f.call(obj, 1L, 2L, 3L)).isEqualTo(List.of(obj, 1L, 2L, 3L));
        }
    }

    @Test
    void instancesAreBuiltWithRoomForWhatInitAddsAndGrowBeyondIt() {
        PyType p = cls("Packet", new Object[0], "__init__", PyFunction.direct(sig("Packet.__init__", "self", "k",
                "v"), new Object[0], new Object[0], (PyFunction.Direct3) (self, k, v) -> {
                    Rt.setattr(self, "kind", k);
                    Rt.setattr(self, "value", v);
                    Rt.setattr(self, "weight", 0.5);
                    return null;
                }));
        CallSite make = new CallSite("Packet");
        PyInstance first = (PyInstance) make.call(p, "a", 1L);
        for (int k = 0; k < 2; k++) {
            make.call(p, "x", 1L);
        }
        assertThat(p.slotHint).as("the names an instance needed room for").isEqualTo(3);
        assertThat(p.floatHint).isTrue();
        PyInstance second = (PyInstance) make.call(p, "b", 2L);
        assertThat(second.room()).as("values in fields, no array").isEqualTo(Slots.INLINE);
        assertThat(second.floats).as("no growth within the hint").hasSize(3);
        Rt.setattr(second, "more", 1L);
        assertThat(p.slotHint).as("an instance that outgrew it raises it").isEqualTo(4);
        assertThat(second.room()).as("spare room past the fields").isEqualTo(Slots.INLINE + 4);
        assertThat(second.floats).as("spare room past the fields").hasSize(6);
        Rt.setattr(second, "extra", "more");
        Rt.setattr(second, "last", 2.5);
        assertThat(second.room()).as("no growth within the spare room").isEqualTo(Slots.INLINE + 4);
        assertThat(second.floats).hasSize(6);
        assertThat(second.dict()).containsExactly(Map.entry("kind", "b"), Map.entry("value", 2L),
                Map.entry("weight", 0.5), Map.entry("more", 1L), Map.entry("extra", "more"), Map.entry("last", 2.5));
        assertThat(p.slotHint).isEqualTo(4);
        assertThat(first.dict()).hasSize(3);
        PyInstance bare = new PyInstance(p);
        assertThat(bare.dict()).isEmpty();
        Rt.setattr(bare, "kind", "c");
        assertThat(Rt.getattr(bare, "kind")).isEqualTo("c");
    }

    @Test
    void constructorSitesSeeingSeveralClassesBuildEach() {
        PyFunction init = PyFunction.direct(sig("A.__init__", "self", "v"), new Object[0], new Object[0],
                (PyFunction.Direct2) (self, v) -> {
                    Rt.setattr(self, "v", v);
                    return null;
                });
        PyType a = cls("A", new Object[0], "__init__", init);
        PyType b = cls("B", new Object[] {a});
        CallSite make = new CallSite("cls");
        for (PyType t : List.of(a, b, a, b)) {
            Object obj = make.call(t, 7L);
            assertThat(Rt.type(obj)).isSameAs(t);
            assertThat(Rt.getattr(obj, "v")).isEqualTo(7L);
        }
    }

    @Test
    void aClassCalledAsAValueRunsItsInitAsTheDynamicCallDid() {
        PyFunction init = PyFunction.direct(sig("V.__init__", "self", "a", "b"), new Object[] {0L}, new Object[0],
                (PyFunction.Direct3) (self, a, b) -> {
                    Rt.setattr(self, "sum", (Long) a + (Long) b);
                    return null;
                });
        PyType v = cls("V", new Object[0], "__init__", init);
        assertThat(Rt.getattr(Rt.call(v, 1L, 2L), "sum")).isEqualTo(3L);
        assertThat(Rt.getattr(Rt.call(v, 5L), "sum")).as("a default, through the signature").isEqualTo(5L);
        assertThat(Rt.getattr(Rt.callKw(v, new Object[] {1L, 4L}, new String[] {"b"}), "sum")).isEqualTo(5L);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rt.call(v, 1L, 2L, 3L))
                .isInstanceOf(io.portalis.pylib.TypeError.class)
                .hasMessage("V.__init__() takes from 2 to 3 positional arguments but 4 were given");
        Rt.setattr(v, "__init__", PyFunction.of("V.__init__", a -> 7L, "self", "a", "b"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rt.call(v, 1L, 2L))
                .isInstanceOf(io.portalis.pylib.TypeError.class)
                .hasMessage("__init__() should return None, not 'int'");
        Rt.delattr(v, "__init__");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rt.call(v, 1L))
                .isInstanceOf(io.portalis.pylib.TypeError.class).hasMessage("V() takes no arguments");
        assertThat(Rt.type(Rt.call(v))).isSameAs(v);
    }

    @Test
    void anAttributeSiteSeeingFourClassesFindsEachAndFollowsAPropertyAddedToOneOfThem() {
        PyType base = cls("Base", new Object[0]);
        List<PyType> classes = List.of(cls("P", new Object[] {base}), cls("Q", new Object[] {base}),
                cls("R", new Object[] {base}), cls("S", new Object[] {base}));
        List<Object> objs = classes.stream().map(c -> {
            Object o = Rt.call(c);
            Rt.setattr(o, "n", (long) classes.indexOf(c));
            return o;
        }).toList();
        AttrSite n = new AttrSite("n");
        for (int round = 0; round < 3; round++) {
            for (int k = 0; k < 4; k++) {
                assertThat(n.get(objs.get(k))).isEqualTo((long) k + round);
                assertThat(n.addLong(objs.get(k), 1L)).as("a cached int slot adds in place").isEqualTo(round > 0);
                if (round == 0) {
                    n.set(objs.get(k), (long) k + 1);
                }
            }
        }
        assertThat(n.cachedReads()).isEqualTo(4);
        assertThat(n.cachedWrites()).isEqualTo(4);
        Rt.setattr(classes.get(1), "n", new Decorators.Property(
                PyFunction.of("n", a -> "property", "self"), null, null));
        assertThat(n.get(objs.get(1))).as("a data descriptor added later outranks the instance").isEqualTo("property");
        assertThat(n.addLong(objs.get(1), 1L)).isFalse();
        for (int k : new int[] {0, 2, 3}) {
            assertThat(n.get(objs.get(k))).as("the other classes keep their entries").isEqualTo((long) k + 3);
        }
        Rt.delattr(objs.get(3), "n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> n.get(objs.get(3)))
                .isInstanceOf(io.portalis.pylib.AttributeError.class);
        n.set(objs.get(3), "back");
        assertThat(n.get(objs.get(3))).isEqualTo("back");
    }
}
