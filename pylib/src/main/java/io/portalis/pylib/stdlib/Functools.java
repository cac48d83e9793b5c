package io.portalis.pylib.stdlib;

import io.portalis.pylib.Py;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.TypeError;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Python's {@code functools}: {@code reduce}, {@code lru_cache}/{@code cache} as memoizing wrappers,
 * {@code cmp_to_key}. {@code partial} translates to a Java lambda and {@code wraps} to nothing, so neither needs a
 * library piece.
 */
public final class Functools {
    private Functools() {
    }

    /**
     * {@code reduce(f, items)}.
     *
     * @param f the binary function
     * @param items the items
     * @return the folded value
     * @throws TypeError {@code reduce() of empty iterable with no initial value}
     */
    public static Object reduce(BiFunction<Object, Object, Object> f, Object items) {
        Iterator<Object> it = Py.iter(items);
        if (!it.hasNext()) {
            throw new TypeError("reduce() of empty iterable with no initial value");
        }
        Object acc = it.next();
        while (it.hasNext()) {
            acc = f.apply(acc, it.next());
        }
        return acc;
    }

    /**
     * {@code reduce(f, items, initial)}.
     *
     * @param f the binary function
     * @param items the items
     * @param initial the starting value
     * @return the folded value
     */
    public static Object reduce(BiFunction<Object, Object, Object> f, Object items, Object initial) {
        Object acc = initial;
        for (Object o : Py.iterable(items)) {
            acc = f.apply(acc, o);
        }
        return acc;
    }

    /**
     * A memoized function, as {@code @lru_cache(maxsize)} or {@code @cache} makes one. The argument is the key:
     * pass a {@link PyTuple} for several arguments. Keys compare by Python's equality, so {@code f(1)} and
     * {@code f(1.0)} share an entry, as in CPython.
     *
     * @param <A> the argument type
     * @param <R> the result type
     */
    public static final class Cached<A, R> implements Function<A, R> {
        private final Function<A, R> f;
        private final int maxsize;
        private final LinkedHashMap<Object, R> cache;
        private long hits;
        private long misses;

        Cached(Function<A, R> f, int maxsize) {
            this.f = f;
            this.maxsize = maxsize;
            this.cache = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, R> eldest) {
                    return Cached.this.maxsize >= 0 && size() > Cached.this.maxsize;
                }
            };
        }

        /** Calls through the cache; a recursive function calling itself through this object is memoized too. */
        @Override
        public R apply(A a) {
            Object key = new KeyBox(a);
            R r = cache.get(key);
            if (r != null || cache.containsKey(key)) {
                hits++;
                return r;
            }
            misses++;
            r = f.apply(a);
            cache.put(key, r);
            return r;
        }

        /**
         * {@code f.cache_info()}, as CPython prints it.
         *
         * @return {@code CacheInfo(hits=…, misses=…, maxsize=…, currsize=…)}
         */
        public String cacheInfo() {
            return "CacheInfo(hits=" + hits + ", misses=" + misses + ", maxsize="
                    + (maxsize < 0 ? "None" : String.valueOf(maxsize)) + ", currsize=" + cache.size() + ")";
        }

        /** {@code f.cache_clear()}. */
        public void cacheClear() {
            cache.clear();
            hits = 0;
            misses = 0;
        }
    }

    /** A cache key with Python's equality and hash, so that f(1) and f(1.0) share an entry. */
    private record KeyBox(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof KeyBox k && Py.eq(value, k.value);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(Py.hash(value));
        }
    }

    /**
     * {@code @lru_cache(maxsize=maxsize)}.
     *
     * @param f the function
     * @param maxsize the bound, or -1 for none
     * @param <A> the argument type
     * @param <R> the result type
     * @return the memoized function
     */
    public static <A, R> Cached<A, R> lruCache(Function<A, R> f, int maxsize) {
        return new Cached<>(f, maxsize);
    }

    /**
     * {@code @cache}.
     *
     * @param f the function
     * @param <A> the argument type
     * @param <R> the result type
     * @return the memoized function
     */
    public static <A, R> Cached<A, R> cache(Function<A, R> f) {
        return new Cached<>(f, -1);
    }

    /**
     * {@code cmp_to_key(cmp)}.
     *
     * @param cmp an old-style comparison returning a negative, zero or positive number
     * @return a comparator
     */
    public static Comparator<Object> cmpToKey(BiFunction<Object, Object, Object> cmp) {
        return (a, b) -> Py.compare(cmp.apply(a, b), 0L);
    }
}
