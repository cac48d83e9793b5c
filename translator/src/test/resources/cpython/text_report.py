# A realistic report: parse CSV-like text, aggregate with dicts, and print an aligned table.

DATA = """region,product,units,price
north,widget,12,2.50
south,gadget,3,10.00
north,gadget,7,9.50
east,widget,25,2.40
south,widget,0,2.50
east,gizmo,4,99.99
north,widget,8,2.60
west,gizmo,1,105.00
"""


def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    rows = []
    for line in lines[1:]:
        values = line.split(",")
        row = dict(zip(header, values))
        row["units"] = int(row["units"])
        row["price"] = float(row["price"])
        rows.append(row)
    return rows


rows = parse(DATA)
by_region = {}
by_product = {}
for row in rows:
    revenue = row["units"] * row["price"]
    by_region[row["region"]] = by_region.get(row["region"], 0.0) + revenue
    entry = by_product.setdefault(row["product"], {"units": 0, "revenue": 0.0})
    entry["units"] += row["units"]
    entry["revenue"] += revenue

print(f"{'region':<8}{'revenue':>12}{'share':>8}")
total = sum(by_region.values())
for region, revenue in sorted(by_region.items(), key=lambda kv: -kv[1]):
    print(f"{region:<8}{revenue:>12,.2f}{revenue / total:>8.1%}")
print("-" * 28)
print(f"{'total':<8}{total:>12,.2f}")
print()
for product, entry in by_product.items():
    avg = entry["revenue"] / entry["units"] if entry["units"] else 0
    print(f"{product:>7}: {entry['units']:3d} units, avg price {avg:7.3f}")
best = max(rows, key=lambda r: r["units"] * r["price"])
print("best line:", best)
print("zero sales:", [f"{r['region']}/{r['product']}" for r in rows if not r["units"]])
