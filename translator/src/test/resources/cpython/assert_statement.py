# assert passes silently when true; AssertionError carries the optional message.

def checked_sqrt(n):
    assert n >= 0, f"negative input: {n}"
    return n ** 0.5


print(checked_sqrt(16), checked_sqrt(2.25))
assert True
assert 1 == 1, "never shown"
assert [0], "non-empty list is true"

try:
    checked_sqrt(-4)
except AssertionError as e:
    print("AssertionError:", e, e.args)

try:
    assert 1 > 2
except AssertionError as e:
    print("no message:", repr(e), e.args, str(e) == "")

try:
    assert [], ["message", "can be any object"]
except AssertionError as e:
    print("object message:", e.args[0])


def validate(record):
    assert isinstance(record, dict), "record must be a dict"
    assert "id" in record, "record needs an id"
    assert record["id"] > 0, f"bad id {record['id']}"
    return "valid"


for r in [{"id": 3}, {"id": 0}, {}, [1]]:
    try:
        print(validate(r))
    except AssertionError as e:
        print("invalid:", e)

print(isinstance(AssertionError(), Exception))
