# cancelling() counts requests and uncancel() withdraws them (Python 3.11).
import asyncio

async def body():
    task = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelling", task.cancelling())
        print("uncancel ->", task.uncancel())
        print("uncancel ->", task.uncancel())
        print("uncancel ->", task.uncancel())
    await asyncio.sleep(0)
    print("body finished normally")
    return "ok"

async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("requests", t.cancelling())
    print(await t, t.cancelled())

asyncio.run(main())
