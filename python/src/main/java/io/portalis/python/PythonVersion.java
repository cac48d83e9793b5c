package io.portalis.python;

/** The Python grammar to parse: 3.11, or 3.11 with the additions of 3.12 (PEP 695 and PEP 701). */
public enum PythonVersion {
    /** CPython 3.11's grammar, exactly. */
    PY311,
    /**
     * CPython 3.11's grammar with two additions of 3.12: PEP 695 (type parameter lists and the {@code type}
     * statement) and PEP 701 f-strings (replacement fields holding strings in the same quotes, comments,
     * backslashes and line breaks, nested to any depth), whose parts get CPython 3.12's positions.
     */
    PY312
}
