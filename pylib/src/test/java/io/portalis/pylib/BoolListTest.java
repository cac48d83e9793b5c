package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Lists of bools, held as packed bits: every operation that moves runs of items must agree item for item with a
 * plain {@link ArrayList}, at lengths and offsets on both sides of the 64-bit word boundaries.
 */
class BoolListTest {
    private static PyList<Object> bools(List<Boolean> items) {
        PyList<Object> l = new PyList<>();
        l.addAll(items);
        assertThat(l.isBools()).isEqualTo(!items.isEmpty());
        return l;
    }

    private static List<Boolean> randomBools(Random r, int n) {
        List<Boolean> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(r.nextBoolean());
        }
        return out;
    }

    private static void assertSame(PyList<Object> l, List<Boolean> model) {
        // an emptied list may keep its kind or not: only its items matter then
        assertThat(l.isBools() || model.isEmpty()).isTrue();
        assertThat(new ArrayList<>(l)).isEqualTo(model);
    }

    @Test
    void runsOfItemsMoveAsInAPlainList() {
        Random r = new Random(5);
        for (int round = 0; round < 400; round++) {
            int n = r.nextInt(300);
            List<Boolean> model = randomBools(r, n);
            PyList<Object> l = bools(model);
            int a = n == 0 ? 0 : r.nextInt(n + 1);
            int b = a + (n == a ? 0 : r.nextInt(n - a + 1));
            switch (round % 8) {
                case 0 -> {
                    // an unaligned insert of a run: the tail moves right by a few bits
                    List<Boolean> run = randomBools(r, r.nextInt(130));
                    l.setSlice((long) a, (long) a, null, bools(run));
                    model.addAll(a, run);
                }
                case 1 -> {
                    l.delSlice((long) a, (long) b, null);
                    model.subList(a, b).clear();
                }
                case 2 -> {
                    PyList<Object> s = l.slice((long) a, (long) b, null);
                    assertSame(s, model.subList(a, b));
                    s = l.slice(null, null, 3L);
                    List<Boolean> every3 = new ArrayList<>();
                    for (int k = 0; k < n; k += 3) {
                        every3.add(model.get(k));
                    }
                    assertSame(s, every3);
                }
                case 3 -> {
                    b = Math.max(b, Math.min(a + 1, n));
                    l.setSliceOfSelf((long) a, (long) b, null, (long) b - 1, a == 0 ? null : (long) a - 1, -1L);
                    java.util.Collections.reverse(model.subList(a, b));
                }
                case 4 -> {
                    l.addAll(l);
                    model.addAll(new ArrayList<>(model));
                    l.insert(a, true);
                    model.add(a, true);
                    if (n > 0) {
                        assertThat(l.pop(b)).isEqualTo(model.remove(b));
                    }
                }
                case 5 -> {
                    PyList<Object> m = l.mul(3);
                    List<Boolean> three = new ArrayList<>(model);
                    three.addAll(model);
                    three.addAll(model);
                    assertSame(m, three);
                }
                case 6 -> {
                    l.sort(null, round % 16 == 6);
                    model.sort(round % 16 == 6 ? java.util.Comparator.reverseOrder() : null);
                }
                default -> {
                    l.delSlice(null, null, 2L);
                    for (int k = n == 0 ? -1 : (n - 1) / 2 * 2; k >= 0; k -= 2) {
                        model.remove(k);
                    }
                }
            }
            assertSame(l, model);
            assertThat(l.count(true)).isEqualTo(model.stream().filter(x -> x).count());
            assertThat(l.contains(false)).isEqualTo(model.contains(false));
            if (model.contains(false)) {
                assertThat(l.index(false)).isEqualTo(model.indexOf(false));
            }
            assertThat(l.equals(bools(new ArrayList<>(model)))).isTrue();
        }
    }

    @Test
    void listsThatDifferInOneItemAreNotEqual() {
        Random r = new Random(9);
        for (int n : new int[] {1, 63, 64, 65, 128, 200}) {
            List<Boolean> model = randomBools(r, n);
            PyList<Object> a = bools(model);
            PyList<Object> b = bools(model);
            assertThat(a).isEqualTo(b);
            for (int k : new int[] {0, n / 2, n - 1}) {
                b.setBool(k, !model.get(k));
                assertThat(a).isNotEqualTo(b);
                b.setBool(k, model.get(k));
            }
            // bits past the end of the shorter prefix must not count: drop the last item of each after changing it
            a.setBool(n - 1, true);
            b.setBool(n - 1, false);
            a.pop();
            b.pop();
            assertThat(a).isEqualTo(b);
        }
    }

    @Test
    void fillingARangeStoresOnlyItsIndices() {
        for (int step : new int[] {1, 2, 3, 5, 7, 31, 33, 63, 64, 65, 200, -1, -5, -70}) {
            for (boolean v : new boolean[] {true, false}) {
                // long enough for runs of whole mask periods (32 words and more) and a part of one
                int n = 9000;
                PyList<Object> l = PyList.of((Object) !v).mul(n);
                List<Boolean> model = new ArrayList<>(l.stream().map(x -> (Boolean) x).toList());
                int start = step > 0 ? 5 : n - 3;
                int count = step > 0 ? (n - 1 - start) / step + 1 : start / -step + 1;
                assertThat(l.fill(start, step, count, v)).isTrue();
                for (int k = 0, i = start; k < count; k++, i += step) {
                    model.set(i, v);
                }
                assertSame(l, model);
                assertThat(l.fill(start, step, count + 1, v)).isFalse();
            }
        }
    }

    @Test
    void aBoolListOfMillionsTakesAnItemOfAnotherKind() {
        PyList<Object> l = PyList.of((Object) true).mul(3_000_001);
        l.setBool(3_000_000, false);
        assertThat(l.boolAt(-1)).isFalse();
        assertThat(l.count(false)).isEqualTo(1);
        l.setItem(64, 0L);
        assertThat(l.isBools()).isFalse();
        assertThat(l.getItem(64)).isEqualTo(0L);
        assertThat(l.getItem(63)).isSameAs(Boolean.TRUE);
        assertThat(l.getItem(-1)).isSameAs(Boolean.FALSE);
    }
}
