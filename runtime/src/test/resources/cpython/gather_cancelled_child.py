# Without return_exceptions, a cancelled child makes gather raise CancelledError; the others keep running.
import asyncio

async def value(v, delay):
    await asyncio.sleep(delay)
    print("child", v, "finished")
    return v

async def main():
    a = asyncio.create_task(value("a", 0.01))
    b = asyncio.create_task(value("b", 0.05))
    c = asyncio.create_task(value("c", 0.03))
    async def cancel_b():
        await asyncio.sleep(0.02)
        b.cancel()
    asyncio.create_task(cancel_b())
    try:
        await asyncio.gather(a, b, c)
    except asyncio.CancelledError:
        print("gather raised CancelledError; main cancelled?", asyncio.current_task().cancelling())
    await asyncio.sleep(0.05)
    print("c done", c.done(), c.result())

asyncio.run(main())
