package io.portalis.pylib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Python's {@code sys} module: {@code argv}, {@code exit}, the standard streams, {@code maxsize}.
 *
 * <p>{@link #stdout} is buffered as CPython's is when writing to a pipe or file, and flushed on exit by
 * {@link Traceback#runMain}, before {@code input()} reads, and before anything is written to {@link #stderr}, so
 * that output interleaves in a terminal as it does under CPython.
 */
public final class Sys {
    /** {@code sys.argv}: the program name followed by its arguments; set by the program's launcher. */
    public static PyList<String> argv = PyList.of("");
    /** {@code sys.maxsize}. */
    public static final long maxsize = Long.MAX_VALUE;
    /** {@code sys.stdout}. */
    public static TextOut stdout = new TextOut(System.out, false);
    /** {@code sys.stderr}: written through, as CPython's is line-buffered. */
    public static TextOut stderr = new TextOut(System.err, true);
    private static BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    private static boolean stdinClosed;

    /** The limit of {@code sys.set_int_max_str_digits}: decimal digits allowed in int/str conversions (0: none). */
    public static int intMaxStrDigits = 4300;

    private Sys() {
    }

    /**
     * {@code sys.set_int_max_str_digits(n)}.
     *
     * @param n the limit, 0 for none or at least 640
     * @throws ValueError {@code maxdigits must be 0 or larger than 640}
     */
    public static void set_int_max_str_digits(long n) {
        if (n != 0 && n < 640) {
            throw new ValueError("maxdigits must be 0 or larger than 640");
        }
        intMaxStrDigits = (int) Math.min(n, Integer.MAX_VALUE);
    }

    /**
     * Redirects the standard streams, as a launcher running a program in process does.
     *
     * @param out the stream behind {@code sys.stdout}
     * @param err the stream behind {@code sys.stderr}
     * @param in the stream behind {@code sys.stdin}
     */
    public static void setStreams(OutputStream out, OutputStream err, java.io.InputStream in) {
        stdout = new TextOut(out, false);
        stderr = new TextOut(err, true);
        stdin = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        stdinClosed = false;
    }

    /**
     * Closes {@code sys.stdin} as {@code exit()} and {@code quit()} do before they raise: later reads raise
     * ValueError.
     */
    public static void closeStdin() {
        stdinClosed = true;
    }

    private static BufferedReader openStdin() {
        if (stdinClosed) {
            throw new ValueError("I/O operation on closed file.");
        }
        return stdin;
    }

    /**
     * {@code sys.exit()}: exit status 0.
     *
     * @throws SystemExit always
     */
    public static void exit() {
        throw new SystemExit();
    }

    /**
     * {@code sys.exit(code)}: an int is the exit status; any other value is printed to stderr and gives status 1.
     *
     * @param code the status or message
     * @throws SystemExit always
     */
    public static void exit(Object code) {
        throw new SystemExit(code);
    }

    /**
     * {@code sys.getrecursionlimit()}.
     *
     * @return CPython's default, 1000 (the JVM's stack is the real limit)
     */
    public static long getrecursionlimit() {
        return 1000;
    }

    /**
     * Reads one line from stdin, without its line end, as {@code input()} does.
     *
     * @return the line, or {@code null} at the end of input
     */
    static String readLine() {
        try {
            return openStdin().readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one line from stdin with its line end, as {@code sys.stdin.readline()} does.
     *
     * @return the line, ending with {@code \n} unless it is the last and unterminated one; empty at the end
     */
    public static String readLineWithEnd() {
        BufferedReader in = openStdin();
        StringBuilder b = new StringBuilder();
        try {
            int c;
            while ((c = in.read()) >= 0) {
                b.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    /**
     * Reads all remaining stdin, as {@code sys.stdin.read()} does.
     *
     * @return the text
     */
    public static String readStdin() {
        BufferedReader in = openStdin();
        StringBuilder b = new StringBuilder();
        char[] buf = new char[8192];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                b.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    /**
     * A text stream as {@code sys.stdout} and {@code sys.stderr} are: UTF-8, with {@code write} and
     * {@code flush}.
     */
    public static final class TextOut {
        private final PrintStream out;
        private final boolean writeThrough;
        private final StringBuilder buffer = new StringBuilder();

        /**
         * Creates the stream.
         *
         * @param out where the text goes
         * @param writeThrough whether every write is flushed (stderr) rather than buffered (stdout)
         */
        public TextOut(OutputStream out, boolean writeThrough) {
            this.out = new PrintStream(out, false, StandardCharsets.UTF_8);
            this.writeThrough = writeThrough;
        }

        /**
         * {@code stream.write(s)}.
         *
         * @param s the text
         * @return its length in code points
         */
        public long write(String s) {
            if (writeThrough) {
                if (this != stdout) {
                    stdout.flush();
                }
                out.print(s);
                out.flush();
            } else {
                buffer.append(s);
                if (buffer.length() >= 1 << 16) {
                    flush();
                }
            }
            return Strs.len(s);
        }

        /** {@code stream.flush()}. */
        public void flush() {
            if (!buffer.isEmpty()) {
                out.print(buffer);
                buffer.setLength(0);
            }
            out.flush();
        }
    }
}
