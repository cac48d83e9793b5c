package io.portalis.pylib.dyn;

/**
 * One {@code obj.name} place in a translated program, reading or writing the attribute with an inline cache: for
 * each instance {@link Shape} seen there (which names the instance's class, every class having shapes of its own)
 * it keeps what the full lookup of {@link Rt#getattr} and {@link Rt#setattr} decided, so a repeated access costs
 * one comparison and an array access. Any change to the class or a base flushes the site, so a
 * cached decision is never used after a class attribute, method, property or {@code __setattr__} is added,
 * replaced or removed; an instance that gains or loses attributes has another shape.
 *
 * <p>A read through a class ({@code Color.RED}) keeps the value while the class's version is unchanged. Receivers
 * other than plain instances and classes, and cases the cache does not cover ({@code __getattr__}, a missing
 * attribute, {@code __setattr__}, a property's setter), take the full lookup, so behaviour is {@link Rt}'s.
 */
public final class AttrSite {

    private static final int SLOT = 0;
    private static final int FLOAT_SLOT = 1;
    private static final int INT_SLOT = 2;
    private static final int METHOD = 3;
    private static final int CLASS_METHOD = 4;
    private static final int STATIC_METHOD = 5;
    private static final int CLASS_VALUE = 6;
    private static final int PROPERTY = 7;
    private static final int APPEND = 8;
    private static final int APPEND_FLOAT = 9;
    private static final int APPEND_INT = 10;

    /**
     * A decision for one layout, in an immutable list (safe to publish without locks) that holds each pair of class
     * and shape once.
     *
     * @param type the receiver's class
     * @param version the class's version when decided
     * @param shape the receiver's shape
     * @param kind what to do
     * @param slot the instance slot read or written ({@link #SLOT}, {@link #FLOAT_SLOT} and {@link #INT_SLOT}, an
     *             existing attribute; a float or int slot holds its value unboxed)
     * @param value the class attribute ({@link #METHOD} and the other class kinds) or the next shape
     *              ({@link #APPEND}, and {@link #APPEND_FLOAT} and {@link #APPEND_INT} whose next shape has a
     *              float or int slot for the name)
     * @param rest the other decisions
     */
    private record Entry(PyType type, int version, Shape shape, int kind, int slot, Object value, Entry rest)
            implements LayoutEntry<Entry> {
        @Override
        public Entry withRest(Entry rest) {
            return new Entry(type, version, shape, kind, slot, value, rest);
        }

        int count() {
            return rest == null ? 1 : 1 + rest.count();
        }
    }

    /**
     * The entry of an empty place among a site's first {@link LayoutEntry#LIMIT} entries: its shape is no instance's,
     * so a search compares it and moves on without testing for null.
     */
    private static final Entry NONE = new Entry(null, 0, Shape.root(), SLOT, -1, null, null);

    private final String name;
    /** Registered with the classes of the layouts cached, which call it when they change. */
    private final LayoutCache flusher = this::flush;
    private Entry reads;
    private Entry writes;
    /**
     * The entries of {@link #reads} by position, or {@link #NONE}: a site that sees several classes ({@code task.ident}
     * for each kind of task) finds any of them with loads that do not wait on one another, where walking the list
     * waits on each {@code rest} in turn. Each holds an immutable entry, so a racing reader sees an old or a new one.
     */
    private Entry r0 = NONE;
    private Entry r1 = NONE;
    private Entry r2 = NONE;
    private Entry r3 = NONE;
    /** The entries of {@link #writes} by position, as {@link #r0} to {@link #r3} are those of the reads. */
    private Entry w0 = NONE;
    private Entry w1 = NONE;
    private Entry w2 = NONE;
    private Entry w3 = NONE;
    /** Valid layouts dropped so far; at {@link LayoutEntry#EVICTIONS} the site stops caching new ones. */
    private int evictions;
    /** The attribute read last from a class itself ({@code Color.RED}, {@code Config.LIMIT}), or null. */
    private ClassEntry fromClass;

