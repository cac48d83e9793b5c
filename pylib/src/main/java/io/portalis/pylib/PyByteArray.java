package io.portalis.pylib;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Python's {@code bytearray}: a mutable sequence of bytes. It compares equal to {@link PyBytes} with the same
 * content, is unhashable, prints as {@code bytearray(b'...')}, and its read-only methods behave as those of
 * {@code bytes} (see {@link #snapshot}).
 */
public final class PyByteArray implements PyRepr, PySized, Iterable<Long>, PyObject {
    private byte[] data;
    private int size;

    /**
     * A bytearray holding a copy of {@code bytes}.
     *
     * @param bytes the initial content
     */
    public PyByteArray(byte[] bytes) {
        this.data = bytes.clone();
        this.size = bytes.length;
    }

    /**
     * {@code bytearray(source)}: from an int (that many zero bytes), bytes or bytearray, or an iterable of ints.
     *
     * @param source the source, or {@code null} for an empty bytearray
     * @return the bytearray
     * @throws ValueError {@code negative count}, or {@code byte must be in range(0, 256)}
     * @throws TypeError for a str without an encoding
     */
    public static PyByteArray of(Object source) {
        if (source == null) {
            return new PyByteArray(new byte[0]);
        } else if (source instanceof Long n) {
            if (n < 0) {
                throw new ValueError("negative count");
            }
            return new PyByteArray(new byte[Math.toIntExact(n)]);
        } else if (source instanceof PyBytes b) {
            return new PyByteArray(b.toByteArray());
        } else if (source instanceof PyByteArray b) {
            return new PyByteArray(b.bytes());
        } else if (source instanceof String) {
            throw new TypeError("string argument without an encoding");
        }
        PyByteArray out = new PyByteArray(new byte[0]);
        for (Object o : Py.iterable(source)) {
            out.append(o);
        }
        return out;
    }

    /** @return a copy of the content */
    public byte[] bytes() {
        return Arrays.copyOf(data, size);
    }

    /** @return the content as an immutable {@code bytes}, whose methods this bytearray's read-only ones are */
    public PyBytes snapshot() {
        return new PyBytes(bytes());
    }

    private static byte checked(Object v) {
        if (!Ints.isInt(v)) {
            throw new TypeError("'" + Py.typeName(v) + "' object cannot be interpreted as an integer");
        }
        long x = Ints.toLong(v);
        if (x < 0 || x > 255) {
            throw new ValueError("byte must be in range(0, 256)");
        }
        return (byte) x;
    }

    private int index(long i, String what) {
        long j = i < 0 ? i + size : i;
        if (j < 0 || j >= size) {
            throw new IndexError(what + " index out of range");
        }
        return (int) j;
    }

    @Override
    public int len() {
        return size;
    }

    /**
     * {@code self[i]}.
     *
     * @param i the index
     * @return the byte as an int
     * @throws IndexError {@code bytearray index out of range}
     */
    public long getItem(long i) {
        return data[index(i, "bytearray")] & 0xff;
    }

    /**
     * {@code self[i] = v}.
     *
     * @param i the index
     * @param v an int in range(256)
     */
    public void setItem(long i, Object v) {
        data[index(i, "bytearray")] = checked(v);
    }

    /**
     * {@code del self[i]}.
     *
     * @param i the index
     */
    public void delItem(long i) {
        int k = index(i, "bytearray");
        System.arraycopy(data, k + 1, data, k, size - k - 1);
        size--;
    }

    /**
     * {@code self[start:stop] = items} for a step of 1.
     *
     * @param start the start, or null
     * @param stop the stop, or null
     * @param items the replacement (bytes-like or iterable of ints)
     */
    public void setSlice(Long start, Long stop, Object items) {
        Slice s = Slice.of(size, start, stop, null);
        byte[] repl = of(items).bytes();
        int from = s.start();
        int to = Math.max(from, s.stop());
        byte[] out = new byte[size - (to - from) + repl.length];
        System.arraycopy(data, 0, out, 0, from);
        System.arraycopy(repl, 0, out, from, repl.length);
        System.arraycopy(data, to, out, from + repl.length, size - to);
        data = out;
        size = out.length;
    }

    /**
     * {@code self.append(v)}.
     *
     * @param v an int in range(256)
     */
    public void append(Object v) {
        insert(size, v);
    }

    /**
     * {@code self.insert(i, v)}: clamps {@code i} as list.insert does.
     *
     * @param i the position
     * @param v an int in range(256)
     */
    public void insert(long i, Object v) {
        byte b = checked(v);
        long j = i < 0 ? Math.max(0, i + size) : Math.min(i, size);
        if (size == data.length) {
            data = Arrays.copyOf(data, Math.max(8, size * 2));
        }
        System.arraycopy(data, (int) j, data, (int) j + 1, size - (int) j);
        data[(int) j] = b;
        size++;
    }

    /**
     * {@code self.extend(items)}: all the items or, when one is not a byte, none of them.
     *
     * @param items bytes, a bytearray or an iterable of ints
     * @throws TypeError {@code can't extend bytearray with int} for what is not iterable, or an item's error
     * @throws ValueError {@code byte must be in range(0, 256)}
     */
    public void extend(Object items) {
        byte[] added;
        if (items instanceof PyBytes b) {
            added = b.toByteArray();
        } else if (items instanceof PyByteArray b) {
            added = b.bytes();
        } else {
            Iterator<Object> it;
            try {
                it = Py.iter(items);
            } catch (TypeError notIterable) {
                // as CPython: an int is not a count here, whatever bytearray(int) makes of one
                throw cannotExtend(items);
            }
            PyByteArray read = new PyByteArray(new byte[0]);
            while (it.hasNext()) {
                read.append(it.next());
            }
            added = read.bytes();
        }
        if (size + added.length > data.length) {
            data = Arrays.copyOf(data, Math.max(size + added.length, size * 2));
        }
        System.arraycopy(added, 0, data, size, added.length);
        size += added.length;
    }

    /**
     * The error of {@link #extend} with what is not iterable, or whose {@code __iter__} raised a TypeError.
     *
     * @param items the argument
     * @return {@code TypeError: can't extend bytearray with int}
     */
    public static TypeError cannotExtend(Object items) {
        return new TypeError("can't extend bytearray with " + Py.typeName(items));
    }

    /**
     * {@code self.pop([i])}.
     *
     * @param i the index (-1 for the last)
     * @return the removed byte
     * @throws IndexError {@code pop from empty bytearray} or {@code pop index out of range}
     */
    public long pop(long i) {
        if (size == 0) {
            throw new IndexError("pop from empty bytearray");
        }
        int k = index(i, "pop");
        long v = data[k] & 0xff;
        delItem(k);
        return v;
    }

    /**
     * {@code self.remove(v)}: the first occurrence.
     *
     * @param v an int in range(256)
     * @throws ValueError {@code value not found in bytearray}
     */
    public void remove(Object v) {
        byte b = checked(v);
        for (int k = 0; k < size; k++) {
            if (data[k] == b) {
                delItem(k);
                return;
            }
        }
        throw new ValueError("value not found in bytearray");
    }

    /** {@code self.reverse()}. */
    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            byte t = data[i];
            data[i] = data[j];
            data[j] = t;
        }
    }

    /** {@code self.clear()}. */
    public void clear() {
        size = 0;
    }

    @Override
    public Iterator<Long> iterator() {
        return new Iterator<>() {
            private int k;

            @Override
            public boolean hasNext() {
                return k < size;
            }

            @Override
            public Long next() {
                if (k >= size) {
                    throw new NoSuchElementException();
                }
                return (long) (data[k++] & 0xff);
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyByteArray ba ? Arrays.equals(data, 0, size, ba.data, 0, ba.size)
                : o instanceof PyBytes b && b.equals(snapshot());
    }

    @Override
    public int hashCode() {
        throw new TypeError("unhashable type: 'bytearray'");
    }

    @Override
    public boolean truthy() {
        return size > 0;
    }

    @Override
    public String pyTypeName() {
        return "bytearray";
    }

    @Override
    public String repr() {
        String bytes = snapshot().repr();
        // CPython escapes a single quote in a bytearray's repr even between double quotes (bytes' leaves it)
        return "bytearray(" + (bytes.charAt(1) == '"' ? bytes.replace("'", "\\'") : bytes) + ")";
    }

    @Override
    public String toString() {
        return repr();
    }
}
