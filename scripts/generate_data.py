"""Write realistic, deterministic LGS-shaped transactions as a UCI "Online Retail II" CSV.

The same --seed and --rows always give the same file. The data has every trait SPEC lists:
multi-line invoices over thirteen months (December to December, so cohorts cross a year end),
seasonality with a November peak, cancellations (`C...`, negative quantities), bad-debt
adjustments (`A...`, stock code `B`, negative price), guest invoices (blank customer id),
customer ids as float text (`13085.0`), non-product stock codes (postage, fees, manual lines,
discounts, samples, vouchers, `DCGS...`), lower-case and padded stock codes, exact duplicate
lines, descriptions that change over time or are blank, zero prices, and a few malformed rows
(a quantity that is not a number, an impossible date, a blank invoice number, a bad price).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

HEADER = ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price",
          "Customer ID", "Country"]
COUNTRIES = ["United Kingdom"] * 40 + ["Germany", "France", "EIRE", "Spain", "Netherlands",
                                      "Belgium", "Switzerland", "Portugal", "Australia", "Norway"]
WORDS_A = ["WHITE", "RED", "PINK", "BLUE", "VINTAGE", "REGENCY", "JUMBO", "SET OF 3", "HEART",
           "PAISLEY", "RETROSPOT", "SPOTTY", "GLASS", "WOODEN", "PARTY", "CHRISTMAS", "LOVE"]
WORDS_B = ["T-LIGHT HOLDER", "LANTERN", "BUNTING", "TEACUP AND SAUCER", "BAG", "LUNCH BOX",
           "CAKE STAND", "DOORMAT", "CANDLE", "CUSHION COVER", "PHOTO FRAME", "CLOCK",
           "NAPKINS", "HOT WATER BOTTLE", "MUG", "ALARM CLOCK", "PURSE", "WALL ART"]
# (stock code, description, unit price range) for non-product lines
NON_PRODUCT = [
    ("POST", "POSTAGE", (15.0, 40.0)),
    ("DOT", "DOTCOM POSTAGE", (50.0, 900.0)),
    ("C2", "CARRIAGE", (50.0, 50.0)),
    ("M", "Manual", (0.5, 200.0)),
    ("D", "Discount", (5.0, 60.0)),
    ("S", "SAMPLES", (1.0, 40.0)),
    ("BANK CHARGES", "Bank Charges", (15.0, 15.0)),
    ("AMAZONFEE", "AMAZON FEE", (100.0, 5000.0)),
    ("CRUK", "CRUK Commission", (1.0, 20.0)),
    ("PADS", "PADS TO MATCH ALL CUSHIONS", (0.001, 0.001)),
    ("gift_0001_20", "Dotcomgiftshop Gift Voucher £20.00", (17.0, 17.0)),
    ("DCGS0070", "CAMOUFLAGE DOG COLLAR", (12.0, 12.0)),
    ("TEST001", "This is a test product.", (4.5, 4.5)),
]
START = datetime(2010, 12, 1)
# relative weight of each of the thirteen months (Dec 2010 .. Dec 2011); November peaks
MONTH_WEIGHTS = [7, 5, 4, 5, 5, 6, 6, 6, 7, 9, 11, 14, 4]


def month_start(index: int, start: datetime = START) -> datetime:
    year = start.year + (start.month - 1 + index) // 12
    month = (start.month - 1 + index) % 12 + 1
    return datetime(year, month, 1)


def make_products(rng: random.Random, count: int) -> list[tuple[str, str, float]]:
    products = []
    codes: set[str] = set()
    while len(products) < count:
        code = f"{rng.randint(10000, 90999)}{rng.choice(['', '', '', 'A', 'B', 'C', 'L'])}"
        if code in codes:
            continue
        codes.add(code)
        name = f"{rng.choice(WORDS_A)} {rng.choice(WORDS_B)}"
        price = round(rng.choice([0.42, 0.65, 0.85, 1.25, 1.65, 2.1, 2.55, 2.95, 3.75, 4.95,
                                  5.95, 7.95, 9.95, 12.75]) * rng.uniform(0.9, 1.1), 2)
        products.append((code, name, price))
    return products


def random_time(rng: random.Random, month: int, start: datetime = START, days: int | None = None) -> datetime:
    """A trading time: in the month'th month from start, or within `days` days of start."""
    if days is not None:
        first, span = start, days
    else:
        first = month_start(month, start)
        span = (month_start(month + 1, start) - first).days
    while True:
        day = first + timedelta(days=rng.randrange(span))
        closed = day.weekday() == 5 or (day.month == 12 and day.day >= 24)  # Saturdays, Christmas
        if not closed or days is not None:
            break
    return day + timedelta(hours=rng.randint(7, 19), minutes=rng.randint(0, 59))


