package io.portalis.python;

/** The Python grammar to parse: 3.11, or 3.11 with the additions of 3.12 that do not change 3.11's trees. */
public enum PythonVersion {
    /** CPython 3.11's grammar, exactly. */
    PY311,
    /**
     * CPython 3.11's grammar with PEP 695 (type parameter lists and the {@code type} statement) from 3.12;
     * f-strings are still read as in 3.11.
     */
    PY312
}
