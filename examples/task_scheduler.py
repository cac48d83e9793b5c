"""An object-oriented simulation: a priority scheduler running workers, producers and consumers that
exchange packets through queues, in the spirit of the classic operating-system benchmarks."""
import sys
from collections import deque


class Packet:
    def __init__(self, kind: str, payload: int, origin: int) -> None:
        self.kind = kind
        self.payload = payload
        self.origin = origin


class Task:
    def __init__(self, ident: int, priority: int) -> None:
        self.ident = ident
        self.priority = priority
        self.inbox: deque[Packet] = deque()
        self.runs = 0

    def ready(self) -> bool:
        return True

    def step(self, scheduler: "Scheduler") -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}#{self.ident}(p{self.priority}, runs={self.runs}, queued={len(self.inbox)})"


class Producer(Task):
    def __init__(self, ident: int, priority: int, target: int, seed: int) -> None:
        super().__init__(ident, priority)
        self.target = target
        self.state = seed
        self.sent = 0

    def step(self, scheduler: "Scheduler") -> None:
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        kind = "work" if self.state % 3 else "io"
        scheduler.send(self.target, Packet(kind, self.state % 1000, self.ident))
        self.sent += 1


class Worker(Task):
    def __init__(self, ident: int, priority: int, sink: int) -> None:
        super().__init__(ident, priority)
        self.sink = sink
        self.processed = 0

    def ready(self) -> bool:
        return bool(self.inbox)

    def step(self, scheduler: "Scheduler") -> None:
        for _ in range(min(4, len(self.inbox))):
            packet = self.inbox.popleft()
            value = packet.payload
            for _ in range(5):
                value = (value * value + 7) % 10007
            self.processed += 1
            scheduler.send(self.sink, Packet(packet.kind, value, self.ident))


class Consumer(Task):
    def __init__(self, ident: int, priority: int) -> None:
        super().__init__(ident, priority)
        self.totals: dict[str, int] = {}
        self.checksum = 0

    def ready(self) -> bool:
        return bool(self.inbox)

    def step(self, scheduler: "Scheduler") -> None:
        while self.inbox:
            packet = self.inbox.popleft()
            self.totals[packet.kind] = self.totals.get(packet.kind, 0) + 1
            self.checksum = (self.checksum * 31 + packet.payload + packet.origin) % 1_000_000_007


class Scheduler:
    def __init__(self) -> None:
        self.tasks: dict[int, Task] = {}
        self.switches = 0

    def add(self, task: Task) -> None:
        self.tasks[task.ident] = task

    def send(self, target: int, packet: Packet) -> None:
        self.tasks[target].inbox.append(packet)

    def run(self, ticks: int) -> None:
        ordered = sorted(self.tasks.values(), key=lambda t: (-t.priority, t.ident))
        for tick in range(ticks):
            for task in ordered:
                if task.ready() and (tick + task.ident) % (1 + task.priority % 3) == 0:
                    task.step(self)
                    task.runs += 1
                    self.switches += 1


def main(ticks: int) -> None:
    scheduler = Scheduler()
    consumer = Consumer(1, 1)
    scheduler.add(consumer)
    for w in range(2, 6):
        scheduler.add(Worker(w, 5, 1))
    for p in range(6, 10):
        scheduler.add(Producer(p, 3, 2 + p % 4, seed=p * 7919))
    scheduler.run(ticks)
    for task in scheduler.tasks.values():
        print(task)
    print("consumer totals:", consumer.totals)
    print("consumer checksum:", consumer.checksum)
    print("context switches:", scheduler.switches)
    workers = [t for t in scheduler.tasks.values() if isinstance(t, Worker)]
    print("processed by workers:", [w.processed for w in workers], sum(w.processed for w in workers))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000)
