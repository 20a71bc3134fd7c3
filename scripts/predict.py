"""The predictive step: fit the customer models and the forecasts, write them for the predictive marts.

Run by `make build` (scripts/build.py) after the models it reads are built and before the
predictive marts. It reads the warehouse (purchase days, weekly sales, class-A products, the RFM
reference date), fits
- BG/NBD and Gamma-Gamma (scripts/clv.py) on every customer's purchase-day history, and refits
  them with the last 13 weeks held out to measure them against what happened;
- the weekly forecasts (scripts/forecast.py) of net sales and of class-A products' units,
and replaces the `predictions` tables in one transaction (a failed fit leaves the last good
predictions, and so the predictive marts, in place). Too little history is not an error: what can
be estimated is written and one line says what could not be and why.

Deterministic: the same data gives the same numbers.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
import time

import numpy as np
from psycopg import sql

from scripts import clv, db
from scripts import forecast as fc

WEEK = 7.0
HOLDOUT_WEEKS = 13
MIN_REPEAT_CUSTOMERS = 10  # fewer customers with a repeat purchase than this: no customer model
SEASON_DAYS = 364  # the same window a year earlier (52 weeks, so weekdays line up)


def log(message: str) -> None:
    print(f"[predict] {message}", flush=True)


# ---------------------------------------------------------------- reading

INPUT_QUERIES = {
    "days": "select customer_id, purchase_date, sale_amount from {int}.int_customer_purchase_days "
            "order by customer_id, purchase_date",
    "as_of": "select max(as_of_date) from {marts}.customer_rfm",
    "weeks": "select week_start, net_sales from {int}.int_sales_weeks_summarized order by week_start",
    "products": "select p.stock_code, w.week_start, w.units_sold from {marts}.product_rankings as p "
                "join {int}.int_product_weeks_summarized as w on w.stock_code = p.stock_code "
                "where p.abc_class = 'A' order by p.stock_code",
    "class_a": "select stock_code from {marts}.product_rankings where abc_class = 'A' order by stock_code",
}


def read_inputs(query) -> dict:
    """What the fits read; `query(template)` runs a query with {int} and {marts} schemas, returns rows."""
    rows = {name: query(template) for name, template in INPUT_QUERIES.items()}
    return {"days": rows["days"], "as_of": rows["as_of"][0][0], "weeks": rows["weeks"],
            "products": rows["products"], "class_a": [r[0] for r in rows["class_a"]]}


# ---------------------------------------------------------------- customer models

class CustomerData:
    def __init__(self, rows):
        self.customer_id = np.array([r[0] for r in rows], dtype=np.int64)
        self.day = np.array([r[1] for r in rows], dtype="datetime64[D]")
        self.amount = np.array([float(r[2]) for r in rows], dtype=float)

    def histories(self, end) -> clv.Histories:
        return clv.summarize(self.customer_id, self.day, self.amount, end)

    def actual_purchases(self, ids, start, end) -> np.ndarray:
        counts = clv.count_purchase_days(self.customer_id, self.day, start, end)
        return np.array([counts.get(int(i), 0) for i in ids], dtype=float)

    def first_day(self):
        return self.day.min() if len(self.day) else None


def fit_customers(h: clv.Histories):
    """BG/NBD and Gamma-Gamma on the histories, or (None, reason) when there is too little to fit."""
    repeaters = int(np.sum(h.frequency > 0))
    if repeaters < MIN_REPEAT_CUSTOMERS:
        customers = len(h.frequency)
        return None, None, (f"{customers:,} customer{'' if customers == 1 else 's'}, {repeaters} with a repeat "
                            f"purchase (at least {MIN_REPEAT_CUSTOMERS} needed)")
    try:
        bg = clv.fit_bg_nbd(h.frequency, h.recency / WEEK, h.tenure / WEEK)
    except clv.NotIdentified as exc:
        return None, None, str(exc)
    try:
        gg = clv.fit_gamma_gamma(h.frequency, h.average_repeat_spend)
    except clv.NotIdentified as exc:
        return bg, None, str(exc)
    return bg, gg, None


def seasonal_factor(data: CustomerData, end, days: int) -> tuple[float, str]:
    """Actual over BG/NBD-predicted purchase days in the same window a year earlier (1 if unknown).

    BG/NBD assumes a steady purchase rate; a Christmas quarter runs above it and a summer one
    below. Refitting at the same date a year earlier and comparing its prediction for the next
    `days` days with what happened measures that season's departure; multiplying by it leaves
    every customer's rank unchanged. Windows of a year or more are not corrected.
    """
    if days >= SEASON_DAYS:
        return 1.0, "a window of a year or more holds every season once"
    earlier = end - np.timedelta64(SEASON_DAYS, "D")
    first = data.first_day()
    if first is None or earlier - first < np.timedelta64(90, "D"):
        return 1.0, "less than a year and a quarter of history"
    h = data.histories(earlier)
    bg, _, reason = fit_customers(h)
    if bg is None:
        return 1.0, f"no fit a year earlier: {reason}"
    predicted = bg.expected_purchases(days / WEEK, h.frequency, h.recency / WEEK, h.tenure / WEEK).sum()
    actual = data.actual_purchases(h.customer_id, earlier + 1, earlier + days).sum()
    if predicted <= 0 or actual <= 0:
        return 1.0, "no purchases in the window a year earlier"
    basis = f"actual {actual:.0f} / predicted {predicted:.1f} purchase days from {earlier + 1}"
    return float(actual / predicted), basis


def customer_holdout(data: CustomerData, end) -> dict | None:
    """Refit with the last 13 weeks held out; compare predicted with actual repeat purchase days."""
    cut = end - np.timedelta64(HOLDOUT_WEEKS * 7, "D")
    h = data.histories(cut)
    if len(h.customer_id) == 0:
        return None
    bg, gg, reason = fit_customers(h)
    if bg is None:
        return {"skipped": reason}
    days = HOLDOUT_WEEKS * 7
    factor, why = seasonal_factor(data, cut, days)
    raw = bg.expected_purchases(days / WEEK, h.frequency, h.recency / WEEK, h.tenure / WEEK)
    predicted = raw * factor
    actual = data.actual_purchases(h.customer_id, cut + 1, end)
    naive = h.frequency / np.maximum(h.tenure, 1) * days  # each customer repeats at their past rate
    total = float(actual.sum())

    def error_pct(p):
        return float(100 * (p.sum() - total) / total) if total > 0 else None

    def corr(p):
        return float(np.corrcoef(p, actual)[0, 1]) if np.std(p) > 0 and np.std(actual) > 0 else None

    result = {
        "cut_off": str(cut), "customers": len(actual), "actual_repeat_purchase_days": total,
        "predicted": float(predicted.sum()), "predicted_without_seasonal_factor": float(raw.sum()),
        "naive_predicted": float(naive.sum()), "seasonal_factor": factor, "seasonal_factor_basis": why,
        "error_pct": error_pct(predicted), "error_pct_without_seasonal_factor": error_pct(raw),
        "naive_error_pct": error_pct(naive),
        "correlation": corr(predicted), "naive_correlation": corr(naive),
        "mean_absolute_error": float(np.mean(np.abs(predicted - actual))),
        "naive_mean_absolute_error": float(np.mean(np.abs(naive - actual))),
    }
    # Gamma-Gamma: predicted spend per purchase day of the customers who bought in the holdout
    buyers_sum = _holdout_spend(data, h, cut, end)
    if gg is not None and buyers_sum is not None:
        ids, mean_spend = buyers_sum
        index = np.searchsorted(h.customer_id, ids)
        known = (index < len(h.customer_id)) & (h.customer_id[np.minimum(index, len(h.customer_id) - 1)] == ids)
        index, mean_spend = index[known], mean_spend[known]
        expected = gg.expected_average_spend(h.frequency[index], h.average_repeat_spend[index])
        past = np.where(h.frequency[index] > 0, h.average_repeat_spend[index], gg.population_mean())
        result["gamma_gamma"] = {
            "customers": int(len(index)),
            "mean_absolute_error": float(np.mean(np.abs(expected - mean_spend))) if len(index) else None,
            "naive_mean_absolute_error": float(np.nanmean(np.abs(past - mean_spend))) if len(index) else None,
        }
    return result


def _holdout_spend(data: CustomerData, h, cut, end):
    inside = (data.day > cut) & (data.day <= end)
    if not inside.any():
        return None
    ids, inverse = np.unique(data.customer_id[inside], return_inverse=True)
    total = np.bincount(inverse, weights=data.amount[inside])
    count = np.bincount(inverse)
    return ids, total / count


def customer_predictions(data: CustomerData, as_of, fits: list, notes: list) -> list[tuple]:
    end = np.datetime64(as_of, "D") - np.timedelta64(1, "D")
    h = data.histories(end)
    rows_count = len(h.customer_id)
    bg, gg, reason = fit_customers(h) if rows_count else (None, None, "no customer has a sale invoice")
    n = rows_count
    p_alive = e90 = e365 = spend = np.full(n, np.nan)
    if bg is None:
        notes.append(f"customer models not fitted: {reason}")
    else:
        x, t_x, T = h.frequency, h.recency / WEEK, h.tenure / WEEK
        factor, why = seasonal_factor(data, end, 90)
        p_alive = bg.probability_alive(x, t_x, T)
        e90 = bg.expected_purchases(90 / WEEK, x, t_x, T) * factor
        e365 = bg.expected_purchases(365 / WEEK, x, t_x, T)
        if gg is None:
            notes.append(f"spend model not fitted: {reason}")
        else:
            spend = gg.expected_average_spend(x, h.average_repeat_spend)
        holdout = customer_holdout(data, end)
        fits.append({
            "model": "bg_nbd", "observation_end": str(end), "training_rows": n,
            "parameters": {**bg.params(), "time_unit": "week", "starting_points": bg.starts,
                           "seasonal_factor_90d": factor, "seasonal_factor_basis": why},
            "log_likelihood": bg.log_likelihood, "holdout_weeks": HOLDOUT_WEEKS,
            "holdout_metric": "total_repeat_purchase_days_error_pct",
            "holdout_value": (holdout or {}).get("error_pct"), "baseline_value": (holdout or {}).get("naive_error_pct"),
            "holdout_details": holdout,
        })
        gg_holdout = (holdout or {}).get("gamma_gamma") or {}
        if gg is not None:
            fits.append({
                "model": "gamma_gamma", "observation_end": str(end), "training_rows": int(np.sum(h.frequency > 0)),
                "parameters": {**gg.params(), "population_mean_spend": gg.population_mean(),
                               "starting_points": gg.starts},
                "log_likelihood": gg.log_likelihood, "holdout_weeks": HOLDOUT_WEEKS,
                "holdout_metric": "mean_absolute_error_spend_per_purchase_day",
                "holdout_value": gg_holdout.get("mean_absolute_error"),
                "baseline_value": gg_holdout.get("naive_mean_absolute_error"), "holdout_details": gg_holdout or None,
            })
        log(f"bg_nbd on {n:,} customers: r={bg.r:.3f} alpha={bg.alpha:.3f} a={bg.a:.3f} b={bg.b:.3f} "
            f"(log-likelihood {bg.log_likelihood:,.1f})"
            + (f"; gamma_gamma p={gg.p:.3f} q={gg.q:.3f} v={gg.v:.3f}" if gg is not None else ""))
        if holdout and "error_pct" in holdout:
            log(f"holdout {holdout['cut_off']} + {HOLDOUT_WEEKS} weeks: {holdout['actual_repeat_purchase_days']:,.0f} "
                f"repeat purchase days, predicted {holdout['predicted']:,.0f} ({holdout['error_pct']:+.1f}%; "
                f"naive {holdout['naive_error_pct']:+.1f}%)")
    return [
        (int(h.customer_id[i]), as_of, int(h.frequency[i]), int(h.recency[i]), int(h.tenure[i]),
         _num(h.average_repeat_spend[i], 2), _num(p_alive[i]), _num(e90[i]), _num(e365[i]), _num(spend[i]))
        for i in range(n)
    ]


def _num(value, digits: int | None = None):
    if value is None or not np.isfinite(value):
        return None
    return round(float(value), digits) if digits is not None else float(value)


# ---------------------------------------------------------------- forecasts

def forecast_rows(inputs: dict, horizon: int, fits: list, notes: list) -> list[tuple]:
    weeks = [r[0] for r in inputs["weeks"]]
    if not weeks:
        notes.append("forecasts not made: the data holds no complete week")
        return []
    position = {w: i for i, w in enumerate(weeks)}
    total = np.array([[float(r[1]) for r in inputs["weeks"]]])
    codes = inputs["class_a"]
    row_of = {code: i for i, code in enumerate(codes)}
    units = np.zeros((len(codes), len(weeks)))
    for code, week, value in inputs["products"]:
        if week in position:
            units[row_of[code], position[week]] = float(value)
    last = weeks[-1]
    future = [last + dt.timedelta(weeks=k) for k in range(1, horizon + 1)]
    rows = []
    groups = [("net_sales", ["all"], [None], total, None), ("units_sold", codes, codes, units, 0.0)]
    for measure, names, stock_codes, matrix, floor in groups:
        if not names:
            continue
        choice = fc.choose(matrix, measure, horizon)
        out = fc.forecast(matrix, choice, horizon, floor=floor)
        made = 0
        for i, name in enumerate(names):
            if not out["method"][i]:
                continue
            made += 1
            for k, week in enumerate(future):
                rows.append((name, stock_codes[i], measure, week, *(_num(out[c][i, k]) for c in
                             ("forecast", "lower_80", "upper_80", "lower_95", "upper_95")), out["method"][i], last))
        holdout = forecast_holdout(matrix, measure, floor)
        fits.append({
            "model": f"forecast_{measure}", "observation_end": str(last + dt.timedelta(days=6)),
            "training_rows": int(matrix.size),
            "parameters": {"method": choice.method, "series": len(names), "weeks": len(weeks), "horizon_weeks": horizon,
                           "backtest_mase": choice.backtest_mase, "error_quantiles": choice.error_quantiles,
                           "backtest_errors": choice.errors},
            "log_likelihood": None, "holdout_weeks": HOLDOUT_WEEKS if holdout else None,
            "holdout_metric": "mase" if holdout else None,
            "holdout_value": (holdout or {}).get("mase"), "baseline_value": (holdout or {}).get("baseline_mase"),
            "holdout_details": holdout,
        })
        summary = ""
        if holdout and holdout.get("mase") is not None and holdout.get("baseline_mase") is not None:
            summary = (f"; holdout MASE {holdout['mase']:.3f} vs {fc.BASELINE} {holdout['baseline_mase']:.3f}, "
                       f"80%/95% intervals covered {holdout['coverage_80'] or 0:.0%}/{holdout['coverage_95'] or 0:.0%}")
        log(f"forecast {measure}: {made} series x {horizon} weeks, {choice.method}{summary}")
    return rows


def forecast_holdout(matrix: np.ndarray, measure: str, floor) -> dict | None:
    """Refit on all but the last 13 weeks; mean MASE over the series and interval coverage on them."""
    h = HOLDOUT_WEEKS
    if matrix.shape[1] < h + 2:
        return None
    train, actual = matrix[:, :-h], matrix[:, -h:]
    choice = fc.choose(train, measure, h)
    out = fc.forecast(train, choice, h, floor=floor)
    base, _ = fc.predict(train, fc.BASELINE, h)
    scores = fc.mase(train, actual, out["forecast"])
    baseline = fc.mase(train, actual, base)
    # the model on every series it forecast; the baseline where it can forecast too (a year of history)
    ok = np.isfinite(scores)
    both = ok & np.isfinite(baseline)
    result = {"method": choice.method, "series": int(ok.sum()),
              "mase": float(np.mean(scores[ok])) if ok.any() else None,
              "median_mase": float(np.median(scores[ok])) if ok.any() else None,
              "baseline": fc.BASELINE, "baseline_series": int(both.sum()),
              "mase_where_baseline": float(np.mean(scores[both])) if both.any() else None,
              "baseline_mase": float(np.mean(baseline[both])) if both.any() else None,
              "baseline_median_mase": float(np.median(baseline[both])) if both.any() else None,
              "total_error_pct": float(100 * (out["forecast"].sum() / actual.sum() - 1)) if actual.sum() else None,
              "baseline_total_error_pct": float(100 * (base.sum() / actual.sum() - 1)) if actual.sum() else None}
    for level in ("80", "95"):
        low, high = out[f"lower_{level}"], out[f"upper_{level}"]
        known = np.isfinite(low)
        inside = ((actual >= low) & (actual <= high))[known]
        result[f"coverage_{level}"] = float(np.mean(inside)) if known.any() else None
    return result


# ---------------------------------------------------------------- writing

CUSTOMER_COLUMNS = ("customer_id", "as_of_date", "frequency", "recency_days", "tenure_days", "average_repeat_spend",
                    "probability_alive", "expected_purchases_90d", "expected_purchases_365d",
                    "expected_average_spend")
FORECAST_COLUMNS = ("series", "stock_code", "measure", "week_start", "forecast", "lower_80", "upper_80", "lower_95",
                    "upper_95", "model", "trained_through")
FIT_COLUMNS = ("model", "fitted_at", "observation_end", "training_rows", "parameters", "log_likelihood",
               "holdout_weeks", "holdout_metric", "holdout_value", "baseline_value", "holdout_details")


def fit_rows(fits: list[dict], fitted_at) -> list[tuple]:
    return [(fit["model"], fitted_at, fit["observation_end"], fit["training_rows"],
             json.dumps(fit["parameters"], default=_json), _num(fit["log_likelihood"]), fit["holdout_weeks"],
             fit["holdout_metric"], _num(fit["holdout_value"]), _num(fit["baseline_value"]),
             json.dumps(fit["holdout_details"], default=_json) if fit["holdout_details"] else None)
            for fit in fits]


class PostgresStore:
    """The predictions tables on PostgreSQL: replaced in one transaction."""

    def __init__(self, conn) -> None:
        self.conn = conn

    def query(self, template: str) -> list[tuple]:
        return self.conn.execute(sql.SQL(template).format(
            int=sql.Identifier(db.schema("intermediate")), marts=sql.Identifier(db.schema("marts")))).fetchall()

    def now(self):
        return self.conn.execute("select localtimestamp").fetchone()[0]

    def write(self, customers: list[tuple], forecasts: list[tuple], fits: list[tuple]) -> None:
        conn, s = self.conn, sql.Identifier(db.schema("predictions"))
        with conn.transaction():
            for table, columns, rows in (("customer_predictions", CUSTOMER_COLUMNS, customers),
                                         ("sales_forecasts", FORECAST_COLUMNS, forecasts)):
                conn.execute(sql.SQL("delete from {}.{}").format(s, sql.Identifier(table)))
                with conn.cursor().copy(sql.SQL("copy {}.{} ({}) from stdin").format(
                        s, sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns)))) as copy:
                    for row in rows:
                        copy.write_row(row)
            for row in fits:
                conn.execute(sql.SQL("insert into {}.model_fits ({}) values ({})").format(
                    s, sql.SQL(", ").join(map(sql.Identifier, FIT_COLUMNS)),
                    sql.SQL(", ").join(sql.Placeholder() * len(FIT_COLUMNS))), row)


class SparkStore:
    """The predictions tables on the Spark target (scripts/spark.py): each table overwritten whole.

    Open-source Spark has no transactions across tables: a failure between the writes can leave
    new customer predictions beside the previous forecasts until the next build.
    """

    def __init__(self) -> None:
        from scripts import spark

        self.session = spark.session()

    def query(self, template: str) -> list[tuple]:
        text = template.format(int=db.schema("intermediate"), marts=db.schema("marts"))
        return [tuple(row) for row in self.session.sql(text).collect()]

    def now(self):
        return self.session.sql("select localtimestamp()").collect()[0][0]

    def write(self, customers: list[tuple], forecasts: list[tuple], fits: list[tuple]) -> None:
        s = db.schema("predictions")
        for table, rows, overwrite in (("customer_predictions", customers, True),
                                       ("sales_forecasts", forecasts, True), ("model_fits", fits, False)):
            target = f"{s}.{table}"
            schema = self.session.table(target).schema
            frame = self.session.createDataFrame([self._typed(row, schema) for row in rows], schema)
            frame.write.insertInto(target, overwrite=overwrite)

    @staticmethod
    def _typed(row: tuple, schema) -> tuple:
        """Python values as the table's Spark types expect (floats, Decimals, dates), as PostgreSQL casts them."""
        from decimal import Decimal

        out = []
        for value, field in zip(row, schema.fields, strict=True):
            kind = field.dataType.typeName()
            if value is None:
                out.append(None)
            elif kind == "double":
                out.append(float(value))
            elif kind == "decimal":
                out.append(Decimal(str(value)))
            elif kind in ("integer", "long"):
                out.append(int(value))
            elif kind == "date" and isinstance(value, str):
                out.append(dt.date.fromisoformat(value))
            elif kind == "date" and isinstance(value, np.datetime64):
                out.append(value.astype("datetime64[D]").item())
            else:
                out.append(value)
        return tuple(out)


