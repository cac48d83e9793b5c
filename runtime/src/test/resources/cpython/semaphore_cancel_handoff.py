# Semaphore: a permit handed to a waiter that is cancelled before it runs goes to the next waiter.
import asyncio

async def worker(sem, name):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        print("cancelled", name)
        raise
    print("acquired", name)

async def main():
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(worker(sem, n)) for n in "abc"]
    await asyncio.sleep(0)
    sem.release()
    ts[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("done:", [t.done() for t in ts], "locked?", sem.locked())
    sem.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print("locked?", sem.locked())

asyncio.run(main())
