# OSError(errno, strerror) becomes the subclass CPython maps the errno to; the arguments are read as (errno,
# strerror, filename, winerror, filename2), args keeps the first two, and str() shows them as "[Errno n] ...".
for n in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 5, 0, -1]:
    e = OSError(n, "x")
    print(n, type(e).__name__, e.errno, e.strerror, str(e), repr(e), isinstance(e, OSError))
for a in [(), ("m",), ("a", "b"), (2, "x", "f"), (2, "x", "f", None, "g"), (2, "x", "f", None), (2, "x", None),
          (2, "x", None, None, "g"), (None, "x"), (1, 2, 3, 4, 5, 6), (2.0, "x"), (True, "x"), (2,), (2 ** 70, "y")]:
    e = OSError(*a)
    print(a, type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, repr(str(e)), repr(e), e.args)
print(repr(FileNotFoundError(13, "x")), type(FileNotFoundError(13, "x")).__name__)
e = PermissionError()
print(e.errno, repr(str(e)), repr(e))
try:
    raise OSError(2, "No such file or directory", "data.txt")
except FileNotFoundError as e:
    print("caught", type(e).__name__, e, e.filename)
try:
    raise OSError(111, "Connection refused")
except ConnectionError as e:
    print("caught", type(e).__name__, e, isinstance(e, ConnectionRefusedError), issubclass(type(e), OSError))
for cls in (PermissionError, FileExistsError, IsADirectoryError, NotADirectoryError, InterruptedError,
            BlockingIOError, ChildProcessError, ProcessLookupError, ConnectionError, BrokenPipeError,
            ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, TimeoutError, FileNotFoundError):
    e = cls(13, "why", "f")
    print(cls.__name__, type(e).__name__, e, e.errno, issubclass(cls, OSError), issubclass(cls, ConnectionError))
