# Condition: wait_for re-checks its predicate after each notify; misuse without the lock is an error.
import asyncio

async def consumer(cond, box, name):
    async with cond:
        await cond.wait_for(lambda: box and box[0] >= 3)
        print("consumer", name, "sees", box[0])

async def main():
    cond = asyncio.Condition()
    box = [0]
    ts = [asyncio.create_task(consumer(cond, box, n)) for n in "xy"]
    for i in range(1, 5):
        await asyncio.sleep(0)
        async with cond:
            box[0] = i
            print("value", i)
            cond.notify_all()
    await asyncio.gather(*ts)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)

asyncio.run(main())
