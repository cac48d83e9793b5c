# Queue: putters blocked on a full queue resume in order as items are taken.
import asyncio

async def putter(q, item):
    print("put start", item)
    await q.put(item)
    print("put done", item)

async def main():
    q = asyncio.Queue(1)
    ts = [asyncio.create_task(putter(q, i)) for i in range(4)]
    await asyncio.sleep(0)
    print("qsize", q.qsize(), "full", q.full())
    got = []
    for _ in range(4):
        got.append(await q.get())
        print("got", got[-1])
        await asyncio.sleep(0)
    await asyncio.gather(*ts)
    print(got)

asyncio.run(main())
