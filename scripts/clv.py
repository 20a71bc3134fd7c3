"""Customer lifetime value: BG/NBD and Gamma-Gamma, fitted by maximum likelihood on scipy.

The models (the project's definitions; SPEC "Predictive marts"):
- BG/NBD (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way", Marketing Science
  24(2)): while alive a customer buys at a Poisson rate lambda ~ Gamma(r, alpha); after each
  purchase they drop out with probability p ~ Beta(a, b). Inputs per customer: x repeat purchases,
  t_x the time of the last purchase and T the time observed, both since the first purchase.
- Gamma-Gamma (Fader, Hardie & Lee 2005, "RFM and CLV", JMR 42(4); the p, q, v form of their
  technical note): a customer's spend per purchase averages nu ~ Gamma(q, v), each purchase is
  Gamma(p, nu); fitted on customers with a repeat purchase, on their mean repeat spend.

The fits are checked by their log-likelihood, not by an optimizer's flag: every fit starts from
several points with a bounded quasi-Newton method (L-BFGS-B on log-parameters) and keeps the best
likelihood; the CDNOW test reproduces the published estimates from the raw transaction log.
Time is in weeks (days / 7) as in the literature.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy import optimize, special


class FitError(RuntimeError):
    """A model that could not be fitted: says which model and on how much data."""


class NotIdentified(FitError):
    """The likelihood's maximum lies on a parameter bound: the data cannot tell the parameters apart
    (typically a small shop, or no sign yet of customers dropping out). Not an error of the build:
    the model's predictions are left empty and the build says why."""


@dataclass(frozen=True)
class Histories:
    """Per-customer purchase-day summaries (SPEC: frequency, recency, tenure, mean repeat spend)."""

    customer_id: np.ndarray
    frequency: np.ndarray  # repeat purchase days
    recency: np.ndarray  # last - first purchase day, in days
    tenure: np.ndarray  # observation end - first purchase day, in days
    average_repeat_spend: np.ndarray  # mean day amount over the repeat purchase days; nan if none


def summarize(customer_id, purchase_date, day_amount, observation_end) -> Histories:
    """Build the histories from purchase rows (customer, date, amount) up to `observation_end`.

    `purchase_date` is anything numpy converts to datetime64[D]. Rows of one customer on one day
    are one purchase day (their amounts summed), as in the BG/NBD literature; rows after
    `observation_end` are ignored.
    """
    customer_id = np.asarray(customer_id)
    day = np.asarray(purchase_date, dtype="datetime64[D]")
    amount = np.asarray(day_amount, dtype=float)
    end = np.datetime64(observation_end, "D")
    keep = day <= end
    customer_id, day, amount = customer_id[keep], day[keep], amount[keep]
    order = np.lexsort((day, customer_id))
    customer_id, day, amount = customer_id[order], day[order], amount[order]
    if len(day):  # one purchase per customer and day: several invoices on a day are one purchase
        new_day = np.ones(len(day), dtype=bool)
        new_day[1:] = (customer_id[1:] != customer_id[:-1]) | (day[1:] != day[:-1])
        starts = np.flatnonzero(new_day)
        customer_id, day, amount = customer_id[starts], day[starts], np.add.reduceat(amount, starts)
    ids, start, count = np.unique(customer_id, return_index=True, return_counts=True)
    first = day[start]
    last = day[start + count - 1]
    total = np.add.reduceat(amount, start) if len(start) else np.zeros(0)
    first_amount = amount[start]
    frequency = count - 1
    with np.errstate(invalid="ignore", divide="ignore"):
        average = np.where(frequency > 0, (total - first_amount) / np.maximum(frequency, 1), np.nan)
    return Histories(
        customer_id=ids,
        frequency=frequency.astype(int),
        recency=(last - first).astype(int),
        tenure=(end - first).astype(int),
        average_repeat_spend=average,
    )


def count_purchase_days(customer_id, purchase_date, start, end) -> dict:
    """Purchase days of each customer dated from `start` to `end` inclusive (a holdout window)."""
    day = np.asarray(purchase_date, dtype="datetime64[D]")
    inside = (day >= np.datetime64(start, "D")) & (day <= np.datetime64(end, "D"))
    ids, counts = np.unique(np.asarray(customer_id)[inside], return_counts=True)
    return dict(zip(ids.tolist(), counts.tolist(), strict=True))


# ---------------------------------------------------------------- BG/NBD

