package io.portalis.pylib;

/** Replays a golden file's list operations (slices, slice assignment, pop, insert, repetition) on {@link PyList}. */
final class ListCalls {
    private ListCalls() {
    }

    /** The golden script's {@code summary}: a long list as its length and ends. */
    private static Object summary(PyList<Object> a) {
        return a.size() <= 50 ? a.copy() : PyTuple.of((long) a.size(), a.slice(null, 5L, null), a.slice(-5L, null, null));
    }

    private static Long bound(Object o) {
        return Slice.bound(o);
    }

    @SuppressWarnings("unchecked")
    static PyList<Object> run(PyList<Object> items, PyList<Object> ops) {
        PyList<Object> a = items.copy();
        PyList<Object> out = new PyList<>();
        for (Object o : ops) {
            PyTuple op = (PyTuple) o;
            Object x = op.size() > 1 ? op.get(1) : null;
            Object y = op.size() > 2 ? op.get(2) : null;
            Object z = op.size() > 3 ? op.get(3) : null;
            switch ((String) op.get(0)) {
                case "get" -> out.add(summary(a.slice(bound(x), bound(y), bound(z))));
                case "set" -> a.setSlice(bound(x), bound(y), bound(z), (PyList<Object>) op.get(4));
                case "setself" -> a.setSlice(bound(x), bound(y), bound(z), a);
                case "setrev" -> a.setSlice(bound(x), bound(y), bound(z), a.slice(null, null, -1L));
                case "del" -> a.delSlice(bound(x), bound(y), bound(z));
                case "pop" -> out.add(op.size() == 1 ? a.pop() : a.pop((Long) x));
                case "insert" -> a.insert((Long) x, y);
                case "mul" -> out.add(summary(a.mul((Long) x)));
                case "imul" -> {
                    PyList<Object> repeated = a.mul((Long) x);
                    a.clear();
                    a.addAll(repeated);
                }
                default -> throw new IllegalArgumentException("unknown list operation " + op);
            }
            out.add(summary(a));
        }
        return out;
    }

    /** fannkuch's flip, {@code perm[:first + 1] = perm[first::-1]}, for each first in turn. */
    static PyList<Object> flips(PyList<Object> perm, PyList<Object> firsts) {
        PyList<Object> a = perm.copy();
        PyList<Object> out = new PyList<>();
        for (Object f : firsts) {
            long first = (Long) f;
            a.setSlice(null, first + 1, null, a.slice(first, null, -1L));
            out.add(a.copy());
        }
        return out;
    }
}
