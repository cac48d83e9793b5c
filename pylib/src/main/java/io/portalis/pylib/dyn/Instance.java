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
     * An instance's attribute dictionary ({@code __dict__}): insertion-ordered as CPython's is, a map view of the
     * {@link Slots} that hold the attributes. Keys are attribute names.
     */
    final class Dict extends AbstractMap<String, Object> {
        /** The storage viewed. */
        final Slots slots;

        /** An empty dictionary, with storage of its own. */
        public Dict() {
            this(new Slots());
        }

        /**
         * The dictionary of some storage.
         *
         * @param slots the storage
         */
        Dict(Slots slots) {
            this.slots = slots;
        }

        @Override
        public int size() {
            return slots.shape.size();
        }

        @Override
        public boolean containsKey(Object key) {
            return slots.shape.slot(key) >= 0;
        }

        @Override
        public Object get(Object key) {
            int k = slots.shape.slot(key);
            return k < 0 ? null : slots.at(k);
        }

        @Override
        public Object getOrDefault(Object key, Object dflt) {
            int k = slots.shape.slot(key);
            return k < 0 ? dflt : slots.at(k);
        }

        @Override
        public Object put(String key, Object value) {
            return slots.put(key, value);
        }

        @Override
        public Object remove(Object key) {
            return slots.remove(key);
        }

        @Override
        public void clear() {
            slots.clear();
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return slots.shape.size();
                }

                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;
                        private int current = -1;

                        @Override
                        public boolean hasNext() {
                            return next < slots.shape.size();
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            current = next++;
                            int k = current;
                            return new SimpleEntry<>(slots.shape.name(k), slots.at(k)) {
                                private static final long serialVersionUID = 1L;

                                @Override
                                public Object setValue(Object value) {
                                    slots.setAt(k, value);
                                    return super.setValue(value);
                                }
                            };
                        }

                        @Override
                        public void remove() {
                            if (current < 0) {
                                throw new IllegalStateException();
                            }
                            slots.removeSlot(current);
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
