package io.portalis.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.portalis.python.ast.AstDump;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The snippets of {@code parser-fixtures.txt}, each against CPython's answer in {@code parser-fixtures.expected}
 * (written by {@code scripts/python-fixtures}): a valid snippet must dump exactly as CPython dumps it, an
 * invalid one must be rejected on CPython's line. The same for {@code parser-fixtures-312.txt} with the 3.12
 * grammar and CPython 3.12's answers.
 */
class ParserFixturesTest {

    /** How many invalid snippets get CPython's message and column as well as its line; may only go up. */
    private static final int EXACT_ERRORS_AT_LEAST = 166;

    private static final java.util.regex.Pattern HEADER =
            java.util.regex.Pattern.compile("^## (ok|err): (\\S+)(?: \\[([a-z -]+)\\])?$");

    record Case(boolean ok, String name, byte[] source, String expected, PythonVersion version) {
    }

    @TestFactory
    Stream<DynamicTest> snippets() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest((c.ok ? "ok: " : "err: ") + c.name,
                () -> check(c)));
    }

    @TestFactory
    Stream<DynamicTest> snippetsOfPython312() throws IOException {
        return cases("parser-fixtures-312", PythonVersion.PY312).stream().map(c -> DynamicTest.dynamicTest(
                "3.12 " + (c.ok ? "ok: " : "err: ") + c.name, () -> check(c)));
    }

    private static void check(Case c) {
        if (c.ok) {
            assertThat(AstDump.dump(Parser.parse(c.source, "<unknown>", c.version), true, c.version))
                    .isEqualTo(c.expected);
        } else {
            PythonSyntaxError e = catchThrowableOfType(PythonSyntaxError.class,
                    () -> Parser.parse(c.source, "<unknown>", c.version));
            assertThat(e).as("the parser must reject it as CPython does: %s", c.expected).isNotNull();
            String[] expected = c.expected.split("\t", 4);
            // CPython gives no line for null bytes in the source, which it rejects before parsing.
            int line = expected[1].equals("None") ? 1 : Integer.parseInt(expected[1]);
            assertThat(e.line()).as("line of %s (CPython: %s)", e.getMessage(), c.expected).isEqualTo(line);
        }
    }

    @Test
    void invalidSnippetsGetCPythonsMessageAndColumn() throws IOException {
        int invalid = 0;
        List<String> exact = new ArrayList<>();
        List<String> inexact = new ArrayList<>();
        for (Case c : cases()) {
            if (c.ok) {
                continue;
            }
            invalid++;
            String[] expected = c.expected.split("\t", 4);
            try {
                Parser.parse(c.source, "<unknown>");
                inexact.add(c.name + ": accepted");
            } catch (PythonSyntaxError e) {
                String actual = e.kind() + "\t" + e.line() + "\t" + e.column() + "\t" + e.msg();
                if (actual.equals(c.expected) || expected[1].equals("None") && e.msg().equals(expected[3])) {
                    exact.add(c.name);
                } else {
                    inexact.add(c.name + ":\n    CPython: " + c.expected + "\n    here:    " + actual);
                }
            }
        }
        System.out.printf("parser fixtures: %d of %d invalid snippets match CPython's message, line and column%n",
                exact.size(), invalid);
        inexact.forEach(s -> System.out.println("  differs: " + s));
        assertThat(invalid).isGreaterThanOrEqualTo(100);
        assertThat(exact.size()).isGreaterThanOrEqualTo(EXACT_ERRORS_AT_LEAST);
    }

    static List<Case> cases() throws IOException {
        return cases("parser-fixtures", PythonVersion.PY311);
    }

    static List<Case> cases(String file, PythonVersion version) throws IOException {
        String fixtures = resource(file + ".txt");
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : resource(file + ".expected").split("\n")) {
            int tab = line.indexOf('\t');
            expected.put(line.substring(0, tab), line.substring(tab + 1));
        }
        List<Case> cases = new ArrayList<>();
        String[] lines = fixtures.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = HEADER.matcher(lines[i]);
            if (!m.matches()) {
                continue;
            }
            StringBuilder body = new StringBuilder();
            int j = i + 1;
            for (; j < lines.length - 1 && !HEADER.matcher(lines[j]).matches(); j++) {
                body.append(lines[j]).append('\n');
            }
            String flags = m.group(3) == null ? "" : m.group(3);
            byte[] source = body.toString().getBytes(StandardCharsets.UTF_8);
            if (flags.contains("no-final-newline") && source.length > 0) {
                source = java.util.Arrays.copyOf(source, source.length - 1);
            }
            if (flags.contains("escaped")) {
                source = unescape(source);
            }
            String name = m.group(2);
            assertThat(expected).as("CPython's answer for %s: run scripts/python-fixtures", name).containsKey(name);
            cases.add(new Case(m.group(1).equals("ok"), name, source, expected.get(name), version));
            i = j - 1;
        }
        return cases;
    }

    /** Turns {@code \\xNN} into the byte NN and a doubled backslash into one. */
    private static byte[] unescape(byte[] s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length);
        for (int i = 0; i < s.length; i++) {
            if (s[i] == '\\' && s[i + 1] == 'x') {
                out.write(Integer.parseInt(new String(s, i + 2, 2, StandardCharsets.US_ASCII), 16));
                i += 3;
            } else if (s[i] == '\\' && s[i + 1] == '\\') {
                out.write('\\');
                i++;
            } else {
                out.write(s[i]);
            }
        }
        return out.toByteArray();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ParserFixturesTest.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
