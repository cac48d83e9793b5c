package io.portalis.pylib.dyn;

import io.portalis.pylib.GeneratorExit;
import io.portalis.pylib.PyBaseException;
import io.portalis.pylib.PyObject;
import io.portalis.pylib.RuntimeError;
import io.portalis.pylib.StopIteration;
import io.portalis.pylib.ValueError;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A generator: the body of a function containing {@code yield}, run as a coroutine ({@link GeneratorSwitch}: a JDK
 * continuation, or a virtual thread where continuations are not exported) and handed control back and forth at
 * each {@code yield}, so that the translated body stays straight-line Java.
 */
public final class PyGenerator implements Iterator<Object>, Iterable<Object>, PyObject {
    /** A generator's code. */
    @FunctionalInterface
    public interface Body {
        /**
         * Runs the generator to its end.
         *
         * @param g the generator, whose {@link PyGenerator#yield} suspends the body
         * @return the generator's return value
         */
        Object run(PyGenerator g);
    }

    private enum State { NEW, SUSPENDED, RUNNING, DONE }

    private final String name;
    private final Body body;
    private final GeneratorSwitch control;
    private State state = State.NEW;
    private Object transfer;
    private Throwable failure;
    private boolean returned;
    private Object returnValue;
    private PyBaseException thrownIn;
    private Object peeked = Rt.MISSING;
    /** True iff registered with {@link io.portalis.pylib.Finalization}: suspended at a yield, not finished. */
    private boolean registered;
    /**
     * False for a generator expression: its body has no finally block or handler of its own, so closing it at
     * program end shows nothing, and keeping every abandoned one (any() and all() abandon theirs) would hold
     * their memory until then.
     */
    private boolean closeAtExit = true;

    /**
     * Creates a generator; its body starts at the first {@code next}.
     *
     * @param name the generator function's qualified name
     * @param body the body
     */
    public PyGenerator(String name, Body body) {
        this(name, body, GeneratorSwitch.create());
    }

    /** A generator on a given switch, so that both switches can be tested in one JVM. */
    PyGenerator(String name, Body body, GeneratorSwitch control) {
        this.name = name;
        this.body = body;
        this.control = control;
    }

    /**
     * {@code gen.send(value)}: resumes the body, which sees {@code value} as the result of its {@code yield}.
     *
     * @param value the value sent
     * @return the next yielded value
     * @throws StopIteration when the body returns, carrying its return value
     */
    public Object send(Object value) {
        if (peeked != Rt.MISSING) {
            Object p = peeked;
            peeked = Rt.MISSING;
            return p;
        }
        return resume(value, null);
    }

    /**
     * {@code gen.throw(exc)}: raises {@code exc} at the suspended {@code yield}.
     *
     * @param exc the exception
     * @return the next yielded value if the body handles it
     */
    public Object throwIn(PyBaseException exc) {
        if (state == State.NEW) {
            state = State.DONE;
            throw exc;
        }
        return resume(null, exc);
    }

    private Object resume(Object value, PyBaseException exc) {
        switch (state) {
            case DONE -> {
                if (exc != null) {
                    throw exc;
                }
                throw new StopIteration();
            }
            case RUNNING -> throw new ValueError("generator already executing");
            case NEW -> {
                if (value != null) {
                    throw new io.portalis.pylib.TypeError(
                            "can't send non-None value to a just-started generator");
                }
                state = State.RUNNING;
                control.start(this::runBody);
            }
            case SUSPENDED -> {
                state = State.RUNNING;
                transfer = value;
                thrownIn = exc;
                control.resume();
            }
        }
        if (failure != null) {
            Throwable f = failure;
            failure = null;
            finish();
            if (f instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) f;
        }
        if (returned) {
            finish();
            throw new StopIteration(returnValue);
        }
        if (state == State.RUNNING && !registered && closeAtExit) {
            // suspended with its body on the stack: its finally blocks must run at the latest at program end
            registered = true;
            io.portalis.pylib.Finalization.register(this, this::close);
        }
        state = State.SUSPENDED;
        return transfer;
    }

    /**
     * Marks this generator as a generator expression's, which needs no closing at program end.
     *
     * @return this generator
     */
    PyGenerator expression() {
        closeAtExit = false;
        return this;
    }

    private void finish() {
        state = State.DONE;
        if (registered) {
            registered = false;
            io.portalis.pylib.Finalization.unregister(this);
        }
    }

    private void runBody() {
        try {
            returnValue = body.run(this);
            returned = true;
        } catch (StopIteration e) {
            failure = new RuntimeError("generator raised StopIteration").withCause(e);
        } catch (Throwable t) {
            failure = t;
        } finally {
            control.finished();
        }
    }

    /**
     * {@code yield value}, called by the body: hands {@code value} to the consumer and waits to be resumed.
     *
     * @param value the yielded value
     * @return the value sent in, {@code None} for {@code next}
     */
    public Object yield(Object value) {
        transfer = value;
        control.suspend();
        if (thrownIn != null) {
            PyBaseException e = thrownIn;
            thrownIn = null;
            throw e;
        }
        return transfer;
    }

    /**
     * {@code yield from sub}, called by the body: delegates to {@code sub} until it is exhausted.
     *
     * @param sub the sub-iterable
     * @return the sub-generator's return value, {@code None} for other iterables
     */
    public Object yieldFrom(Object sub) {
        if (sub instanceof PyGenerator g) {
            // as CPython's yield from: values sent, exceptions thrown and close() reach the sub-generator
            Object v;
            try {
                v = g.send(null);
            } catch (StopIteration e) {
                return e.value();
            }
            while (true) {
                try {
                    Object sent = this.yield(v);
                    v = g.send(sent);
                } catch (StopIteration e) {
                    return e.value();
                } catch (GeneratorExit e) {
                    g.close();
                    throw e;
                } catch (PyBaseException e) {
                    if (g.state == State.DONE || g.state == State.RUNNING) {
                        throw e;
                    }
                    try {
                        v = g.throwIn(e);
                    } catch (StopIteration stop) {
                        return stop.value();
                    }
                }
            }
        }
        for (Object v : Rt.iterable(sub)) {
            this.yield(v);
        }
        return null;
    }

    /** {@code gen.close()}: raises {@code GeneratorExit} at the suspended {@code yield}. */
    public void close() {
        if (state == State.NEW) {
            state = State.DONE;
            return;
        }
        if (state != State.SUSPENDED) {
            return;
        }
        try {
            resume(null, new GeneratorExit());
            throw new RuntimeError("generator ignored GeneratorExit");
        } catch (GeneratorExit | StopIteration e) {
            finish();
        }
    }

    @Override
    public boolean hasNext() {
        if (peeked != Rt.MISSING) {
            return true;
        }
        if (state == State.DONE) {
            return false;
        }
        try {
            peeked = resume(null, null);
            return true;
        } catch (StopIteration e) {
            return false;
        }
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Object p = peeked;
        peeked = Rt.MISSING;
        return p;
    }

    @Override
    public Iterator<Object> iterator() {
        return this;
    }

    @Override
    public String pyTypeName() {
        return "generator";
    }

    @Override
    public String repr() {
        return "<generator object " + name + " at 0x" + String.format("%012x", System.identityHashCode(this)) + ">";
    }
}
