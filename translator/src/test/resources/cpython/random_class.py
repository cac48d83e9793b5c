"""random.Random as a class: its type, repr, isinstance, bound methods, errors and streams."""
import random


def masked(text: str) -> str:
    """The text with its address left out, which differs from run to run."""
    at = text.find(" at 0x")
    return text if at < 0 else text[:at] + " at 0x…" + text[text.index(">", at):]


def draws(rng: random.Random) -> list:
    out = [rng.random(), rng.randint(1, 6), rng.choice("abc"), rng.uniform(2.0, 3.0), rng.randrange(10)]
    out.append(rng.choices(["x", "y", "z"], weights=[1, 2, 3], k=4))
    out.append(rng.sample(range(20), 3))
    xs = list(range(8))
    rng.shuffle(xs)
    out.append(xs)
    out.append(rng.getrandbits(12))
    return out


def main() -> None:
    r = random.Random(7)
    print(type(r))
    print(type(r).__name__, r.__class__.__name__, type(r).__module__)
    print(isinstance(r, random.Random), isinstance(3, random.Random), type(r) is random.Random)
    print(masked(repr(r)))
    print(masked(str(r)) == masked(repr(r)))
    print(repr(random.Random))
    print(draws(r))

    f = r.random
    g = r.randint
    print(f(), g(1, 100), callable(f))
    print(masked(repr(r.random)))
    print(masked(repr(r.choice)), type(r.choice).__name__, type(r.getrandbits).__name__)
    print(random.Random.random(random.Random(3)) == random.Random(3).random(),
          random.Random.randint(random.Random(4), 1, 50) == random.Random(4).randint(1, 50))
    bound = r.choices
    print(len(bound("ab", k=5)), r.getrandbits(8) >= 0)

    state = r.getstate()
    first = [r.random() for _ in range(3)]
    r.setstate(state)
    print(first == [r.random() for _ in range(3)])
    r.seed(7)
    again = random.Random(7)
    print(draws(r) == draws(again))

    random.seed(11)
    print(random.random() == random.Random(11).random())

    rngs = [random.Random(1), random.Random(2)]
    print([type(x).__name__ for x in rngs], [x.randint(1, 1000) for x in rngs])
    print(random.Random(5).random() == random.Random(5).random())

    try:
        r.x
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        r.no_such_method(1)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        r.random(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        random.Random(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        r.choices([1, 2], weights=[1, 1], cum_weights=[1, 2])
    except TypeError as e:
        print("TypeError:", e)


main()
