# Queue: the non-suspending operations, sizes, QueueFull and QueueEmpty; maxsize 0 is unbounded.
import asyncio

async def main():
    q = asyncio.Queue(2)
    print("maxsize", q.maxsize, "empty", q.empty(), "full", q.full(), "qsize", q.qsize())
    q.put_nowait("a")
    q.put_nowait(None)
    print("full", q.full(), "qsize", q.qsize())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    u = asyncio.Queue()
    for i in range(1000):
        u.put_nowait(i)
    print("unbounded full?", u.full(), "qsize", u.qsize(), "first", await u.get())

asyncio.run(main())
