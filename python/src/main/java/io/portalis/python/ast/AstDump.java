package io.portalis.python.ast;

import io.portalis.python.PythonVersion;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Formats a tree exactly as CPython 3.11's {@code ast.dump} does, on one line. */
public final class AstDump {

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private AstDump() {
    }

    /**
     * Returns what {@code ast.dump(node, include_attributes=includeAttributes)} returns for the same tree in
     * CPython 3.11.
     *
     * @param node the tree
     * @param includeAttributes whether to show {@code lineno}, {@code col_offset}, {@code end_lineno} and
     *     {@code end_col_offset}
     * @return the dump
     * @throws NullPointerException if {@code node} is null
     */
    public static String dump(Node node, boolean includeAttributes) {
        return dump(node, includeAttributes, PythonVersion.PY311);
    }

    /**
     * Returns what {@code ast.dump(node, include_attributes=includeAttributes)} returns in the given CPython
     * version: for {@link PythonVersion#PY312}, with the {@code type_params} fields that 3.12 added.
     *
     * @param node the tree
     * @param includeAttributes whether to show positions
     * @param version the CPython version whose {@code ast.dump} to reproduce
     * @return the dump
     * @throws NullPointerException if {@code node} or {@code version} is null
     */
    public static String dump(Node node, boolean includeAttributes, PythonVersion version) {
        StringBuilder out = new StringBuilder(256);
        new AstDump.Formatter(includeAttributes, version == PythonVersion.PY312).format(node, out);
        return out.toString();
    }

    /** One dump's settings. */
    private record Formatter(boolean attributes, boolean typeParams) {

        private void format(Node node, StringBuilder out) {
            out.append(node.nodeType()).append('(');
            RecordComponent[] components = COMPONENTS.computeIfAbsent(node.getClass(), Class::getRecordComponents);
            int fields = node instanceof Located ? components.length - 4 : components.length;
            boolean first = true;
            for (int i = 0; i < components.length; i++) {
                if (i >= fields && !attributes) {
                    break;
                }
                if (!typeParams && components[i].getName().equals("typeParams")) {
                    continue;
                }
                Object value = get(components[i], node);
                if (value == null) {
                    continue;
                }
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(snakeCase(components[i].getName())).append('=');
                formatValue(value, out);
            }
            out.append(')');
        }

        private void formatValue(Object value, StringBuilder out) {
            switch (value) {
                case null -> out.append("None");
                case Node n -> format(n, out);
                case List<?> list -> {
                    out.append('[');
                    for (int i = 0; i < list.size(); i++) {
                        if (i > 0) {
                            out.append(", ");
                        }
                        formatValue(list.get(i), out);
                    }
                    out.append(']');
                }
                case ConstantValue c -> out.append(c.repr());
                case String s -> out.append(PythonRepr.strRepr(s));
                case ExprContext c -> out.append(c.astName()).append("()");
                case Operator o -> out.append(o.astName()).append("()");
                case BoolOperator o -> out.append(o.astName()).append("()");
                case UnaryOperator o -> out.append(o.astName()).append("()");
                case CmpOperator o -> out.append(o.astName()).append("()");
                default -> out.append(value);
            }
        }
    }

    private static Object get(RecordComponent component, Node node) {
        try {
            return component.getAccessor().invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
