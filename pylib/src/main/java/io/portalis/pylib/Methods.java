package io.portalis.pylib;

import java.util.function.Function;

/**
 * Method calls on receivers of unknown type ({@code x.append(1)} where nothing tells the translator that
 * {@code x} is a list): dispatch on the receiver's runtime type to the same helpers the typed path calls. Where
 * the type is known the translator calls the helper directly and this class is not involved.
 *
 * <p>Keyword arguments are not taken here: calls with keywords ({@code sort(key=…)}) need a known receiver type.
 */
public final class Methods {
    private Methods() {
    }

    private static AttributeError noAttribute(Object self, String name) {
        return new AttributeError("'" + Py.typeName(self) + "' object has no attribute '" + name + "'");
    }

    /** CPython's messages for a wrong number of positional arguments to a built-in method. */
    private static void expect(Object self, String name, Object[] args, int min, int max) {
        int n = args.length;
        if (n >= min && n <= max) {
            return;
        }
        if (min == 1 && max == 1) {
            throw new TypeError(Py.typeName(self) + "." + name + "() takes exactly one argument (" + n + " given)");
        }
        if (max == 0) {
            throw new TypeError(Py.typeName(self) + "." + name + "() takes no arguments (" + n + " given)");
        }
        boolean tooMany = n > max;
        int bound = tooMany ? max : min;
        throw new TypeError(name + " expected " + (tooMany ? "at most " : "at least ") + bound + " argument"
                + (bound == 1 ? "" : "s") + ", got " + n);
    }

    private static long asLong(Object o) {
        return Ints.toLong(o);
    }

    private static String asStr(Object self, String name, Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw new TypeError(name + "() argument must be str, not " + Py.typeName(o));
    }

    /**
     * Calls {@code self.name(*args)}.
     *
     * @param self the receiver
     * @param name the method name, as in Python
     * @param args the positional arguments
     * @return the result ({@code null} for methods returning None)
     * @throws AttributeError {@code 'int' object has no attribute 'append'}
     */
    @SuppressWarnings("unchecked")
    public static Object call(Object self, String name, Object... args) {
        try {
            return dispatch(self, name, args);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new TypeError(name + "() missing a required argument (" + args.length + " given)");
        }
    }

    @SuppressWarnings("unchecked")
    private static Object dispatch(Object self, String name, Object[] args) {
        return switch (self) {
            case String s -> callStr(s, name, args);
            case PyList<?> l -> callList((PyList<Object>) l, name, args);
            case PyDict<?, ?> d -> callDict((PyDict<Object, Object>) d, name, args);
            case PySet<?> s -> callSet((PySet<Object>) s, name, args);
            case PyBytes b -> switch (name) {
                case "decode" -> b.decode();
                case "strip" -> b.strip();
                case "split" -> args.length == 0 ? b.split() : b.split((PyBytes) args[0]);
                case "startswith" -> b.startswith((PyBytes) args[0]);
                case "endswith" -> b.endswith((PyBytes) args[0]);
                case "find" -> b.find((PyBytes) args[0]);
                case "replace" -> b.replace((PyBytes) args[0], (PyBytes) args[1]);
                case "upper" -> b.upper();
                case "lower" -> b.lower();
                case "join" -> b.join(Py.iterable(args[0]));
                case "hex" -> b.hex();
                default -> throw noAttribute(self, name);
            };
            case PyTuple t -> switch (name) {
                case "index" -> t.index(args[0]);
                case "count" -> t.count(args[0]);
                default -> throw noAttribute(self, name);
            };
            case null, default -> throw noAttribute(self, name);
        };
    }

    private static Object callStr(String s, String name, Object[] a) {
        Function<Integer, String> str = k -> a[k] == null ? null : asStr(s, name, a[k]);
        return switch (name) {
            case "upper" -> Strs.upper(s);
            case "lower" -> Strs.lower(s);
            case "strip" -> a.length == 0 ? Strs.strip(s) : Strs.strip(s, str.apply(0));
            case "lstrip" -> a.length == 0 ? Strs.lstrip(s) : Strs.lstrip(s, str.apply(0));
            case "rstrip" -> a.length == 0 ? Strs.rstrip(s) : Strs.rstrip(s, str.apply(0));
            case "split" -> a.length == 0 ? Strs.split(s) : Strs.split(s, str.apply(0), a.length > 1 ? asLong(a[1]) : -1);
            case "rsplit" -> Strs.rsplit(s, a.length > 0 ? str.apply(0) : null, a.length > 1 ? asLong(a[1]) : -1);
            case "splitlines" -> Strs.splitlines(s, a.length > 0 && Py.truthy(a[0]));
            case "join" -> Strs.join(s, Py.iterable(a[0]));
            case "replace" -> Strs.replace(s, str.apply(0), str.apply(1), a.length > 2 ? asLong(a[2]) : -1);
            case "find" -> Strs.find(s, str.apply(0));
            case "rfind" -> Strs.rfind(s, str.apply(0));
            case "index" -> Strs.index(s, str.apply(0));
            case "rindex" -> Strs.rindex(s, str.apply(0));
            case "count" -> Strs.count(s, str.apply(0));
            case "startswith" -> Strs.startswith(s, a[0]);
            case "endswith" -> Strs.endswith(s, a[0]);
            case "title" -> Strs.title(s);
            case "capitalize" -> Strs.capitalize(s);
            case "swapcase" -> Strs.swapcase(s);
            case "casefold" -> Strs.casefold(s);
            case "center" -> Strs.center(s, asLong(a[0]), a.length > 1 ? str.apply(1) : " ");
            case "ljust" -> Strs.ljust(s, asLong(a[0]), a.length > 1 ? str.apply(1) : " ");
            case "rjust" -> Strs.rjust(s, asLong(a[0]), a.length > 1 ? str.apply(1) : " ");
            case "zfill" -> Strs.zfill(s, asLong(a[0]));
            case "partition" -> Strs.partition(s, str.apply(0));
            case "rpartition" -> Strs.rpartition(s, str.apply(0));
            case "isdigit" -> Strs.isdigit(s);
            case "isalpha" -> Strs.isalpha(s);
            case "isalnum" -> Strs.isalnum(s);
            case "isspace" -> Strs.isspace(s);
            case "isupper" -> Strs.isupper(s);
            case "islower" -> Strs.islower(s);
            case "removeprefix" -> Strs.removeprefix(s, str.apply(0));
            case "removesuffix" -> Strs.removesuffix(s, str.apply(0));
            case "encode" -> Strs.encode(s);
            case "format" -> PyFormat.strFormat(s, java.util.List.of(a), null);
            default -> throw noAttribute(s, name);
        };
    }

