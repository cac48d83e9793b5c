"""JSON round trip: build seeded random documents, encode and decode them repeatedly, and check the result."""
import json
import random
import sys

WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
         "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango"]


def make_record(rng: random.Random, ident: int) -> dict:
    return {
        "id": ident,
        "name": f"{rng.choice(WORDS)}-{rng.randint(0, 9999)}",
        "score": round(rng.uniform(0, 100), 3),
        "ratio": rng.random(),
        "active": rng.random() < 0.5,
        "tags": rng.sample(WORDS, rng.randint(0, 4)),
        "history": [rng.randint(-1000, 1000) for _ in range(rng.randint(0, 8))],
        "owner": None if rng.random() < 0.2 else {"first": rng.choice(WORDS), "level": rng.randint(1, 5)},
        "note": "caf\u00e9 \u2615 \"quoted\" \\ tab\t" if ident % 17 == 0 else "",
    }


def checksum(text: str) -> int:
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 1_000_000_007
    return h


def main(count: int, rounds: int) -> None:
    rng = random.Random(2024)
    records = [make_record(rng, i) for i in range(count)]
    document = {"version": 1, "records": records}
    text = json.dumps(document)
    for _ in range(rounds):
        decoded = json.loads(text)
        text = json.dumps(decoded)
    assert json.loads(text) == document
    pretty = json.dumps(document["records"][:2], indent=2, sort_keys=True)
    print(pretty)
    print(f"records: {len(records)}, characters: {len(text)}, checksum: {checksum(text)}")
    active = sum(1 for r in records if r["active"])
    mean_score = sum(r["score"] for r in records) / len(records)
    tags: dict[str, int] = {}
    for r in records:
        for t in r["tags"]:
            tags[t] = tags.get(t, 0) + 1
    top = sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(f"active: {active}, mean score: {mean_score:.4f}")
    print(f"top tags: {top}")
    print(json.dumps(records[17]["note"]), json.dumps(records[17]["note"], ensure_ascii=False))


main(6000, int(sys.argv[1]) if len(sys.argv) > 1 else 25)
