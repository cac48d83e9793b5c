package io.portalis.cli;

import io.portalis.python.Parser;
import io.portalis.python.PythonSyntaxError;
import io.portalis.python.PythonVersion;
import io.portalis.python.ast.AstDump;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code portalis ast FILE...}: for each file, in order, one line: what CPython 3.11 prints for
 * {@code ast.dump(ast.parse(open(FILE, 'rb').read()), include_attributes=True)}, or
 * {@code SyntaxError: MESSAGE (FILE, line N)} when the file is not valid Python.
 */
@Command(name = "ast", mixinStandardHelpOptions = true,
        description = "Print each file's syntax tree as CPython's ast.dump(..., include_attributes=True) does.")
final class AstCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Python source files.")
    private List<Path> files;

    @Option(names = "--python", paramLabel = "VERSION", defaultValue = "3.11",
            description = "The grammar and ast.dump to follow: 3.11 (default) or 3.12 (adds PEP 695 type parameters"
                    + " and PEP 701 f-strings).")
    private String python;

    /** Returns 0, or 1 when a file could not be read; a rejected file is output, not a failure. */
    @Override
    public Integer call() {
        PythonVersion version = switch (python) {
            case "3.11" -> PythonVersion.PY311;
            case "3.12" -> PythonVersion.PY312;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--python must be 3.11 or 3.12, not " + python);
        };
        int status = 0;
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out,
                StandardCharsets.UTF_8), 1 << 16), false);
        try {
            for (Path file : files) {
                byte[] source;
                try {
                    source = Files.readAllBytes(file);
                } catch (IOException e) {
                    out.flush();
                    System.err.println("portalis ast: cannot read " + file + ": " + e);
                    status = 1;
                    continue;
                }
                try {
                    out.println(AstDump.dump(Parser.parse(source, file.toString(), version), true, version));
                } catch (PythonSyntaxError e) {
                    out.println("SyntaxError: " + e.getMessage());
                }
            }
        } catch (UncheckedIOException e) {
            status = 1;
        } finally {
            out.flush();
        }
        return status;
    }
}
