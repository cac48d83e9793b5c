package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.stdlib.OrderedDict;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compact dict's storage: growth, removal gaps, ends, keys of mixed types, and iteration under change. */
class PyDictTest {
    @Test
    void manyInsertionsAndRemovalsKeepOrderAndLookups() {
        PyDict<Object, Object> d = new PyDict<>();
        for (long k = 0; k < 2000; k++) {
            d.setItem(k, k * 2);
        }
        for (long k = 0; k < 2000; k += 3) {
            d.delItem(k);
        }
        for (long k = 0; k < 2000; k += 6) {
            d.setItem(k, -k);
        }
        List<Object> order = new ArrayList<>();
        d.forEachItem((k, v) -> order.add(k));
        List<Object> expected = new ArrayList<>();
        for (long k = 0; k < 2000; k++) {
            if (k % 3 != 0) {
                expected.add(k);
            }
        }
        for (long k = 0; k < 2000; k += 6) {
            expected.add(k);
        }
        assertThat(order).isEqualTo(expected);
        assertThat(d.len()).isEqualTo(expected.size());
        assertThat(d.getItem(6L)).isEqualTo(-6L);
        assertThat(d.getItem(7L)).isEqualTo(14L);
        assertThat(d.contains(3L)).isFalse();
        assertThat(d.get(3L, "none")).isEqualTo("none");
    }

    @Test
    void equalNumbersAreOneKeyThatKeepsItsFirstForm() {
        PyDict<Object, Object> d = new PyDict<>();
        d.setItem(true, "bool");
        d.setItem(1L, "int");
        d.setItem(1.0, "float");
        d.setItem(BigInteger.TWO, "big");
        d.setItem(2.0, "two");
        d.setItem(null, "none");
        d.setItem(-0.0, "zero");
        assertThat(d.repr()).isEqualTo("{True: 'float', 2: 'two', None: 'none', -0.0: 'zero'}");
        assertThat(d.getItem(0L)).isEqualTo("zero");
        assertThat(d.getItem(false)).isEqualTo("zero");
        assertThat(d.getItem(null)).isEqualTo("none");
        d.delItem(1.0);
        d.setItem(1L, "again");
        assertThat(d.repr()).isEqualTo("{2: 'two', None: 'none', -0.0: 'zero', 1: 'again'}");
    }

    @Test
    void nullValuesAreValuesNotAbsence() {
        PyDict<String, Object> d = new PyDict<>();
        d.setItem("k", null);
        assertThat(d.contains("k")).isTrue();
        assertThat(d.getItem("k")).isNull();
        assertThat(d.get("k", "default")).isNull();
        assertThatThrownBy(() -> d.getItem("x")).isInstanceOf(KeyError.class);
    }

    @Test
    void popitemAndOrderedEndsWorkThroughGaps() {
        OrderedDict<Object, Object> d = new OrderedDict<>();
        for (long k = 0; k < 10; k++) {
            d.setItem(k, k);
        }
        assertThat(d.popitem(false).repr()).isEqualTo("(0, 0)");
        assertThat(d.popitem(true).repr()).isEqualTo("(9, 9)");
        d.moveToEnd(1L, true);
        d.moveToEnd(8L, false);
        d.delItem(5L);
        assertThat(new PyList<>(d).repr()).isEqualTo("[8, 2, 3, 4, 6, 7, 1]");
        assertThat(d.popitem(false).repr()).isEqualTo("(8, 8)");
        assertThat(d.popitem(true).repr()).isEqualTo("(1, 1)");
        while (d.len() > 0) {
            d.popitem(false);
        }
        assertThatThrownBy(() -> d.popitem(true)).isInstanceOf(KeyError.class).hasMessage("'dictionary is empty'");
        d.setItem("x", 1L);
        assertThat(d.repr()).isEqualTo("OrderedDict([('x', 1)])");
    }

    @Test
    void aLeastRecentlyUsedPatternStaysSmall() {
        OrderedDict<Object, Object> d = new OrderedDict<>();
        for (long k = 0; k < 100_000; k++) {
            d.setItem(k, k);
            if (d.len() > 3) {
                d.popitem(false);
            }
        }
        assertThat(new PyList<>(d).repr()).isEqualTo("[99997, 99998, 99999]");
    }

    @Test
    void copiesAndEqualityIgnoreGaps() {
        PyDict<Object, Object> a = PyDict.of("x", 1L, "y", 2L, "z", 3L);
        a.delItem("y");
        PyDict<Object, Object> b = a.copy();
        b.setItem("y", 2L);
        assertThat(b.repr()).isEqualTo("{'x': 1, 'z': 3, 'y': 2}");
        assertThat(a).isNotEqualTo(b);
        a.setItem("y", 2.0);
        assertThat(a).isEqualTo(b);
        b.clear();
        assertThat(b.len()).isZero();
        assertThat(b.repr()).isEqualTo("{}");
        b.setItem(1.0, "f");
        assertThat(b.repr()).isEqualTo("{1.0: 'f'}");
    }

    @Test
    void iterationRaisesAsCPythonWhenTheDictChanges() {
        PyDict<Object, Object> d = PyDict.of("a", 1L, "b", 2L);
        Iterator<Object> it = d.iterator();
        it.next();
        it.next();
        d.setItem("c", 3L);
        // even after the last key, the next step notices the new size
        assertThat(it.hasNext()).isTrue();
        assertThatThrownBy(it::next).isInstanceOf(RuntimeError.class)
                .hasMessage("dictionary changed size during iteration");
        PyDict<Object, Object> e = PyDict.of("a", 1L, "b", 2L, "c", 3L);
        List<Object> seen = new ArrayList<>();
        for (Object k : e) {
            seen.add(k);
            if (k.equals("a")) {
                // same size: CPython goes on and meets the new key
                e.delItem("c");
                e.setItem("d", 4L);
                e.setItem("b", 20L);
            }
        }
        assertThat(seen).containsExactly("a", "b", "d");
        PyDict<Object, Object> f = PyDict.of("a", 1L, "b", 2L);
        assertThatThrownBy(() -> {
            for (Object k : f) {
                f.delItem(k);
                f.setItem(k + "!", 0L);
            }
        }).isInstanceOf(RuntimeError.class).hasMessage("dictionary keys changed during iteration");
    }

