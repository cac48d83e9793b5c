package io.portalis.pylib;

/**
 * Python's {@code GeneratorExit}: raised inside a generator when it is closed; not caught by {@code except Exception}.
 */
public class GeneratorExit extends PyBaseException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public GeneratorExit(Object... args) {
        super(args);
    }
}
