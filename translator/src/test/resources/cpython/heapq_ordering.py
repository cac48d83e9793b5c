import heapq


class Job:
    compared = 0

    def __init__(self, cost, name):
        self.cost = cost
        self.name = name

    def __lt__(self, other):
        Job.compared += 1
        return self.cost < other.cost

    def __repr__(self):
        return f"Job({self.cost}, {self.name!r})"


jobs = [Job(c, n) for c, n in [(5, "e"), (3, "c"), (5, "f"), (1, "a"), (3, "d"), (2, "b")]]
heapq.heapify(jobs)
print(jobs, Job.compared)
heapq.heappush(jobs, Job(0, "z"))
print(heapq.heappop(jobs), heapq.heappop(jobs), Job.compared)
print(heapq.nsmallest(3, jobs), heapq.nlargest(2, jobs))


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return f"Eq({self.v})"


print(list(heapq.merge([Eq(1), Eq(2)], [Eq(1), Eq(3)])))
print(heapq.nsmallest(2, iter([Eq(3), Eq(1), Eq(2), Eq(1)])))


class Grow:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.append(0)
        return True


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("pop empty", lambda: heapq.heappop([]))
attempt("replace empty", lambda: heapq.heapreplace([], 1))
attempt("mixed", lambda: heapq.heappush([1, 2], "x"))
attempt("mixed tuple", lambda: heapq.heapify([(1, "a"), (1, 2)]))
attempt("none", lambda: heapq.heappush([None], None))
attempt("tuple heap", lambda: heapq.heappush((1,), 2))
attempt("pop int", lambda: heapq.heappop(3))
attempt("heapify str", lambda: heapq.heapify("abc"))
attempt("pushpop tuple", lambda: heapq.heappushpop((), 1))
attempt("one arg", lambda: heapq.heappush([]))
attempt("three args", lambda: heapq.heappush([], 1, 2))
attempt("no args", lambda: heapq.heappop())
attempt("keyword", lambda: heapq.heappush(heap=[], item=1))
attempt("nlargest mixed", lambda: heapq.nlargest(2, [1, "a", 3]))
attempt("nsmallest iter mixed", lambda: heapq.nsmallest(2, iter([1, 2, "a"])))
attempt("nlargest float n", lambda: heapq.nlargest(1.5, [1, 2, 3]))
attempt("nlargest one float", lambda: heapq.nlargest(1.0, [1, 2, 3]))
attempt("nlargest str n", lambda: heapq.nsmallest("a", [1, 2]))
attempt("nlargest no args", lambda: heapq.nlargest())
attempt("nsmallest not iterable", lambda: heapq.nsmallest(2, 5))
attempt("merge keyword", lambda: heapq.merge([1], foo=1))
attempt("merge mixed", lambda: list(heapq.merge([1], ["a"])))
grow = [Grow(None), Grow(None), Grow(None)]
for g in grow:
    g.heap = grow
attempt("grow", lambda: heapq.heapify(grow))
