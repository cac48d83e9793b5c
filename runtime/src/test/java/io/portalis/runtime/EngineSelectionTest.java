package io.portalis.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineSelectionTest {

    @Test
    void theSuiteRunsOnTheEngineItsExecutionForces() {
        String forced = System.getProperty(Engines.PROPERTY);
        assertThat(forced).as("each Surefire execution forces an engine").isNotBlank();
        assertThat(EventLoop.newEventLoop().engineName()).isEqualTo(forced);
    }

    @Test
    void unknownEngineNameIsRejected() {
        assertThatThrownBy(() -> EventLoop.newEventLoop(Clock.virtual(), "green-threads"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown engine 'green-threads'");
    }

    @Test
    void bothEnginesRunTheSameProgram() {
        for (String engine : new String[] {"continuation", "virtual-thread"}) {
            EventLoop loop = EventLoop.newEventLoop(Clock.virtual(), engine);
            int result = loop.run(() -> {
                Task<Integer> t = Asyncio.createTask(() -> {
                    Asyncio.sleep(1);
                    return 20;
                });
                Asyncio.sleep(0);
                return t.await() + 22;
            });
            assertThat(result).as(engine).isEqualTo(42);
        }
    }
}
