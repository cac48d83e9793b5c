# Event: level-triggered; set wakes every waiter, wait after set returns at once, clear re-arms it.
import asyncio

async def waiter(ev, name):
    print("waiting", name)
    await ev.wait()
    print("woke", name, "is_set", ev.is_set())

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in "abc"]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    ev.set()
    await asyncio.gather(*ts)
    print("wait after set returns", await ev.wait())
    ev.clear()
    late = asyncio.create_task(waiter(ev, "late"))
    await asyncio.sleep(0.01)
    print("late done?", late.done())
    ev.set()
    ev.clear()
    await late
    print("is_set at end", ev.is_set())

asyncio.run(main())
