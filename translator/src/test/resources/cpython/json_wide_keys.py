# json documents whose keys repeat, some beyond Latin-1 or holding '?': the decoder's memo of keys must tell a key
# of '?' from a key of another character that its reading of the document also sees as '?'.
import json

doc = json.dumps([{"?": 1, "\u2615": 2, "a?": 3, "a\u2615": 4, "\U0001F600": 5, "?\U0001F600?": 6}] * 3,
                 ensure_ascii=False)
rows = json.loads(doc)
print(ascii(rows[2]), [sorted(r) == sorted(rows[0]) for r in rows])
print([list(r.values()) for r in rows])
mixed = '{"k\u00e9": "\u00e9\\n\u2615", "k?": "?\\t?", "k\u2615": "\U0001F600\\u2615?", "k\u00e9": "again"}'
value = json.loads(mixed)
print(ascii(value), len(value), json.dumps(value), json.dumps(value, ensure_ascii=False) == mixed)
many = json.loads("[" + ", ".join('{"id\u2615": %d, "id?": %d}' % (i, -i) for i in range(40)) + "]")
print(sum(d["id\u2615"] for d in many), sum(d["id?"] for d in many), ascii(list(many[5])))
