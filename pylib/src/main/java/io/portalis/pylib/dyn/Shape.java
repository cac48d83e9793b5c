package io.portalis.pylib.dyn;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layout of an instance dictionary: its attribute names in insertion order, shared by every instance whose
 * attributes were added in the same order (as V8's hidden classes and PyPy's maps are), so an instance stores
 * only an array of values. Adding a name moves to the next shape along a cached transition.
 *
 * <p>Every class has a tree of its own ({@link #root}), so sites that find a shape know its class's layouts only.
 *
 * <p>A shape also says which slots hold a float or an int unboxed: a name whose first value is a float gets a float
 * slot, one whose first value is an int (a Java {@code long}) an int slot, kept as raw bits in the dictionary's
 * primitive array, so that storing a float or an int there allocates nothing. Storing anything else in such a slot
 * moves the instance to the shape with an object slot there, for good; and from then on the name is added with an
 * object slot at that point of the tree, so that a program mixing numbers and other values in one attribute ends
 * up with one layout rather than one per combination.
 *
 * <p>Immutable once published, apart from that demotion, which only ever narrows what new instances get; the
 * transition caches are safe to read and fill from several threads.
 */
final class Shape {
    /** The shape of an empty dictionary that belongs to no class. */
    static final Shape EMPTY = root();

    /** Past this many names a shape finds a name through a hash index rather than by scanning. */
    private static final int SCAN_LIMIT = 8;

    /** Slots from this one on always hold objects: the unboxed slots are the bits of a long. */
    private static final int FLOAT_LIMIT = 64;

    /** The kind of a slot, or of a value to add: any object. */
    static final int OBJECT = 0;
    /** The kind of a float slot, or of a float value. */
    static final int FLOAT = 1;
    /** The kind of an int slot, or of an int value that fits a {@code long}. */
    static final int INT = 2;

    private final String[] names;
    /** The names' hash codes, compared before their text when a name is not found by identity. */
    private final int[] hashes;
    private final Map<String, Integer> index;
    /** Bit {@code k} set: slot {@code k} holds a float, unboxed. */
    private final long floats;
    /** Bit {@code k} set: slot {@code k} holds an int, unboxed. */
    private final long ints;
    /** The shape this one was reached from, without the last name; null for {@link #EMPTY}. */
    private final Shape parent;
    /** The most recent transition, checked before the maps; an immutable triple, so a racy read is safe. */
    private Transition last;
    private ConcurrentHashMap<String, Shape> transitions;
    private ConcurrentHashMap<String, Shape> floatTransitions;
    private ConcurrentHashMap<String, Shape> intTransitions;
    /** Names added here with an object slot even when their value is a float or an int; copied on write. */
    private volatile String[] boxedOnly = new String[0];

    /** Boxings of unboxed values read as objects in this shape past which a read slot becomes an object slot. */
    private static final int BOXINGS_LIMIT = 1000;

    /** Boxings of unboxed values read as objects so far; counted without synchronization, being a heuristic. */
    private int boxings;

    private record Transition(String name, int kind, Shape next) {
    }

    private Shape(String[] names, long floats, long ints, Shape parent) {
        this.names = names;
        this.floats = floats;
        this.ints = ints;
        this.parent = parent;
        this.hashes = new int[names.length];
        for (int k = 0; k < names.length; k++) {
            hashes[k] = names[k].hashCode();
        }
        if (names.length > SCAN_LIMIT) {
            index = new HashMap<>();
            for (int k = 0; k < names.length; k++) {
                index.put(names[k], k);
            }
        } else {
            index = null;
        }
    }

    /**
     * A new tree of shapes. Each class has its own, so that a name demoted in one class keeps its float slots in
     * the others.
     *
     * @return the shape of an empty dictionary, sharing no transition with any other tree
     */
    static Shape root() {
        return new Shape(new String[0], 0L, 0L, null);
    }

    /** @return the empty shape this one was grown from */
    Shape rootShape() {
        Shape s = this;
        while (s.parent != null) {
            s = s.parent;
        }
        return s;
    }

    /** @return the number of names */
    int size() {
        return names.length;
    }

    /**
     * @param k a slot
     * @return the name stored in slot {@code k}
     */
    String name(int k) {
        return names[k];
    }

    /**
     * @param k a slot
     * @return whether slot {@code k} holds a float, unboxed
     */
    boolean isFloat(int k) {
        return k < FLOAT_LIMIT && (floats & 1L << k) != 0;
    }

    /**
     * @param k a slot
     * @return whether slot {@code k} holds an int, unboxed
     */
    boolean isInt(int k) {
        return k < FLOAT_LIMIT && (ints & 1L << k) != 0;
    }

    /**
     * @param k a slot
     * @return whether slot {@code k} holds a float or an int, unboxed
     */
    boolean isUnboxed(int k) {
        return k < FLOAT_LIMIT && ((floats | ints) & 1L << k) != 0;
    }

    /**
     * @param k a slot
     * @return its kind: {@link #OBJECT}, {@link #FLOAT} or {@link #INT}
     */
    int kind(int k) {
        return isFloat(k) ? FLOAT : isInt(k) ? INT : OBJECT;
    }

    /**
     * The kind of slot a value asks for when its name is added.
     *
     * @param value any value
     * @return {@link #FLOAT} for a float, {@link #INT} for an int held as a {@code long}, {@link #OBJECT} otherwise
     */
    static int kindOf(Object value) {
        return value instanceof Double ? FLOAT : value instanceof Long ? INT : OBJECT;
    }

    /** @return whether any slot holds a float or an int, unboxed */
    boolean hasUnboxed() {
        return (floats | ints) != 0;
    }

    /**
     * The slot of a name.
     *
     * @param name the attribute name (any object: a non-string is simply absent)
     * @return its slot, or -1
     */
    int slot(Object name) {
        String[] ns = names;
        // names in translated code are literals, hence interned: identity finds them without comparing text
        for (int k = 0; k < ns.length; k++) {
            if (ns[k] == name) {
                return k;
            }
        }
        if (!(name instanceof String s)) {
            return -1;
        }
        if (index != null) {
            Integer k = index.get(s);
            return k == null ? -1 : k;
        }
        int h = s.hashCode();
        int[] hs = hashes;
        for (int k = 0; k < ns.length; k++) {
            if (hs[k] == h && ns[k].equals(s)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The next shape when {@code name} is the name most recently appended to this shape with a slot of that kind,
     * which proves it absent here without a search: constructors add the same names in the same order, so this is
     * the common case.
     *
     * @param name the attribute name
     * @param kind the {@link #kindOf kind} of the value
     * @return the next shape, or null when unknown
     */
    Shape knownNext(Object name, int kind) {
        Transition t = last;
        return t != null && t.name == name && t.kind == kind ? t.next : null;
    }

    /**
     * The shape with {@code name} appended in an object slot; {@code name} must not be in this shape.
     *
     * @param name the new attribute name
     * @return the next shape, the same object for every instance that adds this name here
     */
    Shape with(String name) {
        return with(name, OBJECT);
    }

    /**
     * The shape with {@code name} appended; {@code name} must not be in this shape.
     *
     * @param name the new attribute name
     * @param kind the {@link #kindOf kind} of its value: a float or an int gets an unboxed slot of its kind unless
     *             the name was demoted here
     * @return the next shape, the same object for every instance that adds this name here with this kind
     */
    Shape with(String name, int kind) {
        Transition t = last;
        if (t != null && t.kind == kind && (t.name == name || t.name.equals(name))) {
            return t.next;
        }
        int slotKind = kind != OBJECT && names.length < FLOAT_LIMIT && !demoted(name) ? kind : OBJECT;
        ConcurrentHashMap<String, Shape> map = transitions(slotKind);
        if (map == null) {
            synchronized (this) {
                if (transitions(slotKind) == null) {
                    switch (slotKind) {
                        case FLOAT -> floatTransitions = new ConcurrentHashMap<>();
                        case INT -> intTransitions = new ConcurrentHashMap<>();
                        default -> transitions = new ConcurrentHashMap<>();
                    }
                }
                map = transitions(slotKind);
            }
        }
        Shape next = map.computeIfAbsent(name, n -> {
            String[] ns = java.util.Arrays.copyOf(names, names.length + 1);
            ns[names.length] = n;
            long bit = 1L << names.length;
            return new Shape(ns, slotKind == FLOAT ? floats | bit : floats, slotKind == INT ? ints | bit : ints, this);
        });
        last = new Transition(name, kind, next);
        return next;
    }

    private ConcurrentHashMap<String, Shape> transitions(int slotKind) {
        return switch (slotKind) {
            case FLOAT -> floatTransitions;
            case INT -> intTransitions;
            default -> transitions;
        };
    }

    private boolean demoted(String name) {
        for (String b : boxedOnly) {
            if (b.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Counts an unboxed value read as an object, which needed a box.
     *
     * @return whether this shape's unboxed slots have been read so too often to be worth keeping
     */
    boolean boxedOften() {
        return ++boxings > BOXINGS_LIMIT;
    }

    /**
     * The shape with the same names where slot {@code k}, an unboxed slot, holds objects; from now on the name is
     * added with an object slot where it was added here, so new instances take that shape directly.
     *
     * @param k an unboxed slot
     * @return the shape to move to: the other unboxed slots may have become object slots too, never the reverse
     */
    Shape boxed(int k) {
        Shape at = this;
        while (at.names.length > k) {
            at = at.parent;
        }
        at.demote(names[k]);
        Shape s = at.with(names[k], OBJECT);
        for (int j = k + 1; j < names.length; j++) {
            s = s.with(names[j], kind(j));
        }
        return s;
    }

    private synchronized void demote(String name) {
        if (!demoted(name)) {
            String[] b = java.util.Arrays.copyOf(boxedOnly, boxedOnly.length + 1);
            b[b.length - 1] = name;
            boxedOnly = b;
            last = null;
        }
    }
}
