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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses every {@code .py} file of the installed CPython standard library and compares the tree with CPython's
 * {@code ast.dump(..., include_attributes=True)}; a file CPython rejects must be rejected. CPython runs once
 * for all files, streaming one line per file, so neither side holds the dumps of the whole library.
 */
class StdlibConformanceTest {

    @Test
    void everyStdlibFileParsesAsCPythonParsesIt() throws Exception {
        String python = Python3.executable();
        assumeTrue(python != null, "python3 not found on PATH: skipping the standard library conformance test");
        List<Path> files = Python3.stdlibFiles();
        assertThat(files).hasSizeGreaterThan(1000);

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
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        int rejected = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(cpython.getInputStream(),
                StandardCharsets.UTF_8), 1 << 20)) {
            for (Path f : files) {
                String expected = r.readLine();
                assertThat(expected).as("CPython's answer for %s", f).isNotNull();
                String actual;
                try {
                    actual = AstDump.dump(Parser.parse(Files.readAllBytes(f), f.toString()), true);
                } catch (PythonSyntaxError e) {
                    actual = "SyntaxError: " + e.getMessage();
                } catch (RuntimeException | StackOverflowError e) {
                    actual = "crash: " + e;
                }
                boolean cpythonRejects = !expected.startsWith("Module(");
                if (cpythonRejects) {
                    rejected++;
                    if (!actual.startsWith("SyntaxError")) {
                        failures.add(f + ": CPython rejects it (" + expected + "), we accept it");
                    }
                } else {
                    accepted++;
                    if (!expected.equals(actual)) {
                        failures.add(f + ": " + firstDifference(expected, actual));
                    }
                }
            }
        }
        feeder.join();
        cpython.waitFor();
        System.out.printf("stdlib conformance: %d files, %d accepted and %d rejected by CPython, %d differ%n",
                files.size(), accepted, rejected, failures.size());
        assertThat(failures.subList(0, Math.min(30, failures.size())))
                .as("the first of %d files where the parser disagrees with CPython", failures.size()).isEmpty();
    }

    static String firstDifference(String expected, String actual) {
        int i = 0;
        int n = Math.min(expected.length(), actual.length());
        while (i < n && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 150);
        return "\n  expected ..." + expected.substring(from, Math.min(expected.length(), i + 100))
                + "\n  actual   ..." + actual.substring(from, Math.min(actual.length(), i + 100));
    }
}
