# Cancelling a sleeping task: while its timer waits, in the iteration the timer fires (before and after the
# timer's turn), and before the sleep even starts (a cancel request pending when the task suspends).
import asyncio


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "woke")
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args)
        raise


async def self_cancelling():
    asyncio.current_task().cancel("self")
    print("d sleeps")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("d cancelled", e.args)
    print("d goes on", asyncio.current_task().cancelling())
    await asyncio.sleep(0.01)
    print("d woke")


async def main():
    loop = asyncio.get_running_loop()

    a = asyncio.create_task(sleeper("a", 0.05))
    await asyncio.sleep(0.01)
    loop.call_soon(print, "soon before cancel a")
    print("cancel a", a.cancel("stop a"))
    print("cancel a again", a.cancel("again"), a.cancelling())
    loop.call_soon(print, "soon after cancel a")
    await asyncio.gather(a, return_exceptions=True)
    print("a cancelled", a.cancelled())

    def cancel_b():
        print("cancel b", b.cancel("stop b"))
        loop.call_soon(print, "soon after cancel b")
    loop.call_later(0.02, cancel_b)
    b = asyncio.create_task(sleeper("b", 0.02))
    await asyncio.gather(b, return_exceptions=True)
    print("b cancelled", b.cancelled())

    def cancel_c():
        print("cancel c", c.cancel("stop c"))
        loop.call_soon(print, "soon after cancel c")
    c = asyncio.create_task(sleeper("c", 0.02))
    await asyncio.sleep(0)
    loop.call_later(0.02, cancel_c)
    await asyncio.gather(c, return_exceptions=True)
    print("c cancelled", c.cancelled())

    d = asyncio.create_task(self_cancelling())
    await d
    print("d done", d.cancelled())


asyncio.run(main())
