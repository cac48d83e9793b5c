package io.portalis.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.python.ast.AstDump;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated windows of the standard library (as the fuzz test makes them), judged by CPython and by the parser:
 * both must accept the same inputs with the same tree, and for rejected inputs the error's line, message and
 * column must agree nearly always. Skipped where there is no python3.
 */
class CPythonDifferentialTest {

    private static final long SEED = 20_260_226L;
    private static final int CASES = 3_000;
    /** Of the inputs both reject, the share (in per mille) with CPython's line and message; may only go up. */
    private static final int SAME_ERROR_PER_MILLE_AT_LEAST = 995;
    /** The same, with CPython's column as well. */
    private static final int SAME_COLUMN_PER_MILLE_AT_LEAST = 990;

    private static final java.util.regex.Pattern CPYTHON_ERROR =
            java.util.regex.Pattern.compile("\\w+: (.*) \\((.*), line (-?\\w+)\\) (\\S+)");

    @TempDir
    Path dir;

    @Test
    void parserAgreesWithCPythonOnMutatedCode() throws Exception {
        assumeTrue(Python3.executable() != null, "python3 not found on PATH: skipping the comparison with CPython");
        List<byte[]> corpus = new ArrayList<>();
        for (Path f : Python3.stdlibFiles()) {
            corpus.add(Files.readAllBytes(f));
        }
        SplittableRandom random = new SplittableRandom(SEED);
        List<Path> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Path f = dir.resolve(i + ".py");
            Files.write(f, ParserFuzzTest.mutate(corpus.get(random.nextInt(corpus.size())), random));
            cases.add(f);
        }
        List<String> expected = cpython(cases);

        List<String> disagreements = new ArrayList<>();
        int bothReject = 0;
        int sameError = 0;
        int sameColumn = 0;
        for (int i = 0; i < CASES; i++) {
            String theirs = expected.get(i);
            String ours;
            PythonSyntaxError error = null;
            try {
                ours = AstDump.dump(Parser.parse(Files.readAllBytes(cases.get(i)), "<unknown>"), true);
            } catch (PythonSyntaxError e) {
                ours = null;
                error = e;
            }
            Matcher m = CPYTHON_ERROR.matcher(theirs);
            boolean cpythonRejects = !theirs.startsWith("Module(");
            if (!cpythonRejects) {
                if (!theirs.equals(ours)) {
                    disagreements.add("case " + i + ": CPython accepts it, we " + (ours == null ? "reject it: "
                            + error.getMessage() : "build another tree"));
                }
            } else if (ours != null) {
                disagreements.add("case " + i + ": CPython rejects it (" + theirs + "), we accept it");
            } else {
                bothReject++;
                // CPython gives null bytes and undecodable error lines no line; count those as agreeing.
                if (!m.matches() || error.msg().equals(m.group(1)) && (m.group(3).equals("None")
                        || Integer.toString(error.line()).equals(m.group(3)))) {
                    sameError++;
                    if (!m.matches() || m.group(4).equals("None")
                            || Integer.toString(error.column()).equals(m.group(4))) {
                        sameColumn++;
                    }
                }
            }
        }
        System.out.printf("CPython differential: %d mutated cases (seed %d), %d rejected by both, %d of them "
                + "with CPython's line and message, %d also with its column%n", CASES, SEED, bothReject, sameError,
                sameColumn);
        assertThat(disagreements).as("inputs where CPython and the parser disagree").isEmpty();
        assertThat(sameError * 1000L).isGreaterThanOrEqualTo((long) SAME_ERROR_PER_MILLE_AT_LEAST * bothReject);
        assertThat(sameColumn * 1000L).isGreaterThanOrEqualTo((long) SAME_COLUMN_PER_MILLE_AT_LEAST * bothReject);
    }

    private static List<String> cpython(List<Path> files) throws IOException, InterruptedException {
        Process cpython = Python3.start(Python3.resource("cpython_dump.py"));
        Thread feeder = Thread.ofPlatform().start(() -> {
            try (Writer w = new OutputStreamWriter(cpython.getOutputStream(), StandardCharsets.UTF_8)) {
                for (Path f : files) {
                    w.write(f.toString());
                    w.write('\n');
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(cpython.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
        }
        feeder.join();
        assertThat(cpython.waitFor()).isZero();
        assertThat(lines).hasSize(files.size());
        return lines;
    }
}
