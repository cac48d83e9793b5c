# asyncio.run cancels tasks still pending when main returns, and waits for their cleanup.
import asyncio

async def background(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise

async def main():
    asyncio.create_task(background("fast", 0.01))
    asyncio.create_task(background("slow", 10))
    await asyncio.sleep(0.02)
    print("main returns")
    return "main result"

print(asyncio.run(main()))