    /**
     * A class attribute read through the class.
     *
     * @param type the class
     * @param version its version when read
     * @param value what the read gave
     */
    private record ClassEntry(PyType type, int version, Object value) {
    }

    /**
     * A site accessing attribute {@code name}.
     *
     * @param name the attribute name
     */
    public AttrSite(String name) {
        this.name = name;
    }

    /** @return the attribute name */
    public String name() {
        return name;
    }

    /**
     * {@code obj.name}.
     *
     * @param obj the object
     * @return the attribute's value; methods come back bound to {@code obj}
     * @throws io.portalis.pylib.AttributeError when there is no such attribute
     */
    public Object get(Object obj) {
        // instance slots here, everything else out of line: small enough for the JIT to inline at every site
        if (obj instanceof PyInstance i) {
            Slots d = i;
            Entry e = readEntry(d.shape);
            if (e != null && e.kind == SLOT) {
                return d.obj(e.slot);
            }
            if (e != null && e.kind <= INT_SLOT) {
                return d.unboxedAt(e.slot);
            }
            return read(i);
        }
        if (obj instanceof PyType t) {
            ClassEntry c = fromClass;
            if (c != null && c.type == t && c.version == t.version) {
                return c.value;
            }
            return readFromClass(t);
        }
        return Rt.getattr(obj, name);
    }

    /**
     * What {@link #get} would return for {@code obj} when this site has already read an instance attribute of
     * {@code obj}'s layout, found without running Python code or raising: for translated code that speculates on
     * the value's type and takes its dynamic path, which calls {@link #get}, on null.
     *
     * <p>A float or int held unboxed comes back in a new box, equal to what {@link #get} returns but not necessarily
     * the same object: a caller that only unboxes it lets the JIT drop the box.
     *
     * @param obj any value
     * @return the instance attribute, or null (not a plain instance, a layout or decision this site has not cached,
     *         or the attribute is None)
     */
    public Object peek(Object obj) {
        if (obj instanceof PyInstance i) {
            Slots d = i;
            Entry e = readEntry(d.shape);
            if (e != null) {
                return switch (e.kind) {
                    case FLOAT_SLOT -> d.doubleAt(e.slot);
                    case INT_SLOT -> d.longAt(e.slot);
                    case SLOT -> d.obj(e.slot);
                    default -> null;
                };
            }
        }
        return null;
    }

    /**
     * The raw bits of the value {@link #peekDouble} returns when it has no float to give: a quiet NaN with a payload
     * no arithmetic produces. A float attribute holding exactly these bits is reported absent too, which only sends
     * the caller down its dynamic path.
     */
    public static final long NO_DOUBLE_BITS = 0x7ff8_0000_0000_0badL;

    /**
     * {@link #peek} for a float: the attribute's value unboxed when this site has already read an instance attribute
     * of {@code obj}'s layout and it holds a float, found without running Python code or raising.
     *
     * <p>Contract for translated code: test the result with {@link #isNoDouble}; on true take the dynamic path
     * (which calls {@link #get}), otherwise the result is exactly the float {@link #get} would return. Nothing is
     * allocated, whether the JIT compiled the caller yet or not.
     *
     * @param obj any value
     * @return the float, or the NaN of bits {@link #NO_DOUBLE_BITS}
     */
    public double peekDouble(Object obj) {
        if (obj instanceof PyInstance i) {
            // searched here rather than through readEntry(): float-heavy methods (nbody's) ran 5-8% slower with the call
            Slots d = i;
            Shape s = d.shape;
            for (Entry e = reads; e != null; e = e.rest) {
                if (e.shape == s) {
                    if (e.kind == FLOAT_SLOT) {
                        return d.doubleAt(e.slot);
                    }
                    if (e.kind == SLOT && d.obj(e.slot) instanceof Double f) {
                        return f;
                    }
                    break;
                }
            }
        }
        return Double.longBitsToDouble(NO_DOUBLE_BITS);
    }

