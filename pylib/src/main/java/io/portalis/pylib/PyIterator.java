package io.portalis.pylib;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A one-shot Python iterator ({@code map}, {@code filter}, {@code zip}, {@code enumerate}, generators…): it is
 * its own {@link Iterable}, so iterating it a second time yields nothing, as in Python. Subclasses implement
 * {@link #advance()}, which computes the next item or reports the end.
 *
 * @param <T> the item type
 */
public abstract class PyIterator<T> implements Iterator<T>, Iterable<T>, PyRepr {
    private T pending;
    private int state; // 0: unknown, 1: pending item ready, 2: exhausted

    /** Creates the iterator. */
    protected PyIterator() {
    }

    /**
     * Computes the next item.
     *
     * @return the item, or the result of {@link #end()} to signal exhaustion
     */
    protected abstract T advance();

    /**
     * Returned by {@link #advance()} to signal that no item remains.
     *
     * @return {@code null}, ignored
     */
    protected final T end() {
        state = 2;
        return null;
    }

    @Override
    public final boolean hasNext() {
        if (state == 0) {
            T t = advance();
            if (state != 2) {
                pending = t;
                state = 1;
            }
        }
        return state == 1;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T t = pending;
        pending = null;
        state = 0;
        return t;
    }

    @Override
    public final Iterator<T> iterator() {
        return this;
    }

    /**
     * The Python type name, such as {@code map}.
     *
     * @return the name
     */
    public String pyTypeName() {
        return "iterator";
    }

    @Override
    public String repr() {
        return PyObject.objectRepr(pyTypeName(), this);
    }

    /**
     * Wraps a Java iterator as a Python iterator of a given type name.
     *
     * @param it the iterator
     * @param name the Python type name
     * @param <T> the item type
     * @return the one-shot iterator
     */
    public static <T> PyIterator<T> of(Iterator<? extends T> it, String name) {
        return new PyIterator<>() {
            @Override
            protected T advance() {
                return it.hasNext() ? it.next() : end();
            }

            @Override
            public String pyTypeName() {
                return name;
            }
        };
    }
}
