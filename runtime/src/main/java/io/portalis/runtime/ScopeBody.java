package io.portalis.runtime;

/**
 * The body of a scope ({@link Asyncio#timeout}, {@link Asyncio#taskGroup}): runs with the scope object, which the
 * scope inspects on exit together with how the body ended. (A try-with-resources block cannot play this role: its
 * {@code close()} does not see the exception in flight, and a scope must turn a cancellation into a timeout.)
 *
 * @param <S> the scope type
 * @param <T> the body's result type
 */
@FunctionalInterface
public interface ScopeBody<S, T> {
    /**
     * Runs the body inside the scope.
     *
     * @param scope the scope, for example to reschedule a timeout or to create tasks in a group
     * @return the body's result, which the scope returns
     * @throws Exception any failure, handled by the scope as documented there
     */
    T run(S scope) throws Exception;
}
