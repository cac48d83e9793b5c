# Lock: waiters acquire in the order they started waiting; a newcomer queues behind them.
import asyncio

async def worker(lock, name):
    print("wants", name)
    async with lock:
        print("holds", name)
        await asyncio.sleep(0.01)
    print("released", name)

async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(worker(lock, n)) for n in "abc"]
    await asyncio.sleep(0)
    print("locked?", lock.locked())
    late = asyncio.create_task(worker(lock, "late"))
    await asyncio.gather(*tasks, late)
    print("locked at end?", lock.locked())

asyncio.run(main())
