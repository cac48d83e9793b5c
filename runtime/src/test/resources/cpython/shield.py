# shield: cancelling the waiter leaves the shielded task running to completion.
import asyncio

async def important():
    await asyncio.sleep(0.05)
    print("important work finished")
    return "saved"

async def waiter(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("waiter cancelled, inner cancelled?", inner.cancelled())
        raise

async def main():
    inner = asyncio.create_task(important())
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("main: waiter cancelled")
    print("inner result", await inner)
    done = asyncio.create_task(asyncio.sleep(0, "x"))
    await done
    print("shield of a done task is the task itself:", asyncio.shield(done) is done)

asyncio.run(main())
