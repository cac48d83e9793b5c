# wait(ALL_COMPLETED) with a timeout returns what is done by then, without cancelling the rest.
import asyncio

async def work(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    tasks = [asyncio.create_task(work(d), name=f"w{d}") for d in (0.01, 0.05, 0.02, 0.5)]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print("done", sorted(t.get_name() for t in done))
    print("pending", sorted(t.get_name() for t in pending))
    print("pending cancelled?", [t.cancelled() for t in pending])
    done, pending = await asyncio.wait(tasks)
    print("all done", len(done), len(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
