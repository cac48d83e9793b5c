"""ImportError subclasses of the program: msg, name and path as ImportError.__init__ sets them."""
class MyErr(ImportError):
    pass


class E3(ImportError):
    def __init__(self, a):
        self.extra = a


class E5(ModuleNotFoundError):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.name = "over"


class Plain(Exception):
    def __init__(self):
        super().__init__("a", x=1)


e = E3("w")
print(e.msg, e.name, e.args, e.__dict__)
e.msg = "changed"
print(e, e.__dict__, repr(e))
e.msg = 5
print(str(e))
e4 = MyErr("m", name="n")
print(repr(e4), e4.__dict__, e4.msg, e4.name, e4.path)
e5 = E5("z", path="p")
print(e5.name, e5.path, e5.msg, e5.__dict__, isinstance(e5, ImportError))
for make in (lambda: MyErr("a", foo=1), lambda: E5(bar=2), Plain, lambda: MyErr(1, 2, name=3)):
    try:
        r = make()
        print("made", repr(r), r.msg, r.name, str(r))
    except TypeError as ex:
        print("TypeError:", ex)
try:
    raise MyErr("cannot", name="thing", path="/x.py")
except ImportError as ex:
    print(type(ex).__name__, ex, ex.name, ex.path)
raise E5("final")
