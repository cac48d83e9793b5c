package io.portalis.pylib;

import io.portalis.pylib.stdlib.JsonModule;
import java.util.Map;

/** Turns the keyword arguments of a golden json.dumps call into {@link JsonModule.Options}. */
final class JsonCalls {
    private JsonCalls() {
    }

    static JsonModule.Options options(PyDict<Object, Object> kw) {
        JsonModule.Options o = JsonModule.Options.DEFAULT;
        for (Map.Entry<Object, Object> e : kw.entries()) {
            Object v = e.getValue();
            o = switch ((String) e.getKey()) {
                case "indent" -> v instanceof String unit ? o.withIndent(unit) : o.withIndent((int) (long) (Long) v);
                case "sort_keys" -> o.withSortKeys((Boolean) v);
                case "separators" -> o.withSeparators((String) ((PyTuple) v).get(0), (String) ((PyTuple) v).get(1));
                case "ensure_ascii" -> o.withEnsureAscii((Boolean) v);
                case "allow_nan" -> o.withAllowNan((Boolean) v);
                default -> throw new IllegalArgumentException("unknown json.dumps option " + e.getKey());
            };
        }
        return o;
    }
}
