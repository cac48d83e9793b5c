package io.portalis.pylib.dyn;

import java.util.ArrayList;
import java.util.List;

/**
 * An entry of an inline cache keyed by an instance layout (class, the class's {@link PyType#version version},
 * instance {@link Shape}). A site keeps its entries as an immutable list through {@link #rest()}, newest first, so
 * that it can publish a new list without locks. A site that is a {@link LayoutCache} compares the shape alone on
 * each access, and drops a class's entries when the class changes.
 *
 * @param <E> the entry type
 */
interface LayoutEntry<E extends LayoutEntry<E>> {
    /** The layouts a site keeps before the oldest is dropped. */
    int LIMIT = 4;

    /**
     * How many times a site drops a layout it still uses before it stops doing so: a site that sees more layouts
     * than {@link #LIMIT} in turn would otherwise replace an entry, allocating a new list, on every access. Such a
     * site keeps the layouts it has and decides the others afresh on each access, without allocating; it still
     * caches a layout in the place of one made stale by a change to its class.
     */
    int EVICTIONS = 16;

    /** @return the receiver's class */
    PyType type();

    /** @return the class's version when the entry was made */
    int version();

    /** @return the receiver's shape */
    Shape shape();

    /** @return the older entries, or null */
    E rest();

    /**
     * @param rest the entries to follow this one
     * @return this entry's decision in front of {@code rest}
     */
    E withRest(E rest);

    /**
     * Puts {@code e} first in front of the entries of {@code list} that are still valid and of other layouts, the
     * oldest dropped beyond {@link #LIMIT}.
     *
     * @param list the current entries, or null
     * @param e the new entry
     * @param <E> the entry type
     * @return the new list
     */
    static <E extends LayoutEntry<E>> E prepend(E list, E e) {
        List<E> kept = new ArrayList<>();
        for (E x = list; x != null && kept.size() < LIMIT - 1; x = x.rest()) {
            boolean stale = x.type().version != x.version() || x.type() == e.type() && x.shape() == e.shape();
            if (!stale) {
                kept.add(x);
            }
        }
        E out = null;
        for (int k = kept.size() - 1; k >= 0; k--) {
            out = kept.get(k).withRest(out);
        }
        return e.withRest(out);
    }

    /**
     * The first entries of a list by position, into an array filled with a site's marker for an empty place, which
     * stays where the list is shorter; the site copies them into fields so that a lookup loads no list links.
     *
     * @param list the entries, or null
     * @param at {@link #LIMIT} places, each holding the empty marker
     * @param <E> the entry type
     * @return {@code at}
     */
    static <E extends LayoutEntry<E>> E[] byPosition(E list, E[] at) {
        E e = list;
        for (int k = 0; k < at.length && e != null; k++, e = e.rest()) {
            at[k] = e;
        }
        return at;
    }

    /**
     * The entries of {@code list} for classes other than {@code type}, in their order.
     *
     * @param list the entries, or null
     * @param type a class that has changed
     * @param <E> the entry type
     * @return the list without {@code type}'s entries, or null
     */
    static <E extends LayoutEntry<E>> E without(E list, PyType type) {
        if (list == null) {
            return null;
        }
        E rest = without(list.rest(), type);
        if (list.type() == type) {
            return rest;
        }
        return rest == list.rest() ? list : list.withRest(rest);
    }

    /**
     * Whether prepending {@code e} would drop an entry that is still valid.
     *
     * @param list the current entries, or null
     * @param e the new entry
     * @param <E> the entry type
     * @return true when the list already holds {@link #LIMIT} valid entries of other layouts
     */
    static <E extends LayoutEntry<E>> boolean evicts(E list, E e) {
        int valid = 0;
        for (E x = list; x != null; x = x.rest()) {
            if (x.type().version == x.version() && !(x.type() == e.type() && x.shape() == e.shape())) {
                valid++;
            }
        }
        return valid >= LIMIT;
    }
}
