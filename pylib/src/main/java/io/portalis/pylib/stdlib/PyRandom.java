package io.portalis.pylib.stdlib;

import io.portalis.pylib.IndexError;
import io.portalis.pylib.Ints;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyList;
import io.portalis.pylib.Strs;
import io.portalis.pylib.TypeError;
import io.portalis.pylib.ValueError;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Python's {@code random.Random}: the Mersenne Twister (MT19937) seeded and consumed exactly as CPython 3.11
 * does, so a program seeded with {@code random.seed(42)} draws the same numbers, choices, shuffles and samples.
 *
 * <p>Seeding: an int seeds with the 32-bit words of its absolute value (CPython's {@code init_by_array}); a str
 * with its UTF-8 bytes followed by their SHA-512 (seed version 2); a float with its hash; no seed with the time.
 * Integer draws go through {@code getrandbits} and rejection ({@code _randbelow}), as CPython's do, so they
 * match for every range. {@link #gauss}, {@link #normalvariate} and {@link #expovariate} use {@code log},
 * {@code sin} and {@code cos}, which CPython takes from the C library and pylib from {@link Math}; they agree
 * except in the last bit of roughly one draw in a few hundred (measured on 20,000 arguments: 14 differences for
 * {@code log}, 55 for {@code sin}), so such a draw can print differently in its last digit.
 *
 * <p>Module-level functions ({@code random.randint(…)}) are the methods of {@link RandomModule#instance()}.
 */
public class PyRandom implements io.portalis.pylib.PyRepr {
    private static final int N = 624;
    private static final int M = 397;
    private static final double NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);

    private final int[] mt = new int[N];
    /**
     * The weights (the very objects) of the last weighted {@link #choices} and their running sums: a program
     * that draws again and again with one list of weights gets the sums without adding them up each time.
     */
    private Object[] lastWeights = new Object[0];
    /** The last weights again when they were a list keeping its floats unboxed, or null: compared in one go. */
    private double[] lastFloatWeights;
    private double[] lastSums = new double[0];
    /**
     * The list the last weights came from and its {@link PyList#changes()} then: drawing with that list again,
     * unchanged, reuses the sums without comparing a single weight.
     */
    private PyList<?> lastList;
    private long lastChanges;
    /** Whether the last {@link #cumulativeFloats} gave back sums it had already. */
    private boolean sumsReused;
    /**
     * For the last sums, built when they are used again: where the first sum above a draw lies, per bucket of
     * draws; empty when the sums decrease somewhere (a negative weight), where only bisect's own probes give
     * CPython's answer.
     */
    private int[] lastGuide;
    /**
     * The last sums again, built with {@link #lastGuide}, with the last one infinite: the walk from a bucket's start
     * then stops at the last index at the latest without a test of its own, a test that would fail so rarely (at a
     * draw of the last item) that the optimizing compiler leaves it out and compiles the draw loop again when it does.
     */
    private double[] lastBounds;
    private int index = N + 1;
    private Double gaussNext;

    /**
     * {@code object.__repr__} as {@code random.Random} inherits it.
     *
     * @return {@code <random.Random object at 0x…>}
     */
    @Override
    public String repr() {
        return io.portalis.pylib.PyObject.objectRepr("random.Random", this);
    }

    /** {@code random.Random()}: seeded from the clock. */
    public PyRandom() {
        seed(null);
    }

    /**
     * {@code random.Random(seed)}.
     *
     * @param seed an int, float, str or None
     */
    public PyRandom(Object seed) {
        seed(seed);
    }

    /**
     * {@code getstate()}: CPython's form, {@code (3, (624 state words..., position), gauss_next)}.
     *
     * @return the state
     */
    public io.portalis.pylib.PyTuple getstate() {
        Object[] words = new Object[N + 1];
        for (int k = 0; k < N; k++) {
            words[k] = mt[k] & 0xffffffffL;
        }
        words[N] = (long) index;
        return io.portalis.pylib.PyTuple.of(3L, io.portalis.pylib.PyTuple.of(words), gaussNext);
    }

    /**
     * {@code setstate(state)}: restores a state {@link #getstate} returned.
     *
     * @param state the state
     * @throws ValueError {@code state vector is the wrong size}, or for a version other than 3
     * @throws TypeError when {@code state} is not such a tuple
     */
    public void setstate(Object state) {
        if (!(state instanceof io.portalis.pylib.PyTuple t) || t.size() != 3
                || !(t.get(1) instanceof io.portalis.pylib.PyTuple words)) {
            throw new TypeError("state vector must be a tuple");
        }
        if (!Py.eq(t.get(0), 3L)) {
            throw new ValueError("state with version " + Py.repr(t.get(0)) + " passed to Random.setstate() of version 3");
        }
        if (words.size() != N + 1) {
            throw new ValueError("state vector is the wrong size");
        }
        long pos = Ints.toLong(words.get(N));
        if (pos < 0 || pos > N) {
            throw new ValueError("invalid state");
        }
        for (int k = 0; k < N; k++) {
            mt[k] = (int) Ints.toLong(words.get(k));
        }
        index = (int) pos;
        gaussNext = t.get(2) == null ? null : io.portalis.pylib.Builtins.toFloat(t.get(2));
    }

    // ---------------------------------------------------------------- the generator

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    private int genrand() {
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    // ---------------------------------------------------------------- seeding

    /**
     * {@code seed(a)}.
     *
     * @param a an int (any size), bool, float, str, or {@code null} for the clock
     * @throws TypeError for other types
     */
    public final void seed(Object a) {
        gaussNext = null;
        BigInteger n;
        if (a == null) {
            n = BigInteger.valueOf(System.nanoTime() ^ System.currentTimeMillis() * 1_000_003L).abs();
        } else if (Ints.isInt(a)) {
            n = Ints.big(a).abs();
        } else if (a instanceof Double d) {
            n = BigInteger.valueOf(Py.hash(d)).abs();
        } else if (a instanceof String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            byte[] digest;
            try {
                digest = MessageDigest.getInstance("SHA-512").digest(bytes);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK always provides SHA-512", e);
            }
            byte[] all = new byte[bytes.length + digest.length];
            System.arraycopy(bytes, 0, all, 0, bytes.length);
            System.arraycopy(digest, 0, all, bytes.length, digest.length);
            n = new BigInteger(1, all);
        } else {
            throw new TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int k = 0; k < words; k++) {
            key[k] = n.shiftRight(32 * k).intValue();
        }
        initByArray(key);
    }

    /**
     * {@code seed(a)} for a typed int.
     *
     * @param a the seed
     */
    public final void seed(long a) {
        seed((Object) a);
    }

    // ---------------------------------------------------------------- draws

    /**
     * {@code random()}: a float in [0, 1) with 53 random bits.
     *
     * @return the draw
     */
    public double random() {
        long a = (genrand() >>> 5) & 0xffffffffL;
        long b = (genrand() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /**
     * {@code getrandbits(k)}.
     *
     * @param k the number of bits, at least 0
     * @return an int with {@code k} random bits ({@code Long} or {@code BigInteger})
     * @throws ValueError {@code number of bits must be non-negative}
     */
    public Object getrandbits(long k) {
        if (k < 0) {
            throw new ValueError("number of bits must be non-negative");
        }
        if (k <= 63) {
            return bits((int) k);
        }
        int words = (int) ((k - 1) / 32 + 1);
        BigInteger r = BigInteger.ZERO;
        long left = k;
        for (int w = 0; w < words; w++, left -= 32) {
            long word = genrand() & 0xffffffffL;
            if (left < 32) {
                word >>>= 32 - left;
            }
            r = r.or(BigInteger.valueOf(word).shiftLeft(32 * w));
        }
        return Ints.normalize(r);
    }

    /** getrandbits for 0..63 bits, without boxing. */
    private long bits(int k) {
        if (k == 0) {
            return 0;
        }
        if (k <= 32) {
            return (genrand() & 0xffffffffL) >>> (32 - k);
        }
        long low = genrand() & 0xffffffffL;
        long high = (genrand() & 0xffffffffL) >>> (64 - k);
        return low | high << 32;
    }

    /** CPython's {@code _randbelow_with_getrandbits}: uniform in [0, n) by rejection. */
    private long randbelow(long n) {
        if (n <= 0) {
            return 0;
        }
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = bits(k);
        while (r >= n) {
            r = bits(k);
        }
        return r;
    }

    private BigInteger randbelow(BigInteger n) {
        int k = n.bitLength();
        BigInteger r = Ints.big(getrandbits(k));
        while (r.compareTo(n) >= 0) {
            r = Ints.big(getrandbits(k));
        }
        return r;
    }

    /**
     * {@code randrange(stop)}.
     *
     * @param stop the bound
     * @return a draw from range(stop)
     * @throws ValueError {@code empty range for randrange()}
     */
    public long randrange(long stop) {
        if (stop > 0) {
            return randbelow(stop);
        }
        throw new ValueError("empty range for randrange()");
    }

    /**
     * {@code randrange(start, stop)}.
     *
     * @param start the first value
     * @param stop the bound
     * @return a draw from range(start, stop)
     * @throws ValueError {@code empty range for randrange() (5, 5, 0)}
     */
    public long randrange(long start, long stop) {
        long width = Math.subtractExact(stop, start);
        if (width > 0) {
            return start + randbelow(width);
        }
        throw new ValueError("empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
    }

    /**
     * {@code randrange(start, stop, step)}.
     *
     * @param start the first value
     * @param stop the bound
     * @param step the step
     * @return a draw from range(start, stop, step)
     * @throws ValueError for an empty range or a zero step
     */
    public long randrange(long start, long stop, long step) {
        if (step == 1) {
            return randrange(start, stop);
        }
        long width = stop - start;
        long n;
        if (step > 0) {
            n = Math.floorDiv(width + step - 1, step);
        } else if (step < 0) {
            n = Math.floorDiv(width + step + 1, step);
        } else {
            throw new ValueError("zero step for randrange()");
        }
        if (n <= 0) {
            throw new ValueError("empty range for randrange()");
        }
        return start + step * randbelow(n);
    }

    /**
     * {@code randrange(start[, stop[, step]])} for ints of any size, as CPython 3.11 computes it.
     *
     * @param start the first value, or the bound when {@code stop} is absent
     * @param stop the bound, or {@code null} when absent
     * @param step the step (1 when absent)
     * @return a draw from {@code range(start, stop, step)} ({@code Long} or {@code BigInteger})
     * @throws ValueError for an empty range or a zero step
     */
    public Object randrange(Object start, Object stop, Object step) {
        if (small(start) && (stop == null || small(stop)) && small(step)) {
            long a = Ints.toLong(start);
            long st = Ints.toLong(step);
            if (stop == null) {
                if (st != 1) {
                    throw new io.portalis.pylib.TypeError("Missing a non-None stop argument");
                }
                return randrange(a);
            }
            long b = Ints.toLong(stop);
            // the width and count stay exact in a long only away from the ends of its range
            if (Math.abs(a) < 1L << 61 && Math.abs(b) < 1L << 61 && Math.abs(st) < 1L << 61) {
                return st == 1 ? randrange(a, b) : randrange(a, b, st);
            }
        }
        BigInteger istart = Ints.big(start);
        if (stop == null) {
            if (!Ints.big(step).equals(BigInteger.ONE)) {
                throw new io.portalis.pylib.TypeError("Missing a non-None stop argument");
            }
            if (istart.signum() > 0) {
                return Ints.normalize(randbelow(istart));
            }
            throw new ValueError("empty range for randrange()");
        }
        BigInteger istop = Ints.big(stop);
        BigInteger width = istop.subtract(istart);
        BigInteger istep = Ints.big(step);
        if (istep.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return Ints.normalize(istart.add(randbelow(width)));
            }
            throw new ValueError("empty range for randrange() (" + istart + ", " + istop + ", " + width + ")");
        }
        BigInteger n;
        if (istep.signum() > 0) {
            n = floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
        } else if (istep.signum() < 0) {
            n = floorDiv(width.add(istep).add(BigInteger.ONE), istep);
        } else {
            throw new ValueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw new ValueError("empty range for randrange()");
        }
        return Ints.normalize(istart.add(istep.multiply(randbelow(n))));
    }

    private static boolean small(Object v) {
        return v instanceof Long || v instanceof Boolean;
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /**
     * {@code randint(a, b)}: inclusive of both ends.
     *
     * @param a low
     * @param b high
     * @return the draw
     * @throws ValueError for an empty range
     */
    public long randint(long a, long b) {
        return randrange(a, b + 1);
    }

    /**
     * {@code randint(a, b)} for ints of any size.
     *
     * @param a low
     * @param b high
     * @return the draw
     */
    public Object randint(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && fitsHalf(x) && fitsHalf(y) && y >= x) {
            // both within 2**61, so b + 1 - a is exact; the draw is the one the general path makes
            return x + randbelow(y + 1 - x);
        }
        BigInteger lo = Ints.big(a);
        BigInteger width = Ints.big(b).add(BigInteger.ONE).subtract(lo);
        if (width.signum() <= 0) {
            throw new ValueError("empty range for randrange() (" + lo + ", " + Ints.big(b).add(BigInteger.ONE)
                    + ", " + width + ")");
        }
        if (width.bitLength() < 63 && lo.bitLength() < 63) {
            return lo.longValue() + randbelow(width.longValue());
        }
        return Ints.normalize(lo.add(randbelow(width)));
    }

    /** Whether an int lies within 2**61 either way, where sums and differences of two cannot overflow. */
    private static boolean fitsHalf(long v) {
        return -(1L << 61) <= v && v <= 1L << 61;
    }

    /**
     * {@code choice(seq)}.
     *
     * @param seq a non-empty sequence
     * @param <T> the item type
     * @return a random item
     * @throws IndexError {@code Cannot choose from an empty sequence}
     */
    public <T> T choice(List<T> seq) {
        if (seq.isEmpty()) {
            throw new IndexError("Cannot choose from an empty sequence");
        }
        return seq.get((int) randbelow(seq.size()));
    }

    /**
     * {@code choice(s)} for a string.
     *
     * @param s a non-empty string
     * @return a random character
     */
    public String choice(String s) {
        return choice(Strs.chars(s));
    }

    /**
     * {@code shuffle(x)}: in place, as CPython's Fisher-Yates from the end.
     *
     * @param x the list
     * @param <T> the item type
     */
    public <T> void shuffle(List<T> x) {
        for (int i = x.size() - 1; i > 0; i--) {
            int j = (int) randbelow(i + 1);
            T t = x.get(i);
            x.set(i, x.get(j));
            x.set(j, t);
        }
    }

    /**
     * {@code sample(population, k)}: {@code k} distinct positions, chosen by CPython's pool or set method.
     *
     * @param population the sequence
     * @param k how many
     * @param <T> the item type
     * @return the sample, in selection order
     * @throws ValueError {@code Sample larger than population or is negative}
     */
    public <T> PyList<T> sample(List<T> population, long k) {
        int n = population.size();
        if (k < 0 || k > n) {
            throw new ValueError("Sample larger than population or is negative");
        }
        List<T> result = new ArrayList<>((int) k);
        long setsize = 21;
        if (k > 5) {
            setsize += (long) Math.pow(4, Math.ceil(LibraryLog.log(k * 3.0) / LibraryLog.log(4)));
        }
        if (n <= setsize) {
            List<T> pool = new ArrayList<>(population);
            for (int i = 0; i < k; i++) {
                int j = (int) randbelow(n - i);
                result.add(pool.get(j));
                pool.set(j, pool.get(n - i - 1));
            }
        } else {
            Set<Integer> selected = new HashSet<>();
            for (int i = 0; i < k; i++) {
                int j = (int) randbelow(n);
                while (selected.contains(j)) {
                    j = (int) randbelow(n);
                }
                selected.add(j);
                result.add(population.get(j));
            }
        }
        return new PyList<>(result);
    }

    /**
     * {@code choices(population, weights, k=k)}: with replacement; without weights by
     * {@code floor(random() * n)}, with weights by bisecting the cumulative weights, as CPython does.
     *
     * @param population the sequence
     * @param weights relative weights (ints or floats), or {@code null}
     * @param k how many
     * @param <T> the item type
     * @return the choices
     * @throws ValueError {@code The number of weights does not match the population}
     */
    public <T> PyList<T> choices(List<T> population, List<?> weights, long k) {
        int n = population.size();
        if (weights == null) {
            if (n == 0) {
                throw new IndexError("list index out of range");
            }
            PyList<T> out = new PyList<>(capacity(k));
            for (long i = 0; i < k; i++) {
                out.add(population.get((int) Math.floor(random() * n)));
            }
            return out;
        }
        double[] cum = cumulativeFloats(weights);
        if (cum != null) {
            return choicesFloats(population, cum, k);
        }
        List<Object> sums = new ArrayList<>(weights.size());
        Object acc = null;
        for (Object w : weights) {
            acc = acc == null ? w : Py.add(acc, w);
            sums.add(acc);
        }
        return choicesCumulative(population, sums, k);
    }

    /** Room for {@code k} results, without trusting a huge or negative {@code k} with an allocation. */
    private static int capacity(long k) {
        return (int) Math.max(0, Math.min(k, 1024));
    }

    /** The largest magnitude up to which every int is exactly a float, so comparing as floats is exact. */
    private static final long EXACT_FLOAT_INT = 1L << 53;

    /**
     * The running sums of weights made of ints and floats only, as {@code itertools.accumulate} computes them
     * (int sums exact, an int joining a float sum converted first, as {@code int + float} does), stored as
     * doubles; or {@code null} when some weight is of another type or an int sum leaves the range where a
     * double holds it exactly, so that the caller takes the general path with Python's own arithmetic.
     */
    private double[] cumulativeFloats(List<?> weights) {
        if (weights == lastList && lastList.changes() == lastChanges) {
            sumsReused = true;
            return lastSums;
        }
        double[] cum;
        if (weights instanceof PyList<?> l && l.isDoubles()
                ? lastFloatWeights != null && l.holdsDoubles(lastFloatWeights)
                : lastFloatWeights == null && weights.size() == lastWeights.length && sameItems(weights, lastWeights)) {
            cum = lastSums;
            sumsReused = true;
        } else {
            sumsReused = false;
            cum = sumFloats(weights);
            if (cum != null) {
                boolean floats = weights instanceof PyList<?> l && l.isDoubles();
                lastFloatWeights = floats ? ((PyList<?>) weights).toDoubleArray() : null;
                lastWeights = floats ? null : weights.toArray();
                lastSums = cum;
                lastGuide = null;
            }
        }
        lastList = cum != null && weights instanceof PyList<?> l ? l : null;
        lastChanges = lastList != null ? lastList.changes() : 0;
        return cum;
    }

    /**
     * Whether a list holds these weights again: the same objects, or ints and floats of the same values, which give
     * the same running sums.
     */
    private static boolean sameItems(List<?> items, Object[] objects) {
        for (int i = 0; i < objects.length; i++) {
            Object a = items.get(i);
            Object b = objects[i];
            if (a != b && !(a instanceof Double x && b instanceof Double y
                    && Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y))
                    && !(a instanceof Long x && b instanceof Long y && x.longValue() == y.longValue())) {
                return false;
            }
        }
        return true;
    }

    private static double[] sumFloats(List<?> weights) {
        int n = weights.size();
        double[] cum = new double[n];
        boolean isFloat = false;
        long intSum = 0;
        double floatSum = 0.0;
        for (int i = 0; i < n; i++) {
            Object w = weights.get(i);
            if (w instanceof Double d) {
                floatSum = i == 0 ? d : isFloat ? floatSum + d : (double) intSum + d;
                isFloat = true;
                cum[i] = floatSum;
            } else if (w instanceof Long l) {
                if (isFloat) {
                    floatSum += (double) l;
                    cum[i] = floatSum;
                } else {
                    if (!exactAsFloat(l)) {
                        return null;
                    }
                    // both terms are within 2**53, so the sum cannot overflow a long
                    intSum = i == 0 ? l : intSum + l;
                    if (!exactAsFloat(intSum)) {
                        return null;
                    }
                    cum[i] = intSum;
                }
            } else {
                return null;
            }
        }
        return cum;
    }

    private static boolean exactAsFloat(long v) {
        return -EXACT_FLOAT_INT <= v && v <= EXACT_FLOAT_INT;
    }

    /** {@link #choicesCumulative} over running sums held as doubles: the same draws and the same bisection. */
    private <T> PyList<T> choicesFloats(List<T> population, double[] cum, long k) {
        int n = population.size();
        if (cum.length != n) {
            throw new ValueError("The number of weights does not match the population");
        }
        if (n == 0) {
            throw new IndexError("list index out of range");
        }
        double total = cum[n - 1];
        checkTotal(total);
        PyList<T> out = new PyList<>(capacity(k));
        int[] guide = cum == lastSums && sumsReused && n >= 32 ? guide() : null;
        if (guide != null && guide.length > 0) {
            double[] bounds = lastBounds;
            double scale = guide.length / total;
            for (long d = 0; d < k; d++) {
                double x = random() * total;
                int i = guide[(int) Math.min(x * scale, guide.length - 1)];
                // the bucket is a hint only (its bounds are rounded): these two loops make i the first index whose
                // sum is above x, or the last index, which is what bisect finds in sums that never decrease
                while (i > 0 && bounds[i - 1] > x) {
                    i--;
                }
                while (bounds[i] <= x) {
                    i++;
                }
                out.add(population.get(i));
            }
            return out;
        }
        for (long i = 0; i < k; i++) {
            double x = random() * total;
            int lo = 0;
            int hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (x < cum[mid]) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.add(population.get(lo));
        }
        return out;
    }

    /**
     * How many buckets the guide of {@code n} sums has: several per sum, so that most draws land in a bucket within
     * one item's share and the loops after the lookup rarely step (each step a branch the processor cannot
     * predict); as many as sums for long lists, whose guide would otherwise outgrow the caches.
     */
    private static int buckets(int n) {
        return n <= GUIDE_ITEMS_SPREAD ? BUCKETS_PER_ITEM * n : n;
    }

    /** Buckets per sum of a short list's guide. */
    private static final int BUCKETS_PER_ITEM = 8;
    /** The most sums whose guide has {@link #BUCKETS_PER_ITEM} buckets each. */
    private static final int GUIDE_ITEMS_SPREAD = 1 << 14;

    /** {@link #lastGuide}, built on first use: buckets of one width, each starting where its lowest draw lands. */
    private int[] guide() {
        if (lastGuide == null) {
            double[] cum = lastSums;
            int n = cum.length;
            int[] g = new int[buckets(n)];
            for (int i = 1; i < n; i++) {
                if (cum[i] < cum[i - 1]) {
                    lastGuide = g = new int[0];
                    return g;
                }
            }
            double width = cum[n - 1] / g.length;
            int i = 0;
            for (int j = 0; j < g.length; j++) {
                double low = j * width;
                while (i < n - 1 && cum[i] <= low) {
                    i++;
                }
                g[j] = i;
            }
            lastGuide = g;
            lastBounds = java.util.Arrays.copyOf(cum, n);
            lastBounds[n - 1] = Double.POSITIVE_INFINITY;
        }
        return lastGuide;
    }

    private static void checkTotal(double total) {
        if (total <= 0.0) {
            throw new ValueError("Total of weights must be greater than zero");
        }
        if (!Double.isFinite(total)) {
            throw new ValueError("Total of weights must be finite");
        }
    }

    /**
     * {@code choices(population, cum_weights=cum, k=k)}: bisects the cumulative weights as CPython does.
     *
     * @param population the sequence
     * @param cum the cumulative weights (ints or floats), one per item
     * @param k how many
     * @param <T> the item type
     * @return the choices
     * @throws ValueError {@code The number of weights does not match the population}, or for a total that is not
     *     positive and finite
     */
    public <T> PyList<T> choicesCumulative(List<T> population, List<?> cum, long k) {
        int n = population.size();
        if (cum.size() != n) {
            throw new ValueError("The number of weights does not match the population");
        }
        if (n == 0) {
            throw new IndexError("list index out of range");
        }
        double total = io.portalis.pylib.Builtins.toFloat(cum.get(n - 1));
        checkTotal(total);
        PyList<T> out = new PyList<>(capacity(k));
        for (long i = 0; i < k; i++) {
            double x = random() * total;
            int lo = 0;
            int hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                // a float sum compares as a double; anything else (ints, huge ints) by Python's exact rules
                if (cum.get(mid) instanceof Double c ? x < c : Py.lt(x, cum.get(mid))) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.add(population.get(lo));
        }
        return out;
    }

    /**
     * {@code uniform(a, b)}.
     *
     * @param a one end
     * @param b the other end
     * @return {@code a + (b - a) * random()}
     */
    public double uniform(double a, double b) {
        return a + (b - a) * random();
    }

    /**
     * {@code gauss(mu, sigma)}: Box-Muller, caching the second value as CPython does.
     *
     * @param mu the mean
     * @param sigma the standard deviation
     * @return the draw
     */
    public double gauss(double mu, double sigma) {
        Double z = gaussNext;
        gaussNext = null;
        if (z == null) {
            double x2pi = random() * (2 * Math.PI);
            double g2rad = Math.sqrt(-2.0 * LibraryLog.log(1.0 - random()));
            z = LibrarySin.cos(x2pi) * g2rad;
            gaussNext = LibrarySin.sin(x2pi) * g2rad;
        }
        return mu + z * sigma;
    }

    /**
     * {@code normalvariate(mu, sigma)}: Kinderman and Monahan's method, as CPython.
     *
     * @param mu the mean
     * @param sigma the standard deviation
     * @return the draw
     */
    public double normalvariate(double mu, double sigma) {
        double z;
        while (true) {
            double u1 = random();
            double u2 = 1.0 - random();
            z = NV_MAGICCONST * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -LibraryLog.log(u2)) {
                break;
            }
        }
        return mu + z * sigma;
    }

    /**
     * {@code expovariate(lambd)}.
     *
     * @param lambd the rate
     * @return the draw
     */
    public double expovariate(double lambd) {
        return -LibraryLog.log(1.0 - random()) / lambd;
    }

    /**
     * {@code triangular(low, high, mode)}.
     *
     * @param low the low end
     * @param high the high end
     * @param mode the peak, or {@code null} for the midpoint
     * @return the draw
     */
    public double triangular(double low, double high, Double mode) {
        double u = random();
        double c;
        try {
            c = mode == null ? 0.5 : (mode - low) / (high - low);
        } catch (ArithmeticException e) {
            return low;
        }
        if (high == low) {
            return low;
        }
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            double t = low;
            low = high;
            high = t;
        }
        return low + (high - low) * Math.sqrt(u * c);
    }
}
