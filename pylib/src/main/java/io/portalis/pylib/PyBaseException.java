package io.portalis.pylib;

/**
 * Python's {@code BaseException}: the root of every exception a translated program raises or catches.
 *
 * <p>It extends {@link RuntimeException} so that generated code needs no {@code throws} clauses. Python's split
 * between {@code BaseException} and {@code Exception} is kept: {@code except Exception} translates to
 * {@code catch (PyException e)}, which does not catch {@link KeyboardInterrupt}, {@link SystemExit} or
 * {@link GeneratorExit}, exactly as in CPython; a bare {@code except:} translates to
 * {@code catch (PyBaseException e)}.
 *
 * <p>The constructor arguments are Python's {@code args}; {@link #getMessage()} is {@code str(e)} and
 * {@link #repr()} is {@code repr(e)}. Explicit chaining ({@code raise X from Y}) is recorded with
 * {@link #withCause(PyBaseException)}, implicit chaining (raising while handling) with
 * {@link #withContext(PyBaseException)}; {@link Traceback} prints both as CPython does.
 */
public class PyBaseException extends RuntimeException {
    /** Python's {@code args}. */
    private final PyTuple args;
    /** Python's {@code __cause__}, set by {@code raise ... from}. */
    private PyBaseException cause;
    /** Python's {@code __context__}: the exception being handled when this one was raised. */
    private PyBaseException context;
    /** Python's {@code __suppress_context__}: true after {@code raise ... from}. */
    private boolean suppressContext;
    /** The Java throwable this exception was made from by {@link Py#wrap}, if any. */
    private Throwable javaOrigin;
    /** Whether the exception has been raised (and caught): only then does Python give it a traceback. */
    private boolean raised;

    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments, as {@code BaseException(*args)} receives them
     */
    public PyBaseException(Object... args) {
        this(true, args);
    }

    /**
     * Creates the exception, optionally without capturing a Java stack trace: exceptions used for control flow
     * ({@link StopIteration}) skip the capture because it dominates their cost.
     *
     * @param captureStack whether to capture the Java stack trace
     * @param args the positional arguments
     */
    protected PyBaseException(boolean captureStack, Object... args) {
        super(null, null, false, captureStack);
        this.args = PyTuple.of(args.clone());
    }

    /**
     * Python's {@code e.args}.
     *
     * @return the arguments tuple
     */
    public final PyTuple args() {
        return args;
    }

    /**
     * The name CPython prints for this exception's type in a traceback: the class's Python name, prefixed by its
     * module when the module is neither {@code builtins} nor {@code __main__}. Classes of translated programs keep
     * their Java simple name, which is their Python name.
     *
     * @return the printed type name
     */
    public String pythonTypeName() {
        String name = getClass().getSimpleName();
        return switch (name) {
            case "PyBaseException" -> "BaseException";
            case "PyException" -> "Exception";
            case "PyAssertionError" -> "AssertionError";
            default -> name;
        };
    }

    /**
     * Python's {@code str(e)}.
     *
     * @return the message as CPython's {@code str} gives it
     */
    public String str() {
        return switch (args.size()) {
            case 0 -> "";
            case 1 -> Py.str(args.get(0));
            default -> Py.str(args);
        };
    }

    /**
     * Python's {@code repr(e)}, such as {@code KeyError('x')}.
     *
     * @return the representation
     */
    public String repr() {
        String inner = args.size() == 1 ? Py.repr(args.get(0)) : Py.repr(args);
        return args.size() == 1 ? pythonTypeName() + "(" + inner + ")" : pythonTypeName() + inner;
    }

    /** Returns {@link #str()}, so Java tools show Python's message. */
    @Override
    public String getMessage() {
        return str();
    }

    @Override
    public String toString() {
        String s = str();
        return s.isEmpty() ? pythonTypeName() : pythonTypeName() + ": " + s;
    }

    /**
     * Records {@code raise this from cause}: sets {@code __cause__} and {@code __suppress_context__}.
     *
     * @param cause the explicit cause, or {@code null} for {@code raise ... from None}
     * @return this exception, to be thrown
     */
    public final PyBaseException withCause(PyBaseException cause) {
        this.cause = cause;
        this.suppressContext = true;
        return this;
    }

    /**
     * Records the exception being handled when this one was raised ({@code __context__}), unless it is this
     * exception itself.
     *
     * @param context the exception being handled, or {@code null}
     * @return this exception, to be thrown
     */
    public final PyBaseException withContext(PyBaseException context) {
        if (context != this && this.context == null) {
            this.context = context;
        }
        return this;
    }

    /**
     * Python's {@code __cause__}.
     *
     * @return the explicit cause or {@code null}
     */
    public final PyBaseException pyCause() {
        return cause;
    }

    /**
     * Python's {@code __context__}.
     *
     * @return the implicit context or {@code null}
     */
    public final PyBaseException pyContext() {
        return context;
    }

    /**
     * Records the Java throwable this exception stands for (see {@link Py#wrap}); its stack is the one
     * {@link Traceback} prints.
     *
     * @param origin the Java throwable
     * @return this exception
     */
    final PyBaseException withJavaOrigin(Throwable origin) {
        this.javaOrigin = origin;
        return this;
    }

    /**
     * The Java throwable this exception was made from, or {@code null}.
     *
     * @return the origin
     */
    public final Throwable javaOrigin() {
        return javaOrigin;
    }

    /**
     * Whether the exception has been raised, so that {@code __traceback__} is a traceback rather than None.
     *
     * @return whether a handler or a context manager's exit has caught it
     */
    public final boolean raised() {
        return raised;
    }

    /** Records that the exception has been raised: a handler or a context manager's exit has caught it. */
    public final void markRaised() {
        raised = true;
    }

    /**
     * Python's {@code __suppress_context__}.
     *
     * @return whether the context is hidden in tracebacks
     */
    public final boolean suppressContext() {
        return suppressContext;
    }
}
