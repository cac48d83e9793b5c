# as_completed with a timeout: results that came in time, then TimeoutError for the rest.
import asyncio

async def work(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    tasks = [asyncio.create_task(work(n, d)) for n, d in [("a", 0.01), ("b", 0.5), ("c", 0.02), ("d", 1)]]
    for aw in asyncio.as_completed(tasks, timeout=0.1):
        try:
            print("got", await aw)
        except TimeoutError:
            print("TimeoutError")
    for t in tasks:
        t.cancel()

asyncio.run(main())
