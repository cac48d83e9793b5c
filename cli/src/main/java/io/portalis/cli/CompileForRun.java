package io.portalis.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The first half of {@code run} in a JVM of its own: translates and compiles a program and writes the result
 * ({@link CompiledProgram}) to standard output, for the JVM that runs the program (see {@link RunCommand}).
 * The launcher starts this JVM with the JIT's first tier only: it compiles javac's and the translator's code
 * quickly, and their work is too short for the optimizing tier to pay off, while the program's own JVM keeps
 * every tier. Both JVMs start at once, so the second one's start-up is hidden behind the compilation.
 */
public final class CompileForRun {
    private CompileForRun() {
    }

    /**
     * Compiles the program and writes the result; reports failures on stderr as {@code run} does.
     *
     * @param args the program's path
     */
    public static void main(String[] args) {
        CompiledProgram program;
        try {
            program = RunCommand.compile(Path.of(args[0]), System.err);
        } catch (RuntimeException e) {
            e.printStackTrace();
            program = CompiledProgram.failed(1);
        }
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out))) {
            program.writeTo(out);
        } catch (IOException e) {
            // the running JVM is gone: nobody is left to tell
            System.exit(1);
        }
        System.exit(0);
    }
}
