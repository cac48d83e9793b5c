package io.portalis.pylib;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * Python's {@code list}: a Java {@link List} with random access (so typed code can use it as a {@code List<E>}) with
 * Python's equality ({@code [1] == [1.0]}), ordering, {@code repr}, negative indices, slices and methods.
 *
 * <p>Java's {@code List} methods keep their Java meaning, except {@link #remove(Object)}, which is Python's
 * {@code list.remove}: it compares with Python's {@code ==} and raises {@link ValueError} when the value is
 * absent. A list is unhashable: {@link #hashCode()} raises {@link TypeError} as {@code hash([])} does.
 *
 * <p>Storage follows the items, as PyPy's list strategies do: while every item is an int that fits a {@code long}
 * the list keeps a {@code long[]}, while every item is a float (not NaN) a {@code double[]}, while every item is a
 * bool a bit each in a {@code long[]} (a big list of flags, a sieve's, then sweeps an eighth of the memory a
 * {@code boolean[]} would), and it moves its items to an {@code Object[]} for good on the first item of another
 * kind (an empty list takes the kind of its first item). Reads box again: {@code Long.valueOf} (so small ints are
 * the cached boxes, and {@link Py#is} compares ints by value anyway), {@code Boolean.TRUE}/{@code FALSE}, and a new
 * {@code Double}. NaN keeps a list general because Python compares list items by identity before {@code ==}
 * ({@code x in [x]} is true for a NaN {@code x}), which needs the very object back. The primitive accessors
 * ({@link #isLongs()}, {@link #longAt(long)}...) let typed code read such storage without boxes.
 *
 * @param <E> the element type ({@code Object} on the dynamic path)
 */
public class PyList<E> extends AbstractList<E> implements RandomAccess, PyRepr {
    /** No storage yet: the first item added decides the kind. */
    private static final byte EMPTY = 0;
    private static final byte OBJECTS = 1;
    private static final byte LONGS = 2;
    private static final byte DOUBLES = 3;
    private static final byte BOOLS = 4;

    private static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    private byte kind;
    private int size;
    /** The capacity the first storage gets, from the constructor. */
    private int initialCapacity;
    private Object[] objects;
    private long[] longs;
    private double[] doubles;
    /** Bools packed in bits, as {@link Bits} lays them out. */
    private long[] bits;
    /** How many times the items were changed, by any write: see {@link #changes()}. */
    private long changes;

    /** Creates an empty list, {@code []}. */
    public PyList() {
        this.initialCapacity = 10;
    }

    /**
     * Creates a list holding an iterable's items, {@code list(items)}.
     *
     * @param items the items
     */
    @SuppressWarnings("unchecked")
    public PyList(Iterable<? extends E> items) {
        if (items instanceof PyList<?> l) {
            this.initialCapacity = Math.max(l.size, 10);
            copyStorage((PyList<E>) l, 0, l.size);
        } else if (items instanceof Collection<? extends E> c) {
            this.initialCapacity = Math.max(c.size(), 10);
            for (E e : c) {
                add(e);
            }
        } else {
            this.initialCapacity = 10;
            for (E e : items) {
                add(e);
            }
        }
    }

    /**
     * Creates an empty list with room for {@code capacity} items.
     *
     * @param capacity the initial capacity
     * @throws IllegalArgumentException if the capacity is negative
     */
    public PyList(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("negative capacity " + capacity);
        }
        this.initialCapacity = capacity;
    }

    /**
     * A list literal, {@code [a, b, c]}.
     *
     * @param items the items
     * @param <E> the element type
     * @return a new list
     */
    @SafeVarargs
    public static <E> PyList<E> of(E... items) {
        PyList<E> l = new PyList<>(Math.max(items.length, 10));
        for (E e : items) {
            l.add(e);
        }
        return l;
    }

    /**
     * A list of {@code n} ints, held as {@code long}s from the start: for a reader that has the items before the
     * list (a decoded JSON array), which would otherwise box the first one.
     *
     * @param values the ints; the first {@code n} are copied
     * @param n how many
     * @return a new list of exactly that capacity
     * @throws IndexOutOfBoundsException if {@code n} is negative or beyond the array
     */
    public static PyList<Object> ofLongs(long[] values, int n) {
        Objects.checkFromIndexSize(0, n, values.length);
        PyList<Object> l = new PyList<>(n);
        if (n > 0) {
            l.kind = LONGS;
            l.longs = Arrays.copyOf(values, n);
            l.size = n;
        }
        return l;
    }

    /**
     * A list of {@code n} items of an array from {@code from}, held as appending them one by one would hold them,
     * in storage of exactly that capacity: for a reader that has the items before the list (a decoded JSON array).
     *
     * @param items the items; the range is copied
     * @param from the first item's index
     * @param n how many
     * @return a new list
     * @throws IndexOutOfBoundsException if the range is not within the array
     */
    public static PyList<Object> ofItems(Object[] items, int from, int n) {
        Objects.checkFromIndexSize(from, n, items.length);
        PyList<Object> l = new PyList<>(n);
        l.refill(Arrays.copyOfRange(items, from, from + n));
        return l;
    }

    // ---- storage ----

    /** The kind of storage that can hold {@code v}. */
    private static byte kindOf(Object v) {
        if (v instanceof Long) {
            return LONGS;
        }
        if (v instanceof Double d) {
            return Double.isNaN(d) ? OBJECTS : DOUBLES;
        }
        return v instanceof Boolean ? BOOLS : OBJECTS;
    }

    /** Whether the current storage can hold {@code v}. */
    private boolean accepts(Object v) {
        return objects != null || acceptsPrimitive(v);
    }

    private boolean acceptsPrimitive(Object v) {
        if (longs != null) {
            return v instanceof Long;
        }
        if (doubles != null) {
            return v instanceof Double d && !Double.isNaN(d);
        }
        return bits != null && v instanceof Boolean;
    }

    /** Makes the storage able to hold {@code v}: an empty list takes its kind, any other becomes general. */
    private void admit(Object v) {
        if (size == 0) {
            start(kindOf(v), Math.max(initialCapacity, capacity()));
        } else {
            generalize();
        }
    }

    /** Replaces the storage with an empty one of the given kind. */
    private void start(byte k, int capacity) {
        objects = null;
        longs = null;
        doubles = null;
        bits = null;
        kind = k;
        switch (k) {
            case OBJECTS -> objects = new Object[capacity];
            case LONGS -> longs = new long[capacity];
            case DOUBLES -> doubles = new double[capacity];
            case BOOLS -> bits = new long[Bits.words(capacity)];
            default -> {
            }
        }
    }

    /** Moves the items to an {@code Object[]}, where any item fits. */
    private void generalize() {
        if (kind == OBJECTS) {
            return;
        }
        Object[] out = new Object[Math.max(capacity(), initialCapacity)];
        for (int k = 0; k < size; k++) {
            out[k] = elementAt(k);
        }
        longs = null;
        doubles = null;
        bits = null;
        objects = out;
        kind = OBJECTS;
    }

    private int capacity() {
        return switch (kind) {
            case OBJECTS -> objects.length;
            case LONGS -> longs.length;
            case DOUBLES -> doubles.length;
            case BOOLS -> (int) Math.min((long) bits.length << 6, MAX_SIZE);
            default -> 0;
        };
    }

    /** Grows the storage to hold at least {@code min} items. */
    private void reserve(int min) {
        int cap = capacity();
        if (min <= cap) {
            return;
        }
        if (min > MAX_SIZE || min < 0) {
            throw new MemoryError();
        }
        int grown = (int) Math.min(MAX_SIZE, Math.max((long) min, cap + (cap >> 1) + 4L));
        switch (kind) {
            case OBJECTS -> objects = Arrays.copyOf(objects, grown);
            case LONGS -> longs = Arrays.copyOf(longs, grown);
            case DOUBLES -> doubles = Arrays.copyOf(doubles, grown);
            case BOOLS -> bits = Arrays.copyOf(bits, Bits.words(grown));
            default -> start(OBJECTS, grown);
        }
    }

    /**
     * The item at a valid index. The hot reads and writes are split so that each part stays small enough for
     * the JIT to inline at every call site: general storage first (its array is non-null only then), then the
     * primitive kinds.
     */
    @SuppressWarnings("unchecked")
    private E elementAt(int k) {
        Object[] o = objects;
        if (o != null) {
            return (E) o[k];
        }
        long[] l = longs;
        return l != null ? (E) Long.valueOf(l[k]) : otherAt(k);
    }

    @SuppressWarnings("unchecked")
    private E otherAt(int k) {
        double[] d = doubles;
        return (E) (d != null ? Double.valueOf(d[k]) : Boolean.valueOf(Bits.get(bits, k)));
    }

    /** Stores an item the storage {@link #accepts} at a valid index. */
    private void store(int k, Object v) {
        Object[] o = objects;
        if (o != null) {
            o[k] = v;
        } else {
            storePrimitive(k, v);
        }
    }

    private void storePrimitive(int k, Object v) {
        long[] l = longs;
        if (l != null) {
            l[k] = (Long) v;
        } else if (doubles != null) {
            doubles[k] = (Double) v;
        } else {
            Bits.set(bits, k, (Boolean) v);
        }
    }

    /** Moves {@code n} items from {@code from} to {@code to} within the storage (ranges may overlap). */
    private void move(int from, int to, int n) {
        switch (kind) {
            case OBJECTS -> System.arraycopy(objects, from, objects, to, n);
            case LONGS -> System.arraycopy(longs, from, longs, to, n);
            case DOUBLES -> System.arraycopy(doubles, from, doubles, to, n);
            case BOOLS -> Bits.copy(bits, from, bits, to, n);
            default -> {
            }
        }
    }

    /** Sets this empty list's storage to a copy of {@code src[from, from + n)}, of the same kind. */
    private void copyStorage(PyList<E> src, int from, int n) {
        int cap = Math.max(n, initialCapacity);
        kind = src.kind;
        switch (src.kind) {
            case OBJECTS -> objects = Arrays.copyOfRange(src.objects, from, from + cap);
            case LONGS -> longs = Arrays.copyOfRange(src.longs, from, from + cap);
            case DOUBLES -> doubles = Arrays.copyOfRange(src.doubles, from, from + cap);
            case BOOLS -> {
                bits = new long[Bits.words(cap)];
                Bits.copy(src.bits, from, bits, 0, n);
            }
            default -> kind = EMPTY;
        }
        if (kind == OBJECTS && cap > n) {
            // copyOfRange copied items beyond the range too; they must not stay reachable from here
            Arrays.fill(objects, n, cap, null);
        }
        size = kind == EMPTY ? 0 : n;
    }

    /**
     * Writes {@code n} items of {@code src} from {@code from} into this list's storage at {@code to}, which can
     * already hold them all.
     */
    private void write(int to, PyList<? extends E> src, int from, int n) {
        if (src.kind == kind) {
            switch (kind) {
                case OBJECTS -> System.arraycopy(src.objects, from, objects, to, n);
                case LONGS -> System.arraycopy(src.longs, from, longs, to, n);
                case DOUBLES -> System.arraycopy(src.doubles, from, doubles, to, n);
                case BOOLS -> Bits.copy(src.bits, from, bits, to, n);
                default -> {
                }
            }
        } else {
            for (int k = 0; k < n; k++) {
                store(to + k, src.elementAt(from + k));
            }
        }
    }

    /** Makes the storage able to hold every item of {@code src}. */
    private void admitAll(PyList<?> src) {
        if (src.size == 0 || src.kind == kind || kind == OBJECTS) {
            return;
        }
        if (size == 0) {
            start(src.kind, Math.max(Math.max(initialCapacity, capacity()), src.size));
        } else {
            generalize();
        }
    }

    /** Counts a change of the items: a write, structural or not. */
    private void changed() {
        modCount++;
        changes++;
    }

    /**
     * A count of the changes made to the items so far (item writes, appends, removals, sorts...): two equal
     * readings mean that the list holds the same items in the same order, so that something derived from them
     * (the running sums of {@code random.choices}' weights) can be reused without comparing them again.
     *
     * @return a number that grows at every change
     */
    public long changes() {
        return changes;
    }

    // ---- primitive access for typed code ----

    /**
     * Whether every item is an int held as a {@code long}, so {@link #longAt(long)} may be used.
     *
     * @return whether the storage is a {@code long[]}
     */
    public boolean isLongs() {
        return kind == LONGS;
    }

    /**
     * Whether every item is a float held as a {@code double}, so {@link #doubleAt(long)} may be used.
     *
     * @return whether the storage is a {@code double[]}
     */
    public boolean isDoubles() {
        return kind == DOUBLES;
    }

    /**
     * Whether every item is a float held as a {@code double} and the items are exactly {@code values}, bit for bit
     * ({@code 0.0} and {@code -0.0} differ): one comparison of the storage, without a box per item.
     *
     * @param values the floats to compare with
     * @return whether the list holds exactly these floats, in this order
     */
    public boolean holdsDoubles(double[] values) {
        return kind == DOUBLES && size == values.length && Arrays.equals(doubles, 0, size, values, 0, size);
    }

    /**
     * The items of a list whose {@link #isDoubles()} holds, copied.
     *
     * @return a new array of the items
     * @throws IllegalStateException if the items are not held as {@code double}s
     */
    public double[] toDoubleArray() {
        if (kind != DOUBLES) {
            throw new IllegalStateException("list items are not held as doubles");
        }
        return Arrays.copyOf(doubles, size);
    }

    /**
     * Whether every item is a bool held as a bit, so {@link #boolAt(long)} may be used.
     *
     * @return whether the storage is packed bits
     */
    public boolean isBools() {
        return kind == BOOLS;
    }

    private int checked(long i) {
        int k = slot(i);
        if (k < 0) {
            throw new IndexError("list index out of range");
        }
        return k;
    }

    /**
     * {@code self[i]} of a list whose {@link #isLongs()} holds, without a box.
     *
     * @param i the index, negative from the end
     * @return the item
     * @throws IndexError {@code list index out of range}
     * @throws IllegalStateException if the items are not held as {@code long}s
     */
    public long longAt(long i) {
        int k = checked(i);
        if (kind != LONGS) {
            throw new IllegalStateException("list items are not held as longs");
        }
        return longs[k];
    }

    /**
     * {@code self[i]} of a list whose {@link #isDoubles()} holds, without a box.
     *
     * @param i the index, negative from the end
     * @return the item
     * @throws IndexError {@code list index out of range}
     * @throws IllegalStateException if the items are not held as {@code double}s
     */
    public double doubleAt(long i) {
        int k = checked(i);
        if (kind != DOUBLES) {
            throw new IllegalStateException("list items are not held as doubles");
        }
        return doubles[k];
    }

    /**
     * {@code self[i]} of a list whose {@link #isBools()} holds, without a box.
     *
     * @param i the index, negative from the end
     * @return the item
     * @throws IndexError {@code list index out of range}
     * @throws IllegalStateException if the items are not held as bits
     */
    public boolean boolAt(long i) {
        int k = checked(i);
        if (kind != BOOLS) {
            throw new IllegalStateException("list items are not held as booleans");
        }
        return Bits.get(bits, k);
    }

    /**
     * {@code self[i] = v} for an int, without a box while the items are held as {@code long}s.
     *
     * @param i the index, negative from the end
     * @param v the value
     * @throws IndexError {@code list assignment index out of range}
     */
    @SuppressWarnings("unchecked")
    public void setLong(long i, long v) {
        long j = i < 0 ? i + size : i;
        if (j < 0 || j >= size) {
            throw new IndexError("list assignment index out of range");
        }
        if (kind == LONGS) {
            longs[(int) j] = v;
            changes++;
        } else {
            set((int) j, (E) Long.valueOf(v));
        }
    }

    /**
     * {@code self[i] = v} for a float, without a box while the items are held as {@code double}s.
     *
     * @param i the index, negative from the end
     * @param v the value
     * @throws IndexError {@code list assignment index out of range}
     */
    @SuppressWarnings("unchecked")
    public void setDouble(long i, double v) {
        long j = i < 0 ? i + size : i;
        if (j < 0 || j >= size) {
            throw new IndexError("list assignment index out of range");
        }
        if (kind == DOUBLES && !Double.isNaN(v)) {
            doubles[(int) j] = v;
            changes++;
        } else {
            set((int) j, (E) Double.valueOf(v));
        }
    }

    /**
     * {@code self[i] = v} for a bool, without a box while the items are held as bits.
     *
     * @param i the index, negative from the end
     * @param v the value
     * @throws IndexError {@code list assignment index out of range}
     */
    @SuppressWarnings("unchecked")
    public void setBool(long i, boolean v) {
        long j = i < 0 ? i + size : i;
        if (j < 0 || j >= size) {
            throw new IndexError("list assignment index out of range");
        }
        if (kind == BOOLS) {
            Bits.set(bits, (int) j, v);
            changes++;
        } else {
            set((int) j, (E) Boolean.valueOf(v));
        }
    }

    /**
     * {@code for i in range(start, ..., step): self[i] = v} for a bool {@code v}, in one loop over the storage when
     * the items are held as bits and every index is in range: nothing can be observed between the
     * stores then.
     *
     * @param start the first index
     * @param step the range's step, not zero
     * @param count how many indices the range holds
     * @param v the value stored
     * @return false, having changed nothing, when the items are held otherwise or some index is negative or past
     *         the end: the caller then stores item by item, as Python does
     */
    public boolean fill(long start, long step, long count, boolean v) {
        if (kind != BOOLS || !fits(start, step, count)) {
            return false;
        }
        changes++;
        long[] a = bits;
        int by = (int) step;
        int i = (int) start;
        if (by == 1) {
            Bits.fill(a, i, i + (int) count, v);
        } else if (by > 1 && by < 64) {
            Bits.fillEvery(a, i, by, (int) count, v);
        } else {
            // an int bound (count fits, as every index does) makes these counted loops, which the JIT unrolls; a
            // long bound left a sieve's sparse stores a third slower
            int n = (int) count;
            if (v) {
                for (int k = 0; k < n; k++, i += by) {
                    a[i >>> 6] |= 1L << i;
                }
            } else {
                for (int k = 0; k < n; k++, i += by) {
                    a[i >>> 6] &= ~(1L << i);
                }
            }
        }
        return true;
    }

    /**
     * {@link #fill(long, long, long, boolean)} for an int {@code v}, when the items are held as {@code long}s.
     *
     * @param start the first index
     * @param step the range's step, not zero
     * @param count how many indices the range holds
     * @param v the value stored
     * @return false, having changed nothing, when the items are held otherwise or some index is negative or past
     *         the end
     */
    public boolean fill(long start, long step, long count, long v) {
        if (kind != LONGS || !fits(start, step, count)) {
            return false;
        }
        changes++;
        long[] a = longs;
        int by = (int) step;
        for (int k = 0, i = (int) start, n = (int) count; k < n; k++, i += by) {
            a[i] = v;
        }
        return true;
    }

    /**
     * {@link #fill(long, long, long, boolean)} for a float {@code v} (not NaN), when the items are held as
     * {@code double}s.
     *
     * @param start the first index
     * @param step the range's step, not zero
     * @param count how many indices the range holds
     * @param v the value stored
     * @return false, having changed nothing, when the items are held otherwise, {@code v} is NaN or some index is
     *         negative or past the end
     */
    public boolean fill(long start, long step, long count, double v) {
        if (kind != DOUBLES || Double.isNaN(v) || !fits(start, step, count)) {
            return false;
        }
        changes++;
        double[] a = doubles;
        int by = (int) step;
        for (int k = 0, i = (int) start, n = (int) count; k < n; k++, i += by) {
            a[i] = v;
        }
        return true;
    }

    /** Whether {@code count} indices from {@code start} by {@code step} are all in {@code [0, size)}. */
    private boolean fits(long start, long step, long count) {
        if (count <= 0 || count > size || start < 0 || start >= size) {
            return count == 0;
        }
        if (count > 1 && (step >= size || step <= -size)) {
            return false;
        }
        // both factors are below 2^31 now: no overflow
        long last = start + (count - 1) * step;
        return last >= 0 && last < size;
    }

    /**
     * {@code self.append(v)} for an int, without a box while the items are held as {@code long}s and there is room.
     *
     * @param v the value
     */
    @SuppressWarnings("unchecked")
    public void addLong(long v) {
        int n = size;
        long[] l = longs;
        if (l != null && n < l.length) {
            l[n] = v;
            size = n + 1;
            changed();
        } else {
            add((E) Long.valueOf(v));
        }
    }

    /**
     * {@code self.append(v)} for a float, without a box while the items are held as {@code double}s and there is
     * room.
     *
     * @param v the value
     */
    @SuppressWarnings("unchecked")
    public void addDouble(double v) {
        int n = size;
        double[] d = doubles;
        if (d != null && n < d.length && !Double.isNaN(v)) {
            d[n] = v;
            size = n + 1;
            changed();
        } else {
            add((E) Double.valueOf(v));
        }
    }

    /**
     * {@code self[i] += d} for an int item held as a {@code long}, when the sum fits: nothing else can happen then.
     *
     * @param i the index, negative from the end
     * @param d the int added
     * @return false, having changed nothing, when the index is out of range, the items are not held as
     *         {@code long}s or the sum does not fit: the caller then runs Python's full operation
     */
    public boolean addToLong(long i, long d) {
        int k = slot(i);
        if (k < 0 || kind != LONGS) {
            return false;
        }
        long x = longs[k];
        long r = x + d;
        if (((x ^ r) & (d ^ r)) < 0) {
            return false;
        }
        longs[k] = r;
        changes++;
        return true;
    }

    /**
     * The truth of {@code self[i]} when the items are held as primitives, without a box.
     *
     * @param i the index, negative from the end
     * @return 1 or 0, or -1 when the index is out of range or the items are general objects, whose truth may
     *         run Python code: the caller then tests {@code self[i]} itself
     */
    public int truthAt(long i) {
        int k = slot(i);
        long[] b = bits;
        // flags first, read without a branch on the bit: a sieve's loops test millions of them
        if (b != null && k >= 0) {
            return (int) (b[k >>> 6] >>> k) & 1;
        }
        if (k < 0) {
            return -1;
        }
        return switch (kind) {
            case LONGS -> longs[k] != 0 ? 1 : 0;
            case DOUBLES -> doubles[k] != 0.0 ? 1 : 0;
            default -> -1;
        };
    }

    /**
     * {@code out.extend(i for i in range(start, ..., step) if self[i])}, the indices of the true items
     * ({@code [n for n in range(limit) if is_prime[n]]}), in one pass over the storage when the items are held as
     * primitives and every index is in range: testing them runs no code then. Flags held as bits are counted first,
     * so that an empty {@code out} gets its storage at the exact size.
     *
     * @param start the first index
     * @param step the range's step, not zero
     * @param count how many indices the range holds
     * @param out the list the indices are appended to, not this one
     * @return false, having changed nothing, when the items are general objects (whose truth may run code) or
     *         some index is negative or past the end: the caller then tests item by item, as Python does
     */
    public boolean appendTruthyIndices(long start, long step, long count, PyList<?> out) {
        if (objects != null || out == this || !fits(start, step, count)) {
            return false;
        }
        if (count == 0) {
            return true;
        }
        int i = (int) start;
        int by = (int) step;
        long[] b = bits;
        if (b != null && by == 1) {
            int end = i + (int) count;
            int found = Bits.count(b, end) - Bits.count(b, i);
            if (out.size == 0) {
                out.start(LONGS, Math.max(found, out.initialCapacity));
            }
            long[] l = out.longs;
            if (l != null && l.length - out.size >= found) {
                // one sweep of the words, each set bit written straight to the storage made room for above
                out.size = Bits.positions(b, i, end, l, out.size);
                out.changed();
                return true;
            }
            for (int k = Bits.find(b, i, end, true); k >= 0; k = Bits.find(b, k + 1, end, true)) {
                out.addLong(k);
            }
            return true;
        }
        for (long k = 0; k < count; k++, i += by) {
            if (truthAt(i) != 0) {
                out.addLong(i);
            }
        }
        return true;
    }

    /**
     * {@code sum(self, start)} for an int start when the items are held as {@code long}s or {@code double}s, added
     * as CPython's {@code sum} adds them (in a machine int while it fits, floats one by one from the start's
     * value).
     *
     * @param start the start
     * @return the sum, or null when the items are not primitive numbers or an int sum does not fit a {@code long}:
     *         the caller then adds them with Python's {@code +}
     */
    public Object sumPrimitive(long start) {
        if (kind == LONGS) {
            long[] l = longs;
            int n = size;
            // a wrapping sum and a bound on the items' magnitudes in one loop the JIT can vectorize: n items below
            // 2^b in magnitude cannot overflow while n * 2^b stays below 2^61
            long wrapped = 0;
            long bits = 0;
            for (int k = 0; k < n; k++) {
                long x = l[k];
                wrapped += x;
                bits |= x ^ (x >> 63);
            }
            int b = 64 - Long.numberOfLeadingZeros(bits);
            if (b + 32 - Integer.numberOfLeadingZeros(n) <= 61 && Math.abs(start) < 1L << 61) {
                return start + wrapped;
            }
            long s = start;
            for (int k = 0; k < size; k++) {
                long x = l[k];
                long r = s + x;
                if (((s ^ r) & (x ^ r)) < 0) {
                    return null;
                }
                s = r;
            }
            return s;
        }
        if (kind == DOUBLES && size > 0) {
            double f = start;
            double[] d = doubles;
            for (int k = 0; k < size; k++) {
                f += d[k];
            }
            return f;
        }
        return null;
    }

    /**
     * {@code self[t] = self[s]} for slices {@code s} and {@code t} of this list, in place when the items it selects
     * fill the target exactly ({@code perm[:k + 1] = perm[k::-1]}, {@code a[i:j] = a[i + 1:j + 1]}): Python builds
     * the source list first, which no one can observe when it is dropped at once.
     *
     * @param tStart the target's start or null
     * @param tStop the target's stop or null
     * @param tStep the target's step or null
     * @param sStart the source's start or null
     * @param sStop the source's stop or null
     * @param sStep the source's step or null
     * @throws ValueError {@code slice step cannot be zero}, or when an extended target and the source differ in
     *         length
     */
    public void setSliceOfSelf(Long tStart, Long tStop, Long tStep, Long sStart, Long sStop, Long sStep) {
        Slice src = Slice.of(size, sStart, sStop, sStep);
        Slice dst = Slice.of(size, tStart, tStop, tStep);
        int n = src.length();
        if (dst.step() == 1 && Math.max(dst.start(), dst.stop()) - dst.start() == n && n > 0) {
            int to = dst.start();
            if (src.step() == 1) {
                move(src.start(), to, n);
                changes++;
                return;
            }
            if (src.step() == -1 && src.start() - n + 1 == to) {
                reverseRange(to, to + n - 1);
                changes++;
                return;
            }
        }
        setSlice(tStart, tStop, tStep, slice(sStart, sStop, sStep));
    }

    /** In {@link #setSliceOfSelf(int, long, long, long, long, long, long)}: the target has no start. */
    public static final int NO_TARGET_START = 1;
    /** The target has no stop. */
    public static final int NO_TARGET_STOP = 2;
    /** The target has no step. */
    public static final int NO_TARGET_STEP = 4;
    /** The source has no start. */
    public static final int NO_SOURCE_START = 8;
    /** The source has no stop. */
    public static final int NO_SOURCE_STOP = 16;
    /** The source has no step. */
    public static final int NO_SOURCE_STEP = 32;

    /**
     * {@link #setSliceOfSelf(Long, Long, Long, Long, Long, Long)} for bounds that are ints or absent (None), given
     * unboxed: typed code moves or reverses a run of items ({@code perm[:k + 1] = perm[k::-1]}) without a box or a
     * slice object; other shapes take the general path.
     *
     * @param absent the bounds that are None, as a sum of {@link #NO_TARGET_START} and the other flags
     * @param tStart the target's start (ignored when absent)
     * @param tStop the target's stop
     * @param tStep the target's step
     * @param sStart the source's start
     * @param sStop the source's stop
     * @param sStep the source's step
     * @throws ValueError {@code slice step cannot be zero}, or when an extended target and the source differ in
     *         length
     */
    public void setSliceOfSelf(int absent, long tStart, long tStop, long tStep, long sStart, long sStop,
            long sStep) {
        // x[:k + 1] = x[k::-1] with k in range, a pancake flip, is tested first and alone: this much stays small
        // enough for the JIT to inline where the flags are constants, and to drop the test for other shapes
        if (absent == (NO_TARGET_START | NO_TARGET_STEP | NO_SOURCE_STOP) && sStep == -1 && sStart >= 0
                && sStart < size && tStop == sStart + 1) {
            reverseRange(0, (int) sStart);
            changes++;
            return;
        }
        setSliceOfSelfShaped(absent, tStart, tStop, tStep, sStart, sStop, sStep);
    }

    private void setSliceOfSelfShaped(int absent, long tStart, long tStop, long tStep, long sStart, long sStop,
            long sStep) {
        long st = (absent & NO_SOURCE_STEP) != 0 ? 1 : sStep;
        if (((absent & NO_TARGET_STEP) != 0 || tStep == 1) && (st == 1 || st == -1)) {
            int len = size;
            long lo;
            long n;
            if (st == 1) {
                lo = (absent & NO_SOURCE_START) != 0 ? 0 : Slice.clamp(sStart, len, 0, len);
                long hi = (absent & NO_SOURCE_STOP) != 0 ? len : Slice.clamp(sStop, len, 0, len);
                n = Math.max(hi - lo, 0);
            } else {
                lo = (absent & NO_SOURCE_START) != 0 ? len - 1 : Slice.clamp(sStart, len, -1, len - 1);
                long hi = (absent & NO_SOURCE_STOP) != 0 ? -1 : Slice.clamp(sStop, len, -1, len - 1);
                n = Math.max(lo - hi, 0);
            }
            long to = (absent & NO_TARGET_START) != 0 ? 0 : Slice.clamp(tStart, len, 0, len);
            long end = (absent & NO_TARGET_STOP) != 0 ? len : Slice.clamp(tStop, len, 0, len);
            if (Math.max(to, end) - to == n && n > 0) {
                if (st == 1) {
                    move((int) lo, (int) to, (int) n);
                    changes++;
                    return;
                }
                if (lo - n + 1 == to) {
                    reverseRange((int) to, (int) (to + n - 1));
                    changes++;
                    return;
                }
            }
        }
        setSliceOfSelf(bound(absent, NO_TARGET_START, tStart), bound(absent, NO_TARGET_STOP, tStop),
                bound(absent, NO_TARGET_STEP, tStep), bound(absent, NO_SOURCE_START, sStart),
                bound(absent, NO_SOURCE_STOP, sStop), bound(absent, NO_SOURCE_STEP, sStep));
    }

    private static Long bound(int absent, int flag, long v) {
        return (absent & flag) != 0 ? null : v;
    }

    // ---- java.util.List ----
    // ---- java.util.List ----

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public E get(int index) {
        return elementAt(java.util.Objects.checkIndex(index, size));
    }

    @Override
    public E set(int index, E v) {
        E old = elementAt(java.util.Objects.checkIndex(index, size));
        changes++;
        if (objects != null) {
            objects[index] = v;
        } else {
            put(index, v);
        }
        return old;
    }

    @Override
    public boolean add(E v) {
        // appends to general storage or of an int to long storage, with room left, are the loops' common case
        int n = size;
        Object[] o = objects;
        if (o != null && n < o.length) {
            o[n] = v;
        } else if (longs != null && n < longs.length && v instanceof Long x) {
            longs[n] = x;
        } else {
            return addGrowing(v, n);
        }
        size = n + 1;
        changed();
        return true;
    }

    private boolean addGrowing(Object v, int n) {
        if (!accepts(v)) {
            admit(v);
        }
        if (n == capacity()) {
            reserve(n + 1);
        }
        store(n, v);
        size = n + 1;
        changed();
        return true;
    }

    @Override
    public void add(int index, E v) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
        }
        if (!accepts(v)) {
            admit(v);
        }
        reserve(size + 1);
        move(index, index + 1, size - index);
        store(index, v);
        size++;
        changed();
    }

    @Override
    public E remove(int index) {
        E old = get(index);
        move(index + 1, index, size - index - 1);
        size--;
        if (kind == OBJECTS) {
            objects[size] = null;
        }
        changed();
        return old;
    }

    @Override
    public void clear() {
        if (size > 0 || kind != EMPTY) {
            start(EMPTY, 0);
            size = 0;
            changed();
        }
    }

    @Override
    protected void removeRange(int from, int to) {
        if (from >= to) {
            return;
        }
        move(to, from, size - to);
        int n = size - (to - from);
        if (kind == OBJECTS) {
            Arrays.fill(objects, n, size, null);
        }
        size = n;
        changed();
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean addAll(Collection<? extends E> c) {
        if (c instanceof PyList<?> l) {
            PyList<E> src = (PyList<E>) l;
            int n = src.size;
            if (n == 0) {
                return false;
            }
            admitAll(src);
            reserve(size + n);
            // when src is this list, its items up to the old size are the ones copied
            write(size, src, 0, n);
            size += n;
            changed();
            return true;
        }
        boolean changed = false;
        for (E e : c) {
            add(e);
            changed = true;
        }
        return changed;
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
        }
        PyList<E> src = new PyList<>(c);
        int n = src.size;
        if (n == 0) {
            return false;
        }
        admitAll(src);
        reserve(size + n);
        move(index, index + n, size - index);
        write(index, src, 0, n);
        size += n;
        changed();
        return true;
    }

    @Override
    public Object[] toArray() {
        Object[] out = new Object[size];
        if (kind == OBJECTS) {
            System.arraycopy(objects, 0, out, 0, size);
        } else {
            for (int k = 0; k < size; k++) {
                out[k] = elementAt(k);
            }
        }
        return out;
    }

    @Override
    public int indexOf(Object o) {
        for (int k = 0; k < size; k++) {
            if (java.util.Objects.equals(o, elementAt(k))) {
                return k;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        for (int k = size - 1; k >= 0; k--) {
            if (java.util.Objects.equals(o, elementAt(k))) {
                return k;
            }
        }
        return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void sort(Comparator<? super E> c) {
        if (kind == OBJECTS) {
            // in place, as CPython sorts: a comparison that raises leaves the items compared so far moved
            Arrays.sort((E[]) objects, 0, size, c);
            changed();
            return;
        }
        E[] items = (E[]) toArray();
        Arrays.sort(items, c);
        for (int k = 0; k < items.length; k++) {
            set(k, items[k]);
        }
        changed();
    }

    /**
     * The item at an index, or null where Python's {@code self[i]} would raise: for reads that must not raise.
     *
     * @param i the index, negative from the end
     * @return the item, or null when the index is out of range (or the item is None)
     */
    @SuppressWarnings("unchecked")
    public E peek(long i) {
        int k = slot(i);
        if (k < 0) {
            return null;
        }
        // the same reads as elementAt, written out again on purpose: the JIT profiles each copy on its own, and a
        // peek usually finds the one kind its caller speculates on even where other reads see other kinds, so
        // that the box it returns can be folded into the caller's type test
        long[] l = longs;
        if (l != null) {
            return (E) Long.valueOf(l[k]);
        }
        double[] d = doubles;
        if (d != null) {
            return (E) Double.valueOf(d[k]);
        }
        Object[] o = objects;
        return o != null ? (E) o[k] : (E) Boolean.valueOf(Bits.get(bits, k));
    }

    /**
     * Whether {@code self[i]} is an int held in a {@code long}, without raising: a list of longs, or a general list
     * whose item there is a {@code Long}. Then {@link #peekLong(long)} returns it without a box.
     *
     * @param i the index, negative from the end
     * @return false when the index is out of range or the item is anything else
     */
    public boolean hasLongAt(long i) {
        int k = slot(i);
        return k >= 0 && (kind == LONGS || kind == OBJECTS && objects[k] instanceof Long);
    }

    /**
     * {@code self[i]} where {@link #hasLongAt(long)} holds.
     *
     * @param i the index, negative from the end
     * @return the item
     */
    public long peekLong(long i) {
        int k = slot(i);
        return kind == LONGS ? longs[k] : (Long) objects[k];
    }

    /**
     * Whether {@code self[i]} is a float, without raising: a list of doubles, or a general list whose item there
     * is a {@code Double}. Then {@link #peekDouble(long)} returns it without a box.
     *
     * @param i the index, negative from the end
     * @return false when the index is out of range or the item is anything else
     */
    public boolean hasDoubleAt(long i) {
        int k = slot(i);
        return k >= 0 && (kind == DOUBLES || kind == OBJECTS && objects[k] instanceof Double);
    }

    /**
     * {@code self[i]} where {@link #hasDoubleAt(long)} holds.
     *
     * @param i the index, negative from the end
     * @return the item
     */
    public double peekDouble(long i) {
        int k = slot(i);
        return kind == DOUBLES ? doubles[k] : (Double) objects[k];
    }

    /** The position of Python index {@code i}, or -1 when it is out of range. */
    private int slot(long i) {
        int n = size;
        long j = i < 0 ? i + n : i;
        return j >= 0 && j < n ? (int) j : -1;
    }

    // ---- Python ----

    /**
     * {@code self[i]}.
     *
     * @param i the index, negative from the end
     * @return the item
     * @throws IndexError {@code list index out of range}
     */
    public E getItem(long i) {
        return elementAt(checked(i));
    }

    /**
     * {@code self[i] = v}.
     *
     * @param i the index
     * @param v the value
     * @throws IndexError {@code list assignment index out of range}
     */
    public void setItem(long i, E v) {
        int k = slot(i);
        if (k < 0) {
            throw new IndexError("list assignment index out of range");
        }
        changes++;
        Object[] o = objects;
        if (o != null) {
            o[k] = v;
        } else {
            put(k, v);
        }
    }

    /** Stores {@code v} at a valid index of primitive storage, which becomes general when it cannot hold it. */
    private void put(int k, Object v) {
        if (longs != null && v instanceof Long x) {
            longs[k] = x;
        } else if (doubles != null && v instanceof Double d && !Double.isNaN(d)) {
            doubles[k] = d;
        } else if (bits != null && v instanceof Boolean b) {
            Bits.set(bits, k, b);
        } else {
            generalize();
            objects[k] = v;
        }
    }

    /**
     * {@code del self[i]}.
     *
     * @param i the index
     * @throws IndexError {@code list assignment index out of range}
     */
    public void delItem(long i) {
        long j = i < 0 ? i + size : i;
        if (j < 0 || j >= size) {
            throw new IndexError("list assignment index out of range");
        }
        remove((int) j);
    }

    /**
     * {@code self[start:stop:step]}.
     *
     * @param start the start or null
     * @param stop the stop or null
     * @param step the step or null
     * @return a new list
     */
    public PyList<E> slice(Long start, Long stop, Long step) {
        Slice s = Slice.of(size, start, stop, step);
        int n = s.length();
        PyList<E> out = new PyList<>(n);
        if (n == 0) {
            return out;
        }
        if (s.step() == 1) {
            out.copyStorage(this, s.start(), n);
            return out;
        }
        out.start(kind, n);
        int i = s.start();
        int by = s.step();
        switch (kind) {
            case OBJECTS -> {
                for (int k = 0; k < n; k++, i += by) {
                    out.objects[k] = objects[i];
                }
            }
            case LONGS -> {
                for (int k = 0; k < n; k++, i += by) {
                    out.longs[k] = longs[i];
                }
            }
            case DOUBLES -> {
                for (int k = 0; k < n; k++, i += by) {
                    out.doubles[k] = doubles[i];
                }
            }
            default -> {
                for (int k = 0; k < n; k++, i += by) {
                    Bits.set(out.bits, k, Bits.get(bits, i));
                }
            }
        }
        out.size = n;
        return out;
    }

    /**
     * {@code self[start:stop:step] = values}.
     *
     * @param start the start or null
     * @param stop the stop or null
     * @param step the step or null
     * @param values the new items
     * @throws ValueError when an extended slice and the values differ in length
     */
    @SuppressWarnings("unchecked")
    public void setSlice(Long start, Long stop, Long step, Iterable<? extends E> values) {
        // a snapshot first when the values may be this list itself (a[:] = a, a[::-1] = a) or a view of it;
        // another Python list cannot share this one's items
        PyList<E> vals = values instanceof PyList<? extends E> other && other != this
                ? (PyList<E>) other
                : new PyList<>(values);
        Slice s = Slice.of(size, start, stop, step);
        int m = vals.size;
        if (s.step() == 1) {
            int from = s.start();
            int width = Math.max(from, s.stop()) - from;
            if (from == 0 && width == size) {
                // the whole list: it takes the values' storage kind
                start(EMPTY, 0);
                size = 0;
                initialCapacity = Math.max(m, 10);
                copyStorage(vals, 0, m);
                changed();
                return;
            }
            if (m > width) {
                admitAll(vals);
                reserve(size + m - width);
            } else {
                admitAll(vals);
            }
            if (m != width) {
                move(from + width, from + m, size - from - width);
                int n = size + m - width;
                if (kind == OBJECTS && n < size) {
                    Arrays.fill(objects, n, size, null);
                }
                size = n;
                changed();
            }
            write(from, vals, 0, m);
            changes++;
            return;
        }
        if (m != s.length()) {
            throw new ValueError("attempt to assign sequence of size " + m
                    + " to extended slice of size " + s.length());
        }
        admitAll(vals);
        changes++;
        for (int k = 0; k < m; k++) {
            store(s.index(k), vals.elementAt(k));
        }
    }

    /**
     * {@code del self[start:stop:step]}.
     *
     * @param start the start or null
     * @param stop the stop or null
     * @param step the step or null
     */
    public void delSlice(Long start, Long stop, Long step) {
        Slice s = Slice.of(size, start, stop, step);
        if (s.step() == 1) {
            removeRange(s.start(), Math.max(s.start(), s.stop()));
            return;
        }
        if (s.length() == 0) {
            return;
        }
        boolean[] drop = new boolean[size];
        for (int k = 0; k < s.length(); k++) {
            drop[s.index(k)] = true;
        }
        int w = 0;
        for (int r = 0; r < size; r++) {
            if (!drop[r]) {
                move(r, w++, 1);
            }
        }
        removeRange(w, size);
    }

    /**
     * {@code self.append(v)}.
     *
     * @param v the item
     */
    public void append(E v) {
        add(v);
    }

    /**
     * {@code self.extend(items)}.
     *
     * @param items the items to append
     */
    @SuppressWarnings("unchecked")
    public void extend(Iterable<? extends E> items) {
        if (items instanceof PyList<?> l) {
            addAll((PyList<E>) l);
            return;
        }
        for (E e : items) {
            add(e);
        }
    }

    /**
     * {@code self.insert(i, v)}: out-of-range indices clamp, as in Python.
     *
     * @param i the position
     * @param v the item
     */
    public void insert(long i, E v) {
        int n = size;
        int j = (int) (i < 0 ? Math.max(0, i + n) : Math.min(i, n));
        long[] l = longs;
        // an int into ints with room left, small enough to inline: a rotation by pop and insert,
        // perm.insert(r, perm.pop(0)), then goes without a call or a switch on the storage kind
        if (l != null && n < l.length && v instanceof Long x) {
            System.arraycopy(l, j, l, j + 1, n - j);
            l[j] = x;
            size = n + 1;
            changed();
        } else {
            add(j, v);
        }
    }

    /**
     * {@code self.insert(to, self.pop(from))}: moves an item, shifting only the items between its two places (a
     * rotation, {@code perm.insert(r, perm.pop(0))}, then costs one short shift instead of two long ones).
     *
     * @param from the index popped, negative from the end
     * @param to the index inserted at, clamped to the list without the item, as {@link #insert(long, Object)} does
     * @throws IndexError {@code pop from empty list} or {@code pop index out of range}, as {@link #pop(long)}
     */
    public void moveItem(long from, long to) {
        long[] l = longs;
        int n = size;
        long f = from < 0 ? from + n : from;
        // ints and an index in range, alone and small enough to inline; the rest pops and inserts
        if (l != null && f >= 0 && f < n) {
            int m = n - 1;
            int t = (int) (to < 0 ? Math.max(0, to + m) : Math.min(to, m));
            int k = (int) f;
            long x = l[k];
            if (k < t) {
                System.arraycopy(l, k + 1, l, k, t - k);
            } else {
                System.arraycopy(l, t, l, t + 1, k - t);
            }
            l[t] = x;
            // a pop and an insert: two changes
            modCount += 2;
            changes += 2;
            return;
        }
        insert(to, pop(from));
    }

    /**
     * {@code self.pop()}.
     *
     * @return the last item
     * @throws IndexError {@code pop from empty list}
     */
    public E pop() {
        if (isEmpty()) {
            throw new IndexError("pop from empty list");
        }
        return remove(size() - 1);
    }

    /**
     * {@code self.pop(i)}.
     *
     * @param i the index
     * @return the removed item
     * @throws IndexError {@code pop index out of range}
     */
    public E pop(long i) {
        if (isEmpty()) {
            throw new IndexError("pop from empty list");
        }
        long j = i < 0 ? i + size() : i;
        if (j < 0 || j >= size()) {
            throw new IndexError("pop index out of range");
        }
        long[] l = longs;
        if (l != null) {
            int k = (int) j;
            long x = l[k];
            System.arraycopy(l, k + 1, l, k, --size - k);
            changed();
            @SuppressWarnings("unchecked")
            E box = (E) Long.valueOf(x);
            return box;
        }
        return remove((int) j);
    }

    /**
     * Python's {@code self.remove(v)}: removes the first item equal to {@code v} by Python's {@code ==}.
     *
     * @param v the value
     * @return always true (Python returns None)
     * @throws ValueError {@code list.remove(x): x not in list}
     */
    @Override
    public boolean remove(Object v) {
        int k = find(v, 0, size);
        if (k < 0) {
            throw new ValueError("list.remove(x): x not in list");
        }
        remove(k);
        return true;
    }

    /**
     * The first index in {@code [from, to)} of an item equal to {@code v} by Python's {@code ==}, or -1. An int
     * among ints held as {@code long}s and a bool among bools compare by value: nothing else can happen then.
     */
    private int find(Object v, int from, int to) {
        if (kind == LONGS && v instanceof Long x) {
            long want = x;
            for (int k = from; k < to && k < size; k++) {
                if (longs[k] == want) {
                    return k;
                }
            }
            return -1;
        }
        if (kind == BOOLS && v instanceof Boolean x) {
            return Bits.find(bits, from, Math.min(to, size), x);
        }
        // the size is read again at each step: Python's == may run code that shrinks the list
        for (int k = from; k < to && k < size; k++) {
            if (same(elementAt(k), v)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * How a list compares its items, as CPython's {@code PyObject_RichCompareBool}: the same object is equal to
     * itself (a NaN too), others by Python's {@code ==}.
     */
    private static boolean same(Object a, Object b) {
        return a == b || Py.eq(a, b);
    }

    /**
     * {@code self.index(v)}.
     *
     * @param v the value
     * @return the first index of an equal item
     * @throws ValueError {@code 3 is not in list}
     */
    public long index(Object v) {
        int k = find(v, 0, size);
        if (k < 0) {
            throw new ValueError(Py.repr(v) + " is not in list");
        }
        return k;
    }

    /**
     * {@code self.count(v)}.
     *
     * @param v the value
     * @return how many items equal it
     */
    public long count(Object v) {
        long n = 0;
        for (int k = find(v, 0, size); k >= 0; k = find(v, k + 1, size)) {
            n++;
        }
        return n;
    }

    /**
     * {@code v in self}, by Python's {@code ==}.
     *
     * @param v the value
     * @return whether an item equals it
     */
    @Override
    public boolean contains(Object v) {
        return find(v, 0, size) >= 0;
    }

    /** {@code self.reverse()}. */
    public void reverse() {
        reverseRange(0, size - 1);
        changes++;
    }

    /** Reverses the items from index {@code i} to index {@code j}, both included. */
    private void reverseRange(int i, int j) {
        // ints first and alone, small enough to inline: fannkuch-like programs reverse short prefixes millions of
        // times
        long[] l = longs;
        if (l != null) {
            for (; i < j; i++, j--) {
                long t = l[i];
                l[i] = l[j];
                l[j] = t;
            }
        } else {
            reverseOther(i, j);
        }
    }

    private void reverseOther(int i, int j) {
        switch (kind) {
            case OBJECTS -> {
                for (Object[] a = objects; i < j; i++, j--) {
                    Object t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                }
            }
            case DOUBLES -> {
                for (double[] a = doubles; i < j; i++, j--) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                }
            }
            case BOOLS -> Bits.reverse(bits, i, j);
            default -> {
            }
        }
    }

    /**
     * {@code self.copy()}.
     *
     * @return a shallow copy
     */
    public PyList<E> copy() {
        return new PyList<>(this);
    }

    /**
     * {@code self.sort()}: stable, by Python's {@code <}.
     *
     * @throws TypeError for items that cannot be ordered
     */
    public void sort() {
        sort(null, false);
    }

    /**
     * {@code self.sort(key=key, reverse=reverse)}, as CPython sorts ({@link ListSort}): the keys are computed first,
     * in order; with {@code reverse} the items are reversed before and after a forward sort, so equal items keep
     * their order. While it runs the list is empty, as in CPython: what the key function or a comparison does to
     * it is discarded, and a change makes the sort raise ValueError. When a comparison raises, the list holds its
     * items in the order reached so far; when the key function raises, in their order before the sort.
     *
     * @param key the key function, or {@code null}
     * @param reverse whether to sort in descending order
     * @throws TypeError for keys that cannot be ordered
     * @throws ValueError {@code list modified during sort}
     */
    @SuppressWarnings("unchecked")
    public void sort(Function<? super E, ?> key, boolean reverse) {
        if (key == null && sortPrimitives(reverse)) {
            return;
        }
        Object[] items = toArray();
        start(EMPTY, 0);
        size = 0;
        long unchanged = changes;
        try {
            Object[] keys = items;
            if (key != null) {
                keys = new Object[items.length];
                for (int k = 0; k < keys.length; k++) {
                    keys[k] = key.apply((E) items[k]);
                }
            }
            ListSort.sort(keys, keys == items ? null : items, items.length, reverse);
            if (changes != unchanged) {
                throw new ValueError("list modified during sort");
            }
        } finally {
            refill(items);
        }
    }

    /**
     * Replaces the storage with {@code items}, which becomes the general storage itself when it needs one: general
     * storage takes any item, so the first item decides alone, as it would for appends.
     */
    @SuppressWarnings("unchecked")
    private void refill(Object[] items) {
        start(EMPTY, 0);
        size = 0;
        if (items.length > 0 && kindOf(items[0]) == OBJECTS) {
            kind = OBJECTS;
            objects = items;
            size = items.length;
        } else {
            for (Object v : items) {
                add((E) v);
            }
        }
        changed();
    }

    /**
     * Sorts primitive storage as primitives when the result cannot tell: equal ints, equal bools and equal floats
     * other than zeros are interchangeable, so stability cannot be observed ({@code -0.0 == 0.0} keeps floats with
     * a negative zero on the general path).
     */
    private boolean sortPrimitives(boolean reverse) {
        changes++;
        switch (kind) {
            case LONGS -> Arrays.sort(longs, 0, size);
            case DOUBLES -> {
                for (int k = 0; k < size; k++) {
                    if (doubles[k] == 0.0 && Double.doubleToRawLongBits(doubles[k]) != 0L) {
                        return false;
                    }
                }
                Arrays.sort(doubles, 0, size);
            }
            case BOOLS -> {
                int falses = size - Bits.count(bits, size);
                Bits.fill(bits, 0, falses, false);
                Bits.fill(bits, falses, size, true);
            }
            default -> {
                return false;
            }
        }
        if (reverse) {
            reverse();
        }
        return true;
    }

    /**
     * Iterates as CPython's list iterator does: by index, re-reading the length at each step, so a loop that
     * appends or removes while iterating sees what it would see in Python (no ConcurrentModificationException).
     */
    @Override
    public java.util.Iterator<E> iterator() {
        return new java.util.Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < size;
            }

            @Override
            public E next() {
                if (index >= size) {
                    throw new java.util.NoSuchElementException();
                }
                return elementAt(index++);
            }
        };
    }

    /**
     * {@code self * n}.
     *
     * @param n the count
     * @return a new list repeating the items
     * @throws MemoryError when the result would be too long
     */
    public PyList<E> mul(long n) {
        int len = size;
        if (n <= 0 || len == 0) {
            return new PyList<>();
        }
        if (n > MAX_SIZE / len) {
            throw new MemoryError();
        }
        int total = (int) (n * len);
        // one exactly sized array, filled by doubling copies: [x] * n of millions of items costs that array only
        PyList<E> out = new PyList<>(total);
        out.start(kind, total);
        if (len == 1) {
            out.fillWith(elementAt(0));
        } else {
            out.write(0, this, 0, len);
            for (int done = len; done < total; done *= 2) {
                out.move(0, done, Math.min(done, total - done));
            }
        }
        out.size = total;
        return out;
    }

    /**
     * {@code self *= n}: the items repeated in place, in the list's own storage grown once.
     *
     * @param n the count
     * @return this list
     * @throws MemoryError when the result would be too long
     */
    public PyList<E> imul(long n) {
        int len = size;
        if (n <= 0 || len == 0) {
            clear();
            return this;
        }
        if (n > MAX_SIZE / len) {
            throw new MemoryError();
        }
        int total = (int) (n * len);
        reserve(total);
        for (int done = len; done < total; done *= 2) {
            move(0, done, Math.min(done, total - done));
        }
        size = total;
        changed();
        return this;
    }

    /**
     * {@code [item] * n}, without building the one-item list: the storage is allocated once, at its exact size.
     *
     * @param item the item
     * @param n the count
     * @param <E> the item type
     * @return a new list holding {@code item} {@code n} times (empty when {@code n <= 0})
     * @throws MemoryError when the result would be too long
     */
    public static <E> PyList<E> repeat(E item, long n) {
        if (n <= 0) {
            return new PyList<>();
        }
        if (n > MAX_SIZE) {
            throw new MemoryError();
        }
        int total = (int) n;
        PyList<E> out = new PyList<>(total);
        out.start(kindOf(item), total);
        out.fillWith(item);
        out.size = total;
        return out;
    }

    /** Fills the whole of this fresh storage with {@code item}, which it accepts. */
    private void fillWith(Object item) {
        // a new array is all zeros already: [0] * n and [False] * n, the common cases, cost its allocation only
        switch (kind) {
            case OBJECTS -> Arrays.fill(objects, item);
            case LONGS -> {
                long v = (Long) item;
                if (v != 0) {
                    Arrays.fill(longs, v);
                }
            }
            case DOUBLES -> {
                double v = (Double) item;
                if (Double.doubleToRawLongBits(v) != 0) {
                    Arrays.fill(doubles, v);
                }
            }
            default -> {
                if ((Boolean) item) {
                    Arrays.fill(bits, -1L);
                }
            }
        }
    }

    /**
     * {@code self + other}.
     *
     * @param other the list to concatenate
     * @return a new list
     */
    public PyList<E> concat(List<? extends E> other) {
        PyList<E> out = new PyList<>(size + other.size());
        out.addAll(this);
        out.addAll(other);
        return out;
    }

    /** Python's {@code ==}: same length and pairwise equal items. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof PyList<?> other) || other.size != size) {
            return false;
        }
        if (kind == other.kind && kind == LONGS) {
            return Arrays.equals(longs, 0, size, other.longs, 0, size);
        }
        if (kind == other.kind && kind == BOOLS) {
            return Bits.equal(bits, other.bits, size);
        }
        // the sizes are read again at each step: Python's == may run code that changes either list
        for (int k = 0; k < size && k < other.size; k++) {
            if (!same(elementAt(k), other.elementAt(k))) {
                return false;
            }
        }
        return size == other.size;
    }

    /**
     * Lists are unhashable.
     *
     * @throws TypeError {@code unhashable type: 'list'}
     */
    @Override
    public int hashCode() {
        throw new TypeError("unhashable type: 'list'");
    }

    @Override
    public String repr() {
        return Py.reprSequence(this, "[", "]", this);
    }

    @Override
    public String toString() {
        return repr();
    }
}
