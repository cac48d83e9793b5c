# wait(FIRST_EXCEPTION) returns at the first error, or when all are done if none fails.
import asyncio

async def work(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"failed after {delay}")
    return delay

async def main():
    tasks = [asyncio.create_task(work(0.01), name="ok1"),
             asyncio.create_task(work(0.02, fail=True), name="bad"),
             asyncio.create_task(work(0.05), name="ok2")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done", sorted(t.get_name() for t in done))
    print("pending", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()) if t.exception() else t.result())
    tasks = [asyncio.create_task(work(d), name=f"n{d}") for d in (0.02, 0.01)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("no error: done", len(done), "pending", len(pending))
    await asyncio.gather(*[t for t in asyncio.all_tasks() if t is not asyncio.current_task()])

asyncio.run(main())
