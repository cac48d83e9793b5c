# An exception in a task is stored and rethrown to each awaiter; catching Exception does not catch cancellation.
import asyncio

async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("boom")

async def careless():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("never: CancelledError is not an Exception")
    finally:
        print("careless cleanup")

async def main():
    t = asyncio.create_task(boom())
    for i in range(2):
        try:
            await t
        except ValueError as e:
            print("await", i, "raised", e)
    print("exception()", repr(t.exception()))
    c = asyncio.create_task(careless())
    await asyncio.sleep(0.01)
    c.cancel()
    await asyncio.sleep(0)
    print("careless cancelled", c.cancelled())

asyncio.run(main())
