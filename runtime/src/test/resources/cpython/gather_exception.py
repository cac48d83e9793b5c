# Without return_exceptions, the first error propagates at once and the other children keep running.
import asyncio

async def ok(name, delay):
    await asyncio.sleep(delay)
    print("ok finished", name)
    return name

async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError("bad input")

async def main():
    slow = asyncio.create_task(ok("slow", 0.05))
    try:
        await asyncio.gather(ok("fast", 0.01), fail(0.02), slow)
    except ValueError as e:
        print("gather raised ValueError", e)
    print("slow done yet", slow.done())
    await slow
    print("slow result", slow.result())

asyncio.run(main())
