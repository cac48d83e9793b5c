# A task's first step runs one iteration after creation; awaiting a done task does not suspend.
import asyncio

async def quick(name):
    print("run", name)
    return name.upper()

async def main():
    t1 = asyncio.create_task(quick("one"))
    print("created one", t1.done())
    await asyncio.sleep(0)
    print("after yield", t1.done(), t1.result())
    t2 = asyncio.create_task(quick("two"))
    r = await t1
    print("awaited done task without suspending", r, t2.done())
    r2 = await t2
    print("awaited pending task", r2)

asyncio.run(main())
