package io.portalis.pylib;

/**
 * Python's {@code KeyboardInterrupt}: raised when the user interrupts the program; not caught by {@code except Exception}.
 */
public class KeyboardInterrupt extends PyBaseException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public KeyboardInterrupt(Object... args) {
        super(args);
    }
}