    /**
     * Whether {@link #peekDouble} found no float.
     *
     * @param peeked what {@link #peekDouble} returned
     * @return true when the caller must take its dynamic path
     */
    public static boolean isNoDouble(double peeked) {
        return Double.doubleToRawLongBits(peeked) == NO_DOUBLE_BITS;
    }

    /**
     * The value {@link #peekLong} returns when it has no int to give. An int attribute holding exactly this value is
     * reported absent too, which only sends the caller down its dynamic path.
     */
    public static final long NO_LONG = Long.MIN_VALUE;

    /**
     * {@link #peek} for an int: the attribute's value unboxed when this site has already read an instance attribute
     * of {@code obj}'s layout and it holds an int that fits a {@code long}, found without running Python code or
     * raising.
     *
     * <p>Contract for translated code: test the result against {@link #NO_LONG}; when equal take the dynamic path
     * (which calls {@link #get}), otherwise the result is exactly the int {@link #get} would return. Nothing is
     * allocated.
     *
     * @param obj any value
     * @return the int, or {@link #NO_LONG}
     */
    public long peekLong(Object obj) {
        if (obj instanceof PyInstance i) {
            Slots d = i;
            Entry e = readEntry(d.shape);
            if (e != null && e.kind == INT_SLOT) {
                return d.longAt(e.slot);
            }
            if (e != null && e.kind == SLOT && d.obj(e.slot) instanceof Long l) {
                return l;
            }
        }
        return NO_LONG;
    }

    /** The read entry for a layout, or null: the one search every read of an instance starts with. */
    private Entry readEntry(Shape s) {
        Entry e;
        if ((e = r0).shape == s || (e = r1).shape == s || (e = r2).shape == s || (e = r3).shape == s) {
            return e;
        }
        return null;
    }

    /** The write entry for a layout, or null: the one search every write of an instance starts with. */
    private Entry writeEntry(Shape s) {
        Entry e;
        if ((e = w0).shape == s || (e = w1).shape == s || (e = w2).shape == s || (e = w3).shape == s) {
            return e;
        }
        return null;
    }

    private void setReads(Entry list) {
        reads = list;
        Entry[] at = byPosition(list);
        r0 = at[0];
        r1 = at[1];
        r2 = at[2];
        r3 = at[3];
    }

    private void setWrites(Entry list) {
        writes = list;
        Entry[] at = byPosition(list);
        w0 = at[0];
        w1 = at[1];
        w2 = at[2];
        w3 = at[3];
    }

    /** The first {@link LayoutEntry#LIMIT} entries of a list, {@link #NONE} where it has fewer. */
    private static Entry[] byPosition(Entry list) {
        return LayoutEntry.byPosition(list, new Entry[] {NONE, NONE, NONE, NONE});
    }

    private Object read(PyInstance i) {
        Slots d = i;
        Entry e = readEntry(d.shape);
        if (e != null) {
            return e.kind == SLOT ? d.obj(e.slot) : e.kind <= INT_SLOT ? d.unboxedAt(e.slot) : classRead(e, i);
        }
        return readMiss(i);
    }

    /** Reads through a class, caching values the read returns as they are (class methods are bound afresh). */
    private Object readFromClass(PyType t) {
        int version = t.version;
        Object cv = t.lookup(name);
        // __module__ is each class's own, never a base's: Rt.getattr knows that rule
        if (cv == Rt.MISSING || cv instanceof Decorators.ClassMethod || name.equals("__module__")) {
            return Rt.getattr(t, name);
        }
        Object value = cv instanceof Decorators.StaticMethod s ? s.fn() : cv;
        fromClass = new ClassEntry(t, version, value);
        return value;
    }

    private static Object classRead(Entry e, Object obj) {
        return switch (e.kind) {
            case METHOD -> new BoundMethod(obj, e.value);
            case CLASS_METHOD -> new BoundMethod(e.type, e.value);
            case PROPERTY -> Rt.call(e.value, obj);
            default -> e.value;
        };
    }

