package io.portalis.runtime.channel;

import java.util.ArrayList;
import java.util.List;

import io.portalis.runtime.Asyncio;
import io.portalis.runtime.CancelledError;
import io.portalis.runtime.Clock;
import io.portalis.runtime.Coroutine;
import io.portalis.runtime.EventLoop;
import io.portalis.runtime.Task;
import org.junit.jupiter.api.Test;

import static io.portalis.runtime.Asyncio.createTask;
import static io.portalis.runtime.Asyncio.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The channels: delivery order, back-pressure, closing from either side, cancel safety, lag. */
class ChannelTest {

    static <T> T run(Coroutine<T> main) {
        return EventLoop.newEventLoop(Clock.virtual()).run(main);
    }

    // ---------------------------------------------------------------- mpsc

    @Test
    void mpscDeliversEachProducersMessagesInOrderThenEndOfStream() {
        List<String> got = run(() -> {
            Mpsc.Channel<String> ch = Mpsc.bounded(2);
            Mpsc.Sender<String> tx2 = ch.sender().clone();
            Task<Void> p1 = createTask(() -> {
                for (int i = 0; i < 3; i++) {
                    ch.sender().send("a" + i);
                }
                ch.sender().close();
                return null;
            });
            Task<Void> p2 = createTask(() -> {
                for (int i = 0; i < 3; i++) {
                    tx2.send("b" + i);
                }
                tx2.close();
                return null;
            });
            List<String> received = new ArrayList<>();
            for (String m : ch.receiver()) {
                received.add(m);
            }
            Asyncio.gather(p1, p2);
            assertThat(ch.receiver().recv()).isNull();
            return received;
        });
        assertThat(got).hasSize(6);
        assertThat(got.stream().filter(m -> m.startsWith("a"))).containsExactly("a0", "a1", "a2");
        assertThat(got.stream().filter(m -> m.startsWith("b"))).containsExactly("b0", "b1", "b2");
    }

    @Test
    void boundedSendSuspendsWhileFullAndTrySendRefuses() {
        run(() -> {
            Mpsc.Channel<Integer> ch = Mpsc.bounded(1);
            ch.sender().send(1);
            assertThat(ch.sender().trySend(2)).isFalse();
            assertThat(ch.sender().capacity()).isZero();
            Task<Void> blocked = createTask(() -> {
                ch.sender().send(2);
                return null;
            });
            sleep(0);
            assertThat(blocked.done()).isFalse();
            assertThat(ch.receiver().recv()).isEqualTo(1);
            blocked.await();
            assertThat(ch.receiver().tryRecv()).isEqualTo(2);
            assertThat(ch.receiver().tryRecv()).isNull();
            return null;
        });
    }

    @Test
    void cancelledSendHasNotSentAndPassesItsSlotOn() {
        run(() -> {
            Mpsc.Channel<String> ch = Mpsc.bounded(1);
            ch.sender().send("first");
            Task<Void> a = createTask(() -> {
                ch.sender().send("a");
                return null;
            });
            Task<Void> b = createTask(() -> {
                ch.sender().send("b");
                return null;
            });
            sleep(0);
            assertThat(ch.receiver().recv()).isEqualTo("first");
            a.cancel();
            assertThatThrownBy(a::await).isInstanceOf(CancelledError.class);
            b.await();
            assertThat(ch.receiver().tryRecv()).isEqualTo("b");
            assertThat(ch.receiver().tryRecv()).isNull();
            return null;
        });
    }

    @Test
    void reservedPermitSendsWithoutSuspendingAndReleaseFreesTheSlot() {
        run(() -> {
            Mpsc.Channel<String> ch = Mpsc.bounded(1);
            Mpsc.Permit<String> permit = ch.sender().reserve();
            assertThat(ch.sender().tryReserve()).isNull();
            permit.send("kept");
            assertThatThrownBy(() -> permit.send("again")).isInstanceOf(IllegalStateException.class);
            assertThat(ch.receiver().recv()).isEqualTo("kept");
            Mpsc.Permit<String> unused = ch.sender().reserve();
            unused.release();
            assertThat(ch.sender().capacity()).isEqualTo(1);
            return null;
        });
    }

