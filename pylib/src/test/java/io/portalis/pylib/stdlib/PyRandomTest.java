package io.portalis.pylib.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalis.pylib.PyList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weighted {@code choices} reusing one list of weights draws as a generator that never saw it before would. */
class PyRandomTest {
    /** Draws from a new generator in {@code r}'s state, so nothing from earlier draws is reused, then moves r on. */
    private static PyList<Object> drawAfresh(PyRandom r, PyList<Object> items, PyList<Object> weights, long k) {
        PyRandom fresh = new PyRandom(0L);
        fresh.setstate(r.getstate());
        PyList<Object> out = fresh.choices(items, weights, k);
        r.setstate(fresh.getstate());
        return out;
    }

    private static PyList<Object> population(int n) {
        PyList<Object> p = new PyList<>();
        for (long k = 0; k < n; k++) {
            p.add(k);
        }
        return p;
    }

    @Test
    void weightsDrawnFromAgainGiveBisectsAnswerForEveryShape() {
        java.util.Random shapes = new java.util.Random(17);
        for (int round = 0; round < 40; round++) {
            int n = 32 + shapes.nextInt(300);
            PyList<Object> weights = new PyList<>();
            for (int k = 0; k < n; k++) {
                double w = switch (round % 5) {
                    // runs of zero weights: equal sums, where the first sum above the draw must be found
                    case 0 -> shapes.nextInt(3) == 0 ? 0.0 : shapes.nextInt(4);
                    case 1 -> 1.0 / (k + 1);
                    case 2 -> Math.pow(10, shapes.nextInt(30) - 15);
                    // a negative weight: the sums decrease somewhere, and only bisect's probes give CPython's answer
                    case 3 -> k == n / 2 ? -5.0 : 1.0 + shapes.nextInt(3);
                    default -> k == n - 1 ? 1e9 : 1.0;
                };
                weights.add(w);
            }
            PyList<Object> items = population(n);
            PyRandom reusing = new PyRandom((long) round);
            PyRandom reference = new PyRandom((long) round);
            for (int draw = 0; draw < 4; draw++) {
                assertThat(reusing.choices(items, weights, 400)).as("round %d draw %d", round, draw)
                        .isEqualTo(drawAfresh(reference, items, weights, 400));
            }
        }
    }

    @Test
    void longWeightsDrawnFromAgainGiveBisectsAnswer() {
        // beyond the length whose guide has several buckets per item: one bucket each
        int n = 40_000;
        PyList<Object> weights = new PyList<>();
        for (int k = 0; k < n; k++) {
            weights.add(k % 7 == 0 ? 0.0 : 1.0 / (k + 1));
        }
        PyList<Object> items = population(n);
        PyRandom reusing = new PyRandom(3L);
        PyRandom reference = new PyRandom(3L);
        for (int draw = 0; draw < 3; draw++) {
            assertThat(reusing.choices(items, weights, 2000)).as("draw %d", draw)
                    .isEqualTo(drawAfresh(reference, items, weights, 2000));
        }
    }

    @Test
    void reusedWeightsListDrawsAsAFreshGeneratorDoesEvenAfterItChanges() {
        PyList<Object> items = population(50);
        PyList<Object> weights = new PyList<>();
        for (int k = 0; k < 50; k++) {
            weights.add(1.0 / (k + 1));
        }
        PyRandom reusing = new PyRandom(99L);
        PyRandom reference = new PyRandom(99L);
        List<Object> drawn = new ArrayList<>();
        List<Object> expected = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            drawn.add(reusing.choices(items, weights, 20));
            expected.add(drawAfresh(reference, items, weights, 20));
            switch (round) {
                // an equal value in a new object, a different float, an int, then the same list grown
                case 0 -> weights.set(3, Double.valueOf((Double) weights.get(3)));
                case 1 -> weights.set(0, 40.0);
                case 2 -> weights.set(7, 25L);
                case 3 -> {
                    weights.add(9.5);
                    items.add(50L);
                }
                default -> weights.set(10, weights.get(11));
            }
        }
        assertThat(drawn).isEqualTo(expected);
    }

    @Test
    void weightsOfAnotherTypeAfterCachedOnesTakeTheGeneralPath() {
        PyList<Object> items = population(3);
        PyList<Object> weights = PyList.of(1.0, 2.0, 3.0);
        PyRandom reusing = new PyRandom(5L);
        PyRandom reference = new PyRandom(5L);
        assertThat(reusing.choices(items, weights, 10)).isEqualTo(drawAfresh(reference, items, weights, 10));
        weights.set(1, true);
        assertThat(reusing.choices(items, weights, 10)).isEqualTo(drawAfresh(reference, items, weights, 10));
    }
}
