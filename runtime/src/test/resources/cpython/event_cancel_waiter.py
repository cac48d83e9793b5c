# Event: a cancelled waiter is removed; the others are still woken by set.
import asyncio

async def waiter(ev, name):
    try:
        await ev.wait()
        print("woke", name)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in "abc"]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    ev.set()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
