# match with class patterns (positional via __match_args__ and keyword) and mapping patterns.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    radius: int


@dataclass
class Rect:
    corner: Point
    width: int
    height: int


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point():
            return "a point"
        case Circle(Point(0, 0), r):
            return f"circle at origin, r={r}"
        case Circle(center=c, radius=r) if r > 10:
            return f"big circle at ({c.x}, {c.y})"
        case Circle():
            return "small circle"
        case Rect(width=w, height=h) if w == h:
            return f"square {w}"
        case Rect(_, w, h):
            return f"rect {w}x{h}"


for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(0, 0), 2),
          Circle(Point(1, 2), 20), Circle(Point(1, 2), 3), Rect(Point(0, 0), 4, 4), Rect(Point(0, 0), 2, 3)]:
    print(describe(s))


def handle(event):
    match event:
        case {"type": "click", "pos": [x, y]}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": t}:
            return f"unhandled {t}"
        case _:
            return "not an event"


events = [
    {"type": "click", "pos": [3, 4], "button": 1},
    {"type": "key", "key": "q", "shift": True},
    {"type": "scroll"},
    {"kind": "click"},
    ["type", "click"],
]
for e in events:
    print(handle(e))
print(Point.__match_args__)
