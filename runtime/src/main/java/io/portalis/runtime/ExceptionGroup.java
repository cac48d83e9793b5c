package io.portalis.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Several exceptions raised together, as Python 3.11's {@code ExceptionGroup} (and {@code BaseExceptionGroup}: it may
 * hold any {@link Throwable}, including {@link CancelledError}). {@link Asyncio#taskGroup} raises one with every
 * error of its tasks. Groups may nest; {@link #subgroup} and {@link #split} select leaves by a condition, keeping
 * the nesting.
 */
public class ExceptionGroup extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String message;
    private final List<Throwable> exceptions;

    /**
     * A group of {@code exceptions} described by {@code message}.
     *
     * @throws IllegalArgumentException if {@code exceptions} is empty
     * @throws NullPointerException if an argument or an element is null
     */
    public ExceptionGroup(String message, List<? extends Throwable> exceptions) {
        super(Objects.requireNonNull(message, "message"));
        if (exceptions.isEmpty()) {
            throw new IllegalArgumentException("second argument (exceptions) must be a non-empty sequence");
        }
        for (Throwable t : exceptions) {
            Objects.requireNonNull(t, "exception");
        }
        this.message = message;
        this.exceptions = List.copyOf(exceptions);
    }

    /** The message alone (Python's {@code eg.message}). */
    public String message() {
        return message;
    }

    /** The exceptions of the group, in order (Python's {@code eg.exceptions}). */
    public List<Throwable> exceptions() {
        return exceptions;
    }

    /** As Python's {@code str(eg)}: the message and the count, e.g. {@code "boom (2 sub-exceptions)"}. */
    @Override
    public String getMessage() {
        int n = exceptions.size();
        return message + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    /** A group like this one with other exceptions (Python's {@code derive}); subclasses may override it. */
    public ExceptionGroup derive(List<? extends Throwable> exceptions) {
        return new ExceptionGroup(message, exceptions);
    }

    /**
     * The part of this group whose leaves (or nested groups, or this group itself) match {@code condition},
     * with the same nesting; null when nothing matches, this group itself when everything does.
     */
    public ExceptionGroup subgroup(Predicate<? super Throwable> condition) {
        return split(condition).match();
    }

    /** {@link #subgroup(Predicate)} for the exceptions of type {@code type}. */
    public ExceptionGroup subgroup(Class<? extends Throwable> type) {
        return subgroup(type::isInstance);
    }

    /**
     * Splits this group into the part matching {@code condition} and the rest, both keeping the nesting (either is
     * null when empty), as Python's {@code split}.
     */
    public Split split(Predicate<? super Throwable> condition) {
        if (condition.test(this)) {
            return new Split(this, null);
        }
        List<Throwable> match = new ArrayList<>();
        List<Throwable> rest = new ArrayList<>();
        for (Throwable e : exceptions) {
            if (e instanceof ExceptionGroup group) {
                Split s = group.split(condition);
                if (s.match() != null) {
                    match.add(s.match());
                }
                if (s.rest() != null) {
                    rest.add(s.rest());
                }
            } else if (condition.test(e)) {
                match.add(e);
            } else {
                rest.add(e);
            }
        }
        return new Split(part(match), part(rest));
    }

    /** {@link #split(Predicate)} for the exceptions of type {@code type}. */
    public Split split(Class<? extends Throwable> type) {
        return split(type::isInstance);
    }

    private ExceptionGroup part(List<Throwable> kept) {
        if (kept.isEmpty()) {
            return null;
        }
        if (kept.equals(exceptions)) {
            return this;
        }
        ExceptionGroup derived = derive(kept);
        derived.setStackTrace(getStackTrace());
        if (getCause() != null && derived.getCause() == null) {
            derived.initCause(getCause());
        }
        return derived;
    }

    /**
     * The two parts of a {@link #split}.
     *
     * @param match the matching part, or null
     * @param rest the other part, or null
     */
    public record Split(ExceptionGroup match, ExceptionGroup rest) {
    }
}
