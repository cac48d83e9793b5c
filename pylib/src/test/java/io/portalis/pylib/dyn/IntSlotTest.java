package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Int attributes held unboxed read and write as boxed ones do, through sites and the dynamic paths alike; any other
 * value stored in their slot (a big int, a float, a bool, a str) moves the instance to an object slot without
 * losing order or values.
 */
class IntSlotTest {
    private static PyType cls(String name) {
        return PyType.create(name, new Object[0], new LinkedHashMap<>());
    }

    private static PyInstance instance(PyType c, Object... namesAndValues) {
        PyInstance i = (PyInstance) Rt.call(c);
        for (int k = 0; k < namesAndValues.length; k += 2) {
            Rt.setattr(i, (String) namesAndValues[k], namesAndValues[k + 1]);
        }
        return i;
    }

    @Test
    void anIntWrittenThroughASiteStaysInItsSlotAndReadsBackEqual() {
        PyType c = cls("Counter");
        PyInstance p = instance(c, "n", 1L, "tag", "t");
        Shape shape = p.shape;
        assertThat(shape.isInt(0)).isTrue();
        assertThat(shape.isFloat(0)).isFalse();
        assertThat(shape.isInt(1)).isFalse();
        AttrSite n = new AttrSite("n");
        n.set(p, 2L);
        n.setLong(p, Long.MAX_VALUE);
        assertThat(p.shape).as("no new layout for an int").isSameAs(shape);
        assertThat(n.get(p)).isEqualTo(Long.MAX_VALUE);
        n.setLong(p, -7L);
        assertThat(n.peek(p)).isEqualTo(-7L);
        assertThat(Rt.getattr(p, "n")).isEqualTo(-7L);
        assertThat(p.dict()).containsExactly(Map.entry("n", -7L), Map.entry("tag", "t"));
    }

    @Test
    void peekLongGivesTheIntOrTheMarkerForTheDynamicPath() {
        PyType c = cls("P");
        PyInstance p = instance(c, "n", 5L, "name", "n");
        AttrSite n = new AttrSite("n");
        AttrSite name = new AttrSite("name");
        assertThat(n.peekLong(p)).as("nothing cached yet").isEqualTo(AttrSite.NO_LONG);
        n.get(p);
        name.get(p);
        assertThat(n.peekLong(p)).isEqualTo(5L);
        assertThat(name.peekLong(p)).as("not an int").isEqualTo(AttrSite.NO_LONG);
        assertThat(n.peekLong("str")).isEqualTo(AttrSite.NO_LONG);
        assertThat(AttrSite.isNoDouble(n.peekDouble(p))).as("an int is no float").isTrue();
        n.set(p, 1.5);
        n.get(p);
        assertThat(n.peekLong(p)).as("a float in the slot now").isEqualTo(AttrSite.NO_LONG);
        n.set(p, 3L);
        assertThat(n.peekLong(p)).as("an int in an object slot").isEqualTo(3L);
        Rt.setattr(c, "n", 0L);
        assertThat(n.peekLong(p)).as("the class changed").isEqualTo(AttrSite.NO_LONG);
    }

    @Test
    void setLongOnALayoutTheSiteHasNotCachedTakesTheFullPath() {
        PyType c = cls("Q");
        PyInstance p = instance(c, "a", "x");
        AttrSite n = new AttrSite("n");
        n.setLong(p, 4L);
        assertThat(p.dict()).containsExactly(Map.entry("a", "x"), Map.entry("n", 4L));
        PyInstance q = instance(c, "a", "y", "n", "four");
        n.setLong(q, 5L);
        assertThat(Rt.getattr(q, "n")).isEqualTo(5L);
        assertThat(List.copyOf(q.dict().keySet())).containsExactly("a", "n");
    }

