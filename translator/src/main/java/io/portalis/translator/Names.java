package io.portalis.translator;

import java.util.Set;

/** Turns Python identifiers into Java identifiers that cannot collide with Java keywords or the classes generated code uses. */
final class Names {
    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits",
            "when", "_", "exports", "module", "open", "opens", "provides", "requires", "to", "transitive", "uses",
            "with", "non-sealed",
            // classes the generated code names
            "Object", "String", "Math", "System", "Map", "LinkedHashMap", "BigInteger", "Py", "Rt", "Cell",
            "PyList", "PyTuple", "PyDict", "PySet", "PyFrozenSet", "PyBytes", "PyFunction", "PyGenerator",
            "PyType", "PySlice", "Signature", "Builtin", "Builtins", "Types", "Modules", "PyModule", "Decorators",
            "Super", "Sys", "Traceback", "PyBaseException", "PyAssertionError", "NameError", "Ints", "Floats",
            "Strs", "PyFormat", "Dataclasses", "Enums", "Long", "Double", "Boolean", "Throwable", "Override",
            // the module class's own entry point, run()
            "run");

    private Names() {
    }

    /**
     * The Java spelling of a Python identifier: the name itself, or with one more {@code _} when it is a reserved
     * word followed by any number of {@code _} ({@code new} is {@code new_}, so {@code new_} is {@code new__}), so
     * that two Python names never share a Java name.
     *
     * @param py the Python name
     * @return a valid Java identifier, the same name whenever possible
     */
    static String java(String py) {
        int end = py.length();
        while (end > 0 && py.charAt(end - 1) == '_') {
            end--;
        }
        // a name of underscores only counts as "_", which Java reserves
        return end == 0 || RESERVED.contains(end == py.length() ? py : py.substring(0, end)) ? py + "_" : py;
    }

    /**
     * The Java class name for a module file name: its stem, made a valid identifier.
     *
     * @param fileName the file name, such as {@code hello.py}
     * @return the class name
     */
    static String moduleClass(String fileName) {
        String base = fileName.replaceAll("^.*[/\\\\]", "");
        if (base.endsWith(".py")) {
            base = base.substring(0, base.length() - 3);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            b.append(i == 0 ? (Character.isJavaIdentifierStart(c) ? c : '_')
                    : (Character.isJavaIdentifierPart(c) && c != '$' ? c : '_'));
        }
        if (b.isEmpty() || !Character.isJavaIdentifierStart(b.charAt(0))) {
            b.insert(0, '_');
        }
        return java(b.toString());
    }

    /**
     * A Java string literal holding {@code s} exactly (non-ASCII escaped, so the source is plain ASCII).
     *
     * @param s the string
     * @return the literal, with quotes
     */
    static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20) {
                        // javac translates unicode escapes before reading strings, so a line break must not be one.
                        b.append(String.format("\\%03o", (int) c));
                    } else if (c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