def _json(value):
    if isinstance(value, np.generic):
        return value.item()
    return str(value)


def run(horizon: int) -> int:
    started = time.perf_counter()
    from scripts import spark

    with contextlib.ExitStack() as stack:
        store = SparkStore() if spark.is_target() else PostgresStore(stack.enter_context(db.connect()))
        inputs = read_inputs(store.query)
        fitted_at = store.now()
        fits, notes = [], []
        customers = []
        if inputs["as_of"] is None:
            notes.append("customer models not fitted: no customer has a sale invoice")
        else:
            customers = customer_predictions(CustomerData(inputs["days"]), inputs["as_of"], fits, notes)
        forecasts = forecast_rows(inputs, horizon, fits, notes)
        store.write(customers, forecasts, fit_rows(fits, fitted_at))
    for note in notes:
        log(note)
    log(f"{len(customers):,} customers, {len(forecasts):,} forecast weeks, {len(fits)} model fits written "
        f"in {time.perf_counter() - started:.1f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--horizon", type=int, default=int(db.var("forecast_horizon_weeks")),
                        help="forecast weeks (default: the forecast_horizon_weeks var)")
    args = parser.parse_args(argv)
    try:
        return run(args.horizon)
    except clv.FitError as exc:
        print(f"error: predictive step failed, the last good predictions stay in place: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
