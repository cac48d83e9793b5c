package io.portalis.translator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential corpus: every program of {@code src/test/resources/cpython} is translated, compiled (all in
 * one javac task) and run as {@code ./portalis run} runs it, and must print exactly CPython's committed stdout
 * and exit with its status, and when it fails, print the traceback CPython prints (as {@code NAME.err} holds it,
 * with the program's path as its file name). Programs listed in {@code known-failures.txt} must still fail, so
 * that the list only shrinks.
 */
class CorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/cpython");
    static final Path KNOWN_FAILURES = Path.of("src/test/resources/known-failures.txt");

    record Program(String name, Path py) {
    }

    static List<Program> programs() throws IOException {
        List<Program> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(CORPUS)) {
            s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(p -> {
                String n = p.getFileName().toString();
                out.add(new Program(n.substring(0, n.length() - 3), p));
            });
        }
        return out;
    }

    static Map<String, String> knownFailures() throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String line : Files.readAllLines(KNOWN_FAILURES)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            m.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return m;
    }

    /** What running one program produced, or why it could not run. */
    record Outcome(String problem, byte[] stdout, byte[] stderr, int status) {
    }

    static Map<String, Outcome> runAll(List<Program> programs) throws IOException {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Map<String, Translation> translations = new LinkedHashMap<>();
        for (Program p : programs) {
            try {
                // by its absolute path, as CPython names the script in tracebacks
                Translation t = Translator.translate(Files.readAllBytes(p.py()), p.py().toAbsolutePath().toString());
                if (!t.ok()) {
                    outcomes.put(p.name(), new Outcome("unsupported: " + t.unsupported(), null, null, -1));
                } else {
                    translations.put(p.name(), t);
                }
            } catch (RuntimeException e) {
                outcomes.put(p.name(), new Outcome("translation failed: " + e, null, null, -1));
            }
        }
        JavaCompilerService javac = new JavaCompilerService();
        Map<String, String> sources = new LinkedHashMap<>();
        translations.values().forEach(t -> sources.put(t.className(), t.javaSource()));
        Map<String, byte[]> classes;
        try {
            classes = javac.compile(sources);
        } catch (CompilationException batchFailure) {
            classes = new LinkedHashMap<>();
            for (Map.Entry<String, Translation> e : translations.entrySet()) {
                Translation t = e.getValue();
                try {
                    classes.putAll(javac.compile(Map.of(t.className(), t.javaSource())));
                } catch (CompilationException ce) {
                    outcomes.put(e.getKey(), new Outcome(ce.getMessage(), null, null, -1));
                }
            }
        }
        for (Map.Entry<String, Translation> e : translations.entrySet()) {
            if (outcomes.containsKey(e.getKey())) {
                continue;
            }
            Path base = CORPUS.resolve(e.getKey());
            List<String> args = Files.exists(sibling(base, ".args"))
                    ? Files.readAllLines(sibling(base, ".args")) : List.of();
            InputStream in = Files.exists(sibling(base, ".in"))
                    ? Files.newInputStream(sibling(base, ".in")) : new ByteArrayInputStream(new byte[0]);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = ProgramRunner.run(e.getValue().className(), classes, e.getValue().fileName(), args, in,
                    out, err);
            outcomes.put(e.getKey(), new Outcome(null, out.toByteArray(), err.toByteArray(), status));
        }
        return outcomes;
    }

    static Path sibling(Path base, String ext) {
        return base.resolveSibling(base.getFileName() + ext);
    }

    static String mismatch(Path base, Outcome o) throws IOException {
        if (o.problem() != null) {
            return o.problem();
        }
        byte[] expected = Files.readAllBytes(sibling(base, ".out"));
        int expectedStatus = Files.exists(sibling(base, ".exit"))
                ? Integer.parseInt(Files.readString(sibling(base, ".exit")).trim()) : 0;
        List<String> problems = new ArrayList<>();
        if (!java.util.Arrays.equals(expected, o.stdout())) {
            problems.add("stdout differs:\n--- expected\n" + new String(expected, StandardCharsets.UTF_8)
                    + "--- actual\n" + new String(o.stdout(), StandardCharsets.UTF_8));
        }
        if (expectedStatus != o.status()) {
            problems.add("exit status " + o.status() + ", expected " + expectedStatus);
        }
        if (Files.exists(sibling(base, ".err"))) {
            String expectedErr = Files.readString(sibling(base, ".err"));
            Path py = sibling(base, ".py");
            String err = new String(o.stderr(), StandardCharsets.UTF_8)
                    .replace("\"" + py.toAbsolutePath() + "\"", "\"" + py.getFileName() + "\"");
            if (!expectedErr.equals(err)) {
                problems.add("stderr differs:\n--- expected\n" + expectedErr + "--- actual\n" + err);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsWhatCPythonPrints() throws IOException {
        List<Program> programs = programs();
        Map<String, String> known = knownFailures();
        assertThat(programs.stream().map(Program::name).toList()).containsAll(known.keySet());
        Map<String, Outcome> outcomes = runAll(programs);
        List<DynamicTest> tests = new ArrayList<>();
        for (Program p : programs) {
            Path base = CORPUS.resolve(p.name());
            String problem = mismatch(base, outcomes.get(p.name()));
            tests.add(DynamicTest.dynamicTest(p.name(), () -> {
                if (known.containsKey(p.name())) {
                    assertThat(problem).as("%s is listed as a known failure (%s) but now passes: remove it from %s",
                            p.name(), known.get(p.name()), KNOWN_FAILURES).isNotNull();
                } else {
                    assertThat(problem).as(p.name()).isNull();
                }
            }));
        }
        return tests.stream();
    }
}
