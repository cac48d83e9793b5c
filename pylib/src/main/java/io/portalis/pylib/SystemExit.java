package io.portalis.pylib;

/**
 * Python's {@code SystemExit}: raised by {@code sys.exit}; when uncaught, {@link Traceback#runMain} exits with its code and prints nothing else but a non-integer argument.
 */
public class SystemExit extends PyBaseException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public SystemExit(Object... args) {
        super(args);
    }

    /**
     * The exit status CPython derives from the argument: none or {@code None} gives 0, an int gives itself,
     * anything else gives 1 (and is printed to stderr).
     *
     * @return the process exit status
     */
    public int exitStatus() {
        if (args().size() == 0) {
            return 0;
        }
        Object code = args().size() == 1 ? args().get(0) : args();
        if (code == null) {
            return 0;
        }
        if (code instanceof Long || code instanceof Boolean || code instanceof java.math.BigInteger) {
            return (int) Ints.toLong(code);
        }
        return 1;
    }

    /**
     * Python's {@code SystemExit.code}.
     *
     * @return the first argument, the args tuple when several, or {@code null}
     */
    public Object code() {
        return switch (args().size()) {
            case 0 -> null;
            case 1 -> args().get(0);
            default -> args();
        };
    }
}
