# Queue: join waits until every item put has been marked done; task_done too often is an error.
import asyncio

async def worker(q, name):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01 * item)
        print(name, "processed", item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    print("join on a fresh queue returns at once")
    await q.join()
    for i in (5, 1, 2, 1):
        q.put_nowait(i)
    ws = [asyncio.create_task(worker(q, f"w{n}")) for n in range(2)]
    await q.join()
    print("joined, qsize", q.qsize())
    for w in ws:
        w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