    @Test
    void aBigIntAFloatOrABoolInAnIntSlotMovesTheInstanceToAnObjectSlotForGood() {
        PyType c = cls("R");
        PyInstance p = instance(c, "x", 1L, "y", 2L, "z", 3L);
        AttrSite y = new AttrSite("y");
        AttrSite z = new AttrSite("z");
        assertThat(y.get(p)).isEqualTo(2L);
        BigInteger big = BigInteger.TWO.pow(70);
        y.set(p, big);
        assertThat(p.shape.isInt(1)).isFalse();
        assertThat(p.shape.isInt(0)).isTrue();
        assertThat(y.get(p)).isEqualTo(big);
        assertThat(y.peekLong(p)).isEqualTo(AttrSite.NO_LONG);
        assertThat(z.get(p)).isEqualTo(3L);
        y.set(p, 4L);
        assertThat(p.shape.isInt(1)).as("for good").isFalse();
        assertThat(y.peekLong(p)).isEqualTo(4L);
        PyInstance later = instance(c, "x", 1L, "y", 2L, "z", 3L);
        assertThat(later.shape.isInt(1)).as("later instances take the object slot directly").isFalse();
        assertThat(later.dict()).isEqualTo(Map.of("x", 1L, "y", 2L, "z", 3L));
        Rt.setattr(p, "x", true);
        assertThat(Rt.getattr(p, "x")).isEqualTo(true);
        Rt.setattr(p, "z", 0.5);
        assertThat(p.dict()).containsExactly(Map.entry("x", true), Map.entry("y", 4L), Map.entry("z", 0.5));
    }

    @Test
    void intsAndFloatsShareTheUnboxedArrayWithoutMixingUp() {
        PyType c = cls("Mixed");
        PyInstance p = instance(c, "f", 0.25, "i", -3L, "s", "s", "g", -0.0);
        assertThat(p.shape.isFloat(0)).isTrue();
        assertThat(p.shape.isInt(1)).isTrue();
        assertThat(p.shape.isFloat(3)).isTrue();
        AttrSite f = new AttrSite("f");
        AttrSite i = new AttrSite("i");
        assertThat(f.get(p)).isEqualTo(0.25);
        assertThat(i.get(p)).isEqualTo(-3L);
        i.setLong(p, Double.doubleToRawLongBits(1.0));
        f.setDouble(p, 2.0);
        assertThat(Rt.getattr(p, "i")).isEqualTo(Double.doubleToRawLongBits(1.0));
        assertThat(Rt.getattr(p, "f")).isEqualTo(2.0);
        assertThat(Double.doubleToRawLongBits((Double) Rt.getattr(p, "g"))).isEqualTo(Long.MIN_VALUE);
        Rt.delattr(p, "f");
        assertThat(p.dict()).containsExactly(Map.entry("i", Double.doubleToRawLongBits(1.0)), Map.entry("s", "s"),
                Map.entry("g", -0.0));
        assertThat(i.get(p)).isEqualTo(Double.doubleToRawLongBits(1.0));
    }

    @Test
    void anIntStoredAsAnObjectKeepsItsBoxForTheNextRead() {
        PyInstance p = instance(cls("Box"), "n", 1000L);
        AttrSite n = new AttrSite("n");
        Long stored = 123_456L;
        n.set(p, stored);
        assertThat(n.get(p)).isSameAs(stored);
        assertThat(p.shape.isInt(0)).isTrue();
    }

    @Test
    void anIntSlotReadAsAnObjectAfterEveryWriteBecomesAnObjectSlot() {
        PyType c = cls("Dyn");
        PyInstance p = instance(c, "n", 0L, "m", 1L);
        AttrSite n = new AttrSite("n");
        for (int k = 1; k <= 2000; k++) {
            // written unboxed, read as an object: a box per read
            n.setLong(p, (Long) n.get(p) + 1000);
        }
        assertThat(p.shape.isInt(0)).as("boxed on every read: an object slot now").isFalse();
        assertThat(p.shape.isInt(1)).as("not read so").isTrue();
        assertThat(n.get(p)).isEqualTo(2_000_000L);
        assertThat(Rt.getattr(p, "m")).isEqualTo(1L);
        Object box = n.get(p);
        assertThat(n.get(p)).isSameAs(box);
    }

