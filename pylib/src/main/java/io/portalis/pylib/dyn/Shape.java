package io.portalis.pylib.dyn;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layout of an instance dictionary: its attribute names in insertion order, shared by every instance whose
 * attributes were added in the same order (as V8's hidden classes and PyPy's maps are), so an instance stores
 * only an array of values. Adding a name moves to the next shape along a cached transition.
 *
 * <p>Immutable once published; the transition caches are safe to read and fill from several threads.
 */
final class Shape {
    /** The shape of an empty dictionary. */
    static final Shape EMPTY = new Shape(new String[0]);

    /** Past this many names a shape finds a name through a hash index rather than by scanning. */
    private static final int SCAN_LIMIT = 8;

    private final String[] names;
    /** The names' hash codes, compared before their text when a name is not found by identity. */
    private final int[] hashes;
    private final Map<String, Integer> index;
    /** The most recent transition, checked before {@link #transitions}; an immutable pair, so a racy read is safe. */
    private Transition last;
    private ConcurrentHashMap<String, Shape> transitions;

    private record Transition(String name, Shape next) {
    }

    private Shape(String[] names) {
        this.names = names;
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
     * The next shape when {@code name} is the name most recently appended to this shape, which proves it absent
     * here without a search: constructors add the same names in the same order, so this is the common case.
     *
     * @param name the attribute name
     * @return the next shape, or null when unknown
     */
    Shape knownNext(Object name) {
        Transition t = last;
        return t != null && t.name == name ? t.next : null;
    }

    /**
     * The shape with {@code name} appended; {@code name} must not be in this shape.
     *
     * @param name the new attribute name
     * @return the next shape, the same object for every instance that adds this name here
     */
    Shape with(String name) {
        Transition t = last;
        if (t != null && (t.name == name || t.name.equals(name))) {
            return t.next;
        }
        ConcurrentHashMap<String, Shape> map = transitions;
        if (map == null) {
            synchronized (this) {
                if (transitions == null) {
                    transitions = new ConcurrentHashMap<>();
                }
                map = transitions;
            }
        }
        Shape next = map.computeIfAbsent(name, n -> {
            String[] ns = java.util.Arrays.copyOf(names, names.length + 1);
            ns[names.length] = n;
            return new Shape(ns);
        });
        last = new Transition(name, next);
        return next;
    }
}
