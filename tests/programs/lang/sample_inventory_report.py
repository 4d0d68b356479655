# A whole program of the kind held-out tests use (inventory_report), checked against CPython.
from collections import defaultdict

INVENTORY = """
# sku, name, category, price, qty
A100, Widget, tools, 2.50, 10
A101, Gadget, tools, 12.99, 3
B200, Apple, food, 0.45, 120
B201, Banana, food, 0.25, 0
C300, Notebook, office, 3.75, 40
C301, Pen, office, 1.10, 250
C302, Stapler, office, 7.00, 5
"""

class Product:
    def __init__(self, sku, name, category, price, qty):
        self.sku = sku
        self.name = name
        self.category = category
        self.price = float(price)
        self.qty = int(qty)
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return "Product(%r, %r)" % (self.sku, self.name)

def parse(text):
    items = []
    for lineno, line in enumerate(text.strip().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(",")]
        items.append(Product(*parts))
    return items

products = parse(INVENTORY)
by_cat = defaultdict(list)
for p in products:
    by_cat[p.category].append(p)

width = max(len(p.name) for p in products)
print(f"{'SKU':<6}{'Name':<{width + 2}}{'Price':>8}{'Qty':>6}{'Value':>10}")
print("-" * (6 + width + 2 + 24))
for cat in sorted(by_cat):
    print(f"[{cat.upper()}]")
    for p in sorted(by_cat[cat], key=lambda p: -p.value):
        flag = " (out)" if p.qty == 0 else ""
        print(f"{p.sku:<6}{p.name:<{width + 2}}{p.price:>8.2f}{p.qty:>6d}{p.value:>10,.2f}{flag}")
    sub = sum(p.value for p in by_cat[cat])
    print(f"{'subtotal':>{6 + width + 2 + 14}}{sub:>10,.2f}")
total = sum(p.value for p in products)
print("=" * 40)
print("Total inventory value: ${:,.2f}".format(total))
print("Share by category:", {c: f"{sum(p.value for p in ps) / total:.1%}" for c, ps in sorted(by_cat.items())})
cheapest = min(products, key=lambda p: p.price)
priciest = max(products, key=lambda p: (p.price, p.name))
print("cheapest=%s priciest=%s" % (cheapest, priciest))
print("%-10s|%10s|%-+8.3f|%08.2f" % ("left", "right", 3.14159, -2.5))
print("{0:*<12}|{0:=>12}|{1:^+10.1e}".format("pad", 12345.678))
print(str.format("{:>{w}.{p}f}", 2 / 3, w=10, p=4))
low = [p.name for p in products if p.qty < 10]
print("Low stock:", ", ".join(low) or "none")
price_buckets = defaultdict(int)
for p in products:
    bucket = int(p.price // 5) * 5
    price_buckets[f"{bucket}-{bucket + 5}"] += p.qty
for k, v in sorted(price_buckets.items(), key=lambda kv: int(kv[0].split("-")[0])):
    bar = "#" * (v // 20)
    print(f"{k:>6}: {v:4d} {bar}")
print(repr(products[:2]), len(products))
table = [[p.sku, p.qty] for p in products]
table.sort(key=lambda r: (r[1] == 0, -r[1]))
print(table)
# expect: SKU   Name         Price   Qty     Value
# expect: ----------------------------------------
# expect: [FOOD]
# expect: B200  Apple         0.45   120     54.00
# expect: B201  Banana        0.25     0      0.00 (out)
# expect:                       subtotal     54.00
# expect: [OFFICE]
# expect: C301  Pen           1.10   250    275.00
# expect: C300  Notebook      3.75    40    150.00
# expect: C302  Stapler       7.00     5     35.00
# expect:                       subtotal    460.00
# expect: [TOOLS]
# expect: A101  Gadget       12.99     3     38.97
# expect: A100  Widget        2.50    10     25.00
# expect:                       subtotal     63.97
# expect: ========================================
# expect: Total inventory value: $577.97
# expect: Share by category: {'food': '9.3%', 'office': '79.6%', 'tools': '11.1%'}
# expect: cheapest=Product('B201', 'Banana') priciest=Product('A101', 'Gadget')
# expect: left      |     right|+3.142  |-0002.50
# expect: pad*********|=========pad| +1.2e+04 
# expect:     0.6667
# expect: Low stock: Gadget, Banana, Stapler
# expect:    0-5:  420 #####################
# expect:   5-10:    5 
# expect:  10-15:    3 
# expect: [Product('A100', 'Widget'), Product('A101', 'Gadget')] 7
# expect: [['C301', 250], ['B200', 120], ['C300', 40], ['A100', 10], ['C302', 5], ['A101', 3], ['B201', 0]]
