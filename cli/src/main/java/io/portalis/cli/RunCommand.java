package io.portalis.cli;

import io.portalis.translator.CompilationException;
import io.portalis.translator.JavaCompilerService;
import io.portalis.translator.ProgramRunner;
import io.portalis.translator.Translation;
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
        int[] status = {0};
        Translation t = Programs.translate("run", file, System.err, status);
        if (t == null) {
            return status[0];
        }
        Map<String, byte[]> classes;
        try {
            classes = new JavaCompilerService().compile(Map.of(t.className(), t.javaSource()));
        } catch (CompilationException e) {
            System.err.println("portalis run: " + file + ": " + e.getMessage());
            return Programs.INTERNAL_ERROR;
        }
        System.out.flush();
        return ProgramRunner.run(t.className(), classes, file.toString(), args, System.in, System.out, System.err);
    }
}
