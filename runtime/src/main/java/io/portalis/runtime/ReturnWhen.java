package io.portalis.runtime;

/** When {@link Asyncio#wait} returns (asyncio's {@code FIRST_COMPLETED}, {@code FIRST_EXCEPTION}, {@code ALL_COMPLETED}). */
public enum ReturnWhen {
    /** As soon as any future is done or cancelled. */
    FIRST_COMPLETED,
    /** As soon as any future finishes with an exception, or when all are done. */
    FIRST_EXCEPTION,
    /** When all futures are done or cancelled. */
    ALL_COMPLETED
}
