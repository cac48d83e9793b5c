package io.portalis.translator;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calls of {@code str}'s methods written as direct Java calls. On a receiver of static type {@code str} whose
 * arguments have the static types the method takes, {@code s.lower()} becomes {@code Strs.lower(s)}, typed with
 * the method's result ({@code str}, {@code int} or {@code bool}), so that its value can feed typed code; a
 * {@code str} method cannot be rebound and its lookup cannot fail, so nothing has to be found before the
 * arguments run. On a receiver of unknown type, the common methods go through {@code StrCalls}, which runs the
 * method directly when the receiver is a str at run time and takes the call's {@code MethodSite} otherwise.
 *
 * <p>{@link TypeInference} types these calls with {@link #resultType}, and the emitter writes them with
 * {@link #direct} under the same condition, so a typed local always receives a value of its own type.
 */
final class StrMethods {
    private StrMethods() {
    }

    /**
     * A direct form: the argument types it takes ({@code S} str, {@code L} int, {@code O} anything), the result
     * type, and the Java code, where {@code $0} is the receiver and {@code $1}... the arguments.
     */
    private record Form(String params, char result, String code) {
    }

    private static final Map<String, List<Form>> FORMS = forms();

    private static Map<String, List<Form>> forms() {
        Map<String, List<Form>> m = new java.util.HashMap<>();
        for (String n : List.of("upper", "lower", "casefold", "swapcase", "capitalize", "title")) {
            m.put(n, List.of(new Form("", 'S', "Strs." + n + "($0)")));
        }
        for (String n : List.of("strip", "lstrip", "rstrip")) {
            m.put(n, List.of(new Form("", 'S', "Strs." + n + "($0)"), new Form("S", 'S', "Strs." + n + "($0, $1)")));
        }
        for (String n : List.of("isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isascii",
                "isupper", "islower", "istitle", "isidentifier", "isprintable")) {
            m.put(n, List.of(new Form("", 'B', "Strs." + n + "($0)")));
        }
        for (String n : List.of("find", "rfind", "index", "rindex", "count")) {
            m.put(n, List.of(new Form("S", 'L', "Strs." + n + "($0, $1)")));
        }
        for (String n : List.of("removeprefix", "removesuffix")) {
            m.put(n, List.of(new Form("S", 'S', "Strs." + n + "($0, $1)")));
        }
        for (String n : List.of("startswith", "endswith")) {
            m.put(n, List.of(new Form("S", 'B', "Strs." + n + "($0, $1)")));
        }
        for (String n : List.of("center", "ljust", "rjust")) {
            m.put(n, List.of(new Form("L", 'S', "Strs." + n + "($0, $1)"), new Form("LS", 'S',
                    "Strs." + n + "($0, $1, $2)")));
        }
        m.put("zfill", List.of(new Form("L", 'S', "Strs.zfill($0, $1)")));
        m.put("split", List.of(new Form("", 'O', "Strs.split($0)"), new Form("S", 'O', "Strs.split($0, $1)"),
                new Form("SL", 'O', "Strs.split($0, $1, $2)")));
        m.put("rsplit", List.of(new Form("", 'O', "Strs.rsplit($0, null, -1)"),
                new Form("S", 'O', "Strs.rsplit($0, $1, -1)"), new Form("SL", 'O', "Strs.rsplit($0, $1, $2)")));
        m.put("expandtabs", List.of(new Form("", 'S', "Strs.expandtabs($0, 8)"),
                new Form("L", 'S', "Strs.expandtabs($0, $1)")));
        m.put("splitlines", List.of(new Form("", 'O', "Strs.splitlines($0)")));
        m.put("partition", List.of(new Form("S", 'O', "Strs.partition($0, $1)")));
        m.put("rpartition", List.of(new Form("S", 'O', "Strs.rpartition($0, $1)")));
        m.put("join", List.of(new Form("O", 'S', "Strs.join($0, Rt.iterable($1))")));
        m.put("replace", List.of(new Form("SS", 'S', "Strs.replace($0, $1, $2)"),
                new Form("SSL", 'S', "Strs.replace($0, $1, $2, $3)")));
        return Map.copyOf(m);
    }

    /** The methods {@code StrCalls} has a helper for, by number of arguments. */
    private static final List<Set<String>> GUARDED = List.of(
            Set.of("upper", "lower", "capitalize", "title", "strip", "lstrip", "rstrip", "split"),
            Set.of("strip", "lstrip", "rstrip", "split", "join", "startswith", "endswith", "find", "count"),
            Set.of("replace"));

    /** The direct form of a method for arguments of these static types, or null. */
    private static Form form(String name, List<Character> args) {
        for (Form f : FORMS.getOrDefault(name, List.of())) {
            if (f.params.length() == args.size() && accepts(f.params, args)) {
                return f;
            }
        }
        return null;
    }

    private static boolean accepts(String params, List<Character> args) {
        for (int i = 0; i < params.length(); i++) {
            char p = params.charAt(i);
            if (p != 'O' && args.get(i) != p) {
                return false;
            }
        }
        return true;
    }

    /**
     * The static type of {@code recv.name(args)}, called with positional arguments only.
     *
     * @param name the method
     * @param recv the receiver's static type
     * @param args the arguments' static types
     * @return the result's type when the call is written directly ({@code O} for a list or tuple result), else
     *     {@code O}; {@link TypeInference#UNKNOWN} while a type it depends on is unknown
     */
    static char resultType(String name, char recv, List<Character> args) {
        if (!FORMS.containsKey(name)) {
            return 'O';
        }
        if (recv == TypeInference.UNKNOWN || recv == 'S' && args.contains(TypeInference.UNKNOWN)) {
            return TypeInference.UNKNOWN;
        }
        Form f = recv == 'S' ? form(name, args) : null;
        return f != null ? f.result : 'O';
    }

    /**
     * Whether a str receiver's {@code name(args)} has a direct form for arguments of these static types.
     *
     * @param name the method
     * @param args the arguments' static types
     * @return whether {@link #direct} writes it
     */
    static boolean isDirect(String name, List<Character> args) {
        return form(name, args) != null;
    }

    /**
     * The direct Java call of {@code recv.name(args)}, or null when there is none for these types.
     *
     * @param name the method
     * @param recv the receiver's Java expression, of static type {@code recvType}
     * @param recvType the receiver's static type
     * @param args the arguments' Java expressions: typed ones for typed parameters, Objects otherwise
     * @param argTypes the arguments' static types
     * @return the call, of type {@link #resultType}
     */
    static String direct(String name, String recv, char recvType, List<String> args, List<Character> argTypes) {
        Form f = recvType == 'S' ? form(name, argTypes) : null;
        if (f == null) {
            return null;
        }
        // one pass, so that a '$' in an argument's code (a Java temporary's name) is left as it is
        StringBuilder b = new StringBuilder();
        String code = f.code;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '$') {
                int k = code.charAt(++i) - '0';
                b.append(k == 0 ? recv : args.get(k - 1));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The call through {@code StrCalls} of a method on a receiver of unknown type, or null when it has no helper.
     *
     * @param name the method
     * @param site the call's {@code MethodSite} field
     * @param recv the receiver, an Object expression
     * @param args the arguments, Object expressions
     * @return the call, of static type Object
     */
    static String guarded(String name, String site, String recv, List<String> args) {
        if (args.size() >= GUARDED.size() || !GUARDED.get(args.size()).contains(name)) {
            return null;
        }
        StringBuilder b = new StringBuilder("StrCalls." + name + "(" + recv + ", " + site);
        args.forEach(a -> b.append(", ").append(a));
        return b.append(")").toString();
    }
}
