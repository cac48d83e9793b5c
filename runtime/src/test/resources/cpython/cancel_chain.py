# Cancelling a task that awaits another task cancels the inner one with the same message; the outer sees it too.
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inner cancelled", e.args)
        raise

async def outer(t):
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer cancelled", e.args, "inner cancelled:", t.cancelled())
        raise

async def main():
    i = asyncio.create_task(inner())
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(0.01)
    o.cancel("shutdown")
    await asyncio.sleep(0)
    print("after one iteration: inner done", i.done(), "outer done", o.done())
    await asyncio.sleep(0)
    print("after two iterations: inner done", i.done(), "outer done", o.done())
    await asyncio.sleep(0)
    print("after three iterations: outer cancelled", o.cancelled())
    try:
        i.result()
    except asyncio.CancelledError as e:
        print("inner result() raises CancelledError", e.args)

asyncio.run(main())
