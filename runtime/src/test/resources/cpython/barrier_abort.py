# Barrier: abort breaks it; waiters and later callers get BrokenBarrierError.
import asyncio

async def party(b, name):
    try:
        await b.wait()
        print("passed", name)
    except asyncio.BrokenBarrierError as e:
        print("broken", name, e)

async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(b, n)) for n in "ab"]
    await asyncio.sleep(0)
    print("waiting", b.n_waiting)
    await b.abort()
    await asyncio.gather(*ts)
    print("broken?", b.broken)
    await party(b, "late")

asyncio.run(main())
