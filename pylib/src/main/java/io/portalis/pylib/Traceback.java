package io.portalis.pylib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends a translated program as CPython ends a script: flushes {@code sys.stdout}, and for an uncaught exception
 * prints a traceback to stderr and exits with status 1; {@link SystemExit} exits with its code.
 *
 * <p>What is printed: {@code Traceback (most recent call last):}, then for each frame of the program's Python
 * code, most recent last, {@code   File "/path/prog.py", line 4, in main} and the source line (read from the file
 * then, as CPython reads it), with a frame repeated more than three times in a row shown as CPython shows it
 * ({@code [Previous line repeated 996 more times]}); the last line, {@code Type: message}, is exactly CPython's.
 * Chained exceptions are printed first, with CPython's connecting sentences. The frames come from the Java stack
 * through the line table each translated module registers ({@link #register}); Java frames that are not a Python
 * function's code (pylib, the JDK, the helpers a translation adds, the code that started the program) are left out.
 * Unlike CPython 3.11, no line of carets marks the failing part of a source line: the Java stack does not say which
 * part it was. A stack without Python frames (Java code calling pylib) is shown as Java frames,
 * {@code File "Module.java", line 12, in method}.
 */
public final class Traceback {
    /**
     * The line tables of the translated modules, by class loader and Java source file, as stack frames name them (a
     * module's classes, local ones included, share its file); read when a traceback first needs one, so that
     * registering costs a program's start-up nothing.
     */
    private static final Map<String, Registration> TABLES = new ConcurrentHashMap<>();

    private Traceback() {
    }

    /**
     * A module's Python lines: from each Java line {@code javaLine[k]} on (up to the next one), Python line
     * {@code pyLine[k]} (0: not the program's code) of the function {@code names[frame[k]]}, or for a negative
     * {@code frame[k]}, of the function {@code names[-frame[k] - 1]}, whose frame a part of it emitted as a Java method
     * of its own continues.
     */
    private record LineTable(String path, String[] names, int[] javaLine, int[] pyLine, int[] frame) {
        /** Reads the table of {@link #register}. */
        static LineTable parse(String path, String[] names, String runs) {
            String[] entries = runs.split(";");
            int[] javaLine = new int[entries.length];
            int[] pyLine = new int[entries.length];
            int[] frame = new int[entries.length];
            for (int k = 0; k < entries.length; k++) {
                String[] f = entries[k].split(",");
                javaLine[k] = Integer.parseInt(f[0]);
                pyLine[k] = Integer.parseInt(f[1]);
                frame[k] = f.length > 2 ? Integer.parseInt(f[2]) : 0;
            }
            return new LineTable(path, names, javaLine, pyLine, frame);
        }
    }

    /** One frame as printed. @param continues whether it continues the frame of its caller */
    private record Frame(String path, int line, String name, boolean continues) {
    }

    /**
     * Registers a translated module's line table, as its class's static initializer does.
     *
     * @param module the module's class
     * @param path the Python file, as tracebacks name it
     * @param names the functions' frame names
     * @param runs the table: {@code javaLine,pyLine,frame;} (or {@code javaLine,0;}) for each run of Java lines, split
     *     into pieces at any point
     */
    public static void register(Class<?> module, String path, String[] names, String... runs) {
        TABLES.put(key(module.getClassLoader() == null ? null : module.getClassLoader().getName(),
                module.getSimpleName() + ".java"), new Registration(path, names, String.join("", runs)));
    }

    /** A module's line table as registered, read the first time it is needed. */
    private static final class Registration {
        private final String path;
        private final String[] names;
        private final String runs;
        private LineTable table;

        Registration(String path, String[] names, String runs) {
            this.path = path;
            this.names = names;
            this.runs = runs;
        }

        synchronized LineTable table() {
            if (table == null) {
                table = LineTable.parse(path, names, runs);
            }
            return table;
        }
    }

    private static String key(String loader, String sourceFile) {
        return loader + "/" + sourceFile;
    }

    /**
     * Runs a program's main code and returns the exit status CPython would give: 0 on success, the
     * {@link SystemExit} code, 130 for an uncaught {@link KeyboardInterrupt}, else 1 after printing the traceback.
     *
     * @param main the module's code
     * @return the exit status
     */
    public static int runMain(Runnable main) {
        try {
            return runProgram(main);
        } finally {
            // as at CPython's shutdown, after the traceback: objects still alive are finalized
            Finalization.runAll();
            Sys.stdout.flush();
        }
    }

    private static int runProgram(Runnable main) {
        try {
            main.run();
            Sys.stdout.flush();
            return 0;
        } catch (SystemExit e) {
            Sys.stdout.flush();
            Object code = e.code();
            if (code != null && !Ints.isInt(code)) {
                Sys.stderr.write(Py.str(code) + "\n");
            }
            return e.exitStatus();
        } catch (Throwable t) {
            Sys.stdout.flush();
            PyBaseException p = Py.wrap(t);
            Sys.stderr.write(format(p));
            return p instanceof KeyboardInterrupt ? 130 : 1;
        }
    }

    /**
     * Runs a program's main code and exits the JVM with its status (see {@link #runMain(Runnable)}).
     *
     * @param main the module's code
     */
    public static void exitWith(Runnable main) {
        int status = runMain(main);
        Sys.stderr.flush();
        // A status of 0 returns from main, which exits alike (pylib starts only daemon threads): System.exit would
        // first look up a System.Logger for its debug log, a search of every jar on the class path for a logger
        // service that takes longer than many programs run.
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * The text CPython prints for an uncaught exception, including chained causes and contexts.
     *
     * @param e the exception
     * @return the traceback text, ending with a newline
     */
    public static String format(PyBaseException e) {
        StringBuilder b = new StringBuilder();
        append(b, e, new IdentityHashMap<>(), null);
        return b.toString();
    }

    /**
     * Appends the traceback of {@code e}, after those of the exceptions it was chained to; {@code handling} is the
     * stack of the exception whose handling raised {@code e}, or null.
     */
    private static void append(StringBuilder b, PyBaseException e, Map<Object, Boolean> seen,
            StackTraceElement[] handling) {
        seen.put(e, Boolean.TRUE);
        StackTraceElement[] frames = e.javaOrigin() != null ? e.javaOrigin().getStackTrace() : e.getStackTrace();
        if (e.pyCause() != null && !seen.containsKey(e.pyCause())) {
            append(b, e.pyCause(), seen, frames);
            b.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.pyContext() != null && !e.suppressContext() && !seen.containsKey(e.pyContext())) {
            append(b, e.pyContext(), seen, frames);
            b.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        b.append("Traceback (most recent call last):\n");
        // The program's frames are those below runMain (without runMain on the stack, all of them), and for an
        // exception that was handled, those below the frames it shares with the stack handling it: as CPython's
        // traceback, which runs from where it was caught to where it was raised.
        int top = frames.length;
        if (handling != null) {
            int shared = 0;
            while (shared < Math.min(frames.length, handling.length)
                    && frames[frames.length - 1 - shared].equals(handling[handling.length - 1 - shared])) {
                shared++;
            }
            top -= shared;
        }
        for (int k = 0; k < top; k++) {
            if (frames[k].getClassName().equals(Traceback.class.getName()) && frames[k].getMethodName().equals("runMain")) {
                top = k;
                break;
            }
        }
        boolean python = false;
        for (int k = 0; k < top && !python; k++) {
            python = TABLES.containsKey(key(frames[k].getClassLoaderName(), frames[k].getFileName()));
        }
        List<Frame> shown = new ArrayList<>();
        for (int k = top - 1; k >= 0; k--) {
            Frame f = frame(frames[k], python);
            if (f == null) {
                continue;
            }
            Frame caller = shown.isEmpty() ? null : shown.get(shown.size() - 1);
            if (caller != null && f.continues && caller.name.equals(f.name)) {
                shown.remove(shown.size() - 1);
            } else if (caller != null && frames[k].getMethodName().startsWith("lambda$") && same(f, caller)) {
                // a Java lambda the function's code passed to pylib (a comprehension's dispatch on its source)
                continue;
            }
            shown.add(f);
        }
        Map<String, List<String>> sources = new java.util.HashMap<>();
        int repeated = 0;
        for (int k = 0; k < shown.size(); k++) {
            Frame f = shown.get(k);
            if (k > 0 && same(f, shown.get(k - 1))) {
                if (++repeated >= 3) {
                    continue;
                }
            } else {
                previousRepeated(b, repeated);
                repeated = 0;
            }
            b.append("  File \"").append(f.path).append("\", line ").append(f.line).append(", in ").append(f.name)
                    .append('\n');
            List<String> text = f.path.endsWith(".py") ? sources.computeIfAbsent(f.path, Traceback::readLines)
                    : List.of();
            if (f.line <= text.size() && !text.get(f.line - 1).isBlank()) {
                b.append("    ").append(text.get(f.line - 1).strip()).append('\n');
            }
        }
        previousRepeated(b, repeated);
        b.append(e).append('\n');
    }

    private static boolean same(Frame a, Frame b) {
        return a.line == b.line && a.path.equals(b.path) && a.name.equals(b.name);
    }

    /** CPython's line for a frame shown three times in a row and then {@code repeated - 2} times more. */
    private static void previousRepeated(StringBuilder b, int repeated) {
        if (repeated >= 3) {
            int more = repeated - 2;
            b.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    private static List<String> readLines(String path) {
        try {
            return Files.readAllLines(Path.of(path));
        } catch (IOException | RuntimeException e) {
            // as CPython, which prints no source line for a file it cannot read
            return List.of();
        }
    }

    /**
     * The Python frame a Java frame runs, or null when it runs none; on a stack without Python frames (Java code
     * calling pylib), the Java frame as it is.
     */
    private static Frame frame(StackTraceElement f, boolean python) {
        Registration r = TABLES.get(key(f.getClassLoaderName(), f.getFileName()));
        LineTable t = r == null ? null : r.table();
        if (t == null) {
            return python || isLibraryFrame(f.getClassName()) || f.getFileName() == null ? null
                    : new Frame(f.getFileName(), f.getLineNumber(), f.getMethodName(), false);
        }
        int k = Arrays.binarySearch(t.javaLine, f.getLineNumber());
        k = k >= 0 ? k : -k - 2;
        if (k < 0 || t.pyLine[k] == 0) {
            return null;
        }
        int frame = t.frame[k];
        return new Frame(t.path, t.pyLine[k], t.names[frame < 0 ? -frame - 1 : frame], frame < 0);
    }

    /** Whether a frame belongs to pylib itself or the JDK, whose frames a Python traceback would not show. */
    private static boolean isLibraryFrame(String className) {
        if (className.startsWith("java.") || className.startsWith("jdk.") || className.startsWith("sun.")) {
            return true;
        }
        if (!className.startsWith("io.portalis.pylib.")) {
            return false;
        }
        try {
            Class<?> c = Class.forName(className, false, Traceback.class.getClassLoader());
            java.security.CodeSource mine = Traceback.class.getProtectionDomain().getCodeSource();
            java.security.CodeSource theirs = c.getProtectionDomain().getCodeSource();
            return mine != null && theirs != null && mine.getLocation().equals(theirs.getLocation());
        } catch (ClassNotFoundException | LinkageError | SecurityException ex) {
            return false;
        }
    }
}
