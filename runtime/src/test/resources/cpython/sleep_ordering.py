# Timers fire by deadline; equal delays fire in the order they were scheduled.
import asyncio

async def sleeper(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("woke", name)

async def main():
    tasks = [asyncio.create_task(sleeper(n, d))
             for n, d in [("a", 0.03), ("b", 0.01), ("c", 0.02), ("d", 0.01), ("e", 0.03)]]
    for t in tasks:
        await t
    print("done")

asyncio.run(main())
