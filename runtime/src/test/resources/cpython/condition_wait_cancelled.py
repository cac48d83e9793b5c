# Condition: a wait cancelled while the lock is held elsewhere still re-acquires the lock before raising.
import asyncio

async def waiter(cond, name):
    async with cond:
        try:
            await cond.wait()
            print("woke", name)
        except asyncio.CancelledError:
            print("cancelled", name, "holds lock", cond.locked())
            raise
    print("never here", name)

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond, "a"))
    await asyncio.sleep(0)
    await cond.acquire()
    t.cancel()
    await asyncio.sleep(0.01)
    print("waiter done while main holds the lock?", t.done())
    cond.release()
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled; locked?", cond.locked())

asyncio.run(main())
