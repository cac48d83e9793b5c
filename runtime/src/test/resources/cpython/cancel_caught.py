# A task may catch CancelledError and go on; it then finishes normally, and cancelling() still counts the request.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn caught cancel, cancelling =", asyncio.current_task().cancelling())
    await asyncio.sleep(0.01)
    print("stubborn carries on")
    return 42

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    r = await t
    print("result", r, "cancelled", t.cancelled(), "cancelling", t.cancelling())

asyncio.run(main())