    @Test
    void constructorsAppendingIntsAndOtherValuesGetTheLayoutOfWhatTheyStore() {
        PyType c = cls("Packet");
        AttrSite payload = new AttrSite("payload");
        PyInstance a = (PyInstance) Rt.call(c);
        payload.set(a, 10L);
        PyInstance b = (PyInstance) Rt.call(c);
        payload.set(b, "ten");
        PyInstance d = (PyInstance) Rt.call(c);
        payload.set(d, BigInteger.TEN.pow(30));
        PyInstance e = (PyInstance) Rt.call(c);
        payload.set(e, 11L);
        assertThat(a.shape.isInt(0)).isTrue();
        assertThat(e.shape).isSameAs(a.shape);
        assertThat(b.shape.isInt(0)).isFalse();
        assertThat(payload.get(a)).isEqualTo(10L);
        assertThat(payload.get(b)).isEqualTo("ten");
        assertThat(payload.get(d)).isEqualTo(BigInteger.TEN.pow(30));
        assertThat(payload.peekLong(e)).isEqualTo(11L);
    }

    @Test
    void addLongAddsInOneSearchOnlyWhereTheSiteHasWrittenAnIntSlot() {
        PyType c = cls("Runs");
        PyInstance p = instance(c, "runs", 0L);
        AttrSite runs = new AttrSite("runs");
        assertThat(runs.addLong(p, 1L)).as("nothing cached yet").isFalse();
        runs.set(p, 1L);
        assertThat(runs.addLong(p, 2L)).isTrue();
        assertThat(Rt.getattr(p, "runs")).isEqualTo(3L);
        runs.setLong(p, Long.MAX_VALUE - 1);
        assertThat(runs.addLong(p, 2L)).as("past 64 bits").isFalse();
        assertThat(Rt.getattr(p, "runs")).isEqualTo(Long.MAX_VALUE - 1);
        assertThat(runs.addLong(p, Long.MIN_VALUE)).isTrue();
        assertThat(Rt.getattr(p, "runs")).isEqualTo(-2L);
        assertThat(runs.addLong("str", 1L)).isFalse();
        runs.set(p, "r");
        assertThat(runs.addLong(p, 1L)).as("an object slot now").isFalse();
        assertThat(Rt.getattr(p, "runs")).isEqualTo("r");
    }

    @Test
    void addLongLeavesAClassWithSetattrToItsFullPath() {
        PyType c = cls("Logged");
        PyInstance p = instance(c, "n", 1L);
        AttrSite n = new AttrSite("n");
        n.set(p, 1L);
        assertThat(n.addLong(p, 1L)).isTrue();
        List<Object> seen = new java.util.ArrayList<>();
        Rt.setattr(c, "__setattr__", PyFunction.of("Logged.__setattr__", a -> {
            seen.add(a[1]);
            Rt.setattrDirect(a[0], (String) a[1], a[2]);
            return null;
        }, "self", "name", "value"));
        assertThat(n.addLong(p, 1L)).as("the class changed").isFalse();
        n.set(p, 5L);
        n.set(p, 6L);
        assertThat(n.addLong(p, 1L)).as("writes go through __setattr__").isFalse();
        assertThat(seen).containsExactly("n", "n");
        assertThat(Rt.getattr(p, "n")).isEqualTo(6L);
    }

    @Test
    void setLongAddsAnIntAttributeWithoutABoxFromASitesSecondConstructionOn() {
        PyType c = cls("Packet");
        AttrSite payload = new AttrSite("payload");
        PyInstance first = (PyInstance) Rt.call(c);
        payload.setLong(first, 500L);
        PyInstance second = (PyInstance) Rt.call(c);
        payload.setLong(second, 501L);
        assertThat(second.shape).isSameAs(first.shape);
        assertThat(second.shape.isInt(0)).isTrue();
        assertThat(second.box(0)).as("no box made").isNull();
        assertThat(payload.get(second)).isEqualTo(501L);
        PyInstance third = (PyInstance) Rt.call(c);
        Rt.setattr(third, "other", "o");
        payload.setLong(third, 502L);
        assertThat(third.dict()).containsExactly(Map.entry("other", "o"), Map.entry("payload", 502L));
    }
}
