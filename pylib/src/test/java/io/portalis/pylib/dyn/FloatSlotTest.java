package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Float attributes held unboxed read and write as boxed ones do, through sites and the dynamic paths alike, and
 * any other value stored in their slot moves the instance to an object slot without losing order or values.
 */
class FloatSlotTest {
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
    void aFloatWrittenThroughASiteStaysInItsSlotAndReadsBackEqual() {
        PyType c = cls("P");
        PyInstance p = instance(c, "x", 1.5, "tag", "t");
        Shape shape = p.shape;
        assertThat(shape.isFloat(0)).isTrue();
        assertThat(shape.isFloat(1)).isFalse();
        AttrSite x = new AttrSite("x");
        x.set(p, 2.25);
        x.set(p, -0.0);
        assertThat(p.shape).as("no new layout for a float").isSameAs(shape);
        assertThat((Double) x.get(p)).isEqualTo(-0.0);
        assertThat(Double.doubleToRawLongBits((Double) x.peek(p))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        x.setDouble(p, Double.NaN);
        assertThat((Double) Rt.getattr(p, "x")).isNaN();
        assertThat(p.dict()).containsExactly(Map.entry("x", Double.NaN), Map.entry("tag", "t"));
    }

    @Test
    void peekDoubleGivesTheFloatOrTheMarkerForTheDynamicPath() {
        PyType c = cls("D");
        PyInstance p = instance(c, "x", 1.5, "name", "n");
        AttrSite x = new AttrSite("x");
        AttrSite name = new AttrSite("name");
        assertThat(AttrSite.isNoDouble(x.peekDouble(p))).as("nothing cached yet").isTrue();
        x.get(p);
        name.get(p);
        assertThat(x.peekDouble(p)).isEqualTo(1.5);
        assertThat(AttrSite.isNoDouble(name.peekDouble(p))).as("not a float").isTrue();
        assertThat(AttrSite.isNoDouble(x.peekDouble("str"))).isTrue();
        assertThat(AttrSite.isNoDouble(Double.NaN)).as("a NaN of Python's is a float").isFalse();
        x.set(p, 7L);
        x.get(p);
        assertThat(AttrSite.isNoDouble(x.peekDouble(p))).as("an int in the slot now").isTrue();
        x.set(p, -2.0);
        assertThat(x.peekDouble(p)).as("a float in an object slot").isEqualTo(-2.0);
        Rt.setattr(c, "x", 0.0);
        assertThat(AttrSite.isNoDouble(x.peekDouble(p))).as("the class changed").isTrue();
    }

    @Test
    void peekDoubleAndSetDoubleServeEveryLayoutASiteHasCachedNotOnlyTheFirst() {
        PyType c = cls("P");
        PyType d = cls("Q");
        PyInstance p = instance(c, "x", 1.5);
        PyInstance q = instance(d, "tag", "t", "x", 2.5);
        PyInstance r = instance(c, "x", "str");
        AttrSite x = new AttrSite("x");
        x.get(p);
        x.get(q);
        x.get(r);
        x.set(p, 1.25);
        x.set(q, 2.25);
        assertThat(x.peekDouble(p)).isEqualTo(1.25);
        assertThat(x.peekDouble(q)).isEqualTo(2.25);
        assertThat(AttrSite.isNoDouble(x.peekDouble(r))).as("a str in that layout").isTrue();
        x.setDouble(q, -0.0);
        x.setDouble(p, 3.0);
        x.setDouble(r, 4.0);
        assertThat(Double.doubleToRawLongBits(x.peekDouble(q))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(x.peekDouble(p)).isEqualTo(3.0);
        assertThat(x.get(r)).isEqualTo(4.0);
        Rt.setattr(d, "y", 0.0);
        assertThat(AttrSite.isNoDouble(x.peekDouble(q))).as("Q changed").isTrue();
        assertThat(x.peekDouble(p)).isEqualTo(3.0);
        x.setDouble(q, 5.0);
        assertThat(Rt.getattr(q, "x")).isEqualTo(5.0);
    }

    @Test
    void readingTheSameFloatTwiceGivesTheSameObjectUntilItChanges() {
        PyInstance p = instance(cls("P"), "x", 1.5);
        AttrSite a = new AttrSite("x");
        AttrSite b = new AttrSite("x");
        Object first = a.get(p);
        assertThat(b.get(p)).isSameAs(first);
        assertThat(Rt.getattr(p, "x")).isSameAs(first);
        Double stored = 4.5;
        Rt.setattr(p, "x", stored);
        assertThat(a.get(p)).as("a dynamic write keeps the stored object").isSameAs(stored);
        a.set(p, 7.0);
        assertThat(b.get(p)).isEqualTo(7.0).isSameAs(a.get(p));
    }

    @Test
    void anotherValueInAFloatSlotMovesTheInstanceToAnObjectSlotForGood() {
        PyType c = cls("Q");
        PyInstance p = instance(c, "x", 1.0, "y", 2.0, "z", 3.0);
        AttrSite y = new AttrSite("y");
        AttrSite z = new AttrSite("z");
        assertThat(y.get(p)).isEqualTo(2.0);
        y.set(p, "two");
        assertThat(p.shape.isFloat(1)).isFalse();
        assertThat(p.shape.isFloat(0)).isTrue();
        assertThat(y.get(p)).isEqualTo("two");
        assertThat(z.get(p)).isEqualTo(3.0);
        y.set(p, 2.5);
        assertThat(p.shape.isFloat(1)).as("for good").isFalse();
        assertThat(y.get(p)).isEqualTo(2.5);
        y.set(p, null);
        assertThat(Rt.getattr(p, "y")).isNull();
        assertThat(List.copyOf(p.dict().keySet())).containsExactly("x", "y", "z");
        PyInstance later = instance(c, "x", 1.0, "y", 2.0, "z", 3.0);
        assertThat(later.shape).as("later instances take the object slot directly").isSameAs(p.shape);
        assertThat(later.dict()).isEqualTo(Map.of("x", 1.0, "y", 2.0, "z", 3.0));
    }

    @Test
    void aNameDemotedInOneClassKeepsItsFloatSlotInAnother() {
        PyType text = cls("Label");
        PyType point = cls("Point");
        PyInstance label = instance(text, "x", 0.0);
        Rt.setattr(label, "x", "left");
        assertThat(instance(text, "x", 1.0).shape.isFloat(0)).isFalse();
        assertThat(instance(point, "x", 1.0).shape.isFloat(0)).isTrue();
        assertThat(instance(point, "x", 1.0).shape).isNotSameAs(instance(text, "x", 1.0).shape);
    }

    @Test
    void aFloatSlotReadAsAnObjectAfterEveryWriteBecomesAnObjectSlot() {
        PyType c = cls("Dyn");
        PyInstance p = instance(c, "x", 0.0, "y", 1.0);
        AttrSite x = new AttrSite("x");
        for (int k = 1; k <= 2000; k++) {
            x.set(p, x.get(p) instanceof Double d ? d + 1.0 : null);
        }
        assertThat(p.shape.isFloat(0)).as("boxed on every read: an object slot now").isFalse();
        assertThat(p.shape.isFloat(1)).as("not read so").isTrue();
        assertThat(x.get(p)).isEqualTo(2000.0);
        assertThat(Rt.getattr(p, "y")).isEqualTo(1.0);
        assertThat(instance(c, "x", 0.0).shape.isFloat(0)).as("new instances too").isFalse();
        Object box = x.get(p);
        assertThat(x.get(p)).isSameAs(box);
    }

    @Test
    void anIntStoredThroughEveryPathMovesTheSlot() {
        PyType c = cls("R");
        PyInstance viaPut = instance(c, "v", 0.5);
        viaPut.dict().put("v", 3L);
        assertThat(Rt.getattr(viaPut, "v")).isEqualTo(3L);
        PyInstance viaEntry = instance(c, "v", 0.5);
        viaEntry.dict().entrySet().iterator().next().setValue(4L);
        assertThat(Rt.getattr(viaEntry, "v")).isEqualTo(4L);
        PyInstance viaSetattr = instance(c, "v", 0.5);
        Rt.setattr(viaSetattr, "v", true);
        assertThat(Rt.getattr(viaSetattr, "v")).isEqualTo(true);
    }

    @Test
    void removingANameKeepsTheOthersInOrderWithTheirValues() {
        PyInstance p = instance(cls("S"), "a", 1.0, "b", "bee", "c", 3.0, "d", -4.0);
        Object c = new AttrSite("c").get(p);
        Rt.delattr(p, "a");
        assertThat(List.copyOf(p.dict().keySet())).containsExactly("b", "c", "d");
        assertThat(new AttrSite("c").get(p)).isSameAs(c);
        assertThat(Rt.getattr(p, "d")).isEqualTo(-4.0);
        var it = p.dict().entrySet().iterator();
        it.next();
        it.next();
        it.remove();
        assertThat(p.dict()).containsExactly(Map.entry("b", "bee"), Map.entry("d", -4.0));
        Rt.setattr(p, "a", 9.0);
        assertThat(p.dict()).containsExactly(Map.entry("b", "bee"), Map.entry("d", -4.0), Map.entry("a", 9.0));
        p.dict().clear();
        assertThat(p.dict()).isEmpty();
        Rt.setattr(p, "a", 1.25);
        assertThat(new AttrSite("a").get(p)).isEqualTo(1.25);
    }

    @Test
    void sitesThatAppendAFloatAppendOtherValuesAsObjects() {
        PyType c = cls("T");
        AttrSite x = new AttrSite("x");
        PyInstance first = (PyInstance) Rt.call(c);
        x.set(first, 1.0);
        PyInstance second = (PyInstance) Rt.call(c);
        x.set(second, "one");
        assertThat(x.get(first)).isEqualTo(1.0);
        assertThat(x.get(second)).isEqualTo("one");
        assertThat(first.shape.isFloat(0)).isTrue();
        assertThat(second.shape.isFloat(0)).isFalse();
        PyInstance third = (PyInstance) Rt.call(c);
        x.setDouble(third, 2.0);
        assertThat(x.get(third)).isEqualTo(2.0);
    }

    @Test
    void slotsPastTheSixtyFourthHoldFloatsBoxed() {
        PyInstance p = (PyInstance) Rt.call(cls("Wide"));
        for (int k = 0; k < 70; k++) {
            Rt.setattr(p, "a" + k, (double) k);
        }
        assertThat(p.shape.isFloat(63)).isTrue();
        assertThat(p.shape.isFloat(64)).isFalse();
        AttrSite a69 = new AttrSite("a69");
        a69.set(p, 0.5);
        assertThat(a69.get(p)).isEqualTo(0.5);
        assertThat(Rt.getattr(p, "a63")).isEqualTo(63.0);
        assertThat(p.dict()).hasSize(70);
    }
}
