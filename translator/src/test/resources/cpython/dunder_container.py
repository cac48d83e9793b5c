# Container protocol: __len__, __getitem__ (ints and slices), __setitem__, __contains__, __iter__, bool().

class Playlist:
    def __init__(self, *songs):
        self._songs = list(songs)

    def __len__(self):
        return len(self._songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(*self._songs[index])
        return self._songs[index]

    def __setitem__(self, index, value):
        self._songs[index] = value

    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self._songs)

    def __iter__(self):
        return iter(self._songs)

    def __repr__(self):
        return f"Playlist{tuple(self._songs)}"


p = Playlist("Intro", "Verse", "Chorus", "Bridge", "Outro")
print(len(p), p[0], p[-1])
print(p[1:3], p[::2], p[::-1])
p[2] = "Chorus (live)"
print(list(p))
print("verse" in p, "Solo" in p, "solo" not in p)
print(bool(p), bool(Playlist()))
for i, song in enumerate(p):
    print(i, song)
try:
    p[10]
except IndexError as e:
    print("IndexError:", e)


class Squares:
    """Only __getitem__: iteration falls back to the old sequence protocol."""

    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), 10 in Squares())


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
print(sum(Countdown(100)))


class Empty:
    def __len__(self):
        return 0


print(bool(Empty()), "truthy" if Empty() else "falsy")
