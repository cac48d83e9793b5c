"""Comprehensions reading their function's names as statements, conditions, subjects, subscripts and raised values."""


def statements(k, xs):
    [print(x + k) for x in xs]
    {x + k for x in xs}
    sum(x + k for x in xs)
    assert [x for x in xs if x > k] or True, [x for x in xs]
    if [x for x in xs if x > k]:
        print("some above", k)
    elif any(x == k for x in xs):
        print("equal", k)
    d = {0: 0, 1: 0}
    d[[x for x in xs if x > k][:1] and 1 or 0] += sum(1 for x in xs if x > k)
    print(d)
    match [x for x in xs if x < k]:
        case []:
            print("none below", k)
        case [first, *rest]:
            print("below", first, rest)
    try:
        raise ValueError([x * k for x in xs])
    except ValueError as e:
        print("raised", e)
    return [x + k for x in xs]


def in_lambdas(k, xs):
    return (lambda: [x + k for x in xs])(), [y for y in (lambda: [x + k for x in xs])()]


print(statements(2, [1, 2, 3]))
print(statements(5, [1, 2, 3]))
print(in_lambdas(3, [1, 2]))
