import io.portalis.pylib.Floats;
import io.portalis.pylib.Ints;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyFormat;
import io.portalis.pylib.PyList;
import io.portalis.pylib.PySet;
import io.portalis.pylib.stdlib.JsonModule;
import io.portalis.pylib.stdlib.PyRandom;
import java.util.function.Supplier;

/**
 * The workloads of speed.py written as the translator would emit them against pylib, timed in process after a
 * warm-up. Each prints its result so that it can be compared with CPython's.
 */
public class Speed {
    static final int N = 3_000_000;

    static Object typedIntLoop() {
        long acc = 0;
        for (long i = 0; i < N; i++) {
            acc = Ints.add(acc, Ints.mod(Ints.mul(i, i), 7));
        }
        return acc;
    }

    static Object dynamicIntLoop() {
        Object acc = 0L;
        for (long i = 0; i < N; i++) {
            Object x = i;
            acc = Py.add(acc, Py.mod(Py.mul(x, x), 7L));
        }
        return acc;
    }

    static Object floatRepr() {
        long total = 0;
        for (int i = 0; i < N / 3; i++) {
            total += Floats.repr(i * 0.1).length();
        }
        return total;
    }

    static Object formatFloat() {
        long total = 0;
        for (int i = 0; i < N / 10; i++) {
            total += PyFormat.format(i / 7.0, ".3f").length();
        }
        return total;
    }

    static Object dictCount() {
        PyDict<Object, Object> d = new PyDict<>();
        for (long i = 0; i < N; i++) {
            Object k = i % 1000;
            d.setItem(k, Py.add(d.get(k, 0L), 1L));
        }
        return d.len();
    }

    static Object setOfInts() {
        PySet<Object> s = new PySet<>();
        for (long i = 0; i < N; i++) {
            s.add(i * 7 % 100_003);
        }
        return s.len();
    }

    static Object sortList() {
        PyRandom r = new PyRandom(1L);
        PyList<Object> l = new PyList<>();
        for (int i = 0; i < N / 3; i++) {
            l.add(r.randrange(1_000_000));
        }
        l.sort();
        return l.get(l.size() / 2);
    }

    static Object jsonDumps() {
        PyList<Object> docs = new PyList<>();
        for (long i = 0; i < 100_000; i++) {
            docs.add(PyDict.of("id", i, "name", "item" + i, "price", i * 0.25, "tags", PyList.of("a", "b")));
        }
        return JsonModule.dumps(docs).length();
    }

    static void time(String name, Supplier<Object> work) {
        Object result = null;
        for (int k = 0; k < 3; k++) {
            result = work.get();
        }
        long best = Long.MAX_VALUE;
        for (int k = 0; k < 5; k++) {
            long t0 = System.nanoTime();
            result = work.get();
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("%s %.4f %s%n", name, best / 1e9, result);
    }

    public static void main(String[] args) {
        time("typed_int_loop", Speed::typedIntLoop);
        time("dynamic_int_loop", Speed::dynamicIntLoop);
        time("float_repr", Speed::floatRepr);
        time("format_float", Speed::formatFloat);
        time("dict_count", Speed::dictCount);
        time("set_of_ints", Speed::setOfInts);
        time("sort_list", Speed::sortList);
        time("json_dumps", Speed::jsonDumps);
    }
}
