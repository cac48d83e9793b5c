# LifoQueue: last in, first out, with a getter waiting for the first item.
import asyncio

async def main():
    q = asyncio.LifoQueue(3)
    waiter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    await q.put("x")
    print("waiter got", await waiter)
    for i in range(3):
        await q.put(i)
    print("full", q.full())
    print([await q.get() for _ in range(3)])

asyncio.run(main())
