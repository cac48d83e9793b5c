package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.GeneratorExit;
import io.portalis.pylib.KeyError;
import io.portalis.pylib.PyList;
import io.portalis.pylib.StopIteration;
import io.portalis.pylib.ValueError;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generators behave alike on both switches: JDK continuations and the virtual-thread fallback. */
class GeneratorSwitchTest {
    static Stream<Supplier<GeneratorSwitch>> switches() {
        return Stream.of(GeneratorSwitch::create, GeneratorSwitch.ThreadSwitch::new);
    }

    private static PyGenerator counter(Supplier<GeneratorSwitch> sw, long n, PyList<Object> log) {
        return new PyGenerator("counter", g -> {
            try {
                for (long i = 0; i < n; i++) {
                    g.yield(i);
                }
                return "done";
            } finally {
                log.add("finally");
            }
        }, sw.get());
    }

    @ParameterizedTest
    @MethodSource("switches")
    void yieldsInOrderThenStopsWithTheReturnValue(Supplier<GeneratorSwitch> sw) {
        PyList<Object> log = new PyList<>();
        PyGenerator g = counter(sw, 3, log);
        assertThat(g.send(null)).isEqualTo(0L);
        assertThat(g.send(null)).isEqualTo(1L);
        assertThat(g.send(null)).isEqualTo(2L);
        assertThatThrownBy(() -> g.send(null)).isInstanceOf(StopIteration.class)
                .satisfies(e -> assertThat(((StopIteration) e).value()).isEqualTo("done"));
        assertThat(log).containsExactly("finally");
    }

    @ParameterizedTest
    @MethodSource("switches")
    void sendThrowAndCloseReachTheSuspendedYield(Supplier<GeneratorSwitch> sw) {
        PyList<Object> log = new PyList<>();
        PyGenerator acc = new PyGenerator("acc", g -> {
            long total = 0;
            while (true) {
                try {
                    total += (Long) g.yield(total);
                } catch (ValueError e) {
                    log.add("reset");
                    total = 0;
                }
            }
        }, sw.get());
        acc.send(null);
        assertThat(acc.send(5L)).isEqualTo(5L);
        assertThat(acc.send(10L)).isEqualTo(15L);
        assertThat(acc.throwIn(new ValueError("r"))).isEqualTo(0L);
        KeyError fatal = new KeyError("k");
        assertThatThrownBy(() -> acc.throwIn(fatal)).isSameAs(fatal);
        assertThatThrownBy(() -> acc.send(1L)).isInstanceOf(StopIteration.class);

        PyGenerator closing = counter(sw, 5, log);
        closing.send(null);
        closing.close();
        assertThat(log).containsExactly("reset", "finally");
        assertThatThrownBy(() -> closing.send(null)).isInstanceOf(StopIteration.class);
    }

    @ParameterizedTest
    @MethodSource("switches")
    void aGeneratorConsumedInsideAnotherGeneratorsBodySuspendsOnlyItself(Supplier<GeneratorSwitch> sw) {
        PyList<Object> log = new PyList<>();
        PyGenerator outer = new PyGenerator("outer", g -> {
            for (Object x : counter(sw, 3, log)) {
                g.yield((Long) x * 10);
            }
            return null;
        }, sw.get());
        PyList<Object> seen = new PyList<>();
        for (Object x : outer) {
            seen.add(x);
        }
        assertThat(seen).containsExactly(0L, 10L, 20L);
        assertThat(log).containsExactly("finally");
    }

    @ParameterizedTest
    @MethodSource("switches")
    void closeOfAGeneratorThatYieldsAgainIsARuntimeError(Supplier<GeneratorSwitch> sw) {
        PyGenerator stubborn = new PyGenerator("stubborn", g -> {
            while (true) {
                try {
                    g.yield(1L);
                } catch (GeneratorExit e) {
                    // ignores the request to close
                }
            }
        }, sw.get());
        stubborn.send(null);
        assertThatThrownBy(stubborn::close).hasMessage("generator ignored GeneratorExit");
    }

    @ParameterizedTest
    @MethodSource("switches")
    void releasingALoopsTemporaryGeneratorRunsItsFinallyAtOnce(Supplier<GeneratorSwitch> sw) {
        PyList<Object> log = new PyList<>();
        PyGenerator temp = counter(sw, 5, log);
        try {
            for (Object x : Rt.iterable(temp)) {
                if ((Long) x == 1L) {
                    break;
                }
            }
        } finally {
            Rt.release(temp);
        }
        log.add("after loop");
        assertThat(log).containsExactly("finally", "after loop");
        Rt.release(temp);
        assertThat(log).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("switches")
    void generatorsLeftSuspendedAreClosedWhenTheProgramEnds(Supplier<GeneratorSwitch> sw) {
        PyList<Object> log = new PyList<>();
        int status = io.portalis.pylib.Traceback.runMain(() -> {
            PyGenerator first = counter(sw, 3, log);
            PyGenerator second = counter(sw, 3, log);
            PyGenerator finished = counter(sw, 1, log);
            first.send(null);
            second.send(null);
            for (Object x : finished) {
                log.add(x);
            }
            counter(sw, 3, log);
            log.add("main ends");
        });
        assertThat(status).isZero();
        assertThat(log).containsExactly(0L, "finally", "main ends", "finally", "finally");
    }

    @ParameterizedTest
    @MethodSource("switches")
    void yieldFromForwardsThrowAndCloseToTheSubGenerator(Supplier<GeneratorSwitch> sw) {
        PyList<Object> log = new PyList<>();
        PyGenerator inner = new PyGenerator("inner", g -> {
            try {
                while (true) {
                    try {
                        g.yield("ready");
                    } catch (ValueError e) {
                        log.add("inner handled");
                    }
                }
            } finally {
                log.add("inner finally");
            }
        }, sw.get());
        PyGenerator outer = new PyGenerator("outer", g -> g.yieldFrom(inner), sw.get());
        assertThat(outer.send(null)).isEqualTo("ready");
        assertThat(outer.throwIn(new ValueError("v"))).isEqualTo("ready");
        outer.close();
        assertThat(log).containsExactly("inner handled", "inner finally");
    }
}
