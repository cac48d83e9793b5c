# Barrier: reset breaks the current round only; the barrier is usable again afterwards.
import asyncio

async def party(b, name):
    try:
        i = await b.wait()
        print("passed", name, i)
    except asyncio.BrokenBarrierError as e:
        print("broken", name, e)

async def main():
    b = asyncio.Barrier(2)
    t = asyncio.create_task(party(b, "a"))
    await asyncio.sleep(0)
    await b.reset()
    await t
    print("broken?", b.broken, "waiting", b.n_waiting)
    await asyncio.gather(party(b, "c"), party(b, "d"))

asyncio.run(main())
