package io.portalis.pylib.dyn;

import io.portalis.pylib.TypeError;

/** Argument checks of built-in callables, with CPython's messages. */
final class Args {
    private Args() {
    }

    static void noKw(String fn, String[] kwnames) {
        if (kwnames.length > 0) {
            throw new TypeError(fn + "() takes no keyword arguments");
        }
    }

    static void exact(String fn, Object[] args, String[] kwnames, int n) {
        noKw(fn, kwnames);
        if (args.length != n) {
            throw new TypeError(fn + "() takes exactly " + (n == 1 ? "one argument" : n + " arguments") + " ("
                    + args.length + " given)");
        }
    }

    static void range(String fn, Object[] args, String[] kwnames, int min, int max) {
        noKw(fn, kwnames);
        if (args.length < min) {
            throw new TypeError(fn + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got "
                    + args.length);
        }
        if (args.length > max) {
            throw new TypeError(fn + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got "
                    + args.length);
        }
    }

    /** The value of keyword {@code name}, or {@code dflt}. */
    static Object kw(Object[] args, String[] kwnames, String name, Object dflt) {
        int npos = args.length - kwnames.length;
        for (int i = 0; i < kwnames.length; i++) {
            if (kwnames[i].equals(name)) {
                return args[npos + i];
            }
        }
        return dflt;
    }

    static void onlyKw(String fn, String[] kwnames, String... allowed) {
        outer:
        for (String k : kwnames) {
            for (String a : allowed) {
                if (a.equals(k)) {
                    continue outer;
                }
            }
            throw new TypeError("'" + k + "' is an invalid keyword argument for " + fn + "()");
        }
    }
}
