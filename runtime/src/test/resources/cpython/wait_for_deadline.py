# wait_for: a result in time is returned; past the deadline the inner task is cancelled and awaited first.
import asyncio

async def work(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled by wait_for")
        await asyncio.sleep(0.01)
        print(name, "cleanup finished before wait_for returns")
        raise

async def main():
    print("in time:", await asyncio.wait_for(work("quick", 0.01), timeout=0.1))
    try:
        await asyncio.wait_for(work("slow", 1), timeout=0.05)
    except TimeoutError as e:
        print("TimeoutError, cause:", type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(work("zero", 1), timeout=0)
    except TimeoutError:
        print("timeout=0 -> TimeoutError")
    print("no timeout:", await asyncio.wait_for(work("none", 0.01), timeout=None))

asyncio.run(main())
