package io.portalis.pylib.dyn;

/**
 * The attributes of an instance, as its dictionary ({@code __dict__}) holds them: a {@link Shape} shared with the
 * other instances that added the same names in the same order, the values by slot, and the raw bits of the
 * floats and ints of the shape's unboxed slots. {@link PyInstance} is its own storage, so that an attribute site reaches the
 * values from the instance with no object in between; {@link Instance.Dict} is the map view of a storage.
 *
 * <p>The values of the first {@link #INLINE} slots live in fields of the storage itself (V8's in-object properties),
 * the others in an array: most classes' instances have a few attributes, and an instance that is one object rather
 * than an object and an array costs half the allocations and one load less per attribute access. The boxes handed
 * out for unboxed slots are kept apart, in an array made when first needed, and a kept box counts only while it
 * holds the slot's current value: so storing a float or an int is one store of its bits, and code storing numbers
 * in a loop compiles to plain array stores.
 */
class Slots {
    private static final Object[] NO_VALUES = {};

    /** How many slots' values live in fields rather than in {@link #values}. */
    static final int INLINE = 3;

    /** The names, in insertion order; {@link AttrSite}s compare it by identity. */
    Shape shape = Shape.EMPTY;
    /** The values of slots 0 to {@link #INLINE} - 1; read and written through {@link #obj} and {@link #setObj}. */
    private Object o0;
    private Object o1;
    private Object o2;
    /**
     * The values of the slots from {@link #INLINE} on, at {@code slot - INLINE}, as the fields hold the first ones;
     * longer than the shape needs when there is room to grow.
     */
    private Object[] values = NO_VALUES;
    /**
     * The floats and ints of the shape's unboxed slots, as raw bits ({@code long} values for ints), by slot; null
     * until an unboxed slot is added, and longer than the last unboxed slot.
     */
    long[] floats;
    /**
     * By slot, for the unboxed slots of the shape: the box of a value handed out or stored through a dynamic path,
     * so that reading the same attribute twice gives the same object; it stands for the slot only while its value
     * is the slot's bits, which spares every store of a number the work of forgetting it. Null until a box is kept,
     * then as long as {@link #floats}.
     */
    private Object[] boxes;

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
        if (room > INLINE) {
            values = new Object[room - INLINE];
        }
        if (floats && room > 0) {
            this.floats = new long[room];
        }
    }

    /**
     * @param k an object slot of the shape
     * @return its value
     */
    final Object obj(int k) {
        return switch (k) {
            case 0 -> o0;
            case 1 -> o1;
            case 2 -> o2;
            default -> values[k - INLINE];
        };
    }

    /**
     * @param k an object slot of the shape, or the slot about to be added
     * @param value its value
     */
    final void setObj(int k, Object value) {
        switch (k) {
            case 0 -> o0 = value;
            case 1 -> o1 = value;
            case 2 -> o2 = value;
            default -> values[k - INLINE] = value;
        }
    }

    /**
     * @param k an unboxed slot of the shape
     * @return the box kept for its current value, or null
     */
    Object box(int k) {
        Object[] b = boxes;
        if (b == null) {
            return null;
        }
        // a kept box is of its slot's kind: a slot changes kind only by becoming an object slot, or by a rebuild
        // that starts without boxes
        Object box = b[k];
        if (box instanceof Long l) {
            return l == floats[k] ? box : null;
        }
        return box != null && Double.doubleToRawLongBits((Double) box) == floats[k] ? box : null;
    }

    /**
     * Keeps a box for the value of an unboxed slot.
     *
     * @param k an unboxed slot of the shape
     * @param box the value, boxed
     */
    private void keepBox(int k, Object box) {
        Object[] b = boxes;
        if (b == null) {
            b = new Object[floats.length];
            boxes = b;
        }
        b[k] = box;
    }

    /** Makes room for the value of slot {@code n}; a new array and a copy, which the JIT compiles better than copyOf. */
    private void makeRoom(int n) {
        if (n < INLINE + values.length) {
            return;
        }
        // the next instance gets room for exactly the names this one needs, not the spare room it gets itself:
        // a class's instances mostly end up with the same names, and the arrays are most of what they allocate
        grew(n + 1, floats != null);
        int held = n - INLINE;
        Object[] more = new Object[Math.max(4, held * 2)];
        System.arraycopy(values, 0, more, 0, held);
        values = more;
    }

    /**
     * Makes room for the bits of slot {@code n}: exactly that much among the inline slots, which tells the class
     * how many names its instances need when their values fit in fields; spare room past them, as for the values.
     */
    private void makeBitsRoom(int n) {
        long[] f = floats;
        if (f == null || n >= f.length) {
            grew(n + 1, true);
            long[] bits = new long[n < INLINE || f == null ? n + 1 : Math.max(n + 1, f.length * 2)];
            if (f != null) {
                System.arraycopy(f, 0, bits, 0, f.length);
            }
            floats = bits;
            Object[] b = boxes;
            if (b != null) {
                boxes = new Object[bits.length];
                System.arraycopy(b, 0, boxes, 0, b.length);
            }
        }
    }

    /** @return how many slots' values the storage has room for, for tests */
    int room() {
        return INLINE + values.length;
    }

    /**
     * Adds a name known to be absent, moving to the shape a site cached for it.
     *
     * @param next {@code shape.with(name)}
     * @param value the name's value
     */
    void append(Shape next, Object value) {
        int n = shape.size();
        makeRoom(n);
        setObj(n, value);
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
        makeRoom(n);
        makeBitsRoom(n);
        floats[n] = bits;
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
        Object box = box(k);
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
        Object box = box(k);
        if (box == null) {
            box = shape.isFloat(k) ? (Object) Double.longBitsToDouble(floats[k]) : (Object) floats[k];
            keepBox(k, box);
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
    }

    /**
     * Stores an int in an int slot.
     *
     * @param k an int slot of the shape
     * @param value the int
     */
    void setInt(int k, long value) {
        floats[k] = value;
    }

    /**
     * @param k a slot of the shape
     * @return its value
     */
    Object at(int k) {
        return shape.isUnboxed(k) ? unboxedAt(k) : obj(k);
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
                keepBox(k, value);
                return;
            }
            moveTo(shape.boxed(k));
        }
        setObj(k, value);
    }

    /**
     * Moves to a shape of the same names whose unboxed slots are some of the current ones: the others get their
     * values boxed.
     */
    void moveTo(Shape next) {
        for (int k = 0; k < shape.size(); k++) {
            if (shape.isUnboxed(k) && !next.isUnboxed(k)) {
                setObj(k, boxAt(k));
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
        Object[] oldValues = new Object[old.size()];
        for (int s = 0; s < oldValues.length; s++) {
            oldValues[s] = old.isUnboxed(s) ? box(s) : obj(s);
        }
        long[] oldFloats = floats;
        shape = old.rootShape();
        clearValues();
        for (int s = 0; s < old.size(); s++) {
            if (s != k) {
                Shape next = shape.with(old.name(s), old.kind(s));
                if (next.isUnboxed(shape.size())) {
                    // a slot of the same kind: the bits and the box, if any, move as they are
                    appendBits(next, oldFloats[s]);
                    if (oldValues[s] != null) {
                        keepBox(next.size() - 1, oldValues[s]);
                    }
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
        clearValues();
    }

    private void clearValues() {
        o0 = null;
        o1 = null;
        o2 = null;
        values = NO_VALUES;
        floats = null;
        boxes = null;
    }
}