    private Object readMiss(PyInstance i) {
        PyType t = i.type();
        int version = t.version;
        Shape shape = i.shape;
        Object cv = t.lookup(name);
        int kind;
        Object value = cv;
        int slot = -1;
        if (cv instanceof Decorators.Property p && p.getter() != null) {
            // a data descriptor outranks the instance dictionary
            kind = PROPERTY;
            value = p.getter();
        } else if (cv instanceof Decorators.Property) {
            return Rt.getattr(i, name);
        } else if ((slot = shape.slot(name)) >= 0) {
            kind = shape.isFloat(slot) ? FLOAT_SLOT : shape.isInt(slot) ? INT_SLOT : SLOT;
        } else if (cv == Rt.MISSING) {
            // __getattr__, the special attributes, or the AttributeError
            return Rt.getattr(i, name);
        } else if (cv instanceof PyFunction) {
            kind = METHOD;
        } else if (cv instanceof Decorators.ClassMethod c) {
            kind = CLASS_METHOD;
            value = c.fn();
        } else if (cv instanceof Decorators.StaticMethod s) {
            kind = STATIC_METHOD;
            value = s.fn();
        } else {
            kind = CLASS_VALUE;
        }
        Entry e = new Entry(t, version, shape, kind, slot, value, null);
        if (admit(reads, e)) {
            t.cachedBy(flusher);
            setReads(LayoutEntry.prepend(reads, e));
            flushIfChanged(t, version);
        }
        return slot >= 0 ? i.at(slot) : classRead(e, i);
    }

    /**
     * {@code obj.name = value}.
     *
     * @param obj the object
     * @param value the value
     * @throws io.portalis.pylib.AttributeError for objects without writable attributes, or a property without a
     *         setter
     */
    public void set(Object obj, Object value) {
        if (obj instanceof PyInstance i) {
            Slots d = i;
            Entry e = writeEntry(d.shape);
            if (e != null && e.kind == SLOT) {
                d.setObj(e.slot, value);
            } else if (e != null && e.kind == FLOAT_SLOT && value instanceof Double f) {
                d.setFloat(e.slot, f);
            } else if (e != null && e.kind == APPEND) {
                // a constructor adding its attributes
                d.append((Shape) e.value, value);
            } else {
                write(i, value);
            }
            return;
        }
        Rt.setattr(obj, name, value);
    }

    /**
     * {@code obj.name = value} for a float computed unboxed: the same as {@link #set set(obj, value)}, without a
     * box when the attribute's slot holds floats unboxed and this site has written it for {@code obj}'s layout.
     *
     * @param obj the object
     * @param value the float
     * @throws io.portalis.pylib.AttributeError as {@link #set} does
     */
    public void setDouble(Object obj, double value) {
        if (obj instanceof PyInstance i) {
            // searched here rather than through writeEntry(), as in peekDouble
            Slots d = i;
            Shape s = d.shape;
            for (Entry e = writes; e != null; e = e.rest) {
                if (e.shape == s) {
                    if (e.kind == FLOAT_SLOT) {
                        d.setFloat(e.slot, value);
                        return;
                    }
                    break;
                }
            }
        }
        set(obj, value);
    }

    /**
     * {@code obj.name = value} for an int computed unboxed: the same as {@link #set set(obj, value)}, without a
     * box when the attribute's slot holds ints unboxed, or is added with one, and this site has written it for
     * {@code obj}'s layout.
     *
     * @param obj the object
     * @param value the int
     * @throws io.portalis.pylib.AttributeError as {@link #set} does
     */
    public void setLong(Object obj, long value) {
        if (obj instanceof PyInstance i) {
            Slots d = i;
            Entry e = writeEntry(d.shape);
            if (e != null && e.kind == INT_SLOT) {
                d.setInt(e.slot, value);
                return;
            }
            if (e != null && e.kind == APPEND_INT) {
                // a constructor adding an int attribute
                d.appendInt((Shape) e.value, value);
                return;
            }
        }
        set(obj, value);
    }

