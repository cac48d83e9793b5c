# PriorityQueue: smallest first; items of equal priority come out in heapq's order, not insertion order.
import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)

async def main():
    q = asyncio.PriorityQueue()
    for p, n in [(2, "a"), (1, "b"), (2, "c"), (1, "d"), (0, "e"), (2, "f"), (1, "g"), (2, "h"), (1, "i")]:
        await q.put(Job(p, n))
    order = []
    while not q.empty():
        j = q.get_nowait()
        order.append(f"{j.priority}{j.name}")
    print(order)
    q2 = asyncio.PriorityQueue()
    for i, p in enumerate([5, 3, 5, 1, 3, 5, 1]):
        q2.put_nowait(Job(p, f"j{i}"))
    print([q2.get_nowait().name for _ in range(3)])
    q2.put_nowait(Job(1, "late"))
    print([q2.get_nowait().name for _ in range(q2.qsize())])

asyncio.run(main())
