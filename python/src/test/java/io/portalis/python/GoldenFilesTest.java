package io.portalis.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed expected answers of the parser fixtures are CPython's: {@code scripts/python-fixtures --check}
 * asks CPython again and must find no difference. Skipped where there is no python3.
 */
class GoldenFilesTest {

    @Test
    void fixtureAnswersAreCPythons() throws Exception {
        assumeTrue(Python3.executable() != null, "python3 not found on PATH: cannot ask CPython for the fixtures");
        Path script = Path.of("..", "scripts", "python-fixtures").toAbsolutePath().normalize();
        assertThat(script).exists();
        Process check = new ProcessBuilder(Python3.executable(), script.toString(), "--check")
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor()).as(output).isZero();
        System.out.print(output);
    }
}
