package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The first slots of an instance live in its own fields and the rest in an array; the boxes of unboxed slots are
 * kept apart and stand for a slot only while they hold its value. Every path sees one dictionary in insertion order.
 */
class InlineSlotsTest {
    private static PyInstance instance(String cls) {
        return (PyInstance) Rt.call(PyType.create(cls, new Object[0], new LinkedHashMap<>()));
    }

    @Test
    void attributesOnBothSidesOfTheFieldsKeepTheirOrderThroughDeletions() {
        PyInstance w = instance("Wide");
        for (int k = 0; k < Slots.INLINE + 3; k++) {
            Rt.setattr(w, "a" + k, k % 2 == 0 ? (Object) (long) k : "s" + k);
        }
        assertThat(w.room()).isGreaterThan(Slots.INLINE);
        Rt.delattr(w, "a1");
        Rt.setattr(w, "a1", "back");
        Map<String, Object> expected = new LinkedHashMap<>();
        for (int k = 0; k < Slots.INLINE + 3; k++) {
            if (k != 1) {
                expected.put("a" + k, k % 2 == 0 ? (Object) (long) k : "s" + k);
            }
        }
        expected.put("a1", "back");
        assertThat(w.dict()).containsExactlyEntriesOf(expected);
        assertThat(new AttrSite("a4").get(w)).isEqualTo(4L);
        assertThat(new AttrSite("a5").get(w)).isEqualTo("s5");
    }

    @Test
    void aKeptBoxIsHandedOutOnlyWhileItHoldsTheSlotsValue() {
        PyInstance p = instance("Body");
        AttrSite x = new AttrSite("x");
        x.set(p, 1.5);
        x.get(p);
        Object first = x.get(p);
        assertThat(x.get(p)).as("the same attribute read twice").isSameAs(first);
        x.setDouble(p, 2.5);
        Object second = x.get(p);
        assertThat(second).isEqualTo(2.5).isNotSameAs(first);
        x.setDouble(p, 1.5);
        assertThat(x.get(p)).isEqualTo(1.5).isNotSameAs(first);
        x.setDouble(p, -0.0);
        assertThat(x.get(p)).isEqualTo(-0.0);
        x.setDouble(p, 0.0);
        assertThat(x.get(p)).as("0.0 is not -0.0's box").isEqualTo(0.0);
    }

    @Test
    void boxesMoveWithTheirSlotsWhenANameBeforeThemIsDeleted() {
        PyInstance p = instance("Moved");
        Rt.setattr(p, "gone", "g");
        Rt.setattr(p, "x", 0.5);
        Rt.setattr(p, "n", 7L);
        Object x = Rt.getattr(p, "x");
        Object n = Rt.getattr(p, "n");
        Rt.delattr(p, "gone");
        assertThat(Rt.getattr(p, "x")).isSameAs(x);
        assertThat(Rt.getattr(p, "n")).isSameAs(n);
        assertThat(p.dict()).containsExactly(Map.entry("x", 0.5), Map.entry("n", 7L));
    }
}
