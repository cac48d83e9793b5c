# In a TaskGroup, the first failure cancels the siblings and the body; all errors come out in an ExceptionGroup.
import asyncio

async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def failer(name, delay):
    await asyncio.sleep(delay)
    print(name, "raises")
    raise ValueError(name)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("short", 0.01))
            tg.create_task(sleeper("long", 1))
            tg.create_task(failer("f1", 0.02))
            tg.create_task(failer("f2", 0.02))
            print("body waits")
            await asyncio.sleep(10)
            print("body not reached")
    except* ValueError as eg:
        print("ExceptionGroup:", eg.message, [str(e) for e in eg.exceptions])
    print("after group, cancelling =", asyncio.current_task().cancelling())
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(asyncio.sleep(0.01, "r1"))
        t2 = tg.create_task(asyncio.sleep(0.02, "r2"))
    print("ok group", t1.result(), t2.result())

asyncio.run(main())
