# bytes methods mirror str methods but work on byte values.

data = b"  The Quick Brown Fox  "
print(data.strip(), data.lower(), data.upper(), data.split(), data.strip().split(b" ", 1))
print(data.find(b"Quick"), data.count(b"o"), data.replace(b"o", b"0"), data.startswith(b"  T"))
print(b",".join([b"a", b"b", b"c"]), b"a-b-c".split(b"-"), b"k=v".partition(b"="))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"Ab".isupper())
print(b"hello".title(), b"hello".capitalize(), b"Hi".swapcase(), b"x".center(5, b"*"), b"7".zfill(3))
print(b"line1\nline2\r\n".splitlines(), b"abc".endswith(b"bc"), b"aXbXc".rsplit(b"X", 1))
print(b"\xc3\xa9t\xc3\xa9".decode("utf-8"), "été".encode("utf-8"), "été".encode("utf-16-be"))
print(b"%s has %d bytes" % (b"frame", 5), b"%05.1f|%x" % (3.14159, 255))
print(b"hello world".index(b"world"), b"abcabc".rfind(b"abc"), b"abc".removeprefix(b"a"))
print(bytes(reversed(b"stressed")), bytes(sorted(b"banana")), max(b"abc"), min(b"abc"))
print(b"A\x00B".translate(None, b"\x00"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
ba = bytearray(b"hello")
ba.reverse()
print(ba, ba.upper(), ba.find(b"l"), ba.decode())
ba.insert(0, 62)
ba.remove(ord("l"))
print(ba, ba * 2, ba + b"!")
checksum = 0
for byte in b"The quick brown fox jumps over the lazy dog":
    checksum = (checksum * 31 + byte) % 65521
print(checksum)
