package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.KeyError;
import io.portalis.pylib.PyBaseException;
import io.portalis.pylib.PyList;
import io.portalis.pylib.RuntimeError;
import io.portalis.pylib.ValueError;
import org.junit.jupiter.api.Test;

/** contextlib's managers driven as a {@code with} statement drives them; behaviour checked against CPython 3.11. */
class ContextlibTest {
    private static final PyModule CONTEXTLIB = Modules.load("contextlib");

    private static Object fn(String name) {
        return CONTEXTLIB.attr(name);
    }

    /** {@code @contextmanager def f(): log("enter"); try: yield 7 except ValueError: log("handled") ...}. */
    private static Object manager(PyList<Object> log) {
        PyFunction body = PyFunction.of("f", a -> new PyGenerator("f", g -> {
            log.add("enter");
            try {
                g.yield(7L);
            } catch (ValueError e) {
                log.add("handled");
            } finally {
                log.add("exit");
            }
            return null;
        }));
        return Rt.call(fn("contextmanager"), body);
    }

    @Test
    void contextmanagerRunsSetupAndTeardownAndMaySwallowTheBlocksException() {
        PyList<Object> log = new PyList<>();
        Object cm = Rt.call(manager(log));
        assertThat(Rt.enter(cm)).isEqualTo(7L);
        assertThat(Rt.exit(cm, new ValueError("boom"))).isTrue();
        assertThat(log).containsExactly("enter", "handled", "exit");
        Object other = Rt.call(manager(log));
        Rt.enter(other);
        KeyError k = new KeyError("k");
        assertThat(Rt.exit(other, k)).isFalse();
    }

    @Test
    void generatorThatYieldsTwiceIsAnError() {
        Object twice = Rt.call(fn("contextmanager"), PyFunction.of("twice", a -> new PyGenerator("twice", g -> {
            g.yield(1L);
            g.yield(2L);
            return null;
        })));
        Object cm = Rt.call(twice);
        Rt.enter(cm);
        assertThatThrownBy(() -> Rt.exit(cm, null)).isInstanceOf(RuntimeError.class)
                .hasMessage("generator didn't stop");
    }

    @Test
    void suppressMatchesSubclassesOnly() {
        Object cm = Rt.call(fn("suppress"), Types.named("LookupError"));
        Rt.enter(cm);
        assertThat(Rt.exit(cm, new KeyError("x"))).isTrue();
        assertThat(Rt.exit(cm, new ValueError("x"))).isFalse();
        assertThat(Rt.exit(Rt.call(fn("suppress")), new KeyError("x"))).isFalse();
    }

    @Test
    void exitStackUnwindsInReverseAndPassesOnASuppression() {
        PyList<Object> log = new PyList<>();
        Object stack = Rt.call(fn("ExitStack"));
        assertThat(Rt.enter(stack)).isSameAs(stack);
        Rt.callMethod(stack, "callback", PyFunction.of("first", a -> log.add("first") ? null : null));
        Rt.callMethod(stack, "enter_context", Rt.call(fn("suppress"), Types.named("ValueError")));
        Rt.callMethod(stack, "callback", PyFunction.of("last", a -> log.add("last") ? null : null));
        PyBaseException e = new ValueError("v");
        assertThat(Rt.exit(stack, e)).isTrue();
        assertThat(log).containsExactly("last", "first");
    }

    @Test
    void exitStackRaisesWhatACallbackRaisesWithThePendingExceptionAsContext() {
        Object stack = Rt.call(fn("ExitStack"));
        Rt.callMethod(stack, "callback", PyFunction.of("bad", a -> {
            throw new KeyError("from callback");
        }));
        ValueError original = new ValueError("v");
        assertThatThrownBy(() -> Rt.exit(stack, original)).isInstanceOf(KeyError.class)
                .satisfies(t -> assertThat(((KeyError) t).pyContext()).isSameAs(original));
    }
}
