# With return_exceptions, errors and cancelled children become list entries.
import asyncio

async def value(v, delay):
    await asyncio.sleep(delay)
    return v

async def fail():
    await asyncio.sleep(0.01)
    raise KeyError("missing")

async def main():
    victim = asyncio.create_task(value("never", 1))
    async def cancel_soon():
        await asyncio.sleep(0.02)
        victim.cancel("cancelled on purpose")
    asyncio.create_task(cancel_soon())
    results = await asyncio.gather(value(1, 0.03), fail(), victim, return_exceptions=True)
    for r in results:
        if isinstance(r, BaseException):
            print(type(r).__name__, r.args)
        else:
            print("value", r)

asyncio.run(main())
