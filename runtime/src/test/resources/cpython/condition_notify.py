# Condition: notify(n) wakes the n oldest waiters; each returns only once it re-acquires the lock.
import asyncio

async def waiter(cond, name):
    async with cond:
        print("waiting", name)
        await cond.wait()
        print("woke", name, "locked", cond.locked())

async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(waiter(cond, n)) for n in "abcde"]
    await asyncio.sleep(0)
    async with cond:
        print("notify 1")
        cond.notify()
        await asyncio.sleep(0)
        print("still holding")
    await asyncio.sleep(0)
    async with cond:
        print("notify 2")
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        print("notify all")
        cond.notify_all()
    await asyncio.gather(*ts)
    print("done")

asyncio.run(main())
