"""An independent, plain-Python reading of SPEC's rules, used to check the marts.

It parses the delivered CSV itself and applies SPEC's definitions row by row, sharing no code
with the dbt models, so a disagreement points at one of the two.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

PRODUCT = re.compile(r"^[0-9]{5}")


@dataclass
class Line:
    invoice: str
    invoice_type: str
    stock_code: str
    is_product: bool
    quantity: int
    price: Decimal
    at: datetime
    customer: int | None

    @property
    def amount(self) -> Decimal:
        return self.quantity * self.price

    @property
    def month(self) -> date:
        return date(self.at.year, self.at.month, 1)


def _parse(row: list[str]) -> Line | None:
    invoice, code, _desc, qty, when, price, customer, _country = row
    if not invoice.strip():
        return None
    try:
        quantity = int(qty.strip())
        unit_price = Decimal(price.strip())
        at = datetime.fromisoformat(when.strip())
    except (ValueError, InvalidOperation):
        return None
    if not unit_price.is_finite():
        return None
    cust = customer.strip()
    if cust:
        try:
            customer_id = int(Decimal(cust))
        except InvalidOperation:
            return None
    else:
        customer_id = None
    invoice = invoice.strip()
    kind = "cancellation" if invoice.upper().startswith("C") else (
        "adjustment" if invoice.upper().startswith("A") else "sale")
    stock = code.strip().upper()
    return Line(invoice, kind, stock, bool(PRODUCT.match(stock)), quantity, unit_price, at, customer_id)


@dataclass
class Reference:
    raw_rows: int
    raw_amount: Decimal
    duplicates: int
    rejected: int
    lines: list[Line]

    def sales(self) -> list[Line]:
        return [line for line in self.lines if line.invoice_type == "sale"]

    def monthly_net_sales(self) -> dict[date, Decimal]:
        out: dict[date, Decimal] = defaultdict(Decimal)
        for line in self.lines:
            if line.invoice_type in ("sale", "cancellation"):
                out[line.month] += line.amount
        return dict(out)

    def monthly_placed_orders(self) -> dict[date, int]:
        orders: dict[date, set[str]] = defaultdict(set)
        for line in self.sales():
            orders[line.month].add(line.invoice)
        return {month: len(invoices) for month, invoices in orders.items()}

    def rfm(self) -> dict[int, dict]:
        as_of = max(line.at.date() for line in self.sales()) + timedelta(days=1)
        per: dict[int, dict] = {}
        for line in self.lines:
            if line.customer is None or line.invoice_type == "adjustment":
                continue
            entry = per.setdefault(line.customer, {"invoices": set(), "last": None, "monetary": Decimal(0)})
            entry["monetary"] += line.amount
            if line.invoice_type == "sale":
                entry["invoices"].add(line.invoice)
                day = line.at.date()
                entry["last"] = day if entry["last"] is None or day > entry["last"] else entry["last"]
        customers = {cid: e for cid, e in per.items() if e["invoices"]}
        result = {
            cid: {"recency_days": (as_of - e["last"]).days, "frequency": len(e["invoices"]),
                  "monetary": e["monetary"]}
            for cid, e in customers.items()
        }
        for score, key, reverse in (("r_score", "recency_days", True), ("f_score", "frequency", False),
                                    ("m_score", "monetary", False)):
            ordered = sorted(result, key=lambda cid: ((-1 if reverse else 1) * result[cid][key], cid))
            for cid, bucket in zip(ordered, ntile(len(ordered), 5), strict=True):
                result[cid][score] = bucket
        return result

    def purchase_histories(self) -> dict[int, dict]:
        """SPEC "Predictive marts": frequency, recency, tenure and mean repeat spend from purchase days."""
        end = max(line.at.date() for line in self.sales())  # observation_end: the last day of data
        days: dict[int, dict[date, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
        for line in self.sales():
            if line.customer is not None:
                days[line.customer][line.at.date()] += line.amount
        out = {}
        for cid, by_day in days.items():
            ordered = sorted(by_day)
            repeat = [by_day[d] for d in ordered[1:]]
            out[cid] = {"frequency": len(ordered) - 1, "recency_days": (ordered[-1] - ordered[0]).days,
                        "tenure_days": (end - ordered[0]).days,
                        "average_repeat_spend": sum(repeat, Decimal(0)) / len(repeat) if repeat else None}
        return out

    def weekly_net_sales(self) -> dict[date, Decimal]:
        """Net sales of every complete Monday week of the data (zero for weeks without invoices)."""
        first = min(line.at.date() for line in self.lines)
        last = max(line.at.date() for line in self.lines)
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        out: dict[date, Decimal] = {}
        while monday + timedelta(days=6) <= last:
            out[monday] = Decimal(0)
            monday += timedelta(days=7)
        for line in self.lines:
            week = line.at.date() - timedelta(days=line.at.weekday())
            if week in out and line.invoice_type in ("sale", "cancellation"):
                out[week] += line.amount
        return out

    def product_net_revenue(self) -> dict[str, Decimal]:
        sold = {line.stock_code for line in self.sales() if line.is_product}
        out: dict[str, Decimal] = defaultdict(Decimal)
        for line in self.lines:
            if line.is_product and line.stock_code in sold and line.invoice_type in ("sale", "cancellation"):
                out[line.stock_code] += line.amount
        return dict(out)


def ntile(count: int, buckets: int) -> list[int]:
    """PostgreSQL's ntile: the first count % buckets groups get one extra row."""
    size, extra = divmod(count, buckets)
    out: list[int] = []
    for bucket in range(1, buckets + 1):
        out.extend([bucket] * (size + (1 if bucket <= extra else 0)))
    return out[:count]


def read_reference(path: Path) -> Reference:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
        reader = csv.reader(text)
        next(reader)
        rows = list(reader)
    seen: set[tuple[str, ...]] = set()
    raw_amount = Decimal(0)
    duplicates = rejected = 0
    lines: list[Line] = []
    for row in rows:
        parsed = _parse(row)
        if parsed is not None:
            raw_amount += parsed.amount
        else:
            try:  # the raw amount counts quantity × price wherever both parse
                raw_amount += int(row[3].strip()) * Decimal(row[5].strip())
            except (ValueError, InvalidOperation):
                pass
        key = tuple(row)
        if parsed is None:
            rejected += 1
            seen.add(key)
            continue
        if key in seen:
            duplicates += 1
            continue
        seen.add(key)
        lines.append(parsed)
    return Reference(len(rows), raw_amount, duplicates, rejected, lines)
