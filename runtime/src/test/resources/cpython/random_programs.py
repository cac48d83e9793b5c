# Random scheduling programs (fixed, seeded once): tasks that yield, sleep, print, cancel and await each other,
# await a shared future and set it, fail, and combine: wait_for, shield, gather, timeout scopes. The Java test
# parses the same PROGRAMS text and runs it on our loop.
# Ops: y = sleep(0); sN = sleep(N * 0.02); p = print; cJ = cancel task J; wJ = await task J; g = await the shared
# future; G = set it (if not done); r = raise ValueError; fJ,N = wait_for(task J, N * 0.02); hJ = await
# shield(task J); aJ,L = gather(task J, task L); tN = the next op inside timeout(N * 0.02); kJ,L = a TaskGroup of
# two new tasks awaiting shield(J) and shield(L); eJ,L = wait([J, L], FIRST_COMPLETED); oJ,L = as_completed([J, L]).
# TaskGroup cancels its tasks, and as_completed registers its callbacks, in the iteration order of a set, which
# for tasks follows their memory addresses: the ops are written so that this order cannot show in the output.
import asyncio

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
---
t0: s3 s1 c2 h3
t1: s0 y g y
t2: c0 h3
t3: y r y t0
---
t0: s3 f3,0 a2,1 y y s2
t1: a2,3 s2 p g G
t2: s1 p a3,3
t3: y p
---
t0: s2 s1 f2,0 a3,2 f3,2 s0
t1: a3,3 p y s2 p h3
t2: G c0
t3: c0 s1 t1 s3
---
t0: a1,1 s3
t1: p c1 G s0 t2
---
t0: w2 h1 t3
t1: t0 s0 G t3 g G
t2: s1 a3,3 y
t3: c0 c2 t3 t3
---
t0: g p g s0
t1: t0 g t0
---
t0: c0 t0 s2
t1: y t2 f2,2 a2,2 w2 y
t2: c2 r y p
---
t0: G s1 p
t1: y a2,2 G a2,2 G y
t2: y y p p t3
---
t0: p w1 s3
t1: s3 c0 s3 t1
---
t0: s2 f1,1 t3
t1: s3 s2 g s2 p t3
---
t0: t2 c1 a2,2 G g
t1: a2,2 y
t2: c2 G t0 t1 c2
---
t0: t2 c0 p s3 f1,2 c1
t1: p t1
---
t0: r s0 y f1,2
t1: y s3
---
t0: s0 c1 w2 h2
t1: s1 g s0
t2: s0 y w3
t3: y t1 c2
---
t0: t3 w1 w1 y
t1: p p y
---
t0: s0 y w1 s3
t1: h2 y y a2,2 g
t2: y c0 G G
---
t0: g y g s2
t1: t0 t2
t2: c2 f3,1 y y y c3
t3: t2 G t2 G t1 t2
---
t0: t0 s0 y G s0
t1: y r s3 p p s1
---
t0: s1 f2,1 s3 w2 y f2,3
t1: a2,2 y c2 s2 s0 c2
t2: t1 G G g
---
t0: s0 w1 s2 c0
t1: s3 g f2,1 t1 f2,0 c0
t2: t3 y p s3 G s0
---
t0: t1 f1,3 h1
t1: G c0 g
---
t0: f2,2 s2 h3 s1 a1,3
t1: y g G y
t2: c3 y h3 y r r
t3: y s0 t0 s1
---
t0: s0 s3
t1: y w3
t2: c0 r s1 s2
t3: s1 t1
---
t0: s0 r r y y s1
t1: t1 t3 a2,2 y t0
t2: y s2
---
t0: g g r
t1: c1 o2,2 s0 p
t2: y y c0 G p
---
t0: r p s0
t1: p s3 y g p p
---
t0: y c0 G t0 r o1,1
t1: e2,3 f2,0
t2: y o3,3 f3,1 s1 c0
t3: t2 y s2 t1 G t1
---
t0: s2 c0
t1: s0 p
t2: s2 y
---
t0: c0 s0 p
t1: o2,2 r s3 y
t2: s2 y g
---
t0: G r k1,1 c3
t1: t3 k2,3 o3,2 o2,2 g G
t2: c1 g e3,3 y
t3: p t3 y p p
---
t0: o1,1 g y o1,1 s2 e1,1
t1: s0 p
---
t0: t2 c2 p
t1: p p s3
t2: e3,3 r c0 y o3,3
t3: s2 t3 s2 s2 t3
---
t0: t2 e2,1
t1: r g s0 s2 y
t2: y t3
---
t0: s3 y y
t1: s2 p c1 y y s3
---
t0: c2 k1,1
t1: y p
t2: y G c0 t0 s0 y
---
t0: s0 o1,1 c1 p
t1: t3 t0 c1 p s0 r
---
t0: o1,2 s2 y e1,2 f2,3 g
t1: e2,2 y o2,2 G
t2: s1 y t2 G c1
---
t0: o1,1 p
t1: y k2,2 p s1 g y
t2: t0 t1 c2 t2
---
t0: f2,1 c2 c0 k1,3
t1: y g o3,2 g t3 c1
t2: g f3,0 y k3,3
t3: s1 G t1 t3 c2
---
t0: y f3,2 G p y G
t1: c2 s3 k2,2 s2 c0 s2
t2: r r k3,3 e3,3
t3: c0 p c3 s3 t2 y
---
t0: e3,3 p e2,2 s3 e2,3
t1: s0 s0 c3 y r
t2: o3,3 k3,3 y e3,3 g
t3: g c1 t0 t3
---
t0: G s3 y
t1: G G y k2,2 o2,2
t2: y g G p
---
t0: s0 r f1,2
t1: g k2,3 o3,2 y
t2: r c0 y c3
t3: t2 c2 c3 t1 c3
---
t0: o1,1 k2,2 y y
t1: y g f2,3 g
t2: p c3
t3: t1 y
---
t0: k2,1 s0 k2,2 y t2
t1: t1 r o2,2
t2: t1 y g p p
---
t0: t1 o1,2 p
t1: y e2,3 o2,2 o2,2 t2
t2: y y o3,3 G s2 s1
t3: p r t2 t1
---
t0: y e2,2 c0
t1: s0 k2,2 f2,3
t2: p y G s2
---
t0: s0 p f3,2 s3 s1
t1: c2 t2 s3 g s1
t2: G r y e3,3 o3,3 p
t3: G t3 t0 t1 s1 G
"""


async def run_program(number, text):
    loop = asyncio.get_running_loop()
    shared = loop.create_future()
    specs = [line.split(":")[1].split() for line in text.strip().splitlines()]
    tasks = []

    async def await_shielded(task):
        return await asyncio.shield(task)

    async def run_op(k, i, op):
        kind, arg = op[0], op[1:]
        at = f"t{k}.{i}"
        if kind == "y":
            await asyncio.sleep(0)
            print(at, "yielded")
        elif kind == "s":
            await asyncio.sleep(int(arg) * 0.02)
            print(at, "slept", arg)
        elif kind == "p":
            print(at, "runs")
        elif kind == "c":
            print(at, f"cancel t{arg} ->", tasks[int(arg)].cancel())
        elif kind == "w":
            print(at, "got", await tasks[int(arg)])
        elif kind == "g":
            print(at, "shared", await shared)
        elif kind == "G":
            if not shared.done():
                shared.set_result(f"from t{k}")
            print(at, "set shared")
        elif kind == "r":
            raise ValueError(f"t{k}")
        elif kind == "f":
            j, n = map(int, arg.split(","))
            try:
                print(at, "waited for", await asyncio.wait_for(tasks[j], n * 0.02))
            except TimeoutError:
                print(at, "wait_for timed out")
        elif kind == "h":
            print(at, "shielded", await asyncio.shield(tasks[int(arg)]))
        elif kind == "a":
            j, m = map(int, arg.split(","))
            print(at, "gathered", *await asyncio.gather(tasks[j], tasks[m]))
        elif kind == "k":
            j, m = map(int, arg.split(","))
            try:
                async with asyncio.TaskGroup() as group:
                    first = group.create_task(await_shielded(tasks[j]))
                    second = group.create_task(await_shielded(tasks[m]))
                print(at, "group", first.result(), second.result())
            except* ValueError as eg:
                print(at, "group failed with", len(eg.exceptions))
        elif kind == "e":
            j, m = map(int, arg.split(","))
            done, pending = await asyncio.wait({tasks[j], tasks[m]}, return_when=asyncio.FIRST_COMPLETED)
            print(at, "waited", len(done), "done", len(pending), "pending")
        elif kind == "o":
            j, m = map(int, arg.split(","))
            results = []
            for next_done in asyncio.as_completed([tasks[j], tasks[m]]):
                try:
                    results.append(await next_done)
                except ValueError:
                    results.append("error")
            print(at, "completed", *sorted(results))

    async def body(k, ops):
        try:
            i = 0
            while i < len(ops):
                if ops[i][0] == "t":
                    try:
                        async with asyncio.timeout(int(ops[i][1:]) * 0.02):
                            if i + 1 < len(ops):
                                await run_op(k, i + 1, ops[i + 1])
                        print(f"t{k}.{i} in time")
                    except TimeoutError:
                        print(f"t{k}.{i} timed out")
                    i += 2
                else:
                    await run_op(k, i, ops[i])
                    i += 1
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

asyncio.run(main())
