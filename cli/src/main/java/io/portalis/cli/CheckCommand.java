package io.portalis.cli;

import io.portalis.translator.Translation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code portalis check FILE}: lists every construct of the file the translator does not support, one line each
 * ({@code FILE:LINE:COL: error: <construct> is not supported}, on stderr), and exits with 2 when there is any,
 * 1 when the file cannot be read or parsed, else 0 silently.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Report every construct of a Python file that cannot be translated.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The Python file.")
    private Path file;

    @Override
    public Integer call() {
        int[] status = {0};
        Translation t = Programs.translate("check", file, System.err, status);
        return t == null ? status[0] : 0;
    }
}
