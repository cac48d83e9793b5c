# reschedule() moves the deadline; nested timeouts: the inner one expires, the outer one does not.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.02)
            await asyncio.sleep(0.01)
            print("still running")
            cm.reschedule(loop.time() + 0.05)
            await asyncio.sleep(0.03)
            print("survived the first deadline")
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out after reschedule, expired =", cm.expired())
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner expired", inner.expired(), "outer expired", outer.expired())
            await asyncio.sleep(0.01)
            print("outer body continues")
    except TimeoutError:
        print("outer timed out")

asyncio.run(main())
