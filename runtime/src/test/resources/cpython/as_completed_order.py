# as_completed yields results in completion order; an error surfaces at its turn.
import asyncio

async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

async def main():
    tasks = [asyncio.create_task(work("slow", 0.04)), asyncio.create_task(work("fast", 0.01)),
             asyncio.create_task(work("bad", 0.02, True)), asyncio.create_task(work("mid", 0.03))]
    for aw in asyncio.as_completed(tasks):
        try:
            print("got", await aw)
        except ValueError as e:
            print("error", e)

asyncio.run(main())
