package io.portalis.pylib;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Python's {@code bytes}: an immutable byte string whose items are ints 0..255, printed as CPython prints it
 * ({@code b'a\x00\n'}, double quotes when it holds a single quote and no double quote).
 */
public final class PyBytes implements PyRepr, Iterable<Long>, Comparable<PyBytes> {
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

    /** A copy of the bytes. @return the bytes */
    public byte[] toByteArray() {
        return data.clone();
    }

    /** {@code len(self)}. @return the number of bytes */
    public int len() {
        return data.length;
    }

    /** {@code self[i]}. @param i the index @return the byte as an int 0..255 @throws IndexError {@code index out of range} */
    public long getItem(long i) {
        long j = i < 0 ? i + data.length : i;
        if (j < 0 || j >= data.length) {
            throw new IndexError("index out of range");
        }
        return data[(int) j] & 0xff;
    }

    /** {@code self[start:stop:step]}. @param start the start or null @param stop the stop or null @param step the step or null @return the sub-bytes */
    public PyBytes slice(Long start, Long stop, Long step) {
        Slice s = Slice.of(data.length, start, stop, step);
        byte[] out = new byte[s.length()];
        for (int k = 0; k < out.length; k++) {
            out[k] = data[s.index(k)];
        }
        return new PyBytes(out);
    }

    /** {@code self + other}. @param other the bytes to append @return the concatenation */
    public PyBytes concat(PyBytes other) {
        byte[] out = Arrays.copyOf(data, data.length + other.data.length);
        System.arraycopy(other.data, 0, out, data.length, other.data.length);
        return new PyBytes(out);
    }

    /** {@code self * n}. @param n the count @return the repetition */
    public PyBytes mul(long n) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (long k = 0; k < n; k++) {
            out.writeBytes(data);
        }
        return new PyBytes(out.toByteArray());
    }

    /** {@code self.decode()} as strict UTF-8. @return the text @throws UnicodeError for invalid UTF-8 */
    public String decode() {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw new UnicodeError("'utf-8' codec can't decode bytes: invalid data");
        }
    }

    /** {@code self.hex()}. @return two lower-case hex digits per byte */
    public String hex() {
        return java.util.HexFormat.of().formatHex(data);
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
        return o instanceof PyBytes b && Arrays.equals(data, b.data);
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
