package io.portalis.pylib.stdlib;

import io.portalis.pylib.KeyError;
import io.portalis.pylib.PyList;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.ValueError;
import java.util.function.Function;

/**
 * Python's {@code string.Template}: {@code $name}, {@code ${name}} and {@code $$} substitution, and the parsing
 * half of {@code string.Formatter}.
 */
public final class StringTemplate {
    private final String template;

    /**
     * {@code string.Template(template)}.
     *
     * @param template the text with placeholders
     */
    public StringTemplate(String template) {
        this.template = template;
    }

    /** @return the template text ({@code t.template}) */
    public String template() {
        return template;
    }

    /**
     * {@code t.substitute(...)} or {@code t.safe_substitute(...)}.
     *
     * @param lookup the text of a placeholder's value, or {@code null} when the name has none
     * @param safe whether a missing name or a bad placeholder is left in the text (safe_substitute) rather than
     *     raising
     * @return the substituted text
     * @throws KeyError for a name without a value, unless {@code safe}
     * @throws ValueError {@code Invalid placeholder in string: line L, col C} for a {@code $} not followed by a
     *     name, unless {@code safe}
     */
    public String substitute(Function<String, String> lookup, boolean safe) {
        StringBuilder out = new StringBuilder(template.length());
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && template.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            int start = i + 1;
            boolean braced = start < n && template.charAt(start) == '{';
            int nameStart = braced ? start + 1 : start;
            int end = identifierEnd(nameStart);
            boolean valid = end > nameStart && (!braced || end < n && template.charAt(end) == '}');
            if (!valid) {
                if (!safe) {
                    throw invalid(i);
                }
                out.append('$');
                i++;
                continue;
            }
            String name = template.substring(nameStart, end);
            int after = braced ? end + 1 : end;
            String value = lookup.apply(name);
            if (value == null) {
                if (!safe) {
                    throw new KeyError(name);
                }
                out.append(template, i, after);
            } else {
                out.append(value);
            }
            i = after;
        }
        return out.toString();
    }

    /** Python's Template identifiers are ASCII: a letter or underscore, then letters, digits, underscores. */
    private int identifierEnd(int from) {
        int k = from;
        while (k < template.length()) {
            char c = template.charAt(k);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
            if (!(letter || k > from && c >= '0' && c <= '9')) {
                break;
            }
            k++;
        }
        return k;
    }

    /**
     * CPython numbers the lines of the text up to the character after the {@code $} as {@code str.splitlines(True)}
     * does.
     */
    private ValueError invalid(int dollar) {
        int at = dollar + 1;
        int lines = 0;
        int lastStart = 0;
        int k = 0;
        while (k < at) {
            lines++;
            lastStart = k;
            while (k < at && template.charAt(k) != '\n' && template.charAt(k) != '\r') {
                k++;
            }
            if (k < at) {
                k += template.charAt(k) == '\r' && k + 1 < at && template.charAt(k + 1) == '\n' ? 2 : 1;
            }
        }
        int line = lines == 0 ? 1 : lines;
        int col = lines == 0 ? 1 : at - lastStart;
        return new ValueError("Invalid placeholder in string: line " + line + ", col " + col);
    }

    /**
     * {@code string.Formatter().parse(format)}: the format string split into (literal text, field name, format
     * spec, conversion) tuples; the last three are None for literal text with no field after it.
     *
     * @param format the format string
     * @return the tuples, in order
     * @throws ValueError for a single {@code '}'} or an unclosed field
     */
    public static PyList<PyTuple> parse(String format) {
        PyList<PyTuple> out = new PyList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < n && format.charAt(i + 1) == c) {
                lit.append(c);
                out.add(PyTuple.of(lit.toString(), null, null, null));
                lit.setLength(0);
                i += 2;
                continue;
            }
            if (c == '}') {
                throw new ValueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                lit.append(c);
                i++;
                continue;
            }
            int depth = 1;
            int k = i + 1;
            while (k < n && depth > 0) {
                char d = format.charAt(k);
                depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                k++;
            }
            if (depth > 0) {
                throw new ValueError(k == i + 1 ? "Single '{' encountered in format string"
                        : "expected '}' before end of string");
            }
            String field = format.substring(i + 1, k - 1);
            int bang = -1;
            int colon = -1;
            int bracket = 0;
            for (int j = 0; j < field.length() && colon < 0; j++) {
                char d = field.charAt(j);
                if (d == '[') {
                    bracket++;
                } else if (d == ']') {
                    bracket--;
                } else if (bracket == 0 && d == '!' && bang < 0) {
                    bang = j;
                } else if (bracket == 0 && d == ':') {
                    colon = j;
                }
            }
            int nameEnd = bang >= 0 ? bang : colon >= 0 ? colon : field.length();
            String conv = null;
            if (bang >= 0) {
                int convEnd = colon >= 0 ? colon : field.length();
                if (convEnd != bang + 2) {
                    throw new ValueError(convEnd == bang + 1 ? "end of string while looking for conversion specifier"
                            : "expected ':' after conversion specifier");
                }
                conv = field.substring(bang + 1, convEnd);
            }
            String spec = colon >= 0 ? field.substring(colon + 1) : "";
            out.add(PyTuple.of(lit.toString(), field.substring(0, nameEnd), spec, conv));
            lit.setLength(0);
            i = k;
        }
        if (!lit.isEmpty()) {
            out.add(PyTuple.of(lit.toString(), null, null, null));
        }
        return out;
    }
}
