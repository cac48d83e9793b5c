package io.portalis.cli;

import io.portalis.translator.Translation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code portalis translate FILE [-o DIR]}: writes the Java class translated from the module to
 * {@code DIR/<Class>.java} (DIR defaults to the current directory) and prints its path. Unsupported constructs
 * are reported as {@code check} reports them, with status 2, and nothing is written.
 */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Translate a Python file to a Java source file.")
final class TranslateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The Python file.")
    private Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Directory to write to (default: .).")
    private Path dir = Path.of(".");

    @Override
    public Integer call() {
        int[] status = {0};
        Translation t = Programs.translate("translate", file, System.err, status);
        if (t == null) {
            return status[0];
        }
        Path out = dir.resolve(t.className() + ".java");
        try {
            Files.createDirectories(dir);
            Files.writeString(out, t.javaSource(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("portalis translate: cannot write " + out + ": " + e.getMessage());
            return Programs.FAILED;
        }
        System.out.println(out);
        return 0;
    }
}
