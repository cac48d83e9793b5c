package io.portalis.runtime;

import java.util.Set;

/**
 * What {@link Asyncio#wait} returns: the futures that are done and those still pending, each in the order the
 * futures were given.
 *
 * @param done the futures that are done (including cancelled ones)
 * @param pending the futures still pending
 * @param <F> the future type
 */
public record Done<F extends Future<?>>(Set<F> done, Set<F> pending) {
}
