# Random scheduling programs (fixed, seeded once): tasks that yield, sleep, print, cancel and await each other,
# await a shared future and set it, or fail. The Java test parses the same PROGRAMS text and runs it on our loop.
# Ops: y = sleep(0); sN = sleep(N * 0.02); p = print; cJ = cancel task J; wJ = await task J; g = await the shared
# future; G = set it (if not done); r = raise ValueError.
# The programs run on CPython's own event loop with a virtual clock (as the Java test does): when the loop would
# wait for a timer, time jumps to it. Scheduling is CPython's, and near-equal deadlines cannot swap under load.
import asyncio
import selectors


class JumpingSelector(selectors.DefaultSelector):
    """Turns the loop's wait for its next timer into a jump of the virtual clock."""

    def __init__(self):
        super().__init__()
        self.now = 0.0

    def select(self, timeout=None):
        if timeout is not None and timeout > 0:
            self.now += timeout
            timeout = 0
        return super().select(timeout)


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__(JumpingSelector())

    def time(self):
        return self._selector.now

PROGRAMS = """
t0: y w1 G s1 c1
t1: s1 p
t2: p p G
---
t0: p y G c0
t1: s3 s2
t2: y s1 p y
---
t0: r s3 c1
t1: c1 s3 g y y
---
t0: y y G y c2 w3
t1: y w3 s0 s2 y
t2: p p c1 p
t3: c1 s0 p
---
t0: s3 p w1 s0
t1: s3 w2 s0 y g s0
t2: c2 p
---
t0: c1 g
t1: c1 p y
t2: s2 y r G g
t3: y p p g
---
t0: g G
t1: s3 p
t2: s0 p
t3: r g y s0 p y
---
t0: G p s0 s1 p c1
t1: c1 s3 w3 y p G
t2: y s2 G y G r
t3: s1 g s1 g G
---
t0: s3 s3
t1: y c0 g
---
t0: w3 G
t1: y y w3 s1 w2 c0
t2: w3 w3 y
t3: p g g c3 c1 g
---
t0: c2 s2 p y g
t1: s3 y y
t2: g r
---
t0: y w2 s3 p
t1: p s2 s0
t2: y y g p
---
t0: G c1 y w1 c1
t1: G y G y y
t2: p g p y p
---
t0: s2 p G p
t1: p p c2 s3 c1
t2: y y w3 c3 y
t3: p g s3 s3
---
t0: y p
t1: G p r s2 g s2
t2: s3 s0 p p y
---
t0: w1 s0 p y s3
t1: w2 c0 p w2 s0 g
t2: s1 y y g c1
---
t0: g y s0 s2
t1: y p
---
t0: g p y y s2
t1: y s2 p s0
t2: c1 g g
---
t0: c3 p s3
t1: s0 y w3 s2
t2: g g
t3: y s0
---
t0: y y p
t1: g s0
---
t0: p c2 s2
t1: y y p c1
t2: y p p y G
---
t0: p s3 r g
t1: p s1 p s0 g
---
t0: s1 w2 y p s0 y
t1: y y
t2: p c3 y s1 s2
t3: c3 y s2 s3
---
t0: s3 c2 w3 s1
t1: c1 p p G p s0
t2: p r g s2 s1 r
t3: c0 g
"""


async def run_program(number, text):
    loop = asyncio.get_running_loop()
    shared = loop.create_future()
    specs = [line.split(":")[1].split() for line in text.strip().splitlines()]
    tasks = []

    async def body(k, ops):
        try:
            for i, op in enumerate(ops):
                kind, arg = op[0], op[1:]
                if kind == "y":
                    await asyncio.sleep(0)
                    print(f"t{k}.{i} yielded")
                elif kind == "s":
                    await asyncio.sleep(int(arg) * 0.02)
                    print(f"t{k}.{i} slept {arg}")
                elif kind == "p":
                    print(f"t{k}.{i} runs")
                elif kind == "c":
                    print(f"t{k}.{i} cancel t{arg} -> {tasks[int(arg)].cancel()}")
                elif kind == "w":
                    print(f"t{k}.{i} got {await tasks[int(arg)]}")
                elif kind == "g":
                    print(f"t{k}.{i} shared {await shared}")
                elif kind == "G":
                    if not shared.done():
                        shared.set_result(f"from t{k}")
                    print(f"t{k}.{i} set shared")
                elif kind == "r":
                    raise ValueError(f"t{k}")
        except asyncio.CancelledError:
            print(f"t{k} cancelled")
            raise
        except ValueError as e:
            print(f"t{k} failed {e}")
            raise
        print(f"t{k} done")
        return f"r{k}"

    for k, ops in enumerate(specs):
        tasks.append(asyncio.create_task(body(k, ops)))
    await asyncio.sleep(0.3)
    if not shared.done():
        shared.set_result("from main")
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(f"program {number}:", " ".join(
        "cancelled" if isinstance(r, asyncio.CancelledError) else "failed" if isinstance(r, ValueError) else r
        for r in results))


async def main():
    for number, text in enumerate(PROGRAMS.strip().split("---")):
        await run_program(number, text)

with asyncio.Runner(loop_factory=VirtualTimeLoop) as runner:
    runner.run(main())
