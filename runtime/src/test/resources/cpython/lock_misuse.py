# Lock: releasing an unlocked lock is an error; the lock is not reentrant (a second acquire waits).
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    await lock.acquire()
    second = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print("second acquire done?", second.done())
    lock.release()
    await second
    print("second acquired, locked?", lock.locked())
    lock.release()
    print("locked?", lock.locked())

asyncio.run(main())
