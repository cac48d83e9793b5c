# Decorators: functools.wraps keeps the name and docstring; decorators with arguments; stacking order.
from functools import wraps


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args} {kwargs}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result

    return wrapper


def repeat(times):
    def decorator(func):
        @wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]

        return wrapper

    return decorator


def unwrapped(func):
    def inner(*args):
        return func(*args)

    return inner


@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b


@repeat(3)
def greet(name):
    return f"hi {name}"


@unwrapped
def plain():
    """Docstring lost without wraps."""


print(add(2, b=3))
print(add.__name__, add.__doc__, add.__wrapped__(10, 20))
print(greet("bo"), greet.__name__)
print(plain.__name__, plain.__doc__)


def tag(name):
    def decorator(func):
        @wraps(func)
        def wrapper(*args):
            return f"<{name}>{func(*args)}</{name}>"

        return wrapper

    return decorator


@tag("b")
@tag("i")
def text(s):
    return s


print(text("stacked"))
