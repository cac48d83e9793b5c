"""str() of a KeyError subclass of the program: the repr of its one argument, as KeyError.__str__ gives it."""
class Missing(KeyError):
    pass


class Described(LookupError):
    pass


print(str(Missing("k")), str(Missing("a", "b")), str(Missing()), str(Missing(3)), repr(Missing("k")))
print(str(Described("k")))
try:
    raise Missing("gone")
except KeyError as e:
    print(e, e.args)
raise Missing("final")
