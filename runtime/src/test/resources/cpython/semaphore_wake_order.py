# Semaphore: waiters are served in arrival order; a newcomer cannot overtake a waiter woken by release.
import asyncio

async def worker(sem, name, hold):
    async with sem:
        print("in", name)
        await asyncio.sleep(hold)
    print("out", name)

async def main():
    sem = asyncio.Semaphore(2)
    ts = [asyncio.create_task(worker(sem, n, 0.01 * (i + 1))) for i, n in enumerate("abcde")]
    await asyncio.sleep(0)
    print("locked?", sem.locked())
    await asyncio.sleep(0.015)
    newcomer = asyncio.create_task(worker(sem, "new", 0))
    await asyncio.gather(*ts, newcomer)
    print("locked?", sem.locked())

asyncio.run(main())