    @Test
    void cancelledRecvLeavesTheMessageInTheChannel() {
        run(() -> {
            Mpsc.Channel<String> ch = Mpsc.unbounded();
            Task<String> r = createTask(ch.receiver()::recv);
            sleep(0);
            ch.sender().send("m");
            r.cancel();
            assertThatThrownBy(r::await).isInstanceOf(CancelledError.class);
            assertThat(ch.receiver().len()).isEqualTo(1);
            assertThat(ch.receiver().recv()).isEqualTo("m");
            return null;
        });
    }

    @Test
    void closingTheReceiverFailsWaitingAndLaterSendersButKeepsWhatWasSent() {
        run(() -> {
            Mpsc.Channel<String> ch = Mpsc.bounded(1);
            ch.sender().send("in flight");
            Task<Void> waiting = createTask(() -> {
                ch.sender().send("late");
                return null;
            });
            sleep(0);
            ch.receiver().close();
            assertThatThrownBy(waiting::await).isInstanceOf(ChannelClosed.class)
                    .satisfies(e -> assertThat(((ChannelClosed) e).unsent()).isEqualTo("late"));
            assertThatThrownBy(() -> ch.sender().send("x")).isInstanceOf(ChannelClosed.class);
            assertThat(ch.sender().isClosed()).isTrue();
            assertThat(ch.receiver().recv()).isEqualTo("in flight");
            assertThat(ch.receiver().recv()).isNull();
            return null;
        });
    }

    @Test
    void closingTheLastSenderWakesTheWaitingReceiverWithEndOfStream() {
        run(() -> {
            Mpsc.Channel<String> ch = Mpsc.bounded(4);
            Mpsc.Sender<String> other = ch.sender().clone();
            Task<String> r = createTask(ch.receiver()::recv);
            sleep(0);
            ch.sender().close();
            sleep(0);
            assertThat(r.done()).isFalse();
            other.close();
            assertThat(r.await()).isNull();
            assertThatThrownBy(() -> ch.receiver().tryRecv()).isInstanceOf(ChannelClosed.class);
            assertThatThrownBy(() -> other.send("x")).isInstanceOf(IllegalStateException.class);
            return null;
        });
    }

    @Test
    void misuseIsRefused() {
        assertThatThrownBy(() -> Mpsc.bounded(0)).isInstanceOf(IllegalArgumentException.class);
        run(() -> {
            Mpsc.Channel<String> ch = Mpsc.unbounded();
            assertThatThrownBy(() -> ch.sender().send(null)).isInstanceOf(NullPointerException.class);
            assertThat(ch.sender().maxCapacity()).isEqualTo(Integer.MAX_VALUE);
            return null;
        });
    }

    // ---------------------------------------------------------------- oneshot

