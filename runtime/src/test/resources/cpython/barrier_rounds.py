# Barrier: parties tasks meet, get distinct indices, and the barrier fills again for the next round.
import asyncio

async def party(b, name, delay):
    await asyncio.sleep(delay)
    print("arrive", name, "waiting", b.n_waiting)
    i = await b.wait()
    print("pass", name, "index", i)
    return i

async def main():
    b = asyncio.Barrier(3)
    print("parties", b.parties, "broken", b.broken)
    for rnd in range(2):
        r = await asyncio.gather(*(party(b, f"{n}{rnd}", d) for n, d in zip("xyz", (0.03, 0.01, 0.02))))
        print("round", rnd, sorted(r), "waiting", b.n_waiting)

asyncio.run(main())
