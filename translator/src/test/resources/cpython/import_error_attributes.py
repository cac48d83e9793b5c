def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


e = ImportError("m", name="n", path="p")
print(e.msg, e.name, e.path, repr(e), str(e), e.args)
e = ModuleNotFoundError("a", "b", name="n")
print(e.msg, e.name, e.path, str(e), repr(e), isinstance(e, ImportError))
e = ImportError()
print(e.msg, e.name, e.path, repr(str(e)), repr(e))
e = ImportError(5, path="p")
print(e.msg, e.path, str(e))
e.name = "zz"
e.msg = "new"
e.path = None
print(e.name, e.msg, e.path, str(e), e.args, repr(e))
e.msg = 7
print(str(e))
attempt("bad keyword", lambda: ImportError("x", foo=1))
attempt("bad keyword 2", lambda: ModuleNotFoundError(name=1, other=2))

try:
    raise ModuleNotFoundError("No module named 'plugins'", name="plugins")
except ImportError as err:
    print(type(err).__name__, err.name, err.msg, err.path, err)

try:
    from copy import no_such_name
except ImportError as err:
    print(type(err).__name__, err.name, err.msg.split(" (")[0], type(err.path).__name__ in ("str", "NoneType"))
