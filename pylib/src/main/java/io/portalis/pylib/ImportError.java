package io.portalis.pylib;

/**
 * Python's {@code ImportError}: a module or name that cannot be imported. Besides {@code args} it has the
 * attributes {@code msg}, {@code name} and {@code path} ({@link ImportAttributes}).
 */
public class ImportError extends PyException {
    private final ImportAttributes attributes = new ImportAttributes();

    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public ImportError(Object... args) {
        super(args);
        attributes.init(args, new String[0]);
    }

    /** @return {@code msg}, {@code name} and {@code path} */
    public ImportAttributes attributes() {
        return attributes;
    }

    /**
     * {@code e.name = value} (or msg, or path), for chained calls where the exception is made.
     *
     * @param attr one of the names {@link ImportAttributes#isAttribute} accepts
     * @param value the new value
     * @return this exception
     */
    public ImportError setAttribute(String attr, Object value) {
        attributes.set(attr, value);
        return this;
    }

    @Override
    public String str() {
        String s = attributes.str();
        return s != null ? s : super.str();
    }
}
