package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.dyn.Peek;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The storage kinds of {@link PyList} (longs, doubles, bools, general) and every way a list moves from one to
 * another; the expected reprs are CPython's.
 */
class ListStrategiesTest {
    private static PyList<Object> list(Object... items) {
        return PyList.of(items);
    }

    @Test
    void holdsDoublesComparesTheUnboxedItemsBitForBit() {
        PyList<Object> l = PyList.of(1.0, 0.0, 2.5);
        assertThat(l.holdsDoubles(new double[] {1.0, 0.0, 2.5})).isTrue();
        assertThat(l.holdsDoubles(new double[] {1.0, -0.0, 2.5})).isFalse();
        assertThat(l.holdsDoubles(new double[] {1.0, 0.0})).isFalse();
        double[] copy = l.toDoubleArray();
        l.set(2, 3.5);
        assertThat(copy).containsExactly(1.0, 0.0, 2.5);
        assertThat(l.holdsDoubles(copy)).isFalse();
        l.set(2, 2.5);
        assertThat(l.holdsDoubles(copy)).isTrue();
        l.set(1, 0L);
        assertThat(l.holdsDoubles(new double[] {1.0, 0.0, 2.5})).isFalse();
        assertThatThrownBy(l::toDoubleArray).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void moveItemIsAPopThenAnInsertInEveryKind() {
        for (PyList<Object> kind : List.of(list(0L, 1L, 2L, 3L, 4L), list(0.5, 1.5, 2.5, 3.5, 4.5),
                list(true, false, false, true, false), list("a", "b", "c", "d", "e"))) {
            long[][] moves = {{0, 3}, {-1, 0}, {4, 1}, {1, -2}, {-2, -100}, {0, 100}, {2, 2}};
            PyList<Object> moved = kind.copy();
            PyList<Object> popped = kind.copy();
            for (long[] m : moves) {
                moved.moveItem(m[0], m[1]);
                popped.insert(m[1], popped.pop(m[0]));
                assertThat(moved.repr()).isEqualTo(popped.repr());
            }
            assertThat(moved.isLongs()).isEqualTo(kind.isLongs());
        }
        PyList<Object> l = list(1L, 2L);
        assertThatThrownBy(() -> l.moveItem(2, 0)).isInstanceOf(IndexError.class)
                .hasMessage("pop index out of range");
        assertThatThrownBy(() -> l.moveItem(-3, 0)).isInstanceOf(IndexError.class)
                .hasMessage("pop index out of range");
        assertThatThrownBy(() -> new PyList<>().moveItem(-1, 0)).isInstanceOf(IndexError.class)
                .hasMessage("pop from empty list");
        assertThat(l.repr()).isEqualTo("[1, 2]");
    }

    @Test
    void anEmptyListTakesTheKindOfItsFirstItem() {
        PyList<Object> l = new PyList<>();
        l.add(1.5);
        assertThat(l.isDoubles()).isTrue();
        l.add(2.5);
        assertThat(l.doubleAt(-1)).isEqualTo(2.5);
        l.clear();
        l.add(true);
        assertThat(l.isBools()).isTrue();
        l.clear();
        l.add(7L);
        assertThat(l.isLongs()).isTrue();
        assertThat(l.repr()).isEqualTo("[7]");
    }

    @Test
    void ofLongsHoldsTheIntsUnboxedAndCopiesThem() {
        long[] values = {5, -7, Long.MAX_VALUE, 9};
        PyList<Object> l = PyList.ofLongs(values, 3);
        values[0] = 0;
        assertThat(l.isLongs()).isTrue();
        assertThat(l.repr()).isEqualTo("[5, -7, 9223372036854775807]");
        l.append(1L);
        l.append("x");
        assertThat(l.repr()).isEqualTo("[5, -7, 9223372036854775807, 1, 'x']");
        PyList<Object> empty = PyList.ofLongs(values, 0);
        empty.append(2.5);
        assertThat(empty.isDoubles()).isTrue();
        assertThatThrownBy(() -> PyList.ofLongs(values, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void ofItemsHoldsARangeAsAppendsWould() {
        Object[] items = {"skip", "a", 1L, 2.5, 1.5, 2.5, true, false, "end"};
        PyList<Object> general = PyList.ofItems(items, 1, 3);
        items[1] = "changed";
        assertThat(general.repr()).isEqualTo("['a', 1, 2.5]");
        assertThat(general.isLongs() || general.isDoubles() || general.isBools()).isFalse();
        PyList<Object> floats = PyList.ofItems(items, 4, 2);
        assertThat(floats.isDoubles()).isTrue();
        assertThat(floats.repr()).isEqualTo("[1.5, 2.5]");
        PyList<Object> bools = PyList.ofItems(items, 6, 2);
        assertThat(bools.isBools()).isTrue();
        PyList<Object> mixed = PyList.ofItems(items, 2, 3);
        assertThat(mixed.isLongs()).isFalse();
        assertThat(mixed.repr()).isEqualTo("[1, 2.5, 1.5]");
        assertThat(PyList.ofItems(items, 9, 0).repr()).isEqualTo("[]");
        assertThatThrownBy(() -> PyList.ofItems(items, 8, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void appendingAnotherKindMakesTheListGeneralForGood() {
        PyList<Object> l = list(1L, 2L, 3L);
        assertThat(l.isLongs()).isTrue();
        l.append(0.5);
        assertThat(l.isLongs()).isFalse();
        assertThat(l.isDoubles()).isFalse();
        assertThat(l.repr()).isEqualTo("[1, 2, 3, 0.5]");
        l.pop();
        assertThat(l.isLongs()).isFalse();
        assertThat(l.repr()).isEqualTo("[1, 2, 3]");
    }

    @Test
    void intsBoolsAndFloatsAreNeverConvertedIntoEachOther() {
        // 1 == 1.0 == True, but each keeps its type and repr
        PyList<Object> l = list(1L, 1.0, true);
        assertThat(l.repr()).isEqualTo("[1, 1.0, True]");
        assertThat(l.count(1L)).isEqualTo(3);
        assertThat(l.index(true)).isZero();
        assertThat(l.get(2)).isSameAs(Boolean.TRUE);
        PyList<Object> longs = list(1L, 2L);
        longs.setItem(0, true);
        assertThat(longs.repr()).isEqualTo("[True, 2]");
        PyList<Object> bools = list(true, false);
        bools.setItem(1, 0L);
        assertThat(bools.repr()).isEqualTo("[True, 0]");
    }

    @Test
    void boolStorageGivesBackTheCanonicalBooleans() {
        PyList<Object> sieve = list(true).mul(5);
        assertThat(sieve.isBools()).isTrue();
        sieve.setItem(0, false);
        sieve.setItem(-1, false);
        assertThat(sieve.getItem(0)).isSameAs(Boolean.FALSE);
        assertThat(sieve.getItem(1)).isSameAs(Boolean.TRUE);
        assertThat(sieve.boolAt(4)).isFalse();
        assertThat(sieve.repr()).isEqualTo("[False, True, True, True, False]");
        sieve.setItem(2, 1L);
        assertThat(sieve.isBools()).isFalse();
        assertThat(sieve.repr()).isEqualTo("[False, True, 1, True, False]");
    }

    @Test
    void rotationsByPopAndInsertKeepIntsUnboxed() {
        PyList<Object> perm = list(0L, 1L, 2L, 3L, 4L);
        perm.insert(3, perm.pop(0));
        assertThat(perm.repr()).isEqualTo("[1, 2, 3, 0, 4]");
        perm.insert(-100, perm.pop(-1));
        perm.insert(100, perm.pop(1));
        assertThat(perm.repr()).isEqualTo("[4, 2, 3, 0, 1]");
        assertThat(perm.isLongs()).isTrue();
        // full storage: the insert grows it
        PyList<Object> full = new PyList<>(2);
        full.addLong(7);
        full.addLong(8);
        full.insert(1, 9L);
        assertThat(full.repr()).isEqualTo("[7, 9, 8]");
        full.insert(0, "x");
        assertThat(full.isLongs()).isFalse();
        assertThat(full.pop(0)).isEqualTo("x");
        assertThat(full.pop(-1)).isEqualTo(8L);
        assertThat(full.repr()).isEqualTo("[7, 9]");
        assertThatThrownBy(() -> list().pop(0)).isInstanceOf(IndexError.class).hasMessage("pop from empty list");
        assertThatThrownBy(() -> list(1L).pop(1)).isInstanceOf(IndexError.class)
                .hasMessage("pop index out of range");
    }

    @Test
    void truthyIndicesAreCollectedFromPrimitiveStorageOnly() {
        PyList<Object> flags = PyList.of((Object) false).mul(200);
        flags.setBool(3, true);
        flags.setBool(64, true);
        flags.setBool(199, true);
        PyList<Object> out = new PyList<>();
        assertThat(flags.appendTruthyIndices(0, 1, 200, out)).isTrue();
        assertThat(out.repr()).isEqualTo("[3, 64, 199]");
        assertThat(out.isLongs()).isTrue();
        // into a list that holds items already, and with a step
        assertThat(flags.appendTruthyIndices(199, -1, 197, out)).isTrue();
        assertThat(out.repr()).isEqualTo("[3, 64, 199, 199, 64, 3]");
        PyList<Object> words = list("a");
        assertThat(flags.appendTruthyIndices(60, 1, 10, words)).isTrue();
        assertThat(words.repr()).isEqualTo("['a', 64]");
        PyList<Object> ints = list(0L, 2L, 0L, -1L);
        PyList<Object> floats = list(0.0, -0.0, 0.5, 0.0);
        out.clear();
        assertThat(ints.appendTruthyIndices(0, 1, 4, out)).isTrue();
        assertThat(floats.appendTruthyIndices(0, 1, 4, out)).isTrue();
        assertThat(out.repr()).isEqualTo("[1, 3, 2]");
        // general items, indices out of range or negative, and the list itself as the output: nothing happens
        out.clear();
        assertThat(list(true, "x").appendTruthyIndices(0, 1, 2, out)).isFalse();
        assertThat(ints.appendTruthyIndices(0, 1, 5, out)).isFalse();
        assertThat(ints.appendTruthyIndices(-1, 1, 2, out)).isFalse();
        assertThat(ints.appendTruthyIndices(0, 1, 4, ints)).isFalse();
        assertThat(out).isEmpty();
        assertThat(ints.repr()).isEqualTo("[0, 2, 0, -1]");
        assertThat(new PyList<>().appendTruthyIndices(0, 1, 0, out)).isTrue();
    }

    @Test
    void truthyIndicesOfFlagsAreTheSetBitsOfTheRangeOnly() {
        PyList<Object> flags = PyList.of((Object) false).mul(256);
        long[] set = {0, 1, 62, 63, 64, 65, 127, 128, 191, 200, 255};
        for (long i : set) {
            flags.setBool(i, true);
        }
        // ranges starting and ending inside a word, on a word's edge, and within one word
        long[][] ranges = {{0, 256}, {1, 128}, {63, 129}, {64, 64}, {2, 60}, {62, 65}, {129, 200}};
        for (long[] r : ranges) {
            PyList<Object> out = list(-1L);
            assertThat(flags.appendTruthyIndices(r[0], 1, r[1] - r[0], out)).isTrue();
            StringBuilder expected = new StringBuilder("[-1");
            for (long i : set) {
                if (i >= r[0] && i < r[1]) {
                    expected.append(", ").append(i);
                }
            }
            assertThat(out.repr()).as("range %d to %d", r[0], r[1]).isEqualTo(expected.append(']').toString());
        }
        // a list of ints with no room left grows as appends grow it
        PyList<Object> full = list(7L);
        for (int k = 0; k < 20; k++) {
            assertThat(flags.appendTruthyIndices(0, 1, 256, full)).isTrue();
        }
        assertThat(full.size()).isEqualTo(1 + 20 * set.length);
        assertThat(full.get(full.size() - 1)).isEqualTo(255L);
    }

    @Test
    void bigIntsAndNanKeepTheListGeneral() {
        PyList<Object> l = list(1L, 2L);
        l.append(BigInteger.TWO.pow(70));
        assertThat(l.isLongs()).isFalse();
        assertThat(l.repr()).isEqualTo("[1, 2, 1180591620717411303424]");
        double nan = Double.NaN;
        Double x = nan;
        PyList<Object> floats = list(1.0, x);
        assertThat(floats.isDoubles()).isFalse();
        // CPython compares items by identity first: x in [x] and [x] == [x] hold for a NaN x
        assertThat(floats.contains(x)).isTrue();
        assertThat(list(x).equals(list(x))).isTrue();
        assertThat(list(Double.valueOf(nan)).equals(list(Double.valueOf(nan)))).isFalse();
        PyList<Object> d = list(1.0, 2.0);
        d.setItem(0, x);
        assertThat(d.isDoubles()).isFalse();
        assertThat(d.getItem(0)).isSameAs(x);
    }

    @Test
    void sliceAssignmentAdoptsOrGeneralizes() {
        PyList<Object> a = list(0L, 1L, 2L, 3L);
        a.setSlice(1L, 3L, null, list(1.5));
        assertThat(a.repr()).isEqualTo("[0, 1.5, 3]");
        a.setSlice(null, null, null, list(true, false));
        assertThat(a.isBools()).isTrue();
        assertThat(a.repr()).isEqualTo("[True, False]");
        PyList<Object> b = list(true).mul(3);
        b.setSlice(null, null, 2L, list(1L, 2L));
        assertThat(b.repr()).isEqualTo("[1, True, 2]");
        PyList<Object> c = list(5L, 6L, 7L);
        c.setSlice(1L, 1L, null, list(8L, 9L));
        assertThat(c.isLongs()).isTrue();
        assertThat(c.repr()).isEqualTo("[5, 8, 9, 6, 7]");
        c.setSlice(null, 2L, null, c.slice(2L, null, -1L));
        assertThat(c.repr()).isEqualTo("[9, 8, 5, 9, 6, 7]");
        assertThatThrownBy(() -> c.setSlice(null, null, 2L, list(1L))).isInstanceOf(ValueError.class)
                .hasMessage("attempt to assign sequence of size 1 to extended slice of size 3");
    }

    @Test
    void slicesKeepTheKindAndEveryStep() {
        PyList<Object> l = list(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(l.slice(null, null, -1L).repr()).isEqualTo("[5, 4, 3, 2, 1, 0]");
        assertThat(l.slice(4L, null, -2L).repr()).isEqualTo("[4, 2, 0]");
        assertThat(l.slice(1L, -1L, 3L).repr()).isEqualTo("[1, 4]");
        assertThat(l.slice(1L, 4L, null).isLongs()).isTrue();
        assertThat(list(0.5, 1.5).slice(null, null, -1L).repr()).isEqualTo("[1.5, 0.5]");
        assertThat(list("a", "b").slice(1L, null, null).repr()).isEqualTo("['b']");
        assertThat(list(true, false).slice(5L, null, null).repr()).isEqualTo("[]");
        l.delSlice(null, null, 2L);
        assertThat(l.repr()).isEqualTo("[1, 3, 5]");
    }

    @Test
    void extendInsertAndConcatMixKinds() {
        PyList<Object> l = list(1L, 2L);
        l.extend(l);
        assertThat(l.isLongs()).isTrue();
        assertThat(l.repr()).isEqualTo("[1, 2, 1, 2]");
        l.extend(list(0.5));
        assertThat(l.repr()).isEqualTo("[1, 2, 1, 2, 0.5]");
        PyList<Object> m = list(3L);
        m.insert(-10, "x");
        m.insert(10, 4L);
        assertThat(m.repr()).isEqualTo("['x', 3, 4]");
        assertThat(list(1L, 2L).concat(list(0.5)).repr()).isEqualTo("[1, 2, 0.5]");
        assertThat(list(1L).concat(list(2L)).isLongs()).isTrue();
        PyList<Object> empty = new PyList<>();
        empty.extend(List.of(true, false));
        assertThat(empty.isBools()).isTrue();
    }

    @Test
    void sortingEachKindIsStableWhereItShows() {
        PyList<Object> longs = list(3L, -1L, 2L);
        longs.sort();
        assertThat(longs.repr()).isEqualTo("[-1, 2, 3]");
        longs.sort(null, true);
        assertThat(longs.repr()).isEqualTo("[3, 2, -1]");
        // -0.0 == 0.0: the sort keeps their order, as CPython's does
        PyList<Object> zeros = list(0.0, -0.0, -1.0);
        zeros.sort();
        assertThat(zeros.repr()).isEqualTo("[-1.0, 0.0, -0.0]");
        PyList<Object> rzeros = list(-0.0, 0.0);
        rzeros.sort(null, true);
        assertThat(rzeros.repr()).isEqualTo("[-0.0, 0.0]");
        PyList<Object> bools = list(true, false, true);
        bools.sort();
        assertThat(bools.repr()).isEqualTo("[False, True, True]");
        PyList<Object> keyed = list(3L, 1L, 2L);
        keyed.sort(x -> -(Long) x, false);
        assertThat(keyed.repr()).isEqualTo("[3, 2, 1]");
        PyList<Object> mixed = list(2L, 1.5, true);
        mixed.sort();
        assertThat(mixed.repr()).isEqualTo("[True, 1.5, 2]");
    }

    @Test
    void reverseAndRepeatEachKind() {
        PyList<Object> d = list(0.5, 1.5, 2.5);
        d.reverse();
        assertThat(d.repr()).isEqualTo("[2.5, 1.5, 0.5]");
        PyList<Object> b = list(true, false);
        b.reverse();
        assertThat(b.repr()).isEqualTo("[False, True]");
        assertThat(list(1L, 2L).mul(3).repr()).isEqualTo("[1, 2, 1, 2, 1, 2]");
        assertThat(list(1.5).mul(3).isDoubles()).isTrue();
        assertThat(list("a", 1L).mul(2).repr()).isEqualTo("['a', 1, 'a', 1]");
        assertThat(list(1L).mul(0).repr()).isEqualTo("[]");
        assertThatThrownBy(() -> list(1L, 2L).mul(Long.MAX_VALUE)).isInstanceOf(MemoryError.class);
    }

    @Test
    void repeatKeepsTheItemsKindAndSkipsNothingButZeros() {
        assertThat(PyList.repeat(0L, 4).repr()).isEqualTo("[0, 0, 0, 0]");
        assertThat(PyList.repeat(0L, 4).isLongs()).isTrue();
        assertThat(PyList.repeat(-0.0, 2).repr()).isEqualTo("[-0.0, -0.0]");
        assertThat(PyList.repeat(0.0, 2).isDoubles()).isTrue();
        assertThat(PyList.repeat(Double.NaN, 2).repr()).isEqualTo("[nan, nan]");
        PyList<Object> trues = PyList.repeat((Object) true, 70);
        assertThat(trues.isBools()).isTrue();
        trues.add(false);
        assertThat(trues.count(true)).isEqualTo(70);
        assertThat(trues.get(70)).isEqualTo(false);
        assertThat(PyList.repeat((Object) null, 2).repr()).isEqualTo("[None, None]");
        assertThat(PyList.repeat(1L, -3).repr()).isEqualTo("[]");
        assertThatThrownBy(() -> PyList.repeat(1L, Long.MAX_VALUE)).isInstanceOf(MemoryError.class);
    }

    @Test
    void inPlaceRepeatGrowsTheSameListOfEachKind() {
        PyList<Object> l = list(1L, 2L);
        assertThat(l.imul(3)).isSameAs(l);
        assertThat(l.repr()).isEqualTo("[1, 2, 1, 2, 1, 2]");
        assertThat(l.isLongs()).isTrue();
        PyList<Object> flags = list(true, false, false);
        flags.imul(30);
        assertThat(flags.size()).isEqualTo(90);
        assertThat(flags.count(true)).isEqualTo(30);
        assertThat(flags.get(87)).isEqualTo(true);
        assertThat(list("a", 1.5).imul(2).repr()).isEqualTo("['a', 1.5, 'a', 1.5]");
        PyList<Object> cleared = list(0.5);
        cleared.imul(-1);
        assertThat(cleared.repr()).isEqualTo("[]");
        cleared.add(2L);
        assertThat(cleared.isLongs()).isTrue();
        assertThatThrownBy(() -> list(1L, 2L).imul(Long.MAX_VALUE)).isInstanceOf(MemoryError.class);
    }

    @Test
    void equalityAcrossKinds() {
        assertThat(list(1L, 2L).equals(list(1.0, 2.0))).isTrue();
        assertThat(list(1L, 0L).equals(list(true, false))).isTrue();
        assertThat(list(1L, 2L).equals(list(1L, 3L))).isFalse();
        assertThat(list(true).equals(list(false))).isFalse();
        assertThat(list(1L, "a").equals(list(1.0, "a"))).isTrue();
        PyList<Object> general = list("x", 1L);
        general.remove("x");
        assertThat(general.equals(list(1L))).isTrue();
    }

    @Test
    void searchesCompareByPythonEquality() {
        PyList<Object> l = list(1L, 2L, 3L);
        assertThat(l.index(2.0)).isEqualTo(1);
        assertThat(l.contains(true)).isTrue();
        l.remove(3.0);
        assertThat(l.repr()).isEqualTo("[1, 2]");
        assertThatThrownBy(() -> l.index(5L)).isInstanceOf(ValueError.class).hasMessage("5 is not in list");
        assertThatThrownBy(() -> l.remove("a")).isInstanceOf(ValueError.class)
                .hasMessage("list.remove(x): x not in list");
        assertThat(list(true, false, true).count(1L)).isEqualTo(2);
    }

    @Test
    void primitiveAccessorsCheckKindAndIndex() {
        PyList<Object> l = list(4L, 5L);
        assertThat(l.longAt(-2)).isEqualTo(4L);
        assertThatThrownBy(() -> l.longAt(2)).isInstanceOf(IndexError.class).hasMessage("list index out of range");
        assertThatThrownBy(() -> l.doubleAt(0)).isInstanceOf(IllegalStateException.class);
        l.setLong(1, 6L);
        assertThat(l.repr()).isEqualTo("[4, 6]");
        l.setDouble(0, 0.25);
        assertThat(l.isLongs()).isFalse();
        assertThat(l.repr()).isEqualTo("[0.25, 6]");
        PyList<Object> d = list(1.0);
        d.setDouble(0, Double.NaN);
        assertThat(d.isDoubles()).isFalse();
        assertThat(d.repr()).isEqualTo("[nan]");
        assertThatThrownBy(() -> d.setLong(3, 1L)).isInstanceOf(IndexError.class)
                .hasMessage("list assignment index out of range");
        assertThat(Peek.item(list(1.5), -1)).isEqualTo(1.5);
        assertThat(Peek.item(list(1.5), 1)).isNull();
    }

    @Test
    void primitivePeeksAcceptOnlyTheirKindOfItemInRange() {
        PyList<Object> longs = list(3L, 4L);
        assertThat(Peek.isLong(longs, -1)).isTrue();
        assertThat(Peek.longItem(longs, -1)).isEqualTo(4L);
        assertThat(Peek.isLong(longs, 2)).isFalse();
        assertThat(Peek.isDouble(longs, 0)).isFalse();
        PyList<Object> mixed = list(2.5, "x", 7L, BigInteger.TWO.pow(70), null);
        assertThat(Peek.isDouble(mixed, 0)).isTrue();
        assertThat(Peek.doubleItem(mixed, 0)).isEqualTo(2.5);
        assertThat(Peek.isLong(mixed, 2)).isTrue();
        assertThat(Peek.longItem(mixed, 2)).isEqualTo(7L);
        assertThat(Peek.isLong(mixed, 1)).isFalse();
        assertThat(Peek.isLong(mixed, 3)).isFalse();
        assertThat(Peek.isDouble(mixed, 4)).isFalse();
        PyList<Object> doubles = list(0.5, -1.0);
        assertThat(Peek.isDouble(doubles, -2)).isTrue();
        assertThat(Peek.doubleItem(doubles, -2)).isEqualTo(0.5);
        assertThat(Peek.isDouble(doubles, -3)).isFalse();
        assertThat(Peek.isLong(list(true), 0)).isFalse();
        assertThat(Peek.isLong("not a list", 0)).isFalse();
    }

    @Test
    void javaListViewsWorkOnEveryKind() {
        PyList<Object> l = list(0L, 1L, 2L, 3L, 4L);
        l.subList(1, 3).clear();
        assertThat(l.repr()).isEqualTo("[0, 3, 4]");
        assertThat(l.indexOf(4L)).isEqualTo(2);
        assertThat(l.toArray()).containsExactly(0L, 3L, 4L);
        l.add(1, 9L);
        assertThat(l.remove(0)).isEqualTo(0L);
        assertThat(l.set(0, "s")).isEqualTo(9L);
        assertThat(l.repr()).isEqualTo("['s', 3, 4]");
        l.addAll(1, List.of(0.5, 0.25));
        assertThat(l.repr()).isEqualTo("['s', 0.5, 0.25, 3, 4]");
        PyList<Object> copy = new PyList<>(list(true, false));
        assertThat(copy.isBools()).isTrue();
        assertThat(copy).containsExactly(true, false);
        assertThatThrownBy(() -> copy.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void typedStoresAndAppendsKeepTheKindTheyFitAndGeneralizeOtherwise() {
        PyList<Object> bools = list(true, true);
        bools.setBool(-1, false);
        assertThat(bools.isBools()).isTrue();
        assertThat(bools.repr()).isEqualTo("[True, False]");
        PyList<Object> longs = list(1L, 2L);
        longs.setBool(0, true);
        assertThat(longs.repr()).isEqualTo("[True, 2]");
        assertThatThrownBy(() -> bools.setBool(2, true)).isInstanceOf(IndexError.class)
                .hasMessage("list assignment index out of range");
        PyList<Object> appended = new PyList<>();
        appended.addLong(3L);
        appended.addLong(-4L);
        assertThat(appended.isLongs()).isTrue();
        appended.addDouble(0.5);
        assertThat(appended.repr()).isEqualTo("[3, -4, 0.5]");
        PyList<Object> floats = new PyList<>();
        floats.addDouble(1.5);
        assertThat(floats.isDoubles()).isTrue();
        floats.addDouble(Double.NaN);
        // a NaN keeps its identity only in general storage
        assertThat(floats.isDoubles()).isFalse();
        assertThat(floats.repr()).isEqualTo("[1.5, nan]");
    }

    @Test
    void addingToALongItemInPlaceRefusesWhatItCannotDoExactly() {
        PyList<Object> l = list(5L, Long.MAX_VALUE);
        assertThat(l.addToLong(0, -6)).isTrue();
        assertThat(l.addToLong(-1, 1)).isFalse();
        assertThat(l.addToLong(2, 1)).isFalse();
        assertThat(l.repr()).isEqualTo("[-1, 9223372036854775807]");
        assertThat(list(1L, "a").addToLong(0, 1)).isFalse();
        assertThat(list(1.0).addToLong(0, 1)).isFalse();
    }

    @Test
    void theTruthOfAnItemIsReadInPlaceOnlyFromPrimitiveStorage() {
        assertThat(list(0L, 3L).truthAt(0)).isZero();
        assertThat(list(0L, 3L).truthAt(-1)).isOne();
        assertThat(list(-0.0, 0.5).truthAt(0)).isZero();
        assertThat(list(false, true).truthAt(1)).isOne();
        assertThat(list(0L, 3L).truthAt(2)).isEqualTo(-1);
        assertThat(list("", 1L).truthAt(1)).isEqualTo(-1);
    }

    @Test
    void primitiveSumsAddAsCPythonAndLeaveOverflowToTheCaller() {
        assertThat(list(1L, 2L, 3L).sumPrimitive(10)).isEqualTo(16L);
        assertThat(list(Long.MAX_VALUE, 1L).sumPrimitive(0)).isNull();
        // large items that still fit, and a start far from zero, are added exactly
        assertThat(list(Long.MAX_VALUE, -1L, Long.MIN_VALUE).sumPrimitive(0)).isEqualTo(-2L);
        assertThat(list(1L << 61, 1L << 61, 1L << 61).sumPrimitive(-(1L << 62))).isEqualTo(1L << 61);
        assertThat(list(-5L, -7L).sumPrimitive(Long.MIN_VALUE + 12)).isEqualTo(Long.MIN_VALUE);
        assertThat(list(-5L, -8L).sumPrimitive(Long.MIN_VALUE + 12)).isNull();
        assertThat(list(0.1, 0.2, 0.3).sumPrimitive(0)).isEqualTo(0.1 + 0.2 + 0.3);
        // 0 + -0.0 is 0.0 in Python too
        assertThat(list(-0.0).sumPrimitive(0)).isEqualTo(0.0);
        assertThat(list(true).sumPrimitive(0)).isNull();
        assertThat(list(1L, "a").sumPrimitive(0)).isNull();
        assertThat(new PyList<>().sumPrimitive(0)).isNull();
    }

    @Test
    void aSliceOfTheListAssignedToItselfMovesItemsInPlaceOrAsPythonWould() {
        PyList<Object> l = list(0L, 1L, 2L, 3L, 4L, 5L);
        l.setSliceOfSelf(null, 4L, null, 3L, null, -1L);
        assertThat(l.repr()).isEqualTo("[3, 2, 1, 0, 4, 5]");
        l.setSliceOfSelf(null, 3L, null, 1L, 4L, null);
        assertThat(l.repr()).isEqualTo("[2, 1, 0, 0, 4, 5]");
        l.setSliceOfSelf(2L, null, null, null, 4L, null);
        assertThat(l.repr()).isEqualTo("[2, 1, 2, 1, 0, 0]");
        // a source of another length resizes the list
        l.setSliceOfSelf(null, 1L, null, 3L, null, null);
        assertThat(l.repr()).isEqualTo("[1, 0, 0, 1, 2, 1, 0, 0]");
        assertThat(l.isLongs()).isTrue();
        assertThatThrownBy(() -> l.setSliceOfSelf(null, null, 2L, 0L, 1L, null)).isInstanceOf(ValueError.class)
                .hasMessage("attempt to assign sequence of size 1 to extended slice of size 4");
        assertThatThrownBy(() -> l.setSliceOfSelf(null, null, 0L, null, null, null)).isInstanceOf(ValueError.class)
                .hasMessage("slice step cannot be zero");
        PyList<Object> mixed = list("a", 1L, 2.5);
        mixed.setSliceOfSelf(null, null, null, null, null, -1L);
        assertThat(mixed.repr()).isEqualTo("[2.5, 1, 'a']");
    }

    @Test
    void fillingARangeOfIndicesStoresAllOrNothing() {
        PyList<Object> flags = list(true, true, true, true, true, true, true);
        assertThat(flags.fill(2, 2, 3, false)).isTrue();
        assertThat(flags.repr()).isEqualTo("[True, True, False, True, False, True, False]");
        assertThat(flags.fill(6, -3, 3, false)).isTrue();
        assertThat(flags.repr()).isEqualTo("[False, True, False, False, False, True, False]");
        // an index past the end, a negative one, or another kind of storage: nothing changes
        assertThat(flags.fill(1, 2, 4, true)).isFalse();
        assertThat(flags.fill(-1, 1, 1, true)).isFalse();
        assertThat(flags.fill(1, 1, 1, 1L)).isFalse();
        assertThat(flags.fill(1, Long.MAX_VALUE, 2, true)).isFalse();
        assertThat(flags.repr()).isEqualTo("[False, True, False, False, False, True, False]");
        assertThat(flags.fill(5, Long.MAX_VALUE, 1, true)).isTrue();
        assertThat(flags.fill(100, 1, 0, true)).isTrue();
        PyList<Object> ints = list(0L, 0L, 0L, 0L);
        assertThat(ints.fill(0, 3, 2, 7L)).isTrue();
        assertThat(ints.fill(0, 1, 5, 8L)).isFalse();
        assertThat(ints.repr()).isEqualTo("[7, 0, 0, 7]");
        assertThat(ints.isLongs()).isTrue();
        PyList<Object> floats = list(0.5, 0.5, 0.5);
        assertThat(floats.fill(0, 1, 3, 1.5)).isTrue();
        assertThat(floats.fill(0, 1, 1, Double.NaN)).isFalse();
        assertThat(floats.fill(0, 1, 1, true)).isFalse();
        assertThat(floats.repr()).isEqualTo("[1.5, 1.5, 1.5]");
        assertThat(list("a", 1L).fill(1, 1, 1, 2L)).isFalse();
    }

    @Test
    void unboxedBoundsOfASliceAssignedToItselfActAsTheBoxedOnes() {
        // every combination of these bounds (null for None) over a list of longs and a general list, each result
        // or exception compared with building the source slice first, as Python does
        Long[] ends = {null, -8L, -3L, 0L, 2L, 5L, 8L, Long.MIN_VALUE};
        Long[] targetSteps = {null, 1L, 2L, -1L};
        Long[] sourceSteps = {null, 1L, -1L, 2L, 0L};
        int flags = 0;
        for (Object first : new Object[] {0L, "a"}) {
            for (Long a : ends) {
                for (Long b : ends) {
                    for (Long c : targetSteps) {
                        for (Long d : ends) {
                            for (Long e : ends) {
                                for (Long f : sourceSteps) {
                                    PyList<Object> expected = list(first, 1L, 2L, 3L, 4L, 5L);
                                    Object want = outcome(() -> expected.setSlice(a, b, c, expected.slice(d, e, f)));
                                    PyList<Object> got = list(first, 1L, 2L, 3L, 4L, 5L);
                                    int absent = absent(a, PyList.NO_TARGET_START) | absent(b, PyList.NO_TARGET_STOP)
                                            | absent(c, PyList.NO_TARGET_STEP) | absent(d, PyList.NO_SOURCE_START)
                                            | absent(e, PyList.NO_SOURCE_STOP) | absent(f, PyList.NO_SOURCE_STEP);
                                    flags |= absent;
                                    Object have = outcome(() -> got.setSliceOfSelf(absent, value(a), value(b),
                                            value(c), value(d), value(e), value(f)));
                                    assertThat(have).as("[%s:%s:%s] = [%s:%s:%s]", a, b, c, d, e, f)
                                            .isEqualTo(want);
                                    assertThat(got.repr()).isEqualTo(expected.repr());
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(flags).isEqualTo(63);
    }

    private static int absent(Long bound, int flag) {
        return bound == null ? flag : 0;
    }

    private static long value(Long bound) {
        // an absent bound's value must not matter
        return bound == null ? 3L : bound;
    }

    /** The exception's class and message, or "ok". */
    private static Object outcome(Runnable r) {
        try {
            r.run();
            return "ok";
        } catch (PyException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @Test
    void slicesWithUnitStepsSelectWhatPythonSelects() {
        // every bound from -7 to 7 and None, over lengths 0 to 5, against a list of the indices themselves
        Long[] bounds = new Long[16];
        for (int k = 0; k < 15; k++) {
            bounds[k] = (long) (k - 7);
        }
        for (int len = 0; len <= 5; len++) {
            PyList<Object> l = new PyList<>();
            for (long k = 0; k < len; k++) {
                l.add(k);
            }
            for (Long start : bounds) {
                for (Long stop : bounds) {
                    for (long step : new long[] {1, -1}) {
                        Slice s = Slice.of(len, start, stop, step);
                        List<Long> expected = new java.util.ArrayList<>();
                        for (int k = 0; k < s.length(); k++) {
                            expected.add((long) s.index(k));
                        }
                        long lo = step > 0 ? (start == null ? 0 : start < 0 ? Math.max(0, start + len)
                                : Math.min(start, len)) : (start == null ? len - 1 : start < 0 ? Math.max(-1, start + len)
                                : Math.min(start, len - 1));
                        long hi = step > 0 ? (stop == null ? len : stop < 0 ? Math.max(0, stop + len)
                                : Math.min(stop, len)) : (stop == null ? -1 : stop < 0 ? Math.max(-1, stop + len)
                                : Math.min(stop, len - 1));
                        List<Long> naive = new java.util.ArrayList<>();
                        for (long k = lo; step > 0 ? k < hi : k > hi; k += step) {
                            naive.add(k);
                        }
                        assertThat(expected).isEqualTo(naive);
                        assertThat(new java.util.ArrayList<>(l.slice(start, stop, step))).isEqualTo(naive);
                    }
                }
            }
        }
    }
}
