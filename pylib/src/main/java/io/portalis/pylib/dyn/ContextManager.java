package io.portalis.pylib.dyn;

import io.portalis.pylib.PyBaseException;

/**
 * A context manager implemented by pylib rather than by a class with {@code __enter__} and {@code __exit__}:
 * {@link Rt#enter} and {@link Rt#exit} call it as a {@code with} statement does.
 */
public interface ContextManager {
    /**
     * {@code __enter__}.
     *
     * @return the value bound by {@code as}
     */
    Object enter();

    /**
     * {@code __exit__}.
     *
     * @param e the exception leaving the block, or null when it ended normally
     * @return whether the exception is suppressed
     */
    boolean exit(PyBaseException e);
}
