# The bundled example (io.portalis.runtime.examples.GatherWithTimeouts): fetch several simulated resources
# concurrently, each under its own deadline (wait_for), then a batch under one deadline (timeout + TaskGroup).
import asyncio

RESOURCES = [("alpha", 0.05, None), ("beta", 0.30, None), ("gamma", 0.10, "connection reset"),
             ("delta", 0.02, None), ("epsilon", 0.50, None)]

async def fetch(name, latency, error):
    await asyncio.sleep(latency)
    if error:
        raise ConnectionError(f"{name}: {error}")
    return f"{name}: {len(name) * 100} bytes"

async def fetch_with_timeout(name, latency, error, timeout):
    try:
        return await asyncio.wait_for(fetch(name, latency, error), timeout)
    except TimeoutError:
        return f"{name}: timed out after {timeout}s"

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(*(fetch_with_timeout(n, l, e, 0.2) for n, l, e in RESOURCES),
                                   return_exceptions=True)
    for r in results:
        print("failed:" if isinstance(r, Exception) else "fetched:", r)
    print(f"first batch took {loop.time() - start:.1f}s")

    start = loop.time()
    done = []
    try:
        async with asyncio.timeout(0.12):
            async with asyncio.TaskGroup() as tg:
                for name, latency, _ in RESOURCES:
                    if name != "gamma":
                        tg.create_task(fetch(name, latency, None)).add_done_callback(
                            lambda t: done.append(t.result()) if not t.cancelled() else None)
    except TimeoutError:
        print(f"second batch: deadline hit after {loop.time() - start:.1f}s with {len(done)} of 4 done:")
    for r in done:
        print("  ", r)

asyncio.run(main())
