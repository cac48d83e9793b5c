# Cancelling the task that awaits gather cancels every child still running.
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print("child", name, "finished")
        return name
    except asyncio.CancelledError:
        print("child", name, "cancelled")
        raise

async def parent():
    try:
        await asyncio.gather(child("x", 0.01), child("y", 1), child("z", 2))
    except asyncio.CancelledError:
        print("parent cancelled")
        raise

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.05)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("main: parent cancelled =", p.cancelled())

asyncio.run(main())
