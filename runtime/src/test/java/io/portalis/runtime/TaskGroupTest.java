package io.portalis.runtime;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.portalis.runtime.Asyncio.createTask;
import static io.portalis.runtime.Asyncio.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskGroupTest {

    private final EventLoop loop = EventLoop.newEventLoop(Clock.virtual());

    @Test
    void waitsForEveryTask() {
        List<String> log = new ArrayList<>();
        double t = loop.run(() -> {
            Asyncio.taskGroup(tg -> {
                tg.createTask(() -> {
                    sleep(2);
                    log.add("two");
                    return null;
                });
                tg.createTask(() -> {
                    sleep(1);
                    log.add("one");
                    return null;
                }, "named");
                log.add("body done");
                return null;
            });
            return Asyncio.getRunningLoop().time();
        });
        assertThat(log).containsExactly("body done", "one", "two");
        assertThat(t).isEqualTo(2.0);
    }

    @Test
    void bodyErrorCancelsTasksAndIsGrouped() {
        List<String> log = new ArrayList<>();
        loop.run(() -> {
            assertThatThrownBy(() -> Asyncio.taskGroup(tg -> {
                tg.createTask(() -> {
                    try {
                        sleep(5);
                    } catch (CancelledError e) {
                        log.add("child cancelled");
                        throw e;
                    }
                    return null;
                });
                sleep(0);
                throw new IllegalStateException("body failed");
            })).isInstanceOfSatisfying(ExceptionGroup.class, eg -> assertThat(eg.exceptions())
                    .singleElement().extracting(Throwable::getMessage).isEqualTo("body failed"));
            return null;
        });
        assertThat(log).containsExactly("child cancelled");
    }

    @Test
    void failureCancelsSiblingsAndParentButParentGoesOn() {
        String r = loop.run(() -> {
            try {
                Asyncio.taskGroup(tg -> {
                    tg.createTask(() -> {
                        sleep(1);
                        throw new IllegalArgumentException("child");
                    });
                    sleep(100);
                    return null;
                });
            } catch (ExceptionGroup eg) {
                assertThat(Asyncio.currentTask().cancelling()).isZero();
                sleep(1);
                return "parent continues at " + Asyncio.getRunningLoop().time();
            }
            return "unreachable";
        });
        assertThat(r).isEqualTo("parent continues at 2.0");
    }

    @Test
    void createTaskBeforeOrAfterTheScopeIsRefused() {
        loop.run(() -> {
            TaskGroup[] saved = new TaskGroup[1];
            Asyncio.taskGroup(tg -> {
                saved[0] = tg;
                return null;
            });
            assertThatThrownBy(() -> saved[0].createTask(() -> null)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is finished");
            return null;
        });
    }

    @Test
    void createTaskWhileShuttingDownIsRefused() {
        loop.run(() -> {
            assertThatThrownBy(() -> Asyncio.taskGroup(tg -> {
                tg.createTask(() -> {
                    throw new IllegalStateException("first");
                });
                try {
                    sleep(1);
                } catch (CancelledError e) {
                    assertThatThrownBy(() -> tg.createTask(() -> null)).hasMessageContaining("shutting down");
                    throw e;
                }
                return null;
            })).isInstanceOf(ExceptionGroup.class);
            return null;
        });
    }

    @Test
    void taskGroupOutsideATaskIsRefused() {
        assertThatThrownBy(() -> Asyncio.taskGroup(tg -> null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancelledChildIsNotAnError() {
        String r = loop.run(() -> Asyncio.taskGroup(tg -> {
            Task<Void> t = tg.createTask(() -> {
                sleep(5);
                return null;
            });
            sleep(0);
            t.cancel();
            return "no error";
        }));
        assertThat(r).isEqualTo("no error");
    }

    @Test
    void virtualMachineErrorIsRethrownAsIs() {
        loop.run(() -> {
            StackOverflowError soe = new StackOverflowError("deep");
            assertThatThrownBy(() -> Asyncio.taskGroup(tg -> {
                tg.createTask(() -> {
                    throw soe;
                });
                sleep(1);
                return null;
            })).isSameAs(soe);
            return null;
        });
    }

    @Test
    void parentCancelledTwiceStillWaitsForChildren() {
        List<String> log = new ArrayList<>();
        loop.run(() -> {
            Task<Void> parent = createTask(() -> {
                Asyncio.taskGroup(tg -> {
                    tg.createTask(() -> {
                        try {
                            sleep(10);
                        } catch (CancelledError e) {
                            sleep(1);
                            log.add("child cleaned up");
                            throw e;
                        }
                        return null;
                    });
                    sleep(10);
                    return null;
                });
                return null;
            });
            sleep(1);
            parent.cancel();
            sleep(0.5);
            parent.cancel();
            assertThatThrownBy(parent::await).isInstanceOf(CancelledError.class);
            log.add("parent cancelled");
            return null;
        });
        assertThat(log).containsExactly("child cleaned up", "parent cancelled");
    }
}
