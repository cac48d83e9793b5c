package io.portalis.pylib;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Ends a translated program as CPython ends a script: flushes {@code sys.stdout}, and for an uncaught exception
 * prints a traceback to stderr and exits with status 1; {@link SystemExit} exits with its code.
 *
 * <p>What is printed: {@code Traceback (most recent call last):}, then one {@code File} line per frame of the
 * program's own Java code (pylib's and the JDK's frames are left out), most recent last, in the form
 * {@code   File "Module.java", line 12, in method}; CPython would print the Python file, line and source text,
 * which the Java frames cannot reproduce. The last line, {@code Type: message}, is exactly CPython's. Chained
 * exceptions are printed first, with CPython's connecting sentences.
 */
public final class Traceback {
    private Traceback() {
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
        append(b, e, new IdentityHashMap<>());
        return b.toString();
    }

    private static void append(StringBuilder b, PyBaseException e, Map<Object, Boolean> seen) {
        seen.put(e, Boolean.TRUE);
        if (e.pyCause() != null && !seen.containsKey(e.pyCause())) {
            append(b, e.pyCause(), seen);
            b.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.pyContext() != null && !e.suppressContext() && !seen.containsKey(e.pyContext())) {
            append(b, e.pyContext(), seen);
            b.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        b.append("Traceback (most recent call last):\n");
        StackTraceElement[] frames = e.javaOrigin() != null ? e.javaOrigin().getStackTrace() : e.getStackTrace();
        // The program's frames are those below runMain; without runMain on the stack, all of them.
        int top = frames.length;
        for (int k = 0; k < frames.length; k++) {
            if (frames[k].getClassName().equals(Traceback.class.getName()) && frames[k].getMethodName().equals("runMain")) {
                top = k;
                break;
            }
        }
        for (int k = top - 1; k >= 0; k--) {
            StackTraceElement f = frames[k];
            if (isLibraryFrame(f.getClassName()) || f.getFileName() == null) {
                continue;
            }
            b.append("  File \"").append(f.getFileName()).append("\", line ").append(f.getLineNumber())
                    .append(", in ").append(f.getMethodName()).append('\n');
        }
        b.append(e).append('\n');
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
