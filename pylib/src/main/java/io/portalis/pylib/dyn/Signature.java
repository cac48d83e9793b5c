package io.portalis.pylib.dyn;

import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.TypeError;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameter list of a Python function, and Python's rules for binding a call's arguments to it.
 *
 * <p>Bound arguments are laid out in one array: the positional parameters, then the {@code *args} tuple if any,
 * then the keyword-only parameters, then the {@code **kwargs} dict if any.
 *
 * @param name the function's qualified name, as error messages print it
 * @param positional the positional parameter names (positional-only ones first)
 * @param posOnly how many of {@code positional} are positional-only
 * @param varargs whether there is a {@code *args} parameter
 * @param kwOnly the keyword-only parameter names
 * @param varkw whether there is a {@code **kwargs} parameter
 */
public record Signature(String name, String[] positional, int posOnly, boolean varargs, String[] kwOnly, boolean varkw) {
    /** Marks a parameter without a default value ({@code null} is {@code None}, a legitimate default). */
    public static final Object REQUIRED = new Object();

    /** @return how many slots a bound-argument array has */
    public int slots() {
        return positional.length + (varargs ? 1 : 0) + kwOnly.length + (varkw ? 1 : 0);
    }

    /**
     * Binds a call's arguments.
     *
     * @param args positional values followed by keyword values
     * @param kwnames the keyword names
     * @param defaults the defaults of the last positional parameters
     * @param kwDefaults the defaults of the keyword-only parameters, {@link #REQUIRED} where there is none
     * @return the bound-argument array
     * @throws TypeError with CPython's message when the arguments do not fit
     */
    public Object[] bind(Object[] args, String[] kwnames, Object[] defaults, Object[] kwDefaults) {
        int np = positional.length;
        int nk = kwnames.length;
        int given = args.length - nk;
        if (nk == 0 && given == np && !varargs && !varkw && kwOnly.length == 0) {
            return args;
        }
        Object[] out = new Object[slots()];
        boolean[] set = new boolean[slots()];
        int n = Math.min(given, np);
        for (int i = 0; i < n; i++) {
            out[i] = args[i];
            set[i] = true;
        }
        int slot = np;
        if (varargs) {
            Object[] rest = new Object[Math.max(0, given - np)];
            System.arraycopy(args, n, rest, 0, rest.length);
            out[slot++] = PyTuple.of(rest);
        } else if (given > np) {
            throw tooMany(given, defaults.length, args, kwnames);
        }
        int kwStart = slot;
        PyDict<Object, Object> extra = varkw ? new PyDict<>() : null;
        for (int k = 0; k < nk; k++) {
            String kw = kwnames[k];
            Object v = args[given + k];
            int idx = -1;
            for (int i = posOnly; i < np; i++) {
                if (positional[i].equals(kw)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                for (int i = 0; i < kwOnly.length; i++) {
                    if (kwOnly[i].equals(kw)) {
                        idx = kwStart + i;
                        break;
                    }
                }
            }
            if (idx < 0) {
                if (extra != null) {
                    extra.setItem(kw, v);
                    continue;
                }
                boolean isPosOnly = false;
                for (int i = 0; i < posOnly; i++) {
                    isPosOnly |= positional[i].equals(kw);
                }
                if (isPosOnly) {
                    throw new TypeError(name + "() got some positional-only arguments passed as keyword arguments: '"
                            + kw + "'");
                }
                throw new TypeError(name + "() got an unexpected keyword argument '" + kw + "'");
            }
            if (set[idx]) {
                throw new TypeError(name + "() got multiple values for argument '" + kw + "'");
            }
            out[idx] = v;
            set[idx] = true;
        }
        List<String> missing = new ArrayList<>();
        int firstDefault = np - defaults.length;
        for (int i = 0; i < np; i++) {
            if (!set[i]) {
                if (i >= firstDefault) {
                    out[i] = defaults[i - firstDefault];
                } else {
                    missing.add(positional[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missing("positional", missing);
        }
        for (int i = 0; i < kwOnly.length; i++) {
            if (!set[kwStart + i]) {
                Object d = kwDefaults[i];
                if (d == REQUIRED) {
                    missing.add(kwOnly[i]);
                } else {
                    out[kwStart + i] = d;
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missing("keyword-only", missing);
        }
        if (extra != null) {
            out[out.length - 1] = extra;
        }
        return out;
    }

    private TypeError tooMany(int given, int nDefaults, Object[] args, String[] kwnames) {
        int np = positional.length;
        String takes = nDefaults > 0 ? "from " + (np - nDefaults) + " to " + np : String.valueOf(np);
        String plural = np == 1 && nDefaults == 0 ? "argument" : "arguments";
        int kwGiven = 0;
        for (String k : kwnames) {
            for (String p : kwOnly) {
                kwGiven += p.equals(k) ? 1 : 0;
            }
        }
        String extra = kwGiven > 0 ? " positional argument" + (given == 1 ? "" : "s") + " (and " + kwGiven
                + " keyword-only argument" + (kwGiven == 1 ? "" : "s") + ")" : "";
        String was = given == 1 ? "was" : "were";
        if (kwGiven > 0) {
            return new TypeError(name + "() takes " + takes + " positional " + plural + " but " + given + extra
                    + " were given");
        }
        return new TypeError(name + "() takes " + takes + " positional " + plural + " but " + given + " " + was
                + " given");
    }

    private TypeError missing(String kind, List<String> names) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                b.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            b.append('\'').append(names.get(i)).append('\'');
        }
        return new TypeError(name + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + b);
    }
}