@dataclass
class BgNbd:
    r: float
    alpha: float
    a: float
    b: float
    log_likelihood: float = float("nan")
    starts: int = 0
    extra: dict = field(default_factory=dict)

    def params(self) -> dict:
        return {"r": self.r, "alpha": self.alpha, "a": self.a, "b": self.b}

    def probability_alive(self, x, t_x, T):
        x, t_x, T = (np.asarray(v, dtype=float) for v in (x, t_x, T))
        r, alpha, a, b = self.r, self.alpha, self.a, self.b
        log_ratio = np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) + (r + x) * (
            np.log(alpha + T) - np.log(alpha + t_x)
        )
        return np.where(x > 0, 1.0 / (1.0 + np.exp(log_ratio)), 1.0)

    def expected_purchases(self, t, x, t_x, T):
        """E[purchases in (T, T + t] | x, t_x, T] (FHL 2005 eq. 10)."""
        x, t_x, T = (np.asarray(v, dtype=float) for v in (x, t_x, T))
        r, alpha, a, b = self.r, self.alpha, self.a, self.b
        z = t / (alpha + T + t)
        hyp = special.hyp2f1(r + x, b + x, a + b + x - 1, z)
        first = (a + b + x - 1) / (a - 1)
        second = 1 - np.exp((r + x) * (np.log(alpha + T) - np.log(alpha + T + t))) * hyp
        log_ratio = np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) + (r + x) * (
            np.log(alpha + T) - np.log(alpha + t_x)
        )
        denominator = 1 + np.where(x > 0, np.exp(log_ratio), 0.0)
        return first * second / denominator

    def expected_purchases_new(self, t):
        """E[X(t)] for a customer just acquired (FHL 2005 eq. 9)."""
        r, alpha, a, b = self.r, self.alpha, self.a, self.b
        hyp = special.hyp2f1(r, b, a + b - 1, t / (alpha + t))
        return (a + b - 1) / (a - 1) * (1 - (alpha / (alpha + t)) ** r * hyp)


def distinct_counts(x) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of x and, for each customer, the position of theirs (`np.unique`).

    The likelihoods' gamma-function terms depend on the purchase count alone: computed once per
    distinct count (76 on the real data, for 5,881 customers) and spread to the customers, they
    are the same numbers, in a fraction of the time an optimizer's hundreds of evaluations took.
    """
    return np.unique(x, return_inverse=True)


def bg_nbd_log_likelihood(params, x, t_x, T, by_count=None) -> np.ndarray:
    """Each customer's BG/NBD log-likelihood (FHL 2005 eq. 6, in logs); `by_count`: `distinct_counts(x)`."""
    r, alpha, a, b = params
    counts, of_customer = by_count if by_count is not None else distinct_counts(x)
    a1 = (special.gammaln(r + counts) - special.gammaln(r))[of_customer] + r * np.log(alpha)
    a2 = (special.gammaln(a + b) + special.gammaln(b + counts) - special.gammaln(b)
          - special.gammaln(a + b + counts))[of_customer]
    a3 = -(r + x) * np.log(alpha + T)
    with np.errstate(divide="ignore", invalid="ignore"):
        a4 = np.where(
            x > 0,
            np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + t_x),
            -np.inf,
        )
    return a1 + a2 + np.logaddexp(a3, a4)


def _fit(negative_ll, starts, name: str, rows: int) -> tuple[np.ndarray, float, int]:
    """Minimize from every start (log-parameters, bounded L-BFGS-B); keep the best likelihood."""
    best_x, best_value, tried = None, np.inf, 0
    bounds = [(-12.0, 12.0)] * len(starts[0])
    for start in starts:
        tried += 1
        result = optimize.minimize(negative_ll, np.log(start), method="L-BFGS-B", bounds=bounds)
        if np.isfinite(result.fun) and result.fun < best_value:
            best_x, best_value = result.x, result.fun
    if best_x is None:
        raise FitError(f"{name}: no finite log-likelihood from {tried} starting points on {rows:,} customers")
    if np.any(np.abs(best_x) > 11.9):
        raise NotIdentified(
            f"{name}: the likelihood is highest at a parameter bound "
            f"({', '.join(f'{v:.3g}' for v in np.exp(best_x))}) on {rows:,} customers: the data do not identify "
            "the model"
        )
    return np.exp(best_x), -best_value, tried


# a mean drop-out probability after a purchase, a / (a + b), below this is no drop-out at all (CDNOW's is 0.25,
# the real LGS file's and the demo's a few per cent)
MIN_DROPOUT = 1e-5


