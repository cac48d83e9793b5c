package io.portalis.pylib.stdlib;

import io.portalis.pylib.Py;
import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyTuple;
import java.util.Map;

/**
 * Python's {@code collections.OrderedDict}: a {@link PyDict} with {@code move_to_end}, {@code popitem(last)},
 * order-sensitive equality between OrderedDicts, and Python 3.11's {@code repr}
 * ({@code OrderedDict([('a', 1), ('b', 2)])}).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public class OrderedDict<K, V> extends PyDict<K, V> {
    /** {@code OrderedDict()}. */
    public OrderedDict() {
    }

    /**
     * {@code d.copy()}: an OrderedDict with the same items in the same order.
     *
     * @return a shallow copy
     */
    @Override
    public OrderedDict<K, V> copy() {
        OrderedDict<K, V> c = new OrderedDict<>();
        for (K k : this) {
            c.setItem(k, getItem(k));
        }
        return c;
    }

    /**
     * {@code d.move_to_end(key, last)}.
     *
     * @param key the key
     * @param last to the end (else the front)
     */
    public void moveToEnd(Object key, boolean last) {
        super.moveToEnd(key, last);
    }

    /**
     * {@code d.popitem(last)}.
     *
     * @param last take the last pair (else the first)
     * @return (key, value)
     */
    public PyTuple popitem(boolean last) {
        return popEnd(last);
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof OrderedDict<?, ?> other) {
            if (other.len() != len()) {
                return false;
            }
            var a = entries().iterator();
            var b = other.entries().iterator();
            while (a.hasNext()) {
                Map.Entry<K, V> x = a.next();
                Map.Entry<?, ?> y = b.next();
                if (!Py.eq(x.getKey(), y.getKey()) || !Py.eq(x.getValue(), y.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    @Override
    public String pyTypeName() {
        return "collections.OrderedDict";
    }

    @Override
    public String repr() {
        if (len() == 0) {
            return "OrderedDict()";
        }
        return "OrderedDict(" + Py.repr(new io.portalis.pylib.PyList<>(items())) + ")";
    }
}
