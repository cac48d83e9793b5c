# Cancellation arrives at the next suspension point, with its message; a task cancelled before it starts never runs.
import asyncio

async def sleeper():
    try:
        print("sleeper sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("sleeper got CancelledError", e.args)
        raise
    finally:
        print("sleeper finally")

async def never():
    print("never runs")

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel returns", t.cancel("stop now"))
    print("cancelled yet", t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw CancelledError", e.args)
    print("cancelled", t.cancelled(), "done", t.done())
    print("cancel again", t.cancel())
    n = asyncio.create_task(never())
    n.cancel()
    await asyncio.sleep(0)
    print("never cancelled", n.cancelled())

asyncio.run(main())
