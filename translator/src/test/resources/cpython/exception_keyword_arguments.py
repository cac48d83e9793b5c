"""Keyword arguments to exception classes: BaseException.__init__ takes positional arguments only."""


class AppError(Exception):
    pass


class NotFound(KeyError):
    pass


class Detailed(AppError):
    def __init__(self, message, *, code=0):
        super().__init__(message)
        self.code = code


class Grandchild(Detailed):
    pass


def attempt(label, make):
    try:
        e = make()
    except TypeError as err:
        print(f"{label}: TypeError: {err}")
    else:
        print(f"{label}: {type(e).__name__} args={e.args!r} str={str(e)!r}")


attempt("plain positional", lambda: AppError("a", 1))
attempt("plain keyword", lambda: AppError("a", code=1))
attempt("plain only keyword", lambda: AppError(code=1))
attempt("builtin base keyword", lambda: NotFound("k", reason="gone"))
attempt("builtin keyword", lambda: ValueError(code=3))
attempt("own init keyword", lambda: Detailed("boom", code=7))
attempt("inherited init keyword", lambda: Grandchild("deep", code=9))
attempt("own init unknown keyword", lambda: Detailed("boom", level=2))
print(Detailed("x", code=4).code, Grandchild("y").code)
try:
    raise AppError("raised", 2)
except AppError as e:
    print("caught", e.args)
