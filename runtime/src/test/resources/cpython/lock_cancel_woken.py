# Lock fairness under cancellation: the first waiter is woken by a release and cancelled before it runs; the wake-up
# passes to the next waiter instead of being lost.
import asyncio

async def worker(lock, name):
    try:
        async with lock:
            print("holds", name)
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("cancelled", name, "locked?", lock.locked())
        raise

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(worker(lock, "a"))
    b = asyncio.create_task(worker(lock, "b"))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    print("after release: locked?", lock.locked())
    await asyncio.gather(a, b, return_exceptions=True)
    print("a cancelled?", a.cancelled(), "b done?", b.done(), "locked?", lock.locked())
    async with lock:
        print("main got it again")

asyncio.run(main())
