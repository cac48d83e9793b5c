import copy


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def gen():
    yield 1


class NeedsArgs:
    def __new__(cls, value):
        obj = super().__new__(cls)
        obj.value = value
        return obj


class BadHook:
    def __deepcopy__(self, memo):
        raise ValueError("no deep copies")


attempt("no args", lambda: copy.copy())
attempt("too many", lambda: copy.copy(1, 2))
attempt("deep no args", lambda: copy.deepcopy())
attempt("generator", lambda: copy.copy(gen()))
attempt("deep generator", lambda: copy.deepcopy([gen()]))
attempt("module", lambda: copy.deepcopy(copy))
attempt("new needs args", lambda: copy.copy(NeedsArgs(3)))
attempt("hook raises", lambda: copy.deepcopy({"k": BadHook()}))
attempt("memo not dict", lambda: copy.deepcopy([1], 5))
attempt("function", lambda: copy.deepcopy(attempt) is attempt)
attempt("class", lambda: copy.copy(NeedsArgs) is NeedsArgs)
