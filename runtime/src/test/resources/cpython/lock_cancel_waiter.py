# Lock: a waiter cancelled while waiting leaves the queue; the others still get the lock in order.
import asyncio

async def worker(lock, name):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print("cancelled while waiting", name)
        raise
    print("holds", name)
    await asyncio.sleep(0.01)
    lock.release()

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = {n: asyncio.create_task(worker(lock, n)) for n in "abcd"}
    await asyncio.sleep(0)
    tasks["b"].cancel()
    await asyncio.sleep(0)
    lock.release()
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("locked?", lock.locked())

asyncio.run(main())
