m = memoryview(b'abc')
