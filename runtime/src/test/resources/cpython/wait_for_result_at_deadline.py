# wait_for: a result that the inner task delivers while being cancelled at the deadline is not lost.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled; returns a value anyway")
        return "late value"

async def failing_cleanup():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise KeyError("cleanup failed")

async def main():
    print("wait_for returned", await asyncio.wait_for(stubborn(), timeout=0.02))
    try:
        await asyncio.wait_for(failing_cleanup(), timeout=0.02)
    except KeyError as e:
        print("cleanup error propagates:", e)

asyncio.run(main())
