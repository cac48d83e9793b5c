# gather returns results in argument order, whatever the completion order.
import asyncio

async def work(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name * 2

async def main():
    r = await asyncio.gather(work("a", 0.03), work("b", 0.01), work("c", 0.02))
    print(r)
    print(await asyncio.gather())

asyncio.run(main())
