package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exception hierarchy, CPython's messages, and how an uncaught exception ends a program. */
class ExceptionsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private void captureStreams() {
        Sys.setStreams(out, err, new java.io.ByteArrayInputStream(new byte[0]));
    }

    @AfterEach
    void restoreStreams() {
        Sys.setStreams(System.out, System.err, System.in);
    }

    private static boolean caughtAsException(PyBaseException e) {
        try {
            throw e;
        } catch (PyException caught) {
            return true;
        } catch (PyBaseException notAnException) {
            return false;
        }
    }

    @Test
    void exceptExceptionDoesNotCatchKeyboardInterruptOrSystemExit() {
        assertThat(caughtAsException(new KeyError("x"))).isTrue();
        assertThat(caughtAsException(new ZeroDivisionError("division by zero"))).isTrue();
        assertThat(caughtAsException(new KeyboardInterrupt())).isFalse();
        assertThat(caughtAsException(new SystemExit(1L))).isFalse();
        assertThat(caughtAsException(new GeneratorExit())).isFalse();
    }

    @Test
    void hierarchyMirrorsPython() {
        assertThat(new KeyError("k")).isInstanceOf(LookupError.class);
        assertThat(new IndexError("i")).isInstanceOf(LookupError.class);
        assertThat(new ZeroDivisionError("z")).isInstanceOf(ArithmeticError.class);
        assertThat(new NotImplementedError()).isInstanceOf(RuntimeError.class);
        assertThat(new FileNotFoundError()).isInstanceOf(OSError.class);
        assertThat(new UnboundLocalError()).isInstanceOf(NameError.class);
    }

    @Test
    void strAndReprFollowCPython() {
        assertThat(new KeyError("x").str()).isEqualTo("'x'");
        assertThat(new KeyError("x").repr()).isEqualTo("KeyError('x')");
        assertThat(new ValueError("bad").toString()).isEqualTo("ValueError: bad");
        assertThat(new ValueError().repr()).isEqualTo("ValueError()");
        assertThat(new ValueError("a", 1L).str()).isEqualTo("('a', 1)");
        assertThat(new StopIteration().toString()).isEqualTo("StopIteration");
        assertThat(new OSError(2L, "No such file or directory").str()).isEqualTo("[Errno 2] No such file or directory");
        assertThat(new FileNotFoundError(2L, "No such file or directory", "x.txt").str())
                .isEqualTo("[Errno 2] No such file or directory: 'x.txt'");
        assertThat(new PyAssertionError().pythonTypeName()).isEqualTo("AssertionError");
        assertThat(Py.repr(PyList.of(new KeyError(1L)))).isEqualTo("[KeyError(1)]");
    }

    @Test
    void operationsRaiseWithCPythonsMessages() {
        assertThatThrownBy(() -> Py.getItem(new PyDict<>(), "x")).isInstanceOf(KeyError.class)
                .hasMessage("'x'");
        assertThatThrownBy(() -> Py.getItem(new PyList<>(), 0L)).isInstanceOf(IndexError.class)
                .hasMessage("list index out of range");
        assertThatThrownBy(() -> Py.trueDiv(1L, 0L)).isInstanceOf(ZeroDivisionError.class)
                .hasMessage("division by zero");
        assertThatThrownBy(() -> Builtins.toInt("x")).isInstanceOf(ValueError.class)
                .hasMessage("invalid literal for int() with base 10: 'x'");
        assertThatThrownBy(() -> Py.unpack(PyList.of(1L, 2L, 3L), 2)).isInstanceOf(ValueError.class)
                .hasMessage("too many values to unpack (expected 2)");
        assertThatThrownBy(() -> Py.unpack(PyList.of(1L, 2L), 3)).isInstanceOf(ValueError.class)
                .hasMessage("not enough values to unpack (expected 3, got 2)");
    }

    @Test
    void uncaughtExceptionPrintsTracebackAndExitsWithOne() {
        captureStreams();
        int status = Traceback.runMain(() -> {
            Builtins.print("before");
            Py.getItem(PyDict.of("a", 1L), "x");
        });
        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("before\n");
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("Traceback (most recent call last):\n");
        assertThat(text).contains("  File \"ExceptionsTest.java\", line ");
        assertThat(text).endsWith("\nKeyError: 'x'\n");
    }

    @Test
    void chainedExceptionsPrintBothWithCPythonsSentences() {
        PyBaseException cause = new KeyError("k");
        PyBaseException explicit = new ValueError("bad").withCause(cause);
        assertThat(Traceback.format(explicit)).contains("KeyError: 'k'\n\nThe above exception was the direct cause "
                + "of the following exception:\n\nTraceback (most recent call last):\n").endsWith("ValueError: bad\n");
        PyBaseException implicit = new TypeError("t").withContext(new IndexError("i"));
        assertThat(Traceback.format(implicit)).contains("IndexError: i\n\nDuring handling of the above exception, "
                + "another exception occurred:\n\n").endsWith("TypeError: t\n");
        PyBaseException fromNone = new TypeError("t").withContext(new IndexError("i")).withCause(null);
        assertThat(Traceback.format(fromNone)).doesNotContain("IndexError");
    }

    @Test
    void systemExitGivesItsCodeAndPrintsOnlyANonIntMessage() {
        captureStreams();
        assertThat(Traceback.runMain(() -> Sys.exit(3L))).isEqualTo(3);
        assertThat(Traceback.runMain(Sys::exit)).isZero();
        assertThat(Traceback.runMain(() -> Sys.exit((Object) null))).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(Traceback.runMain(() -> Sys.exit("fatal: no input"))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("fatal: no input\n");
    }

    /** A program's main: {@code Traceback.exitWith} on a body that prints, then exits with the status given. */
    static final class ExitingProgram {
        public static void main(String[] args) {
            Traceback.exitWith(() -> {
                Sys.stdout.write("printed\n");
                Sys.exit(Long.parseLong(args[0]));
            });
        }
    }

    private static Process runExitingProgram(String status) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ExitingProgram.class.getName(), status).redirectErrorStream(true).start();
        p.waitFor();
        return p;
    }

    @Test
    void exitWithEndsTheJvmWithTheProgramsStatusAfterItsOutput() throws IOException, InterruptedException {
        for (String status : new String[] {"0", "3"}) {
            Process p = runExitingProgram(status);
            assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("printed\n");
            assertThat(p.exitValue()).isEqualTo(Integer.parseInt(status));
        }
    }

    @Test
    void javaErrorsBecomePythonExceptions() {
        assertThat(Py.wrap(new StackOverflowError())).isInstanceOf(RecursionError.class)
                .hasMessage("maximum recursion depth exceeded");
        assertThat(Py.wrap(new ArithmeticException("/ by zero"))).isInstanceOf(ZeroDivisionError.class);
        KeyError k = new KeyError("same");
        assertThat(Py.wrap(k)).isSameAs(k);
    }
}
