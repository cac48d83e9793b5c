# Classes of the program derived from OSError read errno, strerror and the file names as OSError does (in __new__,
# or in OSError.__init__ when they define __init__), keep only (errno, strerror) in args when a file is named, print
# as [Errno N] message: 'file', and let the attributes be set, on built-in OSErrors too.
class E(OSError): pass
e = E(2, 'x')
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, str(e), e.args, repr(e))
e = E(2, 'No such', 'f.txt')
print(e.errno, e.strerror, e.filename, str(e), e.args)
e = E(2, 'No such', 'f.txt', None, 'g')
print(e.errno, e.filename2, str(e), e.args)
e = E('just message')
print(e.errno, e.strerror, str(e), e.args)
class F(FileNotFoundError):
    def __init__(self, path):
        super().__init__(2, 'missing', path)
        self.path = path
f = F('p')
print(f.errno, f.filename, str(f), f.args, f.path, isinstance(f, OSError))
class G(OSError):
    def __init__(self, *args):
        super().__init__(*args)
g = G(13, 'denied', 'q')
print(g.errno, g.strerror, g.filename, str(g), g.args)
try:
    raise E(17, 'exists', 'dir')
except OSError as x:
    print(type(x).__name__, x.errno, x)
e = E(2, 'x')
e.errno = 5
e.strerror = 'changed'
print(e.errno, str(e))
print(isinstance(E(2, 'x'), FileNotFoundError))
class H(ConnectionError): pass
print(H(104, 'reset').errno, str(H(104, 'reset')))
class P(OSError):
    def __init__(self, p):
        pass
p = P('x')
print(p.args, p.errno, repr(str(p)), repr(p))
class Q(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
q = Q(2, 'x', 'f')
print(q.args, q.errno, q.filename, str(q))
h = E(2, 'x')
h.filename = 'f'
print(str(h))
h.filename = None
print(str(h))
o = OSError(2, 'x')
o.errno = 9
print(str(o), o.args, type(o).__name__)
o.strerror = 's'
o.filename2 = 'b'
print(o, o.filename2)
print(E(1, 2, 3, 4, 5, 6).args, E(1, 2, 3, 4, 5, 6).errno, E(1, 2, 3, 4, 5, 6))
print(E(2, 'x', None, None, 'g'), E(2, 'x', None, None, 'g').args)
print(E(2, 'x', 'f', None, None).args)
print(vars(E(2, 'x')))
class K(OSError):
    def __str__(self):
        return 'K:' + super().__str__()
print(K(5, 'io', 'dev'), K('plain'))
