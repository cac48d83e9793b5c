# Custom exception classes: hierarchies, extra attributes, str/repr and args.

class AppError(Exception):
    """Base of this application's errors."""


class NotFound(AppError):
    def __init__(self, kind, key):
        super().__init__(f"{kind} {key!r} not found")
        self.kind = kind
        self.key = key


class ValidationError(AppError):
    def __init__(self, field, problems):
        self.field = field
        self.problems = problems
        super().__init__(field, problems)

    def __str__(self):
        return f"{self.field}: " + "; ".join(self.problems)


class Retryable(AppError):
    pass


def fetch(key):
    if key == "ghost":
        raise NotFound("user", key)
    if key == "":
        raise ValidationError("key", ["must not be empty", "must be ascii"])
    if key == "busy":
        raise Retryable()
    return f"value of {key}"


for key in ["ada", "ghost", "", "busy"]:
    try:
        print(fetch(key))
    except NotFound as e:
        print("NotFound:", e, "|", e.kind, e.key, "|", e.args)
    except ValidationError as e:
        print("ValidationError:", e, "|", repr(e), "|", e.args)
    except AppError as e:
        print("AppError subclass:", type(e).__name__, repr(str(e)), e.args)

print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), issubclass(AppError, BaseException))
print([c.__name__ for c in NotFound.__mro__])

e = AppError("one", 2, [3])
print(e, repr(e), e.args)
print(repr(AppError()), str(AppError()), repr(AppError("single")))
print(str(KeyError("k")), str(KeyError("k", "j")), repr(KeyError("k")))


class WithDefault(Exception):
    def __init__(self, message="something went wrong"):
        super().__init__(message)


try:
    raise WithDefault
except WithDefault as err:
    print("raised class, got instance:", err)

try:
    raise WithDefault("custom")
except Exception as err:
    print(type(err).__name__, err)
