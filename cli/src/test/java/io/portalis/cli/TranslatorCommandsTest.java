package io.portalis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run}, {@code check} and {@code translate}: streams, arguments and exit statuses as the user sees them. */
class TranslatorCommandsTest {
    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private static Result exec(String stdin, String... args) {
        PrintStream out0 = System.out;
        PrintStream err0 = System.err;
        InputStream in0 = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            status = Main.execute(args);
        } finally {
            System.setOut(out0);
            System.setErr(err0);
            System.setIn(in0);
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runPassesArgvAndStdinAndReturnsTheExitStatus() throws Exception {
        Path p = Files.writeString(dir.resolve("prog.py"), """
                import sys
                name = input()
                print("hello", name, sys.argv[1:])
                sys.exit(int(sys.argv[1]))
                """);
        Result r = exec("world\n", "run", p.toString(), "3", "--flag");
        assertThat(r.out()).isEqualTo("hello world ['3', '--flag']\n");
        assertThat(r.status()).isEqualTo(3);
    }

    @Test
    void runTakesEveryArgumentAfterFileAsTheProgramsOwn() throws Exception {
        Path p = Files.writeString(dir.resolve("echo.py"), "import sys\nprint(sys.argv[1:])\n");
        Result r = exec("", "run", p.toString(), "--help", "-V", "--", "");
        assertThat(r.out()).isEqualTo("['--help', '-V', '--', '']\n");
        assertThat(r.status()).isZero();
    }

    @Test
    void anArgumentStartingWithAtIsPassedAsItIs() throws Exception {
        Path p = Files.writeString(dir.resolve("at.py"), "import sys\nprint(sys.argv[1:])\n");
        Files.writeString(dir.resolve("args"), "--help\n");
        String at = "@" + dir.resolve("args");
        assertThat(exec("", "run", p.toString(), at).out()).isEqualTo("['" + at + "']\n");
        assertThat(exec("", "run", "--", p.toString(), at).out()).isEqualTo("['" + at + "']\n");
    }

    @Test
    void runReadsItsOwnOptionsBeforeFile() throws Exception {
        Result help = exec("", "run", "--help");
        assertThat(help.out()).startsWith("Usage: portalis run [-hV] FILE [ARGS...]");
        assertThat(help.status()).isZero();
        Result unknown = exec("", "run", "-x", "prog.py");
        assertThat(unknown.err()).startsWith("Unknown option: '-x'");
        assertThat(unknown.status()).isEqualTo(2);
        Result missing = exec("", "run");
        assertThat(missing.err()).startsWith("Missing required parameter: 'FILE'");
        assertThat(missing.status()).isEqualTo(2);
    }

    @Test
    void runReportsAFileItCannotRead() {
        Result r = exec("", "run", dir.resolve("absent.py").toString(), "x");
        assertThat(r.err()).startsWith("portalis run: cannot read " + dir.resolve("absent.py"));
        assertThat(r.status()).isEqualTo(1);
    }

    /** run as the launcher splits it: compiled in one JVM, the result read from a file by the one that runs it. */
    private Result runCompiledElsewhere(Path program, CompiledProgram compiled, String... args) throws Exception {
        Path handOver = dir.resolve("compiled.bin");
        try (var out = Files.newOutputStream(handOver)) {
            compiled.writeTo(out);
        }
        System.setProperty(RunCommand.COMPILED_PROPERTY, handOver.toString());
        try {
            String[] all = new String[args.length + 2];
            all[0] = "run";
            all[1] = program.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            return exec("in\n", all);
        } finally {
            System.clearProperty(RunCommand.COMPILED_PROPERTY);
        }
    }

    @Test
    void aProgramCompiledInAnotherJvmRunsWithItsArgvStdinAndStatus() throws Exception {
        Path p = Files.writeString(dir.resolve("split.py"), """
                import sys
                print(input(), sys.argv)
                sys.exit(5)
                """);
        var err = new ByteArrayOutputStream();
        CompiledProgram compiled = RunCommand.compile(p, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.size()).isZero();
        Result r = runCompiledElsewhere(p, compiled, "a", "-b");
        assertThat(r.out()).isEqualTo("in ['" + p + "', 'a', '-b']\n");
        assertThat(r.status()).isEqualTo(5);
    }

    @Test
    void aFailedCompilationInAnotherJvmGivesItsStatusAndRunsNothing() throws Exception {
        Path p = Files.writeString(dir.resolve("bad.py"), "x = eval('1')\n");
        var err = new ByteArrayOutputStream();
        CompiledProgram compiled = RunCommand.compile(p, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(p + ":1:5: error: built-in 'eval' is not supported\n");
        assertThat(compiled.status()).isEqualTo(2);
        Result r = runCompiledElsewhere(p, compiled);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aCompilationThatEndedWithoutAResultIsReported() throws Exception {
        Path p = Files.writeString(dir.resolve("ok.py"), "print(1)\n");
        Path empty = Files.write(dir.resolve("empty.bin"), new byte[0]);
        System.setProperty(RunCommand.COMPILED_PROPERTY, empty.toString());
        Result r;
        try {
            r = exec("", "run", p.toString());
        } finally {
            System.clearProperty(RunCommand.COMPILED_PROPERTY);
        }
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("portalis run: " + p + ": the compilation ended without a result\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUncaughtExceptionPrintsATracebackAndExitsWithOne() throws Exception {
        Path p = Files.writeString(dir.resolve("boom.py"), "print('before')\n{}['missing']\n");
        Result r = exec("", "run", p.toString());
        assertThat(r.out()).isEqualTo("before\n");
        assertThat(r.err()).startsWith("Traceback (most recent call last):\n").endsWith("KeyError: 'missing'\n");
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void checkListsEveryUnsupportedConstructAndRunRefusesTheFile() throws Exception {
        Path p = Files.writeString(dir.resolve("bad.py"), "x = eval('1')\nexec('pass')\n");
        Result check = exec("", "check", p.toString());
        assertThat(check.status()).isEqualTo(2);
        assertThat(check.err()).isEqualTo(p + ":1:5: error: built-in 'eval' is not supported\n"
                + p + ":2:1: error: built-in 'exec' is not supported\n");
        Result run = exec("", "run", p.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(check.err());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void checkIsSilentOnSupportedPrograms() throws Exception {
        Path p = Files.writeString(dir.resolve("ok.py"), "print(1)\n");
        assertThat(exec("", "check", p.toString())).isEqualTo(new Result(0, "", ""));
    }

    @Test
    void translateWritesOneJavaClassNamedAfterTheModule() throws Exception {
        Path p = Files.writeString(dir.resolve("greeter.py"), "def greet(n):\n    return 'hi ' + n\n");
        Path outDir = dir.resolve("out");
        Result r = exec("", "translate", p.toString(), "-o", outDir.toString());
        assertThat(r.status()).isZero();
        Path java = outDir.resolve("greeter.java");
        assertThat(r.out()).isEqualTo(java + "\n");
        assertThat(Files.readString(java)).contains("public final class greeter").contains("static Object greet(Object n)");
    }

    @Test
    void aSyntaxErrorIsReportedLikePython() throws Exception {
        Path p = Files.writeString(dir.resolve("syntax.py"), "def f(:\n");
        Result r = exec("", "run", p.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("SyntaxError");
    }
}
