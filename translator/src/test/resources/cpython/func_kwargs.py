# **kwargs collects the extra keyword arguments into a dict, in call order.

def options(**kwargs):
    return kwargs


print(options())
print(options(a=1))
print(options(zeta=1, alpha=2, mid=3))


def tag(name, *children, **attrs):
    rendered = "".join(f' {key}="{value}"' for key, value in attrs.items())
    inner = "".join(children)
    return f"<{name}{rendered}>{inner}</{name}>"


print(tag("p"))
print(tag("p", "hello", " world"))
print(tag("a", "link", href="/home", title="Home"))
print(tag("div", tag("span", "x", id="inner"), klass="outer"))


def merge(base, **overrides):
    result = dict(base)
    result.update(overrides)
    return result


print(merge({"a": 1, "b": 2}, b=20, c=30))
settings = {"debug": True, "level": 3}
print(options(**settings))
print(options(**settings, extra="yes"))
print(options(**{"x": 1}, **{"y": 2}))


def describe(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


print(describe())
print(describe(1, 2, key="value"))
print(describe(*[1, 2], **{"k": None}))


def keys_sorted(**kwargs):
    return sorted(kwargs)


print(keys_sorted(b=1, c=2, a=3))
try:
    options(1)
except TypeError as e:
    print("TypeError:", e)
