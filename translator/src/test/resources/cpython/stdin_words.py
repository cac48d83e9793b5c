# Reading all of stdin with sys.stdin: word, line and character counts (see stdin_words.in).
import sys

lines = sys.stdin.read().splitlines()
print("lines:", len(lines))
words = [w.strip(".,;:!?\"'").lower() for line in lines for w in line.split()]
words = [w for w in words if w]
print("words:", len(words))
print("chars:", sum(len(line) for line in lines))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:>8} {n}")
longest = max(lines, key=len)
print("longest line:", repr(longest))
print("empty lines:", sum(1 for line in lines if not line.strip()))
letters = {}
for ch in "".join(lines).lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
common = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("common letters:", common)
print("non-ascii letters:", sorted(ch for ch in letters if not ch.isascii()))
