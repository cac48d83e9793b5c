package io.portalis.pylib.dyn;

import io.portalis.pylib.PyList;
import io.portalis.pylib.PyObject;
import io.portalis.pylib.Sys;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** {@code sys.stdin}: a text stream read by lines or whole, iterable over its lines. */
public final class StdinFile implements PyObject, Iterable<Object> {
    /** The one instance. */
    public static final StdinFile INSTANCE = new StdinFile();

    private StdinFile() {
    }

    /** {@code sys.stdin.readline()}. @return the next line with its end, or {@code ""} at the end */
    public String readline() {
        return Sys.readLineWithEnd();
    }

    /** {@code sys.stdin.read()}. @return the rest of the input */
    public String read() {
        return Sys.readStdin();
    }

    /** {@code sys.stdin.readlines()}. @return the remaining lines with their ends */
    public PyList<Object> readlines() {
        PyList<Object> l = new PyList<>();
        for (Object line : this) {
            l.add(line);
        }
        return l;
    }

    @Override
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            private String next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = readline();
                }
                return !next.isEmpty();
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String l = next;
                next = null;
                return l;
            }
        };
    }

    @Override
    public String pyTypeName() {
        return "_io.TextIOWrapper";
    }

    @Override
    public String repr() {
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>";
    }
}
