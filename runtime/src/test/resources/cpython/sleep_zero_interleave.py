# sleep(0) yields exactly once: three tasks interleave round-robin, and main resumes in its turn.
import asyncio

async def worker(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "end")

async def main():
    ts = [asyncio.create_task(worker(n)) for n in "xyz"]
    print("main created")
    await asyncio.sleep(0)
    print("main after one yield")
    await asyncio.sleep(0)
    print("main after two yields")
    for t in ts:
        await t
    print("main end")

asyncio.run(main())
