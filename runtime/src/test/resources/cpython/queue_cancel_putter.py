# Queue: a putter woken for a free slot and cancelled before it runs does not put; the slot goes to the next putter.
import asyncio

async def putter(q, item):
    try:
        await q.put(item)
        print("put", item)
    except asyncio.CancelledError:
        print("cancelled putter", item, "qsize", q.qsize())
        raise

async def main():
    q = asyncio.Queue(1)
    q.put_nowait("first")
    a = asyncio.create_task(putter(q, "a"))
    b = asyncio.create_task(putter(q, "b"))
    await asyncio.sleep(0)
    print("took", q.get_nowait())
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print("items", [q.get_nowait() for _ in range(q.qsize())])

asyncio.run(main())
