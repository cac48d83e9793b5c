package io.portalis.pylib.dyn;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An instance of a class defined by a translated program: it has a class and a dictionary of attributes. Plain
 * instances are {@link PyInstance}; instances of exception classes are {@link UserException}, which must be Java
 * throwables.
 */
public interface Instance {
    /**
     * An instance's attribute dictionary ({@code __dict__}): insertion-ordered as CPython's is, stored as a
     * {@link Shape} shared with the other instances that added the same names in the same order, plus an array of
     * values. Keys are attribute names.
     */
    final class Dict extends AbstractMap<String, Object> {
        private static final Object[] NO_VALUES = {};

        /** The names, in insertion order; {@link AttrSite}s compare it by identity. */
        Shape shape = Shape.EMPTY;
        /** The values, by slot; longer than the shape when there is room to grow. */
        Object[] values = NO_VALUES;

        /** Makes room for one more value; a new array and a copy, which the JIT compiles better than copyOf. */
        private void grow(int n) {
            Object[] more = new Object[Math.max(4, n * 2)];
            System.arraycopy(values, 0, more, 0, n);
            values = more;
        }

        /**
         * Adds a name known to be absent, moving to the shape a site cached for it.
         *
         * @param next {@code shape.with(name)}
         * @param value the name's value
         */
        void append(Shape next, Object value) {
            int n = shape.size();
            if (n == values.length) {
                grow(n);
            }
            values[n] = value;
            shape = next;
        }

        @Override
        public int size() {
            return shape.size();
        }

        @Override
        public boolean containsKey(Object key) {
            return shape.slot(key) >= 0;
        }

        @Override
        public Object get(Object key) {
            int k = shape.slot(key);
            return k < 0 ? null : values[k];
        }

        @Override
        public Object getOrDefault(Object key, Object dflt) {
            int k = shape.slot(key);
            return k < 0 ? dflt : values[k];
        }

        @Override
        public Object put(String key, Object value) {
            Shape next = shape.knownNext(key);
            if (next != null) {
                int n = shape.size();
                if (n == values.length) {
                    grow(n);
                }
                shape = next;
                values[n] = value;
                return null;
            }
            int k = shape.slot(key);
            if (k >= 0) {
                Object old = values[k];
                values[k] = value;
                return old;
            }
            int n = shape.size();
            if (n == values.length) {
                grow(n);
            }
            shape = shape.with(key);
            values[n] = value;
            return null;
        }

        @Override
        public Object remove(Object key) {
            int k = shape.slot(key);
            if (k < 0) {
                return null;
            }
            Object old = values[k];
            removeSlot(k);
            return old;
        }

        /** Removing a name keeps the others in order: the dictionary moves to the shape of the remaining names. */
        private void removeSlot(int k) {
            Shape rebuilt = Shape.EMPTY;
            Object[] kept = new Object[values.length];
            int j = 0;
            for (int s = 0; s < shape.size(); s++) {
                if (s != k) {
                    rebuilt = rebuilt.with(shape.name(s));
                    kept[j++] = values[s];
                }
            }
            shape = rebuilt;
            values = kept;
        }

        @Override
        public void clear() {
            shape = Shape.EMPTY;
            values = NO_VALUES;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return shape.size();
                }

                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;
                        private int current = -1;

                        @Override
                        public boolean hasNext() {
                            return next < shape.size();
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            current = next++;
                            int k = current;
                            return new SimpleEntry<>(shape.name(k), values[k]) {
                                private static final long serialVersionUID = 1L;

                                @Override
                                public Object setValue(Object value) {
                                    values[k] = value;
                                    return super.setValue(value);
                                }
                            };
                        }

                        @Override
                        public void remove() {
                            if (current < 0) {
                                throw new IllegalStateException();
                            }
                            removeSlot(current);
                            next = current;
                            current = -1;
                        }
                    };
                }
            };
        }
    }

    /** @return the instance's class */
    PyType type();

    /** @return the instance's attributes */
    Dict dict();
}
