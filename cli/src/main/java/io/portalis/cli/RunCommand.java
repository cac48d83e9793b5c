package io.portalis.cli;

import io.portalis.translator.CompilationException;
import io.portalis.translator.JavaCompilerService;
import io.portalis.translator.ProgramRunner;
import io.portalis.translator.Translation;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code portalis run FILE [ARGS...]}: translates the module, compiles it in memory and runs it as
 * {@code python3 FILE ARGS...} does, with the same {@code sys.argv}, standard streams and exit status.
 * Unsupported constructs are reported as {@code check} reports them (status 2) and nothing runs; a translator
 * defect (generated Java that javac rejects) is reported as an internal error with status 3.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Translate, compile and run a Python program as python3 would.")
final class RunCommand implements Callable<Integer> {

    /**
     * The system property naming a file to read the compiled program from ({@link CompiledProgram}) instead of
     * compiling it here: the launcher sets it to a pipe from a {@link CompileForRun} JVM.
     */
    static final String COMPILED_PROPERTY = "portalis.compiled";

    @Parameters(index = "0", paramLabel = "FILE", description = "The Python program.")
    private Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments given to the program as sys.argv[1:].")
    private List<String> args = List.of();

    /** The command as the parser creates it, before it sets the parameters. */
    RunCommand() {
    }

    /** The command with its parameters already parsed. */
    RunCommand(Path file, List<String> args) {
        this.file = file;
        this.args = args;
    }

    @Override
    public Integer call() {
        String from = System.getProperty(COMPILED_PROPERTY);
        CompiledProgram program;
        if (from == null) {
            program = compile(file, System.err);
        } else {
            try (InputStream in = new BufferedInputStream(new FileInputStream(from))) {
                program = CompiledProgram.readFrom(in);
            } catch (IOException e) {
                System.err.println("portalis run: " + file + ": the compilation ended without a result");
                return Programs.FAILED;
            }
        }
        if (program.status() != 0) {
            return program.status();
        }
        System.out.flush();
        return ProgramRunner.run(program.className(), program.classes(), file.toString(), args, System.in,
                System.out, System.err);
    }

    /**
     * Translates and compiles a program, reporting on stderr why it cannot be.
     *
     * @param file the program
     * @param err where failures are reported
     * @return the classes, or the status to exit with
     */
    static CompiledProgram compile(Path file, PrintStream err) {
        int[] status = {0};
        Translation t = Programs.translate("run", file, err, status);
        if (t == null) {
            return CompiledProgram.failed(status[0]);
        }
        try {
            return new CompiledProgram(0, t.className(),
                    new JavaCompilerService().compile(Map.of(t.className(), t.javaSource())));
        } catch (CompilationException e) {
            err.println("portalis run: " + file + ": " + e.getMessage());
            return CompiledProgram.failed(Programs.INTERNAL_ERROR);
        }
    }
}
