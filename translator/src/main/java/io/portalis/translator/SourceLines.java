package io.portalis.translator;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Python line and function of each line of a module's Java code, which pylib's {@code Traceback} prints in
 * place of the Java frames, as CPython prints {@code File "/path/prog.py", line 4, in main}.
 *
 * <p>While emitting, {@link ModuleEmitter} writes marker lines, which are not Java, into its output: a statement's
 * {@link #line} before the statement's code, a function's {@link #frame} at the start of its body. A marker holds for
 * the lines after it that are indented as deep or deeper, up to the next marker of its kind at its depth: the code
 * of a statement, nested blocks included, is never indented less than its first line. Lines under no statement
 * marker (declarations, dispatch between a function's typed and dynamic versions, the helpers of call sites) are
 * not the program's code, and a traceback leaves their frames out. {@link #resolve} removes the markers and
 * appends the table to the class, in a static block registering it with {@code Traceback}.
 */
final class SourceLines {
    private static final char MARKER = '\u0000';
    /** Characters of a string constant in the table, below the class file's limit of 65535 bytes. */
    private static final int CHUNK = 60_000;

    private SourceLines() {
    }

    /** The marker of a statement on Python line {@code lineno}. */
    static String line(int lineno) {
        return MARKER + "L" + lineno;
    }

    /** The marker of a function's body: CPython's name of its frame ({@code f}, {@code <module>}, {@code <lambda>}). */
    static String frame(String name) {
        return MARKER + "F" + name;
    }

    /**
     * The marker of a part of a function emitted as a Java method of its own (an outlined loop body): its frames
     * continue the frame of the function that calls it, which a traceback shows once, at the part's line.
     */
    static String continued(String name) {
        return MARKER + "C" + name;
    }

    private record Mark(int indent, char kind, String value) {
    }

    /**
     * Removes the markers from a module's Java code and appends its line table.
     *
     * @param code the code with markers, ending with the class's closing brace
     * @param className the module's class
     * @param file the Python file as the translator was given it, which tracebacks name as CPython names a script:
     *     made absolute against the working directory
     * @return the code
     */
    static String resolve(String code, String className, String file) {
        String path = Path.of(file).isAbsolute() ? file : System.getProperty("user.dir") + "/" + file;
        String[] lines = code.split("\n", -1);
        StringBuilder out = new StringBuilder(code.length());
        Map<String, Integer> frames = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder();
        Deque<Mark> marks = new ArrayDeque<>();
        int javaLine = 0;
        String last = null;
        for (String l : lines) {
            int indent = 0;
            while (indent < l.length() && l.charAt(indent) == ' ') {
                indent++;
            }
            if (indent < l.length() && l.charAt(indent) == MARKER) {
                char kind = l.charAt(indent + 1);
                while (!marks.isEmpty() && (marks.peek().indent > indent
                        || marks.peek().indent == indent && (kind != 'L' || marks.peek().kind == 'L'))) {
                    marks.pop();
                }
                marks.push(new Mark(indent, kind, l.substring(indent + 2)));
                continue;
            }
            if (!l.isBlank()) {
                while (!marks.isEmpty() && marks.peek().indent > indent) {
                    marks.pop();
                }
            }
            javaLine++;
            String entry = entry(marks, frames);
            if (!entry.equals(last)) {
                table.append(javaLine).append(',').append(entry).append(';');
                last = entry;
            }
            out.append(l).append('\n');
        }
        // the text ended with a newline, which split made an empty last line
        out.setLength(out.length() - 1);
        int end = out.lastIndexOf("}");
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < table.length(); i += CHUNK) {
            chunks.add(Names.literal(table.substring(i, Math.min(table.length(), i + CHUNK))));
        }
        List<String> names = frames.keySet().stream().map(Names::literal).toList();
        String register = "\n    static {\n"
                + "        // for tracebacks: from each Java line listed on, the Python line and function (none: 0)\n"
                + "        Traceback.register(" + className + ".class, " + Names.literal(path) + ",\n"
                + "                new String[] {" + String.join(", ", names) + "},\n"
                + "                " + String.join(",\n                ", chunks) + ");\n"
                + "    }\n";
        return out.substring(0, end) + register + out.substring(end);
    }

    /**
     * The table's entry for a line under {@code marks}: {@code line,frame} with the frame's index among the names,
     * negated and less one for a continued frame; {@code 0} outside any statement.
     */
    private static String entry(Deque<Mark> marks, Map<String, Integer> frames) {
        Mark line = null;
        Mark frame = null;
        for (Mark m : marks) {
            if (m.kind == 'L' && line == null) {
                line = m;
            } else if (m.kind != 'L' && frame == null) {
                frame = m;
            }
        }
        if (line == null || frame == null) {
            return "0";
        }
        int index = frames.computeIfAbsent(frame.value, k -> frames.size());
        return line.value + "," + (frame.kind == 'C' ? -index - 1 : index);
    }
}
