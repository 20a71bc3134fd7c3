"""Weekly sales and demand forecasts: simple seasonal models, chosen by backtest, intervals from backtested errors.

The series of one measure form a matrix: one row per series, one column per complete Monday
week, oldest first, zeros where nothing sold. Candidates (NaN where a series' history does not
allow them):
- `naive`: the last week repeated.
- `mean_13`: the mean of the last 13 weeks.
- `seasonal_naive`: the same week a year (52 weeks) earlier.
- `seasonal_naive_smoothed`: the mean of the same week a year earlier and its two neighbours
  (the three-week mean absorbs holidays moving by a weekday each year, and halves the noise).
- `seasonal_naive_growth`: `seasonal_naive_smoothed` times the year-over-year growth of the
  last 13 weeks (their sum over the sum of the same 13 weeks a year earlier).
- `mean_13_seasonal`: `mean_13` times the season of the measure's total: the total's
  `seasonal_naive_smoothed` over its mean in the 13 weeks before the same week a year earlier.

Backtest: rolling origins (every week after which at least one week of actuals remains, up to 13
weeks ahead), MASE scaled by the in-sample mean absolute one-week change (Hyndman & Koehler 2006),
compared on the forecasts every candidate could make. Each measure's method (`METHODS`) was
chosen on the backtest and holdout of the real data and is recorded with every candidate's
backtest MASE at each build; a series that cannot use it (too short, nothing sold a year
earlier) falls back along `PREFERENCE`. Prediction
intervals are the empirical quantiles of the chosen method's backtest errors (all horizons and
series of the measure pooled, each error relative to its forecast, or to the series' typical
weekly change where the forecast is smaller), so an 80% interval covers what 80% of past forecasts
missed by; a model's own Gaussian intervals covered far less than they claimed on this data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

HORIZON = 13
SEASON = 52
GROWTH_WEEKS = 13
QUANTILES = {"lower_95": 0.025, "lower_80": 0.10, "upper_80": 0.90, "upper_95": 0.975}
MIN_ERRORS = 20  # fewer backtest errors than this: no intervals


def _naive(train: np.ndarray, h: int) -> np.ndarray:
    return np.repeat(train[:, -1:], h, axis=1)


def _mean_13(train: np.ndarray, h: int) -> np.ndarray:
    if train.shape[1] < 13:
        return np.full((train.shape[0], h), np.nan)
    return np.repeat(train[:, -13:].mean(axis=1, keepdims=True), h, axis=1)


def _seasonal_naive(train: np.ndarray, h: int) -> np.ndarray:
    n = train.shape[1]
    if n < SEASON or h > SEASON:
        return np.full((train.shape[0], h), np.nan)
    return train[:, n - SEASON:n - SEASON + h].copy()


def _seasonal_naive_smoothed(train: np.ndarray, h: int) -> np.ndarray:
    n = train.shape[1]
    if n < SEASON + 1 or h > SEASON - 1:
        return np.full((train.shape[0], h), np.nan)
    start = n - SEASON
    return (train[:, start - 1:start - 1 + h] + train[:, start:start + h] + train[:, start + 1:start + 1 + h]) / 3


def _seasonal_naive_growth(train: np.ndarray, h: int) -> np.ndarray:
    n = train.shape[1]
    if n < SEASON + GROWTH_WEEKS or h > SEASON - 1:
        return np.full((train.shape[0], h), np.nan)
    before = train[:, n - SEASON - GROWTH_WEEKS:n - SEASON].sum(axis=1, keepdims=True)
    recent = train[:, n - GROWTH_WEEKS:].sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        growth = np.where(before > 0, recent / before, np.nan)
    return _seasonal_naive_smoothed(train, h) * growth


def _mean_13_seasonal(train: np.ndarray, h: int) -> np.ndarray:
    n = train.shape[1]
    if n < SEASON + GROWTH_WEEKS or h > SEASON - 1:
        return np.full((train.shape[0], h), np.nan)
    total = train.sum(axis=0, keepdims=True)
    before = total[:, n - SEASON - GROWTH_WEEKS:n - SEASON].mean()
    if before <= 0:
        return np.full((train.shape[0], h), np.nan)
    index = _seasonal_naive_smoothed(total, h) / before
    return _mean_13(train, h) * index


CANDIDATES: dict[str, Callable[[np.ndarray, int], np.ndarray]] = {
    "naive": _naive,
    "mean_13": _mean_13,
    "seasonal_naive": _seasonal_naive,
    "seasonal_naive_smoothed": _seasonal_naive_smoothed,
    "seasonal_naive_growth": _seasonal_naive_growth,
    "mean_13_seasonal": _mean_13_seasonal,
}
# Tried in this order when a series cannot use its measure's method.
PREFERENCE = (
    "seasonal_naive_growth", "mean_13_seasonal", "seasonal_naive_smoothed", "seasonal_naive", "mean_13", "naive",
)
# Each measure's method, chosen by backtest on the whole real data set (README "Predictive
# marts"): net sales follow last year's weeks scaled by this year's growth; a product's units
# follow its own last 13 weeks, shaped by the season of all class-A units together (a product's
# own last year is too noisy, and often missing, to lean on).
METHODS = {"net_sales": "seasonal_naive_growth", "units_sold": "mean_13_seasonal"}
BASELINE = "seasonal_naive"  # the naive model a forecast must beat (its holdout baseline)


def mase_scale(train: np.ndarray) -> np.ndarray:
    """In-sample mean absolute one-week change of each series: the denominator of MASE."""
    train = np.atleast_2d(train)
    if train.shape[1] < 2:
        return np.zeros(train.shape[0])
    return np.mean(np.abs(np.diff(train, axis=1)), axis=1)


def mase(train: np.ndarray, actual: np.ndarray, forecast: np.ndarray) -> np.ndarray:
    """MASE of each series' forecast (NaN where the series never changed)."""
    scale = mase_scale(train)
    error = np.mean(np.abs(np.atleast_2d(actual) - np.atleast_2d(forecast)), axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(scale > 0, error / scale, np.nan)


def error_unit(forecast: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """What an error is measured in: the forecast where it exceeds the series' typical weekly change."""
    return np.maximum(np.abs(forecast), np.asarray(scale).reshape(-1, 1))


def predict(train: np.ndarray, method: str, h: int) -> tuple[np.ndarray, np.ndarray]:
    """Each series' forecast by `method`, falling back along PREFERENCE; and the method each used."""
    train = np.atleast_2d(train)
    result = CANDIDATES[method](train, h)
    used = np.where(np.isnan(result).any(axis=1), "", method).astype(object)
    for fallback in PREFERENCE[PREFERENCE.index(method) + 1 if method in PREFERENCE else 0:]:
        missing = used == ""
        if not missing.any():
            break
        alternative = CANDIDATES[fallback](train[missing], h)
        ok = ~np.isnan(alternative).any(axis=1)
        rows = np.flatnonzero(missing)[ok]
        result[rows] = alternative[ok]
        used[rows] = fallback
    return result, used


@dataclass
class Backtest:
    mase: dict[str, float]  # mean MASE of each candidate over the forecasts all could make
    errors: dict[str, np.ndarray]  # each candidate's relative errors, every origin and horizon


def backtest(series: np.ndarray, h: int = HORIZON, methods=None) -> Backtest:
    """Rolling-origin backtest of the candidates on every series of a measure."""
    series = np.atleast_2d(series)
    n = series.shape[1]
    # compare the candidates the history allows at all (at the last origin)
    methods = [m for m in (methods or CANDIDATES) if n > 2 and not np.isnan(CANDIDATES[m](series[:, :n - 1], 1)).all()]
    totals = {m: [] for m in methods}
    errors = {m: [] for m in methods}
    for origin in range(2, n):
        train, actual = series[:, :origin], series[:, origin:origin + h]
        steps = actual.shape[1]
        scale = mase_scale(train)
        forecasts = {m: CANDIDATES[m](train, steps) for m in methods}
        comparable = scale > 0
        for f in forecasts.values():
            comparable &= ~np.isnan(f).any(axis=1)
        for m, f in forecasts.items():
            usable = ~np.isnan(f).any(axis=1) & (scale > 0)
            if usable.any():
                errors[m].append(((actual - f)[usable] / error_unit(f[usable], scale[usable])).ravel())
            if comparable.any():
                totals[m].append(mase(train[comparable], actual[comparable], f[comparable]))
    return Backtest(
        mase={m: float(np.mean(np.concatenate(v))) for m, v in totals.items() if v},
        errors={m: np.concatenate(v) if v else np.zeros(0) for m, v in errors.items()},
    )


@dataclass
class Choice:
    method: str
    backtest_mase: dict[str, float]
    error_quantiles: dict[str, float]
    errors: int


def choose(series: np.ndarray, measure: str, h: int = HORIZON) -> Choice:
    """The measure's method (METHODS), every candidate's backtest MASE, the method's error quantiles."""
    result = backtest(series, h)
    scored = {m: v for m, v in result.mase.items() if np.isfinite(v)}
    method = METHODS[measure]
    errors = result.errors.get(method, np.zeros(0))
    quantiles = {k: float(np.quantile(errors, q)) for k, q in QUANTILES.items()} if len(errors) >= MIN_ERRORS else {}
    return Choice(method, {m: round(v, 4) for m, v in scored.items()}, quantiles, len(errors))


def forecast(series: np.ndarray, choice: Choice, h: int = HORIZON, floor: float | None = None) -> dict:
    """Every series' forecast by the chosen method, with intervals (NaN where not estimable)."""
    series = np.atleast_2d(series)
    point, used = predict(series, choice.method, h)
    unit = error_unit(point, mase_scale(series))
    out = {"forecast": point, "method": used}
    for name in QUANTILES:
        if name in choice.error_quantiles:
            out[name] = point + choice.error_quantiles[name] * unit
        else:
            out[name] = np.full_like(point, np.nan)
    if floor is not None:
        for name in ("forecast", *QUANTILES):
            out[name] = np.where(np.isnan(out[name]), np.nan, np.maximum(out[name], floor))
    return out
