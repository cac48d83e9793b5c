"""Runs a Python program with every asyncio event loop on a virtual clock: python3 cpython-virtual-clock.py PROG.py

This is CPython's own event loop (same ready queue, same timer heap, same Task steps); only its clock is virtual.
When the loop would wait for its next timer, time jumps to that timer instead, so the output no longer depends on
the machine's load, and a program with long sleeps finishes at once. The Java differential tests run on the same
kind of clock (io.portalis.runtime.Clock.virtual()).

Each read of the clock also advances it by a picosecond, far below the clock's resolution (1 ns): a real clock moves
between two reads, so timers scheduled with the same delay at different moments have different deadlines and fire
in the order they were scheduled. Without it they would have exactly equal keys, which heapq orders arbitrarily.
"""
import asyncio
import runpy
import selectors
import sys


class JumpingSelector(selectors.DefaultSelector):
    """A selector whose wait for the next timer is a jump of the virtual clock."""

    def __init__(self):
        super().__init__()
        self.now = 0.0

    def select(self, timeout=None):
        if timeout is not None and timeout > 0:
            self.now += timeout
            timeout = 0
        return super().select(timeout)


class VirtualClockLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__(JumpingSelector())

    def time(self):
        self._selector.now += 1e-12
        return self._selector.now


class VirtualClockPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        return VirtualClockLoop()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 cpython-virtual-clock.py PROGRAM.py")
    asyncio.set_event_loop_policy(VirtualClockPolicy())
    sys.argv = sys.argv[1:]
    runpy.run_path(sys.argv[0], run_name="__main__")
