package io.portalis.pylib.stdlib;

import io.portalis.pylib.AttributeError;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyObject;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.TypeError;
import java.util.Iterator;
import java.util.List;

/**
 * An instance of a {@code collections.namedtuple} type: a tuple whose fields also have names, printed as
 * {@code Point(x=1, y=2)}. Two named tuples are equal when their items are, as tuples are; hashing is the
 * tuple's.
 */
public final class NamedTuple implements PyObject, Iterable<Object> {
    /**
     * A named tuple type, {@code namedtuple('Point', ['x', 'y'])}.
     *
     * @param name the type name
     * @param fields the field names
     */
    public record Type(String name, List<String> fields) {
        /**
         * {@code Point(1, 2)}.
         *
         * @param values the field values, in order
         * @return the instance
         * @throws TypeError when the number of values differs from the number of fields
         */
        public NamedTuple make(Object... values) {
            if (values.length != fields.size()) {
                throw new TypeError(name + ".__new__() takes " + (fields.size() + 1) + " positional arguments but "
                        + (values.length + 1) + " were given");
            }
            return new NamedTuple(this, PyTuple.of(values.clone()));
        }
    }

    private final Type type;
    private final PyTuple values;

    private NamedTuple(Type type, PyTuple values) {
        this.type = type;
        this.values = values;
    }

    /** The field names, in order ({@code _fields}). @return the names */
    public List<String> fieldNames() {
        return type.fields();
    }

    /**
     * The items as a plain tuple.
     *
     * @return the tuple
     */
    public PyTuple tuple() {
        return values;
    }

    /**
     * {@code p[i]}.
     *
     * @param i the index
     * @return the item
     */
    public Object getItem(long i) {
        return values.getItem(i);
    }

    @Override
    public Object getAttr(String name) {
        int k = type.fields().indexOf(name);
        if (k < 0) {
            throw new AttributeError("'" + type.name() + "' object has no attribute '" + name + "'");
        }
        return values.get(k);
    }

    /**
     * A new instance of the same type, as {@code type(p)(*items)} makes it (copies do).
     *
     * @param items the field values, as many as there are fields
     * @return the instance
     */
    public NamedTuple withItems(Object[] items) {
        return type.make(items);
    }

    /**
     * {@code p._replace(field=value)}.
     *
     * @param field the field
     * @param value its new value
     * @return a new instance
     */
    public NamedTuple replace(String field, Object value) {
        Object[] v = values.toArray();
        int k = type.fields().indexOf(field);
        if (k < 0) {
            throw new io.portalis.pylib.ValueError("Got unexpected field names: ['" + field + "']");
        }
        v[k] = value;
        return new NamedTuple(type, PyTuple.of(v));
    }

    @Override
    public String pyTypeName() {
        return type.name();
    }

    @Override
    public Iterator<Object> iterator() {
        return values.iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamedTuple n ? n.values.equals(values) : o instanceof PyTuple t && t.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** @return Python's {@code hash(self)}, the hash of the plain tuple */
    public long pyHash() {
        return values.pyHash();
    }

    private static PyTuple plain(Object o) {
        return o instanceof NamedTuple n ? n.values : o instanceof PyTuple t ? t : null;
    }

    @Override
    public Object lt(Object other) {
        PyTuple t = plain(other);
        return t == null ? Py.NOT_IMPLEMENTED : Py.lt(values, t);
    }

    @Override
    public Object le(Object other) {
        PyTuple t = plain(other);
        return t == null ? Py.NOT_IMPLEMENTED : Py.le(values, t);
    }

    @Override
    public Object gt(Object other) {
        PyTuple t = plain(other);
        return t == null ? Py.NOT_IMPLEMENTED : Py.gt(values, t);
    }

    @Override
    public Object ge(Object other) {
        PyTuple t = plain(other);
        return t == null ? Py.NOT_IMPLEMENTED : Py.ge(values, t);
    }

    @Override
    public String repr() {
        StringBuilder b = new StringBuilder(type.name()).append('(');
        for (int k = 0; k < values.size(); k++) {
            if (k > 0) {
                b.append(", ");
            }
            b.append(type.fields().get(k)).append('=').append(Py.repr(values.get(k)));
        }
        return b.append(')').toString();
    }

    @Override
    public String toString() {
        return repr();
    }
}
