package io.portalis.translator;

/**
 * The Java generated for a Python module did not compile: a defect of the translator, reported with the place in
 * the generated source so it can be fixed.
 */
public final class CompilationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message javac's diagnostics, with the generated class and line
     */
    public CompilationException(String message) {
        super(message);
    }
}
