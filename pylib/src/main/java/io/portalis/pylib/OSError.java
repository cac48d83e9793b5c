package io.portalis.pylib;

/**
 * Python's {@code OSError}: a system error such as a missing file. Called with two to five arguments it reads them
 * as {@code (errno, strerror, filename, winerror, filename2)}, keeps only the first two as {@code args}, and prints
 * as {@code [Errno 2] No such file or directory: 'name'}; {@link #of} picks the subclass CPython picks for the
 * errno ({@code OSError(2, 'x')} is a {@link FileNotFoundError}).
 */
public class OSError extends PyException {
    private final transient OSErrorAttributes attributes;

    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments: one message, or errno, strerror and optionally filename, winerror
     *     (ignored, as on POSIX) and filename2
     */
    public OSError(Object... args) {
        this(new OSErrorAttributes(args));
    }

    private OSError(OSErrorAttributes attributes) {
        super(attributes.args());
        this.attributes = attributes;
    }

    /**
     * {@code OSError(*args)}: the exception of the subclass CPython's constructor picks for an int errno (ENOENT
     * makes a {@link FileNotFoundError}, EACCES and EPERM a {@link PermissionError}...), else an {@code OSError}.
     *
     * @param args the positional arguments
     * @return the new exception
     */
    public static OSError of(Object... args) {
        if (!OSErrorAttributes.described(args) || !Ints.isInt(args[0]) || args[0] instanceof java.math.BigInteger) {
            return new OSError(args);
        }
        // the errno values of Linux, the platform the goldens come from
        return switch ((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Ints.toLong(args[0])))) {
            case 1, 13 -> new PermissionError(args);
            case 2 -> new FileNotFoundError(args);
            case 3 -> new ProcessLookupError(args);
            case 4 -> new InterruptedError(args);
            case 10 -> new ChildProcessError(args);
            case 11, 114, 115 -> new BlockingIOError(args);
            case 17 -> new FileExistsError(args);
            case 20 -> new NotADirectoryError(args);
            case 21 -> new IsADirectoryError(args);
            case 32, 108 -> new BrokenPipeError(args);
            case 103 -> new ConnectionAbortedError(args);
            case 104 -> new ConnectionResetError(args);
            case 110 -> new TimeoutError(args);
            case 111 -> new ConnectionRefusedError(args);
            default -> new OSError(args);
        };
    }

    /**
     * One of Python's attributes {@code errno}, {@code strerror}, {@code filename} and {@code filename2}.
     *
     * @param name the attribute
     * @return its value ({@code None} when the constructor was not given it)
     * @throws IllegalArgumentException for any other name
     */
    public Object attribute(String name) {
        return attributes.get(name);
    }

    /**
     * {@code e.name = value} for one of the attributes {@link #attribute} reads.
     *
     * @param name the attribute
     * @param value its new value
     * @throws IllegalArgumentException for any other name
     */
    public void setAttribute(String name, Object value) {
        attributes.set(name, value);
    }

    /**
     * {@code str(e)}: with an errno and a message, CPython's {@code [Errno 2] No such file or directory}, followed by
     * {@code : 'name'} when a file name is given (and {@code -> 'other'} for a second one); otherwise as for any
     * exception.
     */
    @Override
    public String str() {
        String s = attributes.str();
        return s != null ? s : super.str();
    }
}
