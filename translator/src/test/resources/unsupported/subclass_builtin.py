class MyDict(dict):
    pass


class MyList(list):
    pass