    /**
     * {@code obj.name += delta} in one search when this site has written an int attribute of {@code obj}'s layout,
     * held unboxed, and the sum fits a {@code long}: such a layout has no property and no {@code __setattr__}, so
     * the attribute reads from the same slot it is written to and adding two ints runs no Python code.
     *
     * @param obj any value
     * @param delta the int to add
     * @return whether the sum was stored; false (nothing done) for any other case, which the caller runs in full
     */
    public boolean addLong(Object obj, long delta) {
        if (obj instanceof PyInstance i) {
            Slots d = i;
            Entry e = writeEntry(d.shape);
            if (e != null && e.kind == INT_SLOT) {
                long v = d.longAt(e.slot);
                long r = v + delta;
                if (((v ^ r) & (delta ^ r)) < 0) {
                    return false;
                }
                d.setInt(e.slot, r);
                return true;
            }
        }
        return false;
    }

    private void write(PyInstance i, Object value) {
        Slots d = i;
        Entry e = writeEntry(d.shape);
        if (e == null) {
            writeMiss(i, value);
            return;
        }
        switch (e.kind) {
            case SLOT -> d.setObj(e.slot, value);
            case FLOAT_SLOT, INT_SLOT -> d.setAt(e.slot, value);
            case APPEND -> d.append((Shape) e.value, value);
            default -> {
                // an unboxed slot for a value of its kind, another transition for any other value
                int kind = Shape.kindOf(value);
                d.add(kind == (e.kind == APPEND_FLOAT ? Shape.FLOAT : Shape.INT) ? (Shape) e.value
                        : e.shape.with(name, kind), value);
            }
        }
    }

    private void writeMiss(PyInstance i, Object value) {
        PyType t = i.type();
        int version = t.version;
        if (t.hasSetattr() || t.hasProperty() && t.lookup(name) instanceof Decorators.Property) {
            Rt.setattr(i, name, value);
            return;
        }
        Slots d = i;
        Shape shape = d.shape;
        int slot = shape.slot(name);
        if (slot >= 0) {
            int kind = shape.isFloat(slot) ? FLOAT_SLOT : shape.isInt(slot) ? INT_SLOT : SLOT;
            Entry e = new Entry(t, version, shape, kind, slot, null, null);
            if (admit(writes, e)) {
                t.cachedBy(flusher);
                setWrites(LayoutEntry.prepend(writes, e));
                flushIfChanged(t, version);
            }
            d.setAt(slot, value);
            return;
        }
        Shape next = shape.with(name, Shape.kindOf(value));
        int n = shape.size();
        int kind = next.isFloat(n) ? APPEND_FLOAT : next.isInt(n) ? APPEND_INT : APPEND;
        Entry e = new Entry(t, version, shape, kind, -1, next, null);
        if (admit(writes, e)) {
            t.cachedBy(flusher);
            setWrites(LayoutEntry.prepend(writes, e));
            flushIfChanged(t, version);
        }
        d.add(next, value);
    }

    /**
     * Drops what the site cached when the class changed while a decision was being made for it (by another thread,
     * or by Python code the lookup ran), since the class's flush may have come before the decision was cached.
     */
    private void flushIfChanged(PyType t, int version) {
        if (t.version != version) {
            flush(t);
        }
    }

    private void flush(PyType type) {
        setReads(LayoutEntry.without(reads, type));
        setWrites(LayoutEntry.without(writes, type));
    }

    /** Whether to cache a new decision: not when it would drop a valid one once the site has dropped enough. */
    private boolean admit(Entry list, Entry e) {
        if (LayoutEntry.evicts(list, e)) {
            if (evictions >= LayoutEntry.EVICTIONS) {
                return false;
            }
            evictions++;
        }
        return true;
    }

    /** @return how many layouts the site's reads have cached, for tests */
    int cachedReads() {
        return reads == null ? 0 : reads.count();
    }

    /** @return how many layouts the site's writes have cached, for tests */
    int cachedWrites() {
        return writes == null ? 0 : writes.count();
    }
}