    private static Object callList(PyList<Object> l, String name, Object[] a) {
        switch (name) {
            case "append" -> {
                expect(l, name, a, 1, 1);
                l.append(a[0]);
                return null;
            }
            case "extend" -> {
                expect(l, name, a, 1, 1);
                l.extend(Py.iterable(a[0]));
                return null;
            }
            case "insert" -> {
                expect(l, name, a, 2, 2);
                l.insert(asLong(a[0]), a[1]);
                return null;
            }
            case "pop" -> {
                expect(l, name, a, 0, 1);
                return a.length == 0 ? l.pop() : l.pop(asLong(a[0]));
            }
            case "remove" -> {
                expect(l, name, a, 1, 1);
                l.remove(a[0]);
                return null;
            }
            case "index" -> {
                expect(l, name, a, 1, 1);
                return l.index(a[0]);
            }
            case "count" -> {
                expect(l, name, a, 1, 1);
                return l.count(a[0]);
            }
            case "sort" -> {
                expect(l, name, a, 0, 0);
                l.sort();
                return null;
            }
            case "reverse" -> {
                l.reverse();
                return null;
            }
            case "copy" -> {
                return l.copy();
            }
            case "clear" -> {
                l.clear();
                return null;
            }
            default -> throw noAttribute(l, name);
        }
    }

    private static Object callDict(PyDict<Object, Object> d, String name, Object[] a) {
        switch (name) {
            case "get" -> {
                expect(d, name, a, 1, 2);
                return a.length == 1 ? d.get(a[0]) : d.get(a[0], a[1]);
            }
            case "keys" -> {
                return d.keys();
            }
            case "values" -> {
                return d.values();
            }
            case "items" -> {
                return d.items();
            }
            case "pop" -> {
                expect(d, name, a, 1, 2);
                return a.length == 1 ? d.pop(a[0]) : d.pop(a[0], a[1]);
            }
            case "popitem" -> {
                return d.popitem();
            }
            case "setdefault" -> {
                expect(d, name, a, 1, 2);
                return d.setdefault(a[0], a.length > 1 ? a[1] : null);
            }
            case "update" -> {
                expect(d, name, a, 1, 1);
                if (a[0] instanceof PyDict<?, ?> other) {
                    @SuppressWarnings("unchecked")
                    PyDict<Object, Object> o = (PyDict<Object, Object>) other;
                    d.update(o);
                } else {
                    d.updatePairs(Py.iterable(a[0]));
                }
                return null;
            }
            case "copy" -> {
                return d.copy();
            }
            case "clear" -> {
                d.clear();
                return null;
            }
            default -> throw noAttribute(d, name);
        }
    }

    private static Object callSet(PySet<Object> s, String name, Object[] a) {
        switch (name) {
            case "add" -> {
                expect(s, name, a, 1, 1);
                s.add(a[0]);
                return null;
            }
            case "discard" -> {
                expect(s, name, a, 1, 1);
                s.discard(a[0]);
                return null;
            }
            case "remove" -> {
                expect(s, name, a, 1, 1);
                s.remove(a[0]);
                return null;
            }
            case "pop" -> {
                return s.pop();
            }
            case "update" -> {
                s.update(Py.iterable(a[0]));
                return null;
            }
            case "clear" -> {
                s.clear();
                return null;
            }
            case "copy" -> {
                return s.copy();
            }
            case "union" -> {
                return s.union(Builtins.set(a[0]));
            }
            case "intersection" -> {
                return s.intersection(Builtins.set(a[0]));
            }
            case "difference" -> {
                return s.difference(Builtins.set(a[0]));
            }
            case "issubset" -> {
                return s.issubset(Builtins.set(a[0]));
            }
            case "issuperset" -> {
                return s.issuperset(Builtins.set(a[0]));
            }
            default -> throw noAttribute(s, name);
        }
    }
}
