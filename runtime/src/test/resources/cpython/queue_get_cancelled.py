# Queue: a getter woken by a put and cancelled before it runs takes nothing; the item goes to the next getter.
import asyncio

async def getter(q, name):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled, qsize", q.qsize())
        raise

async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter(q, "a"))
    b = asyncio.create_task(getter(q, "b"))
    await asyncio.sleep(0)
    q.put_nowait("item1")
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print("qsize", q.qsize())
    c = asyncio.create_task(getter(q, "c"))
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    q.put_nowait("item2")
    print("after cancelled waiter, qsize", q.qsize(), "get", q.get_nowait())

asyncio.run(main())
