package io.portalis.pylib;

/** Calls the {@link Strs} helper for a str method named in a golden file, as the translator would emit it. */
final class StrMethods {
    private StrMethods() {
    }

    private static Long optLong(PyTuple a, int k) {
        return a.size() > k ? (Long) a.get(k) : null;
    }

    static Object call(String s, String name, PyTuple a) {
        Object a0 = a.size() > 0 ? a.get(0) : null;
        return switch (name) {
            case "strip" -> a.isEmpty() ? Strs.strip(s) : Strs.strip(s, (String) a0);
            case "lstrip" -> a.isEmpty() ? Strs.lstrip(s) : Strs.lstrip(s, (String) a0);
            case "rstrip" -> a.isEmpty() ? Strs.rstrip(s) : Strs.rstrip(s, (String) a0);
            case "split" -> a.isEmpty() ? Strs.split(s) : a.size() == 1 ? Strs.split(s, (String) a0)
                    : Strs.split(s, (String) a0, (Long) a.get(1));
            case "rsplit" -> Strs.rsplit(s, (String) a0, (Long) a.get(1));
            case "splitlines" -> a.isEmpty() ? Strs.splitlines(s) : Strs.splitlines(s, (Boolean) a0);
            case "upper" -> Strs.upper(s);
            case "lower" -> Strs.lower(s);
            case "title" -> Strs.title(s);
            case "capitalize" -> Strs.capitalize(s);
            case "swapcase" -> Strs.swapcase(s);
            case "casefold" -> Strs.casefold(s);
            case "find" -> a.size() == 1 ? Strs.find(s, (String) a0) : Strs.find(s, (String) a0, optLong(a, 1),
                    optLong(a, 2));
            case "rfind" -> Strs.rfind(s, (String) a0);
            case "index" -> Strs.index(s, (String) a0);
            case "count" -> Strs.count(s, (String) a0);
            case "replace" -> a.size() == 2 ? Strs.replace(s, (String) a0, (String) a.get(1))
                    : Strs.replace(s, (String) a0, (String) a.get(1), (Long) a.get(2));
            case "startswith" -> Strs.startswith(s, a0);
            case "endswith" -> Strs.endswith(s, a0);
            case "center" -> a.size() == 1 ? Strs.center(s, (Long) a0) : Strs.center(s, (Long) a0, (String) a.get(1));
            case "ljust" -> a.size() == 1 ? Strs.ljust(s, (Long) a0) : Strs.ljust(s, (Long) a0, (String) a.get(1));
            case "rjust" -> a.size() == 1 ? Strs.rjust(s, (Long) a0) : Strs.rjust(s, (Long) a0, (String) a.get(1));
            case "zfill" -> Strs.zfill(s, (Long) a0);
            case "expandtabs" -> Strs.expandtabs(s, a.isEmpty() ? 8 : (Long) a0);
            case "partition" -> Strs.partition(s, (String) a0);
            case "rpartition" -> Strs.rpartition(s, (String) a0);
            case "isdigit" -> Strs.isdigit(s);
            case "isdecimal" -> Strs.isdecimal(s);
            case "isnumeric" -> Strs.isnumeric(s);
            case "isalpha" -> Strs.isalpha(s);
            case "isalnum" -> Strs.isalnum(s);
            case "isspace" -> Strs.isspace(s);
            case "isupper" -> Strs.isupper(s);
            case "islower" -> Strs.islower(s);
            case "istitle" -> Strs.istitle(s);
            case "isidentifier" -> Strs.isidentifier(s);
            case "isascii" -> Strs.isascii(s);
            case "isprintable" -> Strs.isprintable(s);
            case "removeprefix" -> Strs.removeprefix(s, (String) a0);
            case "removesuffix" -> Strs.removesuffix(s, (String) a0);
            case "join" -> Strs.join(s, a0 instanceof String t ? Strs.chars(t) : (Iterable<?>) a0);
            case "encode" -> Strs.encode(s);
            default -> throw new IllegalArgumentException("no golden mapping for str." + name);
        };
    }
}
