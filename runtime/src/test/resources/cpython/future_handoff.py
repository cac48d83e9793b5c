# Futures as a handoff: the waiter resumes one iteration after set_result; done callbacks run via call_soon.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback 1", f.result()))

    async def waiter():
        print("waiter waits")
        v = await fut
        print("waiter got", v)

    t = asyncio.create_task(waiter())
    fut.add_done_callback(lambda f: print("callback 2", f.result()))
    await asyncio.sleep(0)
    fut.set_result("ping")
    print("set_result returned")
    loop.call_soon(print, "call_soon after set_result")
    await asyncio.sleep(0)
    print("main after one yield", t.done())
    await t
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError:
        print("InvalidStateError on second set_result")
    pending = loop.create_future()
    try:
        pending.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

asyncio.run(main())
