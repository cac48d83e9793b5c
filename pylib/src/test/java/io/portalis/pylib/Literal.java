package io.portalis.pylib;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Reads the Python literals of the golden files into pylib values. */
final class Literal {
    private final String s;
    private int i;

    private Literal(String s) {
        this.s = s;
    }

    static Object parse(String text) {
        Literal p = new Literal(text);
        Object v = p.value();
        p.skipSpace();
        if (p.i != text.length()) {
            throw new IllegalArgumentException("trailing text in literal: " + text);
        }
        return v;
    }

    private void skipSpace() {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
    }

    private boolean take(String t) {
        skipSpace();
        if (s.startsWith(t, i)) {
            i += t.length();
            return true;
        }
        return false;
    }

    private Object value() {
        skipSpace();
        char c = s.charAt(i);
        if (c == '[') {
            i++;
            return new PyList<>(items("]"));
        }
        if (c == '(') {
            i++;
            return PyTuple.of(items(")").toArray());
        }
        if (c == '{') {
            i++;
            PyDict<Object, Object> d = new PyDict<>();
            PySet<Object> set = new PySet<>();
            while (!take("}")) {
                Object k = value();
                if (take(":")) {
                    d.setItem(k, value());
                } else {
                    set.add(k);
                }
                take(",");
            }
            return set.isEmpty() ? d : set;
        }
        if (c == '\'' || c == '"') {
            return string();
        }
        if (c == 'b' && i + 1 < s.length() && (s.charAt(i + 1) == '\'' || s.charAt(i + 1) == '"')) {
            i++;
            String str = string();
            byte[] bytes = new byte[str.length()];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) str.charAt(k);
            }
            return new PyBytes(bytes);
        }
        for (String word : new String[] {"None", "True", "False", "inf", "-inf", "nan"}) {
            if (s.startsWith(word, i)) {
                i += word.length();
                return switch (word) {
                    case "None" -> null;
                    case "True" -> true;
                    case "False" -> false;
                    case "inf" -> Double.POSITIVE_INFINITY;
                    case "-inf" -> Double.NEGATIVE_INFINITY;
                    default -> Double.NaN;
                };
            }
        }
        int start = i;
        while (i < s.length() && "+-0123456789.e".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        String num = s.substring(start, i);
        if (num.contains(".") || num.contains("e")) {
            return Double.parseDouble(num);
        }
        return Ints.normalize(new BigInteger(num));
    }

    private List<Object> items(String close) {
        List<Object> out = new ArrayList<>();
        while (!take(close)) {
            out.add(value());
            take(",");
        }
        return out;
    }

    private String string() {
        char q = s.charAt(i++);
        StringBuilder b = new StringBuilder();
        while (s.charAt(i) != q) {
            char c = s.charAt(i++);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'x' -> {
                    b.append((char) Integer.parseInt(s.substring(i, i + 2), 16));
                    i += 2;
                }
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                case 'U' -> {
                    b.appendCodePoint(Integer.parseInt(s.substring(i, i + 8), 16));
                    i += 8;
                }
                default -> b.append(e);
            }
        }
        i++;
        return b.toString();
    }
}
