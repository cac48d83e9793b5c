package io.portalis.pylib.dyn;

/**
 * The attributes of an instance, as its dictionary ({@code __dict__}) holds them: a {@link Shape} shared with the
 * other instances that added the same names in the same order, an array of values by slot, and the raw bits of the
 * floats and ints of the shape's unboxed slots. {@link PyInstance} is its own storage, so that an attribute site reaches the
 * values from the instance with no object in between; {@link Instance.Dict} is the map view of a storage.
 */
class Slots {
    private static final Object[] NO_VALUES = {};

    /** The names, in insertion order; {@link AttrSite}s compare it by identity. */
    Shape shape = Shape.EMPTY;
    /**
     * The values, by slot; longer than the shape when there is room to grow. An unboxed slot of the shape holds
     * the box of its value last handed out or stored through a dynamic path, or null, so that reading the same
     * attribute twice gives the same object.
     */
    Object[] values = NO_VALUES;
    /**
     * The floats and ints of the shape's unboxed slots, as raw bits ({@code long} values for ints), by slot; null
     * until an unboxed slot is added.
     */
    long[] floats;

    /** Empty storage. */
    Slots() {
    }

    /**
     * Empty storage with room for some values.
     *
     * @param root the empty shape to grow from
     * @param room how many values it can take without growing
     * @param floats whether to make room for unboxed values as well
     */
    Slots(Shape root, int room, boolean floats) {
        shape = root;
        if (room > 0) {
            values = new Object[room];
            this.floats = floats ? new long[room] : null;
        }
    }

