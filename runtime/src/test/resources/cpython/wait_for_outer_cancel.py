# Cancelling a task blocked in wait_for cancels the inner task and waits for its cleanup before propagating.
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow: cancelled, cleaning up")
        await asyncio.sleep(0.02)
        print("slow: cleanup done")
        raise

async def waiter():
    try:
        return await asyncio.wait_for(slow(), timeout=0.5)
    except asyncio.CancelledError:
        print("waiter: CancelledError after inner finished")
        raise

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.05)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("main: waiter cancelled after", round(loop.time() - t0, 1), "s")

asyncio.run(main())
