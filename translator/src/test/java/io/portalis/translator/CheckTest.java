package io.portalis.translator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What {@code ./portalis check} reports: every unsupported construct of the programs in
 * {@code src/test/resources/unsupported}, with its exact position (NAME.expected), and nothing for the corpus.
 */
class CheckTest {
    private static final Path UNSUPPORTED = Path.of("src/test/resources/unsupported");

    private static List<String> check(Path py) throws IOException {
        Translation t = Translator.translate(Files.readAllBytes(py), py.getFileName().toString());
        List<String> lines = new ArrayList<>();
        t.unsupported().forEach(d -> lines.add(d.format(py.getFileName().toString())));
        return lines;
    }

    @TestFactory
    Stream<DynamicTest> everyUnsupportedConstructIsReportedWhereItIs() throws IOException {
        List<Path> programs;
        try (Stream<Path> s = Files.list(UNSUPPORTED)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertThat(programs).hasSizeGreaterThanOrEqualTo(20);
        return programs.stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            Path expected = py.resolveSibling(py.getFileName().toString().replace(".py", ".expected"));
            List<String> want = Files.readAllLines(expected, StandardCharsets.UTF_8);
            assertThat(want).isNotEmpty();
            assertThat(check(py)).containsExactlyElementsOf(want);
        }));
    }

    @Test
    void theCorpusHasNoUnsupportedConstructsBeyondItsKnownFailures() throws IOException {
        Map<String, String> known = CorpusTest.knownFailures();
        for (CorpusTest.Program p : CorpusTest.programs()) {
            List<String> found = check(p.py());
            String reason = known.getOrDefault(p.name(), "");
            if (reason.startsWith("not supported yet")) {
                assertThat(found).as(p.name()).isNotEmpty();
            } else {
                assertThat(found).as(p.name()).isEmpty();
            }
        }
    }

    @Test
    void aDiagnosticReadsLikeACompilerError() {
        assertThat(new Diagnostic(3, 7, "built-in 'eval'").format("prog.py"))
                .isEqualTo("prog.py:3:7: error: built-in 'eval' is not supported");
    }
}