    /** Makes room for one more value; a new array and a copy, which the JIT compiles better than copyOf. */
    private void grow(int n) {
        int size = Math.max(4, n * 2);
        // the next instance gets room for exactly the names this one needs, not the spare room it gets itself:
        // a class's instances mostly end up with the same names, and the arrays are most of what they allocate
        grew(n + 1, floats != null);
        Object[] more = new Object[size];
        System.arraycopy(values, 0, more, 0, n);
        values = more;
        if (floats != null) {
            long[] bits = new long[size];
            System.arraycopy(floats, 0, bits, 0, n);
            floats = bits;
        }
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

    /**
     * Adds a name known to be absent with a float slot, moving to the shape a site cached for it.
     *
     * @param next {@code shape.with(name, Shape.FLOAT)}, which has a float slot for it
     * @param value the name's value
     */
    void appendFloat(Shape next, double value) {
        appendBits(next, Double.doubleToRawLongBits(value));
    }

    /**
     * Adds a name known to be absent with an int slot, moving to the shape a site cached for it.
     *
     * @param next {@code shape.with(name, Shape.INT)}, which has an int slot for it
     * @param value the name's value
     */
    void appendInt(Shape next, long value) {
        appendBits(next, value);
    }

    private void appendBits(Shape next, long bits) {
        int n = shape.size();
        if (n == values.length) {
            grow(n);
        }
        if (floats == null) {
            grew(n + 1, true);
            floats = new long[values.length];
        }
        floats[n] = bits;
        values[n] = null;
        shape = next;
    }

    /**
     * The value of an unboxed slot, boxed once until the slot changes. Code that reads numbers as objects after every
     * write gains nothing from the unboxed slots and pays a box per read; so past a number of such boxings in one
     * shape, the slot read becomes an object slot, for this instance now and for new ones (see {@link Shape#boxed}).
     *
     * @param k a float or int slot of the shape
     * @return the float or int
     */
    Object unboxedAt(int k) {
        Object box = values[k];
        if (box == null) {
            box = boxAt(k);
            if (shape.boxedOften()) {
                moveTo(shape.boxed(k));
            }
        }
        return box;
    }

    /** The value of an unboxed slot, boxed once until the slot changes, without counting the boxing. */
    private Object boxAt(int k) {
        Object box = values[k];
        if (box == null) {
            box = shape.isFloat(k) ? (Object) Double.longBitsToDouble(floats[k]) : (Object) floats[k];
            values[k] = box;
        }
        return box;
    }

    /**
     * @param k a float slot of the shape
     * @return the float, unboxed
     */
    double doubleAt(int k) {
        return Double.longBitsToDouble(floats[k]);
    }

    /**
     * @param k an int slot of the shape
     * @return the int, unboxed
     */
    long longAt(int k) {
        return floats[k];
    }

    /**
     * Stores a float in a float slot.
     *
     * @param k a float slot of the shape
     * @param value the float
     */
    void setFloat(int k, double value) {
        floats[k] = Double.doubleToRawLongBits(value);
        values[k] = null;
    }

    /**
     * Stores an int in an int slot.
     *
     * @param k an int slot of the shape
     * @param value the int
     */
    void setInt(int k, long value) {
        floats[k] = value;
        values[k] = null;
    }

    /**
     * @param k a slot of the shape
     * @return its value
     */
    Object at(int k) {
        return shape.isUnboxed(k) ? unboxedAt(k) : values[k];
    }

    /**
     * Stores a value in a slot of the shape: a value other than a float in a float slot, or other than an int in
     * an int slot, first moves the dictionary to the shape with an object slot there.
     *
     * @param k a slot of the shape
     * @param value the value
     */
    void setAt(int k, Object value) {
        if (shape.isUnboxed(k)) {
            if (shape.isFloat(k) ? value instanceof Double : value instanceof Long) {
                floats[k] = value instanceof Double f ? Double.doubleToRawLongBits(f) : (Long) value;
                values[k] = value;
                return;
            }
            moveTo(shape.boxed(k));
        }
        values[k] = value;
    }

    /**
     * Moves to a shape of the same names whose unboxed slots are some of the current ones: the others get their
     * values boxed.
     */
    void moveTo(Shape next) {
        for (int k = 0; k < shape.size(); k++) {
            if (shape.isUnboxed(k) && !next.isUnboxed(k)) {
                values[k] = boxAt(k);
            }
        }
        shape = next;
    }

    /** Adds a name known to be absent; {@code next} has a slot for it of the value's kind or an object slot. */
    void add(Shape next, Object value) {
        int n = shape.size();
        if (next.isFloat(n)) {
            appendFloat(next, (Double) value);
        } else if (next.isInt(n)) {
            appendInt(next, (Long) value);
        } else {
            append(next, value);
        }
    }

    /**
     * Called when the storage grows: a class records it as the room to give its next instances.
     *
     * @param names how many names the storage needs room for
     * @param floats whether it holds unboxed values
     */
    void grew(int names, boolean floats) {
    }

    /**
     * Sets a name's value, appending the name when absent.
     *
     * @param key the name
     * @param value the value
     * @return the previous value, or null
     */
    Object put(String key, Object value) {
        int kind = Shape.kindOf(value);
        Shape next = shape.knownNext(key, kind);
        if (next != null) {
            add(next, value);
            return null;
        }
        int k = shape.slot(key);
        if (k >= 0) {
            Object old = at(k);
            setAt(k, value);
            return old;
        }
        add(shape.with(key, kind), value);
        return null;
    }

    /**
     * Removes a name.
     *
     * @param key the name
     * @return its value, or null when absent
     */
    Object remove(Object key) {
        int k = shape.slot(key);
        if (k < 0) {
            return null;
        }
        Object old = at(k);
        removeSlot(k);
        return old;
    }

    /**
     * Removes the name of a slot, keeping the others in order: the storage moves to the shape of the remaining names.
     *
     * @param k a slot of the shape
     */
    void removeSlot(int k) {
        Shape old = shape;
        Object[] oldValues = values;
        long[] oldFloats = floats;
        shape = old.rootShape();
        values = new Object[oldValues.length];
        floats = old.hasUnboxed() ? new long[oldValues.length] : null;
        for (int s = 0; s < old.size(); s++) {
            if (s != k) {
                Shape next = shape.with(old.name(s), old.kind(s));
                if (next.isUnboxed(shape.size())) {
                    // a slot of the same kind: the bits and the box, if any, move as they are
                    appendBits(next, oldFloats[s]);
                    values[next.size() - 1] = oldValues[s];
                } else if (old.isUnboxed(s) && oldValues[s] == null) {
                    append(next, old.isFloat(s) ? (Object) Double.longBitsToDouble(oldFloats[s])
                            : (Object) oldFloats[s]);
                } else {
                    append(next, oldValues[s]);
                }
            }
        }
    }

    /** Removes every name. */
    void clear() {
        shape = shape.rootShape();
        values = NO_VALUES;
        floats = null;
    }
}