    @Test
    void presizedDictsGrowPastTheirSize() {
        PyDict<Object, Object> d = new PyDict<>(2);
        for (long k = 0; k < 50; k++) {
            d.setItem("k" + k, k);
        }
        assertThat(d.len()).isEqualTo(50);
        assertThat(d.getItem("k49")).isEqualTo(49L);
        assertThat(new PyDict<>(0).repr()).isEqualTo("{}");
    }

    @Test
    void unhashableKeysAreRefused() {
        PyDict<Object, Object> d = new PyDict<>();
        assertThatThrownBy(() -> d.setItem(PyList.of(1L), 1L)).isInstanceOf(TypeError.class)
                .hasMessage("unhashable type: 'list'");
        assertThatThrownBy(() -> d.contains(new PyDict<>())).isInstanceOf(TypeError.class)
                .hasMessage("unhashable type: 'dict'");
    }

    @Test
    void randomOperationsAgreeWithAnOrderedMapAcrossSmallAndLargeSizes() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        PyDict<Object, Object> d = new PyDict<>();
        java.util.LinkedHashMap<Object, Object> model = new java.util.LinkedHashMap<>();
        for (int step = 0; step < 20_000; step++) {
            // the key range drifts, so the dict grows past sixteen items and shrinks back below
            int range = 4 + (step / 500) % 40;
            Object key = random.nextBoolean() ? (Object) (long) random.nextInt(range) : "k" + random.nextInt(range);
            switch (random.nextInt(4)) {
                case 0, 1 -> {
                    d.setItem(key, step);
                    model.put(key, step);
                }
                case 2 -> {
                    Object expected = model.containsKey(key) ? model.remove(key) : "absent";
                    assertThat(d.pop(key, "absent")).isEqualTo(expected);
                }
                default -> assertThat(d.get(key, "absent")).isEqualTo(model.getOrDefault(key, "absent"));
            }
            assertThat(d.len()).isEqualTo(model.size());
        }
        List<Object> keys = new ArrayList<>();
        d.forEachItem((k, v) -> keys.add(k));
        assertThat(keys).containsExactlyElementsOf(model.keySet());
    }

    @Test
    void intKeysFindTheItemsOfEqualNumbersWithAndWithoutATable() {
        for (int n : new int[] {5, 40}) {
            PyDict<Object, Object> d = new PyDict<>();
            d.setItem(true, "bool one");
            d.setItem(2.0, "float two");
            d.setItem(BigInteger.valueOf(Long.MIN_VALUE), "min");
            d.setItem(BigInteger.ONE.shiftLeft(64), "big");
            for (long k = 3; k < n; k++) {
                d.setItem(k, k);
            }
            d.delItem(3L);
            assertThat(d.getItem(1L)).isEqualTo("bool one");
            assertThat(d.getItem(2L)).isEqualTo("float two");
            assertThat(d.getItem(Long.MIN_VALUE)).isEqualTo("min");
            assertThat(d.getItem(4L)).isEqualTo(4L);
            assertThatThrownBy(() -> d.getItem(3L)).isInstanceOf(KeyError.class).hasMessage("3");
            assertThatThrownBy(() -> d.getItem(0L)).isInstanceOf(KeyError.class).hasMessage("0");
        }
    }

    @Test
    void anIntKeyPassesAnotherKeyOfTheSameHash() {
        Object sameHash = new Object() {
            @Override
            public int hashCode() {
                return 7;
            }
        };
        for (int n : new int[] {3, 40}) {
            PyDict<Object, Object> d = new PyDict<>();
            d.setItem(sameHash, "other");
            for (long k = 0; k < n; k++) {
                d.setItem(k + 5, k);
            }
            assertThat(d.getItem(7L)).isEqualTo(2L);
            assertThat(d.getItem(sameHash)).isEqualTo("other");
            d.delItem(7L);
            assertThatThrownBy(() -> d.getItem(7L)).isInstanceOf(KeyError.class).hasMessage("7");
        }
    }

    @Test
    void ofStrItemsBuildsLikeSetItemWithRepeatedKeys() {
        Object[] items = {"pad", 0L, "x", 1L, "y", 2L, "x", 3L, new String("y"), 4L, "z", 5L};
        PyDict<Object, Object> d = PyDict.ofStrItems(items, 2, 5);
        assertThat(d.repr()).isEqualTo("{'x': 3, 'y': 4, 'z': 5}");
        d.setItem("w", 6L);
        assertThat(d.getItem("w")).isEqualTo(6L);
        Object[] many = new Object[80];
        for (int k = 0; k < 40; k++) {
            many[2 * k] = "k" + k % 30;
            many[2 * k + 1] = (long) k;
        }
        PyDict<Object, Object> large = PyDict.ofStrItems(many, 0, 40);
        assertThat(large.len()).isEqualTo(30);
        assertThat(large.getItem("k9")).isEqualTo(39L);
        assertThat(large.getItem("k10")).isEqualTo(10L);
        assertThat(PyDict.ofStrItems(many, 0, 0).len()).isZero();
        assertThatThrownBy(() -> PyDict.ofStrItems(new Object[] {1L, 2L}, 0, 1)).isInstanceOf(ClassCastException.class);
    }
}
