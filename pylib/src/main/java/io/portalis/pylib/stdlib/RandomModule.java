package io.portalis.pylib.stdlib;

import io.portalis.pylib.PyList;
import java.util.List;

/**
 * Python's {@code random} module functions, which share one hidden {@link PyRandom}, as CPython's do.
 * {@code random.seed(42); random.randint(1, 6)} translates to {@code RandomModule.seed(42);
 * RandomModule.randint(1, 6)}.
 */
public final class RandomModule {
    private static final PyRandom INSTANCE = new PyRandom();

    private RandomModule() {
    }

    /**
     * The shared generator behind the module functions.
     *
     * @return it
     */
    public static PyRandom instance() {
        return INSTANCE;
    }

    /**
     * {@code random.seed(a)}.
     *
     * @param a an int, float, str or None
     */
    public static void seed(Object a) {
        INSTANCE.seed(a);
    }

    /**
     * {@code random.seed(a)}.
     *
     * @param a the seed
     */
    public static void seed(long a) {
        INSTANCE.seed(a);
    }

    /**
     * {@code random.random()}.
     *
     * @return a float in [0, 1)
     */
    public static double random() {
        return INSTANCE.random();
    }

    /**
     * {@code random.getrandbits(k)}.
     *
     * @param k bits
     * @return the int
     */
    public static Object getrandbits(long k) {
        return INSTANCE.getrandbits(k);
    }

    /**
     * {@code random.randint(a, b)}.
     *
     * @param a low
     * @param b high (inclusive)
     * @return the draw
     */
    public static long randint(long a, long b) {
        return INSTANCE.randint(a, b);
    }

    /**
     * {@code random.randrange(stop)}.
     *
     * @param stop the bound
     * @return the draw
     */
    public static long randrange(long stop) {
        return INSTANCE.randrange(stop);
    }

    /**
     * {@code random.randrange(start, stop)}.
     *
     * @param start the start
     * @param stop the bound
     * @return the draw
     */
    public static long randrange(long start, long stop) {
        return INSTANCE.randrange(start, stop);
    }

    /**
     * {@code random.randrange(start, stop, step)}.
     *
     * @param start the start
     * @param stop the bound
     * @param step the step
     * @return the draw
     */
    public static long randrange(long start, long stop, long step) {
        return INSTANCE.randrange(start, stop, step);
    }

    /**
     * {@code random.choice(seq)}.
     *
     * @param seq the sequence
     * @param <T> the item type
     * @return an item
     */
    public static <T> T choice(List<T> seq) {
        return INSTANCE.choice(seq);
    }

    /**
     * {@code random.shuffle(x)}.
     *
     * @param x the list
     * @param <T> the item type
     */
    public static <T> void shuffle(List<T> x) {
        INSTANCE.shuffle(x);
    }

    /**
     * {@code random.sample(population, k)}.
     *
     * @param population the sequence
     * @param k how many
     * @param <T> the item type
     * @return the sample
     */
    public static <T> PyList<T> sample(List<T> population, long k) {
        return INSTANCE.sample(population, k);
    }

    /**
     * {@code random.choices(population, weights, k=k)}.
     *
     * @param population the sequence
     * @param weights weights or null
     * @param k how many
     * @param <T> the item type
     * @return the choices
     */
    public static <T> PyList<T> choices(List<T> population, List<?> weights, long k) {
        return INSTANCE.choices(population, weights, k);
    }

    /**
     * {@code random.uniform(a, b)}.
     *
     * @param a one end
     * @param b the other
     * @return the draw
     */
    public static double uniform(double a, double b) {
        return INSTANCE.uniform(a, b);
    }

    /**
     * {@code random.gauss(mu, sigma)}.
     *
     * @param mu mean
     * @param sigma deviation
     * @return the draw
     */
    public static double gauss(double mu, double sigma) {
        return INSTANCE.gauss(mu, sigma);
    }
}
