# Barrier: a waiter cancelled leaves the round; a replacement fills its place.
import asyncio

async def party(b, name):
    try:
        i = await b.wait()
        print("passed", name, i)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise

async def main():
    b = asyncio.Barrier(2)
    a = asyncio.create_task(party(b, "a"))
    await asyncio.sleep(0)
    print("waiting", b.n_waiting)
    a.cancel()
    await asyncio.gather(a, return_exceptions=True)
    print("waiting after cancel", b.n_waiting)
    await asyncio.gather(party(b, "b"), party(b, "c"))

asyncio.run(main())
