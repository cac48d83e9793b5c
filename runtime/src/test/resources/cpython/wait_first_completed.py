# wait(FIRST_COMPLETED) returns as soon as one future is done; the others stay pending.
import asyncio

async def work(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    tasks = [asyncio.create_task(work(d), name=f"w{d}") for d in (0.03, 0.01, 0.02)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done", sorted(t.get_name() for t in done))
    print("pending", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("done", sorted(t.get_name() for t in done))
    print("pending", sorted(t.get_name() for t in pending))
    await asyncio.gather(*pending)

asyncio.run(main())
