package io.portalis.pylib.dyn;

import java.util.HashMap;

/**
 * An instance of a class defined by a translated program: it has a class and a dictionary of attributes. Plain
 * instances are {@link PyInstance}; instances of exception classes are {@link UserException}, which must be Java
 * throwables.
 */
public interface Instance {
    /** An instance's attribute dictionary ({@code __dict__}). */
    final class Dict extends HashMap<String, Object> {
        private static final long serialVersionUID = 1L;
    }

    /** @return the instance's class */
    PyType type();

    /** @return the instance's attributes */
    Dict dict();
}
