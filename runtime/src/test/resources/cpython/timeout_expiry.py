# asyncio.timeout turns its own cancellation into TimeoutError at the scope's exit.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.05) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body sees CancelledError, expired =", cm.expired())
                raise
    except TimeoutError:
        print("TimeoutError, expired =", cm.expired(), "cancelling =", asyncio.current_task().cancelling())
    async with asyncio.timeout(0.05) as cm:
        await asyncio.sleep(0.01)
    print("in time, expired =", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.01)
    print("no deadline", cm.when())
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("already past: body starts")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline -> TimeoutError")

asyncio.run(main())
