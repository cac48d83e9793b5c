# Cancelling the parent cancels the group's tasks; CancelledError propagates once they have finished.
import asyncio

async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled, cleaning up")
        await asyncio.sleep(0.01)
        print(name, "cleanup done")
        raise

async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            tg.create_task(child("c2"))
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("parent got CancelledError")
        raise

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled", p.cancelled())

asyncio.run(main())
