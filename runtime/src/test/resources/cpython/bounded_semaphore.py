# BoundedSemaphore: releasing more often than acquired raises ValueError; a plain Semaphore counts up instead.
import asyncio

async def main():
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    bs = asyncio.BoundedSemaphore(2)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)
    s = asyncio.Semaphore(1)
    s.release()
    print("plain semaphore locked?", s.locked())
    await s.acquire()
    await s.acquire()
    print("after two acquires locked?", s.locked())

asyncio.run(main())
