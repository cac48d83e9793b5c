# Cancelling the parent cancels the group's tasks; CancelledError propagates once they have finished.
import asyncio

async def child(name, cleanup):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        # No print here: TaskGroup cancels its tasks in the order of a set (memory addresses), not of creation.
        await asyncio.sleep(cleanup)
        print(name, "cancelled, cleanup done")
        raise

async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1", 0.02))
            tg.create_task(child("c2", 0.01))
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
