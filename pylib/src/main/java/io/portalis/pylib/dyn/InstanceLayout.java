package io.portalis.pylib.dyn;

/**
 * The layout a translated program expects the instances of one of its classes to have, known at translation time
 * from the class's {@code __init__}: its first attribute names in the order they are added, and which of them hold
 * floats or ints. Translated code asks {@link #holds} once per statement and then reads and writes those
 * attributes at fixed slots ({@link #doubleAt}, {@link #setDouble}, {@link #longAt}, {@link #setLong}), where an
 * {@link AttrSite} would search its entries for the instance's shape at each access: the test is the same for
 * every attribute of one object, so the JIT keeps one comparison for a run of statements that changes no layout.
 *
 * <p>A layout remembers the last {@link #PLACES} {@link Shape}s it has checked (a base class's layout is the first
 * slots of its subclasses' instances too, and each class has shapes of its own): each one whose first slots have
 * the expected names, its float and int names in slots of their kind, of a class with no {@code __setattr__} and
 * no property of those names.
 * Such a shape reads and writes those names in its slots, as {@link AttrSite}'s own decisions do; any change to the
 * class or a base forgets it (the class calls {@link #flush}), and any other instance (another class, a subclass,
 * names added in another order, a float attribute given a str) fails the test, so the caller takes its exact
 * dynamic path. A layout that keeps seeing other shapes stops checking new ones after a while, so that a site
 * alternating between two layouts costs a comparison rather than a check each time.
 */
public final class InstanceLayout implements LayoutCache {
    /** The kind a layout gives an attribute whose values it does not read or write itself. */
    public static final char OBJECT = 'O';
    /** The kind of an attribute the layout reads and writes as a float. */
    public static final char FLOAT = 'D';
    /** The kind of an attribute the layout reads and writes as an int that fits a {@code long}. */
    public static final char INT = 'L';

    /** How many shapes a layout holds at a time. */
    static final int PLACES = 4;

    /** How many shapes a layout checks before it keeps the ones it has for good. */
    static final int CHECKS = 32;

    /** A shape no instance has: the layout holds nothing until it has checked one. */
    private static final Shape NONE = Shape.root();

    private final String[] names;
    private final String kinds;
    /** The shapes checked, in places filled in turn; immutable objects, so a racy read sees an old or a new one. */
    private Shape s0 = NONE;
    private Shape s1 = NONE;
    private Shape s2 = NONE;
    private Shape s3 = NONE;
    /** The shape refused last, refused again without a check until the layout is flushed. */
    private Shape refused = NONE;
    /** Shapes checked so far; counted without synchronization, being a heuristic. */
    private int checks;
    /** Shapes held so far, the next one going to place {@code held % PLACES}. */
    private int held;

    /**
     * A layout of attributes in slots {@code 0} to {@code names.length - 1}.
     *
     * @param kinds the kind of each slot, one character each: {@link #FLOAT}, {@link #INT} or {@link #OBJECT}
     * @param names the names, in the order the instances add them
     * @throws IllegalArgumentException when there is not one kind per name, or a kind is unknown
     */
    public InstanceLayout(String kinds, String... names) {
        if (kinds.length() != names.length || !kinds.matches("[DLO]*")) {
            throw new IllegalArgumentException("one kind of D, L or O per name expected: " + kinds);
        }
        this.kinds = kinds;
        this.names = names.clone();
    }

    /**
     * Whether a value is an instance whose attributes this layout reads and writes at their slots: until the next
     * operation that may run Python code or add, remove or retype an attribute, {@link #doubleAt} and the others are
     * exactly {@code obj.name} and {@code obj.name = value} for the layout's float and int names.
     *
     * @param obj any value
     * @return true when the layout applies
     */
    public boolean holds(Object obj) {
        if (obj instanceof PyInstance i) {
            Shape s = i.shape;
            return s == s0 || s == s1 || s == s2 || s == s3 || check(i);
        }
        return false;
    }

    /**
     * @param obj an instance the layout {@link #holds}
     * @param k the slot of a float name
     * @return the attribute's value
     */
    public static double doubleAt(Object obj, int k) {
        return Double.longBitsToDouble(((PyInstance) obj).floats[k]);
    }

    /**
     * @param obj an instance the layout {@link #holds}
     * @param k the slot of an int name
     * @return the attribute's value
     */
    public static long longAt(Object obj, int k) {
        return ((PyInstance) obj).floats[k];
    }

    /**
     * Stores a float attribute; a box kept for the old value stops counting, as with any store of the bits.
     *
     * @param obj an instance the layout {@link #holds}
     * @param k the slot of a float name
     * @param value the new value
     */
    public static void setDouble(Object obj, int k, double value) {
        ((PyInstance) obj).floats[k] = Double.doubleToRawLongBits(value);
    }

    /**
     * Stores an int attribute.
     *
     * @param obj an instance the layout {@link #holds}
     * @param k the slot of an int name
     * @param value the new value
     */
    public static void setLong(Object obj, int k, long value) {
        ((PyInstance) obj).floats[k] = value;
    }

    /**
     * {@code obj.name += delta} on an int attribute when the sum fits a {@code long}: adding two ints runs no Python
     * code, and the layout's names are read and written at their slots.
     *
     * @param obj an instance the layout {@link #holds}
     * @param k the slot of an int name
     * @param delta the int to add
     * @return whether the sum was stored; false (nothing done) past 64 bits, which the caller computes in full
     */
    public static boolean addLong(Object obj, int k, long delta) {
        long[] bits = ((PyInstance) obj).floats;
        long v = bits[k];
        long r = v + delta;
        if (((v ^ r) & (delta ^ r)) < 0) {
            return false;
        }
        bits[k] = r;
        return true;
    }

    /**
     * Checks an instance of a shape not held: holds the shape when it has the layout, or remembers it as refused;
     * either decision lasts until the instance's class changes.
     */
    private boolean check(PyInstance i) {
        Shape s = i.shape;
        if (s == refused || checks >= CHECKS) {
            return false;
        }
        checks++;
        PyType t = i.type;
        int version = t.version;
        t.cachedBy(this);
        boolean fits = fits(s, t);
        if (fits) {
            switch (held++ % PLACES) {
                case 0 -> s0 = s;
                case 1 -> s1 = s;
                case 2 -> s2 = s;
                default -> s3 = s;
            }
        } else {
            refused = s;
        }
        if (t.version != version) {
            // the class changed while it was checked, perhaps before this layout was registered with it
            flush(t);
            return false;
        }
        return fits;
    }

    /** Whether a shape of a class reads and writes the layout's names at their slots. */
    private boolean fits(Shape s, PyType t) {
        if (s.size() < names.length || t.hasSetattr()) {
            return false;
        }
        for (int k = 0; k < names.length; k++) {
            char kind = kinds.charAt(k);
            if (!s.name(k).equals(names[k])
                    || kind == FLOAT && !s.isFloat(k) || kind == INT && !s.isInt(k)
                    || kind != OBJECT && t.lookup(names[k]) instanceof Decorators.Property) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void flush(PyType type) {
        s0 = NONE;
        s1 = NONE;
        s2 = NONE;
        s3 = NONE;
        refused = NONE;
    }

    /** @return the number of shapes checked so far, for tests */
    int checks() {
        return checks;
    }
}