    @Test
    void oneshotDeliversOneValue() {
        run(() -> {
            Oneshot<String> o = new Oneshot<>();
            Task<String> r = createTask(o::recv);
            sleep(0);
            o.send("reply");
            assertThat(r.await()).isEqualTo("reply");
            assertThatThrownBy(() -> o.send("again")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(o::tryRecv).isInstanceOf(IllegalStateException.class);
            return null;
        });
    }

    @Test
    void oneshotClosedBySenderWakesReceiverWithChannelClosed() {
        run(() -> {
            Oneshot<String> o = new Oneshot<>();
            Task<String> r = createTask(o::recv);
            sleep(0);
            o.closeSender();
            assertThatThrownBy(r::await).isInstanceOf(ChannelClosed.class);
            return null;
        });
    }

    @Test
    void oneshotClosedByReceiverGivesTheValueBack() {
        run(() -> {
            Oneshot<String> o = new Oneshot<>();
            o.close();
            assertThat(o.isClosed()).isTrue();
            assertThatThrownBy(() -> o.send("v")).isInstanceOf(ChannelClosed.class)
                    .satisfies(e -> assertThat(((ChannelClosed) e).unsent()).isEqualTo("v"));
            return null;
        });
    }

    @Test
    void oneshotCancelledRecvKeepsTheValue() {
        run(() -> {
            Oneshot<String> o = new Oneshot<>();
            Task<String> r = createTask(o::recv);
            sleep(0);
            o.send("v");
            r.cancel();
            assertThatThrownBy(r::await).isInstanceOf(CancelledError.class);
            assertThat(o.recv()).isEqualTo("v");
            return null;
        });
    }

    // ---------------------------------------------------------------- broadcast

    @Test
    void broadcastReachesEveryReceiverAndSubscribersSeeOnlyLaterMessages() {
        run(() -> {
            Broadcast<Integer> b = new Broadcast<>(8);
            Broadcast.Receiver<Integer> r1 = b.receiver();
            assertThat(b.sender().send(1)).isEqualTo(1);
            Broadcast.Receiver<Integer> r2 = b.subscribe();
            assertThat(b.sender().send(2)).isEqualTo(2);
            b.sender().close();
            List<Integer> got1 = new ArrayList<>();
            for (int m : r1) {
                got1.add(m);
            }
            List<Integer> got2 = new ArrayList<>();
            for (int m : r2) {
                got2.add(m);
            }
            assertThat(got1).containsExactly(1, 2);
            assertThat(got2).containsExactly(2);
            return null;
        });
    }

    @Test
    void laggingReceiverGetsLaggedWithTheCountThenContinues() {
        run(() -> {
            Broadcast<Integer> b = new Broadcast<>(2);
            for (int i = 1; i <= 5; i++) {
                b.sender().send(i);
            }
            Broadcast.Receiver<Integer> r = b.receiver();
            assertThat(r.len()).isEqualTo(5);
            assertThatThrownBy(r::recv).isInstanceOf(Lagged.class)
                    .satisfies(e -> assertThat(((Lagged) e).skipped()).isEqualTo(3));
            assertThat(r.recv()).isEqualTo(4);
            assertThat(r.recv()).isEqualTo(5);
            assertThat(r.tryRecv()).isNull();
            return null;
        });
    }

    @Test
    void broadcastWakesEveryWaitingReceiverAndEndsTheStreamOnClose() {
        run(() -> {
            Broadcast<String> b = new Broadcast<>(4);
            Broadcast.Receiver<String> r2 = b.subscribe();
            Task<String> w1 = createTask(b.receiver()::recv);
            Task<String> w2 = createTask(r2::recv);
            sleep(0);
            b.sender().send("hello");
            assertThat(w1.await()).isEqualTo("hello");
            assertThat(w2.await()).isEqualTo("hello");
            Task<String> w3 = createTask(r2::recv);
            sleep(0);
            b.sender().close();
            assertThat(w3.await()).isNull();
            return null;
        });
    }

    @Test
    void broadcastSendWithoutReceiversFails() {
        run(() -> {
            Broadcast<String> b = new Broadcast<>(1);
            b.receiver().close();
            assertThatThrownBy(() -> b.sender().send("x")).isInstanceOf(ChannelClosed.class);
            return null;
        });
    }

    // ---------------------------------------------------------------- watch

    @Test
    void watchReceiversSeeOnlyTheLatestValue() {
        run(() -> {
            Watch<String> w = new Watch<>("v0");
            Watch.Receiver<String> r = w.subscribe();
            assertThat(r.hasChanged()).isFalse();
            Task<String> waiter = createTask(() -> {
                r.changed();
                return r.borrow();
            });
            sleep(0);
            w.send("v1");
            w.send("v2");
            assertThat(waiter.await()).isEqualTo("v2");
            assertThat(r.hasChanged()).isFalse();
            assertThat(w.sendReplace("v3")).isEqualTo("v2");
            assertThat(r.hasChanged()).isTrue();
            assertThat(r.borrowAndUpdate()).isEqualTo("v3");
            assertThat(r.hasChanged()).isFalse();
            return null;
        });
    }

    @Test
    void watchCloseWakesWaitersAndChangedFailsOnceTheLastValueIsSeen() {
        run(() -> {
            Watch<Integer> w = new Watch<>(0);
            Watch.Receiver<Integer> r = w.subscribe();
            Watch.Receiver<Integer> lagging = r.clone();
            Task<Void> waiter = createTask(() -> {
                r.changed();
                return null;
            });
            sleep(0);
            w.send(1);
            w.close();
            waiter.await();
            assertThatThrownBy(r::changed).isInstanceOf(ChannelClosed.class);
            lagging.changed();
            assertThat(lagging.borrow()).isEqualTo(1);
            assertThatThrownBy(lagging::changed).isInstanceOf(ChannelClosed.class);
            assertThatThrownBy(() -> w.send(2)).isInstanceOf(IllegalStateException.class);
            return null;
        });
    }

    @Test
    void watchSendWithoutReceiversFailsAndKeepsTheOldValue() {
        run(() -> {
            Watch<String> w = new Watch<>("a");
            assertThatThrownBy(() -> w.send("b")).isInstanceOf(ChannelClosed.class);
            assertThat(w.borrow()).isEqualTo("a");
            return null;
        });
    }
}
