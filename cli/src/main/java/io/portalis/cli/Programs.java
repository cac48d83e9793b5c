package io.portalis.cli;

import io.portalis.python.PythonSyntaxError;
import io.portalis.translator.Diagnostic;
import io.portalis.translator.Translation;
import io.portalis.translator.Translator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What {@code translate}, {@code run} and {@code check} share: reading and translating a file, and reporting why it failed. */
final class Programs {
    /** The status of a file with unsupported constructs. */
    static final int UNSUPPORTED = 2;
    /** The status when the file cannot be read or is not valid Python, as {@code python3} exits. */
    static final int FAILED = 1;
    /** The status of a translator defect: generated Java that does not compile. */
    static final int INTERNAL_ERROR = 3;

    private Programs() {
    }

    /**
     * Translates a file, reporting on stderr why it cannot be.
     *
     * @param command the subcommand, for messages
     * @param file the Python file
     * @param err where reports go
     * @param status receives the exit status when translation fails
     * @return the translation, or null after reporting a failure (see {@link #status})
     */
    static Translation translate(String command, Path file, PrintStream err, int[] status) {
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println("portalis " + command + ": cannot read " + file + ": " + e.getMessage());
            status[0] = FAILED;
            return null;
        }
        Translation t;
        try {
            t = Translator.translate(source, file.toString());
        } catch (PythonSyntaxError e) {
            err.println("  File \"" + file + "\", line " + e.line());
            err.println(e.kind() + ": " + e.msg());
            status[0] = FAILED;
            return null;
        }
        if (!t.ok()) {
            for (Diagnostic d : t.unsupported()) {
                err.println(d.format(file.toString()));
            }
            status[0] = UNSUPPORTED;
            return null;
        }
        return t;
    }
}