def fit_bg_nbd(x, t_x, T) -> BgNbd:
    """Maximum-likelihood BG/NBD on repeat purchases x, last purchase time t_x and age T (weeks)."""
    x, t_x, T = (np.asarray(v, dtype=float) for v in (x, t_x, T))
    if len(x) == 0 or not np.any(x > 0):
        raise FitError(f"bg_nbd: needs customers with a repeat purchase; {len(x):,} customers, none repeated")

    by_count = distinct_counts(x)

    def negative_ll(log_params):
        value = -np.sum(bg_nbd_log_likelihood(np.exp(log_params), x, t_x, T, by_count))
        return value if np.isfinite(value) else 1e300

    scale = max(float(np.mean(T)), 1e-6)
    starts = [(1.0, scale, 1.0, 1.0), (0.5, scale / 4, 0.8, 2.5), (2.0, scale * 2, 2.0, 5.0), (0.2, 1.0, 0.5, 0.5)]
    (r, alpha, a, b), ll, tried = _fit(negative_ll, starts, "bg_nbd", len(x))
    if a / (a + b) < MIN_DROPOUT:
        # no sign of dropping out: the likelihood keeps rising along a flat ridge (a -> 0, b -> inf) toward
        # a bound, and where the optimizer stops on it depends on the machine's floating point
        raise NotIdentified(
            f"bg_nbd: the likelihood rises toward a parameter bound (a = {a:.3g}, b = {b:.3g}: a drop-out "
            f"probability of {a / (a + b):.2g} after each purchase, none seen) on {len(x):,} customers: the data "
            "do not identify the model")
    return BgNbd(r, alpha, a, b, log_likelihood=ll, starts=tried)


# ---------------------------------------------------------------- Gamma-Gamma

@dataclass
class GammaGamma:
    p: float
    q: float
    v: float
    log_likelihood: float = float("nan")
    starts: int = 0

    def params(self) -> dict:
        return {"p": self.p, "q": self.q, "v": self.v}

    def population_mean(self) -> float:
        """E[spend per purchase] of a customer about whom nothing is known: p v / (q - 1)."""
        return self.p * self.v / (self.q - 1) if self.q > 1 else float("nan")

    def expected_average_spend(self, x, mean_spend):
        """E[spend per purchase | x repeat purchases averaging mean_spend]; the population mean if x = 0."""
        x = np.asarray(x, dtype=float)
        m = np.nan_to_num(np.asarray(mean_spend, dtype=float))
        return self.p * (self.v + x * m) / (self.p * x + self.q - 1)


def gamma_gamma_log_likelihood(params, x, m, by_count=None) -> np.ndarray:
    """Each customer's Gamma-Gamma log-likelihood of x purchases with mean spend m (x > 0, m > 0);
    `by_count`: `distinct_counts(x)`."""
    p, q, v = params
    counts, of_customer = by_count if by_count is not None else distinct_counts(x)
    pc = p * counts
    px = p * x
    return (
        (special.gammaln(pc + q) - special.gammaln(pc) - special.gammaln(q) + q * np.log(v))[of_customer]
        + (px - 1) * np.log(m) + px * np.log(x) - (px + q) * np.log(v + x * m)
    )


def fit_gamma_gamma(x, mean_spend) -> GammaGamma:
    """Maximum-likelihood Gamma-Gamma on the customers with a repeat purchase and positive spend."""
    x = np.asarray(x, dtype=float)
    m = np.asarray(mean_spend, dtype=float)
    use = (x > 0) & np.isfinite(m) & (m > 0)
    x, m = x[use], m[use]
    if len(x) < 2:
        raise FitError(f"gamma_gamma: needs at least 2 customers with a repeat purchase, found {len(x)}")

    by_count = distinct_counts(x)

    def negative_ll(log_params):
        value = -np.sum(gamma_gamma_log_likelihood(np.exp(log_params), x, m, by_count))
        return value if np.isfinite(value) else 1e300

    mean = float(np.mean(m))
    starts = [(1.0, 2.0, mean), (5.0, 4.0, mean), (2.0, 10.0, mean * 10), (10.0, 1.5, mean / 5), (0.5, 3.0, mean)]
    (p, q, v), ll, tried = _fit(negative_ll, starts, "gamma_gamma", len(x))
    return GammaGamma(p, q, v, log_likelihood=ll, starts=tried)
