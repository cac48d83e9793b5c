# call_soon is FIFO, each iteration runs only what was ready when it began; timers by deadline then order.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    def cb(name, nested=None):
        print("cb", name)
        if nested:
            loop.call_soon(cb, nested)
    loop.call_soon(cb, "A", "A2")
    loop.call_later(0.02, cb, "late2")
    loop.call_later(0.01, cb, "late1")
    loop.call_soon(cb, "B", "B2")
    loop.call_at(t0 + 0.015, cb, "at1")
    h = loop.call_soon(cb, "cancelled")
    h.cancel()
    loop.call_later(0, cb, "zero-delay")
    print("main yields")
    await asyncio.sleep(0)
    print("main resumed")
    await asyncio.sleep(0.05)
    print("main done")

asyncio.run(main())