def generate(rows: int, seed: int, first_invoice: int = 536365, start: datetime = START,
             days: int | None = None, malformed: bool = True,
             catalogue: tuple[int, int] | None = None) -> list[list[str]]:
    """Invoice lines over thirteen months from `start`, or over `days` days (a daily batch).

    The product range has rows // 60 products drawn with `seed`, unless `catalogue` = (products,
    seed) fixes it: then data made with different seeds sells the same range, as a shop's
    growing history does.
    """
    rng = random.Random(seed)
    if catalogue is None:
        products = make_products(rng, max(50, rows // 60))
    else:
        products = make_products(random.Random(catalogue[1]), catalogue[0])
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(products))]  # a few best sellers
    customers = [(12346 + i * 7, rng.choice(COUNTRIES)) for i in range(max(20, rows // 45))]
    # how much each customer buys per line: wholesalers and small shops differ (Gamma, mean 1),
    # drawn from its own stream so the rest of the data does not depend on it
    sizes = random.Random(seed + 104729)
    basket_size = {cid: sizes.gammavariate(1.5, 1 / 1.5) for cid, _ in customers}
    # customers join over the year: the first purchase month of each
    first_month = {cid: min(12, int(rng.expovariate(0.35))) for cid, _ in customers}
    # who may buy in each month: a growing share of the pool, each from their first month on
    eligible_by_month = [
        [c for c in customers[: max(5, len(customers) * (month + 2) // 14)] if first_month[c[0]] <= month]
        for month in range(13)
    ]
    out: list[list[str]] = []
    invoice_no = first_invoice
    sales: list[list[list[str]]] = []
    while len(out) < rows:
        invoice_no += 1
        month = rng.choices(range(13), weights=MONTH_WEIGHTS)[0]
        eligible = eligible_by_month[month]
        guest = rng.random() < 0.08
        cid, country = rng.choice(eligible or customers)
        when = random_time(rng, month, start, days).strftime("%Y-%m-%d %H:%M:%S")
        customer_text = "" if guest else f"{cid}.0"
        lines = []
        n_lines = rng.choice([1, 2, 3, 5, 8, 12, 20, 30]) if not guest else rng.randint(40, 90)
        for code, name, price in rng.choices(products, weights=weights, k=n_lines):
            qty = rng.choice([1, 2, 3, 4, 6, 8, 12, 12, 24, 48, 96])
            if not guest:
                qty = max(1, round(qty * basket_size[cid]))
            description = name
            if rng.random() < 0.03:
                description = name.replace(" ", "  ", 1) if rng.random() < 0.5 else name.title()
            if rng.random() < 0.004:
                description = ""
            shown_code = code
            if rng.random() < 0.01:
                shown_code = code.lower() if rng.random() < 0.5 else f"{code} "
            line_price = 0.0 if rng.random() < 0.003 else price
            lines.append([str(invoice_no), shown_code, description, str(qty), when,
                          f"{line_price:g}", customer_text, country])
        if rng.random() < 0.35:
            code, name, (low, high) = rng.choice(NON_PRODUCT)
            lines.append([str(invoice_no), code, name, "1", when, f"{rng.uniform(low, high):.2f}",
                          customer_text, country])
        if rng.random() < 0.04 and len(lines) > 1:
            lines.insert(rng.randrange(len(lines)), list(rng.choice(lines)))  # exact duplicate
        out.extend(lines)
        if customer_text:
            sales.append(lines)
        # a cancellation of part of an earlier order now and then
        if sales and rng.random() < 0.06:
            original = rng.choice(sales)
            cancel_when = max(datetime.fromisoformat(original[0][4]), datetime.fromisoformat(when))
            for line in rng.sample(original, k=min(len(original), rng.randint(1, 3))):
                out.append([f"C{invoice_no + 500000}", line[1], line[2], f"-{line[3]}",
                            (cancel_when + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S"),
                            line[5], line[6], line[7]])
    if not malformed:
        return out
    # bad-debt adjustments (a positive and a negative one, as in the real data)
    for number, sign in ((563185, ""), (563186, "-"), (563187, "-")):
        out.append([f"A{number}", "B", "Adjust bad debt", "1", "2011-08-12 14:50:00",
                    f"{sign}{rng.uniform(1000, 12000):.2f}", "", "United Kingdom"])
    # a few malformed rows that the models must reject
    out.append(["537001", "22423", "REGENCY CAKESTAND 3 TIER", "abc", "2010-12-06 10:00:00",
                "12.75", "14911.0", "EIRE"])
    out.append(["537002", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", "6",
                "2011-02-30 09:15:00", "2.55", "17850.0", "United Kingdom"])
    out.append(["", "84879", "ASSORTED COLOUR BIRD ORNAMENT", "8", "2011-03-01 11:00:00",
                "1.69", "13047.0", "United Kingdom"])
    out.append(["537004", "21232", "STRAWBERRY CERAMIC TRINKET BOX", "12", "2011-03-02 11:00:00",
                "n/a", "13047.0", "United Kingdom"])
    return out


def write(path: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.name.endswith(".gz"):
        # mtime=0 keeps the bytes, and so the sha256, the same for the same seed and size
        with path.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as gz:
            gz.write(data)
    else:
        path.write_bytes(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", type=Path, help="file to write (.csv or .csv.gz)")
    parser.add_argument("--rows", type=int, default=60000, help="approximate number of lines")
    parser.add_argument("--seed", type=int, default=42, help="random seed (same seed, same file)")
    parser.add_argument("--first-invoice", type=int, default=536365, help="first invoice number")
    parser.add_argument("--start", type=datetime.fromisoformat, default=START,
                        help="first day of the data (default 2010-12-01)")
    parser.add_argument("--days", type=int, default=None,
                        help="spread invoices over this many days from --start (a daily batch) "
                             "instead of thirteen months; no adjustments or malformed rows are added")
    args = parser.parse_args(argv)
    rows = generate(args.rows, args.seed, args.first_invoice, args.start, args.days,
                    malformed=args.days is None)
    write(args.output, rows)
    print(f"[generate] wrote {len(rows):,} lines to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
