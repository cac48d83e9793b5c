package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@link PyList#changes()} grows at every write of every storage kind and stays put under reads. */
class ListChangesTest {
    private static void assertChanges(PyList<Object> l, Consumer<PyList<Object>> write) {
        long before = l.changes();
        write.accept(l);
        assertThat(l.changes()).as(l.repr()).isGreaterThan(before);
    }

    @Test
    void everyWriteCounts() {
        for (Object item : List.of(1L, 2.5, true, "s")) {
            PyList<Object> l = PyList.of(item).mul(8);
            assertChanges(l, x -> x.setItem(0, item));
            assertChanges(l, x -> x.set(1, item));
            assertChanges(l, x -> x.setSlice(1L, 3L, null, PyList.of(item, item)));
            assertChanges(l, x -> x.setSlice(null, null, 2L, PyList.of(item).mul(4)));
            assertChanges(l, x -> x.setSliceOfSelf(0L, 3L, null, 2L, null, -1L));
            // l[:2] = l[3:5]
            assertChanges(l, x -> x.setSliceOfSelf(PyList.NO_TARGET_START | PyList.NO_TARGET_STEP
                    | PyList.NO_SOURCE_STEP, 0, 2, 0, 3, 5, 0));
            assertChanges(l, PyList::reverse);
            assertChanges(l, PyList::sort);
            assertChanges(l, x -> x.sort(Py::repr, true));
            assertChanges(l, x -> x.append(item));
            assertChanges(l, x -> x.insert(0, item));
            assertChanges(l, PyList::pop);
            assertChanges(l, x -> x.moveItem(0, 3));
            assertChanges(l, x -> x.remove(item));
            assertChanges(l, x -> x.delItem(0));
            assertChanges(l, x -> x.delSlice(null, null, 3L));
            assertChanges(l, x -> x.extend(PyList.of(item)));
            assertChanges(l, PyList::clear);
        }
        PyList<Object> longs = PyList.of((Object) 5L).mul(4);
        assertChanges(longs, x -> x.setLong(0, 6));
        assertChanges(longs, x -> x.addToLong(1, 1));
        assertChanges(longs, x -> x.fill(0, 2, 2, 9L));
        assertChanges(longs, x -> x.addLong(3));
        assertChanges(longs, x -> x.setDouble(0, 1.5));
        PyList<Object> doubles = PyList.of((Object) 0.5).mul(4);
        assertChanges(doubles, x -> x.setDouble(0, 6.5));
        assertChanges(doubles, x -> x.fill(0, 2, 2, 9.5));
        assertChanges(doubles, x -> x.addDouble(3.5));
        PyList<Object> bools = PyList.of((Object) true).mul(4);
        assertChanges(bools, x -> x.setBool(0, false));
        assertChanges(bools, x -> x.fill(1, 1, 3, false));
        assertChanges(bools, x -> x.setBool(1, true));
    }

    @Test
    void readsDoNotCount() {
        PyList<Object> l = PyList.of(3L, 1L, 2L);
        long before = l.changes();
        l.getItem(0);
        l.slice(null, null, -1L);
        l.contains(2L);
        l.count(1L);
        l.index(2L);
        l.equals(PyList.of(3L, 1L, 2L));
        l.mul(3);
        l.copy();
        l.truthAt(1);
        for (Object x : l) {
            assertThat(x).isNotNull();
        }
        assertThat(l.fill(0, 1, 4, 7L)).isFalse();
        assertThat(l.changes()).isEqualTo(before);
    }
}
