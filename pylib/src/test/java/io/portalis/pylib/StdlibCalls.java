package io.portalis.pylib;

import io.portalis.pylib.stdlib.BisectModule;
import io.portalis.pylib.stdlib.Counter;
import io.portalis.pylib.stdlib.DefaultDict;
import io.portalis.pylib.stdlib.Deque;
import io.portalis.pylib.stdlib.HeapqModule;
import io.portalis.pylib.stdlib.Itertools;
import io.portalis.pylib.stdlib.MathModule;
import io.portalis.pylib.stdlib.NamedTuple;
import io.portalis.pylib.stdlib.OrderedDict;
import java.util.ArrayList;
import java.util.List;

/** Evaluates the golden file's collections, itertools and math cases the way generated code calls them. */
final class StdlibCalls {
    private StdlibCalls() {
    }

    @SuppressWarnings("unchecked")
    static String counter(PyList<Object> items, Object n) {
        Counter<Object> c = new Counter<>(items);
        return Py.repr(c) + " " + Py.repr(n == null ? c.mostCommon() : c.mostCommon((Long) n));
    }

    @SuppressWarnings("unchecked")
    static String deque(PyList<Object> items, Object maxlen, PyList<Object> ops) {
        Deque<Object> d = new Deque<>(items, maxlen == null ? -1 : (int) (long) (Long) maxlen);
        for (Object o : ops) {
            PyTuple op = (PyTuple) o;
            Object arg = op.size() > 1 ? op.get(1) : null;
            switch ((String) op.get(0)) {
                case "append" -> d.append(arg);
                case "appendleft" -> d.appendleft(arg);
                case "rotate" -> d.rotate((Long) arg);
                case "pop" -> d.pop();
                case "popleft" -> d.popleft();
                case "reverse" -> d.reverse();
                case "extend" -> d.extend((PyList<Object>) arg);
                case "extendleft" -> d.extendleft((PyList<Object>) arg);
                case "remove" -> d.remove(arg);
                default -> throw new IllegalArgumentException("deque." + op.get(0));
            }
        }
        return Py.repr(d);
    }

    static String defaultdict(PyList<Object> pairs) {
        DefaultDict<Object, PyList<Object>> d = DefaultDict.ofList();
        for (Object o : pairs) {
            PyTuple p = (PyTuple) o;
            d.getItem(p.get(0)).append(p.get(1));
        }
        return Py.repr(d);
    }

    static String ordereddict(PyList<Object> pairs, PyList<Object> moves) {
        OrderedDict<Object, Object> d = new OrderedDict<>();
        d.updatePairs(pairs);
        for (Object o : moves) {
            PyTuple m = (PyTuple) o;
            d.moveToEnd(m.get(0), (Boolean) m.get(1));
        }
        return Py.repr(d);
    }

    @SuppressWarnings("unchecked")
    static String namedtuple(String name, PyList<Object> fields, PyList<Object> values) {
        NamedTuple.Type t = new NamedTuple.Type(name, (List<String>) (List<?>) fields);
        return Py.repr(t.make(values.toArray()));
    }

    static String itertools(String name, PyTuple a) {
        Object a0 = a.size() > 0 ? a.get(0) : null;
        Object a1 = a.size() > 1 ? a.get(1) : null;
        Iterable<?> it = switch (name) {
            case "accumulate" -> Itertools.accumulate(a0);
            case "chain" -> Itertools.chain(a.toArray());
            case "combinations" -> Itertools.combinations(a0, (Long) a1);
            case "combinations_with_replacement" -> Itertools.combinationsWithReplacement(a0, (Long) a1);
            case "permutations" -> Itertools.permutations(a0, a1 == null ? -1 : (Long) a1);
            case "product" -> Itertools.product(a.toArray());
            case "pairwise" -> Itertools.pairwise(a0);
            case "zip_longest" -> Itertools.zipLongest(null, a.toArray());
            case "islice" -> a.size() == 2 ? Itertools.islice(a0, (Long) a1)
                    : Itertools.islice(a0, (Long) a1, (Long) a.get(2), a.size() > 3 ? (Long) a.get(3) : 1);
            case "repeat" -> Itertools.repeat(a0, (Long) a1);
            default -> throw new IllegalArgumentException("itertools." + name);
        };
        List<Object> out = new ArrayList<>();
        it.forEach(out::add);
        return Py.repr(new PyList<>(out));
    }

