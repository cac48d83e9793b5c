package io.portalis.python;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds and runs CPython ({@code python3}) for tests that compare with it. */
final class Python3 {

    private static String executable;
    private static boolean searched;

    private Python3() {
    }

    /** @return the path of python3 on PATH, or null when there is none */
    static synchronized String executable() {
        if (!searched) {
            searched = true;
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, "python3");
                if (Files.isExecutable(p)) {
                    executable = p.toString();
                    break;
                }
            }
        }
        return executable;
    }

    /** Starts python3 on a script text; its stdout is UTF-8, stderr is inherited. */
    static Process start(String script, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(executable(), "-c", script));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        return pb.start();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Python3.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The .py files of the installed standard library (without site-packages), sorted. */
    static List<Path> stdlibFiles() throws IOException, InterruptedException {
        Process p = start("import sysconfig; print(sysconfig.get_paths()['stdlib'])");
        String dir = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        try (Stream<Path> walk = Files.walk(Path.of(dir))) {
            Path sitePackages = Path.of(dir, "site-packages");
            return walk.filter(f -> f.toString().endsWith(".py") && !f.startsWith(sitePackages)
                    && Files.isRegularFile(f)).sorted().toList();
        }
    }
}
