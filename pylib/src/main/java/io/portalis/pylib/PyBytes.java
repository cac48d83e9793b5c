package io.portalis.pylib;

import java.math.BigInteger;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Python's {@code bytes}: an immutable byte string whose items are ints 0..255, printed as CPython prints it
 * ({@code b'a\x00\n'}, double quotes when it holds a single quote and no double quote).
 */
public final class PyBytes implements PyRepr, PySized, Iterable<Long>, Comparable<PyBytes> {
    private final byte[] data;

    /**
     * Wraps bytes; the array is not copied, so callers must not change it afterwards.
     *
     * @param data the bytes
     */
    public PyBytes(byte[] data) {
        this.data = data;
    }

    /**
     * {@code bytes(ints)}.
     *
     * @param ints the values, each 0..255
     * @return the bytes
     * @throws ValueError {@code bytes must be in range(0, 256)}
     */
    public static PyBytes fromInts(Iterable<?> ints) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object o : ints) {
            long v = Ints.toLong(o);
            if (v < 0 || v > 255) {
                throw new ValueError("bytes must be in range(0, 256)");
            }
            out.write((int) v);
        }
        return new PyBytes(out.toByteArray());
    }

    /**
     * A copy of the bytes.
     *
     * @return the bytes
     */
    public byte[] toByteArray() {
        return data.clone();
    }

    /**
     * {@code len(self)}.
     *
     * @return the number of bytes
     */
    @Override
    public int len() {
        return data.length;
    }

    /**
     * {@code self[i]}.
     *
     * @param i the index
     * @return the byte as an int 0..255
     * @throws IndexError {@code index out of range}
     */
    public long getItem(long i) {
        long j = i < 0 ? i + data.length : i;
        if (j < 0 || j >= data.length) {
            throw new IndexError("index out of range");
        }
        return data[(int) j] & 0xff;
    }

    /**
     * {@code self[start:stop:step]}.
     *
     * @param start the start or null
     * @param stop the stop or null
     * @param step the step or null
     * @return the sub-bytes
     */
    public PyBytes slice(Long start, Long stop, Long step) {
        Slice s = Slice.of(data.length, start, stop, step);
        if (s.step() == 1 && s.length() == data.length) {
            return this; // immutable: CPython gives the same object back
        }
        byte[] out = new byte[s.length()];
        for (int k = 0; k < out.length; k++) {
            out[k] = data[s.index(k)];
        }
        return new PyBytes(out);
    }

    /**
     * {@code self + other}.
     *
     * @param other the bytes to append
     * @return the concatenation
     */
    public PyBytes concat(PyBytes other) {
        byte[] out = Arrays.copyOf(data, data.length + other.data.length);
        System.arraycopy(other.data, 0, out, data.length, other.data.length);
        return new PyBytes(out);
    }

    /**
     * {@code self * n}.
     *
     * @param n the count
     * @return the repetition
     */
    public PyBytes mul(long n) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (long k = 0; k < n; k++) {
            out.writeBytes(data);
        }
        return new PyBytes(out.toByteArray());
    }

    /**
     * {@code self.decode()} as strict UTF-8.
     *
     * @return the text
     * @throws UnicodeDecodeError for invalid UTF-8, naming the first bad position and the reason as CPython does
     */
    public String decode() {
        return Codecs.decode(data, "utf-8", "strict");
    }

    /**
     * {@code self.decode(encoding, errors)}.
     *
     * @param encoding the codec, as {@link Codecs#decode} accepts it
     * @param errors the error handler
     * @return the text
     * @throws UnicodeDecodeError under {@code strict} for bytes invalid in the codec
     * @throws LookupError for an unknown codec or error handler
     */
    public String decode(String encoding, String errors) {
        return Codecs.decode(data, encoding, errors);
    }

    /**
     * {@code self.hex()}.
     *
     * @return two lower-case hex digits per byte
     */
    public String hex() {
        return java.util.HexFormat.of().formatHex(data);
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == 0x0c;
    }

    /**
     * {@code self.strip()}: without leading and trailing ASCII whitespace.
     *
     * @return the stripped bytes
     */
    public PyBytes strip() {
        int i = 0;
        int j = data.length;
        while (i < j && isSpace(data[i])) {
            i++;
        }
        while (j > i && isSpace(data[j - 1])) {
            j--;
        }
        return new PyBytes(Arrays.copyOfRange(data, i, j));
    }

    /**
     * {@code self.split()}: runs of ASCII whitespace separate, empty parts dropped.
     *
     * @return the parts
     */
    public PyList<PyBytes> split() {
        PyList<PyBytes> out = new PyList<>();
        int i = 0;
        while (i < data.length) {
            while (i < data.length && isSpace(data[i])) {
                i++;
            }
            int j = i;
            while (j < data.length && !isSpace(data[j])) {
                j++;
            }
            if (j > i) {
                out.add(new PyBytes(Arrays.copyOfRange(data, i, j)));
            }
            i = j;
        }
        return out;
    }

    /**
     * {@code self.split(sep)}.
     *
     * @param sep the separator
     * @return the parts
     * @throws ValueError {@code empty separator}
     */
    public PyList<PyBytes> split(PyBytes sep) {
        if (sep.data.length == 0) {
            throw new ValueError("empty separator");
        }
        PyList<PyBytes> out = new PyList<>();
        int start = 0;
        int k;
        while ((k = find(sep, start)) >= 0) {
            out.add(new PyBytes(Arrays.copyOfRange(data, start, k)));
            start = k + sep.data.length;
        }
        out.add(new PyBytes(Arrays.copyOfRange(data, start, data.length)));
        return out;
    }

    private int find(PyBytes sub, int from) {
        outer:
        for (int i = from; i + sub.data.length <= data.length; i++) {
            for (int k = 0; k < sub.data.length; k++) {
                if (data[i + k] != sub.data[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * {@code sub in self}.
     *
     * @param sub the bytes or bytearray looked for, or an int 0..255
     * @return whether present
     * @throws TypeError {@code a bytes-like object is required, not 'str'}
     * @throws ValueError {@code byte must be in range(0, 256)}
     */
    public boolean contains(Object sub) {
        if (sub instanceof PyBytes b) {
            return find(b, 0) >= 0;
        } else if (sub instanceof PyByteArray b) {
            return find(b.snapshot(), 0) >= 0;
        } else if (sub instanceof io.portalis.pylib.dyn.Instance i
                && i.type().lookup("__index__") != io.portalis.pylib.dyn.Rt.MISSING) {
            return contains(io.portalis.pylib.dyn.Rt.asIndex(sub));
        } else if (!Ints.isInt(sub)) {
            throw new TypeError("a bytes-like object is required, not '" + Py.typeName(sub) + "'");
        }
        long v = sub instanceof BigInteger ? -1 : Ints.toLong(sub);
        if (v < 0 || v > 255) {
            throw new ValueError("byte must be in range(0, 256)");
        }
        for (byte b : data) {
            if ((b & 0xff) == v) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code self.replace(old, new)}.
     *
     * @param old the bytes to replace
     * @param repl the replacement
     * @return the result
     */
    public PyBytes replace(PyBytes old, PyBytes repl) {
        return new PyBytes(Strs.replace(latin1(), old.latin1(), repl.latin1())
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /**
     * {@code self.upper()}: ASCII letters upper-cased.
     *
     * @return the result
     */
    public PyBytes upper() {
        byte[] out = data.clone();
        for (int k = 0; k < out.length; k++) {
            if (out[k] >= 'a' && out[k] <= 'z') {
                out[k] -= 32;
            }
        }
        return new PyBytes(out);
    }

    /**
     * {@code self.lower()}: ASCII letters lower-cased.
     *
     * @return the result
     */
    public PyBytes lower() {
        byte[] out = data.clone();
        for (int k = 0; k < out.length; k++) {
            if (out[k] >= 'A' && out[k] <= 'Z') {
                out[k] += 32;
            }
        }
        return new PyBytes(out);
    }

    /**
     * {@code self.join(parts)}.
     *
     * @param parts the bytes to join
     * @return the joined bytes
     */
    public PyBytes join(Iterable<?> parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int k = 0;
        for (Object o : parts) {
            byte[] part = o instanceof PyBytes b ? b.data : o instanceof PyByteArray b ? b.bytes() : null;
            if (part == null) {
                throw new TypeError("sequence item " + k + ": expected a bytes-like object, " + Py.typeName(o)
                        + " found");
            }
            if (k++ > 0) {
                out.writeBytes(data);
            }
            out.writeBytes(part);
        }
        return new PyBytes(out.toByteArray());
    }

    /**
     * The bytes as text for {@code int(b)} and {@code float(b)}, which read them as ASCII.
     *
     * @return the bytes as characters 0..255
     */
    String asciiText() {
        return latin1();
    }

    /** The bytes as a string of chars 0..255, for reusing the str algorithms byte for byte. */
    private String latin1() {
        return new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Override
    public Iterator<Long> iterator() {
        return new Iterator<>() {
            int k;

            @Override
            public boolean hasNext() {
                return k < data.length;
            }

            @Override
            public Long next() {
                return (long) (data[k++] & 0xff);
            }
        };
    }

    @Override
    public int compareTo(PyBytes o) {
        return Arrays.compareUnsigned(data, o.data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes b ? Arrays.equals(data, b.data) : o instanceof PyByteArray ba && ba.equals(this);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String repr() {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : data) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte b : data) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    @Override
    public String toString() {
        return repr();
    }
}