    private static double f(Object o) {
        return Builtins.toFloat(o);
    }

    static String math(String name, PyTuple a) {
        Object a0 = a.size() > 0 ? a.get(0) : null;
        Object a1 = a.size() > 1 ? a.get(1) : null;
        Object r = switch (name) {
            case "sqrt" -> MathModule.sqrt(f(a0));
            case "exp" -> MathModule.exp(f(a0));
            case "log" -> a.size() == 1 ? MathModule.log(a0) : MathModule.log(a0, a1);
            case "log2" -> MathModule.log2(a0);
            case "log10" -> MathModule.log10(a0);
            case "floor" -> MathModule.floor(a0);
            case "ceil" -> MathModule.ceil(a0);
            case "trunc" -> MathModule.trunc(a0);
            case "fabs" -> MathModule.fabs(f(a0));
            case "fmod" -> MathModule.fmod(f(a0), f(a1));
            case "copysign" -> MathModule.copysign(f(a0), f(a1));
            case "gcd" -> MathModule.gcd(a.toArray());
            case "lcm" -> MathModule.lcm(a.toArray());
            case "factorial" -> MathModule.factorial((Long) a0);
            case "comb" -> MathModule.comb((Long) a0, (Long) a1);
            case "perm" -> MathModule.perm((Long) a0, (Long) a1);
            case "isqrt" -> MathModule.isqrt(a0);
            case "prod" -> MathModule.prod(a0);
            case "fsum" -> MathModule.fsum(a0);
            case "isclose" -> MathModule.isclose(f(a0), f(a1));
            case "hypot" -> MathModule.hypot(f(a0), f(a1));
            case "sin" -> MathModule.sin(f(a0));
            case "cos" -> MathModule.cos(f(a0));
            case "tan" -> MathModule.tan(f(a0));
            case "atan2" -> MathModule.atan2(f(a0), f(a1));
            case "degrees" -> MathModule.degrees(f(a0));
            case "radians" -> MathModule.radians(f(a0));
            case "pow" -> MathModule.pow(f(a0), f(a1));
            case "asin" -> MathModule.asin(f(a0));
            case "isinf" -> MathModule.isinf(f(a0));
            case "isnan" -> MathModule.isnan(f(a0));
            case "erf" -> MathModule.erf(f(a0));
            case "erfc" -> MathModule.erfc(f(a0));
            case "exp2" -> MathModule.exp2(f(a0));
            case "gamma" -> MathModule.gamma(f(a0));
            case "lgamma" -> MathModule.lgamma(f(a0));
            default -> throw new IllegalArgumentException("math." + name);
        };
        return Py.repr(r);
    }

    static String heapq(PyList<Object> items, PyList<Object> ops) {
        PyList<Object> h = items.copy();
        PyList<Object> out = new PyList<>();
        HeapqModule.heapify(h);
        out.add(h.copy());
        for (Object o : ops) {
            PyTuple op = (PyTuple) o;
            Object arg = op.size() > 1 ? op.get(1) : null;
            try {
                out.add(switch ((String) op.get(0)) {
                    case "heappush" -> {
                        HeapqModule.heappush(h, arg);
                        yield null;
                    }
                    case "heappop" -> HeapqModule.heappop(h);
                    case "heappushpop" -> HeapqModule.heappushpop(h, arg);
                    default -> HeapqModule.heapreplace(h, arg);
                });
            } catch (IndexError e) {
                return "!IndexError: " + e.str();
            }
        }
        out.add(h);
        return Py.repr(out);
    }

    static String bisect(PyList<Object> a, Object x) {
        PyList<Object> b = a.copy();
        BisectModule.insort(b, x);
        return Py.repr(PyTuple.of(BisectModule.bisectLeft(a, x, 0, -1, null), BisectModule.bisectRight(a, x, 0, -1,
                null), b));
    }

    static String counterOps(PyList<Object> a, PyList<Object> b) {
        Counter<Object> x = new Counter<>(a);
        Counter<Object> y = new Counter<>(b);
        return Py.repr(PyList.of(x.add(y), x.sub(y), x.and(y), x.or(y)));
    }
}
