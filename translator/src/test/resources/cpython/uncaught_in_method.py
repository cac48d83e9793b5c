# An IndexError raised deep inside methods ends the program with status 1 after partial output.

class Queue:
    def __init__(self, items):
        self.items = list(items)

    def take(self):
        return self.items.pop(0) if self.items else self.items[0]

    def drain(self, n):
        return [self.take() for _ in range(n)]


    def __len__(self):
        return len(self.items)


q = Queue("abc")
print(len(q), q.items)
print(q.drain(2))
print(q.take())
print(q.drain(1))
print("unreachable")
