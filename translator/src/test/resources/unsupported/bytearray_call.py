b = bytearray(b'abc')
b[0] = 65
