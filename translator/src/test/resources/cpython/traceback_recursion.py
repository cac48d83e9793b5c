"""A traceback through deep recursion: CPython shows a frame repeated more than three times in a row once more and
then how many times it was repeated."""


def depth(node, level=0):
    if node is None:
        return level // (level - 12)
    return depth(node.get("next"), level + 1)


chain = None
for i in range(12):
    chain = {"value": i, "next": chain}
print("built", chain["value"])
print(depth(chain))
