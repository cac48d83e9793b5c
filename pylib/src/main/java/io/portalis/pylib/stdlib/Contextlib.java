package io.portalis.pylib.stdlib;

import io.portalis.pylib.PyBaseException;

/**
 * Python's {@code contextlib.suppress}: {@code with suppress(KeyError): body} translates to
 * {@code Contextlib.suppress(() -> body, KeyError.class)}. ({@code @contextmanager} functions are translated as
 * generators with try/finally by the translator and need no library piece.)
 */
public final class Contextlib {
    private Contextlib() {
    }

    /**
     * Runs a body, swallowing the listed exception types (and their subclasses), as {@code with suppress(...)}.
     *
     * @param body the block
     * @param types the exception types to suppress
     * @return whether an exception was suppressed
     */
    @SafeVarargs
    public static boolean suppress(Runnable body, Class<? extends PyBaseException>... types) {
        try {
            body.run();
            return false;
        } catch (PyBaseException e) {
            for (Class<? extends PyBaseException> t : types) {
                if (t.isInstance(e)) {
                    return true;
                }
            }
            throw e;
        }
    }
}
