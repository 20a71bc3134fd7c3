"""The predictive step: the customer models against the published CDNOW benchmark and hand-computed
cases, the forecasts on series whose answer is known, and the predictive marts built by dbt
against an independent computation on the demo data.
"""

from __future__ import annotations

import math
import sys
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest

from scripts import clv
from scripts import forecast as fc

CDNOW = Path(__file__).parent / "data" / "cdnow"

# Published: Fader, Hardie & Lee (2005), Marketing Science 24(2) and JMR 42(4) (pytests/data/cdnow/README.md)
PUBLISHED_BG_NBD = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}
PUBLISHED_LL = -9582.4
PUBLISHED_GAMMA_GAMMA = {"p": 6.25, "q": 3.74, "v": 15.44}


def _cdnow_histories() -> clv.Histories:
    """From the raw transaction log (customer, date, CDs, dollars), calibration to 1997-09-30."""
    rows = [line.split() for line in (CDNOW / "CDNOW_sample.txt").read_text().splitlines() if line.strip()]
    customers = [int(r[1]) for r in rows]
    days = [f"{r[2][:4]}-{r[2][4:6]}-{r[2][6:]}" for r in rows]
    return clv.summarize(customers, days, [float(r[4]) for r in rows], "1997-09-30")


@pytest.fixture(scope="module")
def cdnow():
    h = _cdnow_histories()
    bg = clv.fit_bg_nbd(h.frequency, h.recency / 7, h.tenure / 7)
    gg = clv.fit_gamma_gamma(h.frequency, h.average_repeat_spend)
    return h, bg, gg


def test_cdnow_calibration_summary_matches_the_papers(cdnow) -> None:
    h, _, _ = cdnow
    published = np.genfromtxt(CDNOW / "cdnow_customers_summary_with_transactions.csv", delimiter=",", names=True)
    order = np.argsort(published["ID"])
    assert np.array_equal(h.customer_id, published["ID"][order].astype(int))
    assert np.array_equal(h.frequency, published["x"][order].astype(int))
    assert np.abs(h.recency / 7 - published["t_x"][order]).max() < 0.006  # printed to 2 decimals
    assert np.abs(h.tenure / 7 - published["T"][order]).max() < 0.006
    assert np.abs(np.nan_to_num(h.average_repeat_spend) - published["zbar"][order]).max() < 0.006


def test_cdnow_bg_nbd_reproduces_the_published_fit(cdnow) -> None:
    _, bg, _ = cdnow
    for name, value in PUBLISHED_BG_NBD.items():
        assert getattr(bg, name) == pytest.approx(value, rel=0.01), name
    assert bg.log_likelihood == pytest.approx(PUBLISHED_LL, abs=0.5)
    # the expectations published with the `lifetimes` package's tests for this fit
    for weeks, expected in ((1, 0.0532), (3, 0.1506), (32, 1.0437), (78, 1.8576)):
        assert float(bg.expected_purchases_new(weeks)) == pytest.approx(expected, rel=0.005)
    assert float(bg.expected_purchases(39, 2, 30.43, 38.86)) == pytest.approx(1.226, rel=0.005)


def test_cdnow_gamma_gamma_reproduces_the_published_fit(cdnow) -> None:
    h, _, gg = cdnow
    assert int(np.sum(h.frequency > 0)) == 946
    for name, value in PUBLISHED_GAMMA_GAMMA.items():
        assert getattr(gg, name) == pytest.approx(value, rel=0.01), name


# ---------------------------------------------------------------- formulas on hand-computed cases

MODEL = clv.BgNbd(r=0.243, alpha=4.414, a=0.793, b=2.426)


def _hyp2f1_series(a: float, b: float, c: float, z: float) -> float:
    """Gauss's hypergeometric series, summed term by term (|z| < 1): independent of scipy."""
    total, term, k = 1.0, 1.0, 0
    while abs(term) > 1e-15:
        term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z
        total += term
        k += 1
    return total


def test_no_repeat_purchase_is_alive_and_expects_the_new_customer_rate() -> None:
    r, alpha, a, b = MODEL.r, MODEL.alpha, MODEL.a, MODEL.b
    assert float(MODEL.probability_alive(0, 0, 30)) == 1.0
    t, T = 10.0, 30.0
    z = t / (alpha + T + t)
    by_hand = (a + b - 1) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** r * _hyp2f1_series(r, b, a + b - 1, z))
    assert float(MODEL.expected_purchases(t, 0, 0, T)) == pytest.approx(by_hand, rel=1e-9)
    # a customer observed for no time at all expects what a new customer expects
    new_customer = float(MODEL.expected_purchases_new(t))
    assert float(MODEL.expected_purchases(t, 0, 0, 0)) == pytest.approx(new_customer, rel=1e-9)


def test_a_customer_last_seen_long_ago_is_probably_lost() -> None:
    r, alpha, a, b = MODEL.r, MODEL.alpha, MODEL.a, MODEL.b
    x, t_x, T = 4, 5.0, 70.0
    by_hand = 1 / (1 + a / (b + x - 1) * ((alpha + T) / (alpha + t_x)) ** (r + x))
    p_lost = float(MODEL.probability_alive(x, t_x, T))
    assert p_lost == pytest.approx(by_hand, rel=1e-12)
    assert p_lost < 0.01
    # the same purchases, the last one just before the end of observation: very likely alive
    assert float(MODEL.probability_alive(x, 69.0, T)) > 0.8
    # expected purchases fall with the probability of being alive
    assert float(MODEL.expected_purchases(52, x, t_x, T)) < 0.05 * float(MODEL.expected_purchases(52, x, 69.0, T))


def test_bg_nbd_likelihood_matches_its_closed_form() -> None:
    r, alpha, a, b = MODEL.r, MODEL.alpha, MODEL.a, MODEL.b
    x, t_x, T = 3, 20.0, 35.0

    def beta(p, q):
        return math.exp(math.lgamma(p) + math.lgamma(q) - math.lgamma(p + q))

    common = math.exp(math.lgamma(r + x) - math.lgamma(r)) * alpha ** r
    by_hand = (beta(a, b + x) / beta(a, b) * common / (alpha + T) ** (r + x)
               + beta(a + 1, b + x - 1) / beta(a, b) * common / (alpha + t_x) ** (r + x))
    ours = clv.bg_nbd_log_likelihood((r, alpha, a, b), np.array([x]), np.array([t_x]), np.array([T]))[0]
    assert ours == pytest.approx(math.log(by_hand), rel=1e-10)


def test_likelihoods_by_distinct_count_equal_each_customer_alone() -> None:
    """The gamma terms computed once per distinct purchase count give every customer the very same
    number as evaluating that customer alone (the fits' path, and so their results, do not move)."""
    rng = np.random.default_rng(7)
    x = rng.integers(0, 12, size=400).astype(float)
    T = rng.uniform(1, 100, size=400)
    t_x = np.where(x > 0, T * rng.uniform(0, 1, size=400), 0.0)
    m = rng.gamma(2.0, 50.0, size=400)
    bg, gg = (0.24, 4.4, 0.79, 2.4), (6.25, 3.74, 15.44)
    together = clv.bg_nbd_log_likelihood(bg, x, t_x, T, clv.distinct_counts(x))
    alone = [clv.bg_nbd_log_likelihood(bg, x[i:i + 1], t_x[i:i + 1], T[i:i + 1])[0] for i in range(400)]
    assert len(np.unique(x)) < 20 and together.tolist() == alone
    buyers = x > 0
    together = clv.gamma_gamma_log_likelihood(gg, x[buyers], m[buyers], clv.distinct_counts(x[buyers]))
    alone = [clv.gamma_gamma_log_likelihood(gg, x[i:i + 1], m[i:i + 1])[0] for i in np.flatnonzero(buyers)]
    assert together.tolist() == alone


def test_gamma_gamma_population_mean_and_shrinkage() -> None:
    gg = clv.GammaGamma(p=6.25, q=3.74, v=15.44)
    population = 6.25 * 15.44 / (3.74 - 1)
    assert gg.population_mean() == pytest.approx(population)
    assert float(gg.expected_average_spend(0, np.nan)) == pytest.approx(population)
    # a weighted mean of the population mean and the customer's own mean
    x, m = 3, 50.0
    weight = 6.25 * x / (6.25 * x + 3.74 - 1)
    assert float(gg.expected_average_spend(x, m)) == pytest.approx(weight * m + (1 - weight) * population)
    assert population < float(gg.expected_average_spend(x, m)) < m


def test_summarize_counts_purchase_days_not_invoices() -> None:
    h = clv.summarize([1, 1, 1, 2, 3, 3], ["2011-01-01", "2011-01-01", "2011-01-11", "2011-01-05",
                                           "2011-01-02", "2011-02-01"],
                      [10, 5, 20, 7, 1, 2], "2011-01-31")
    assert h.customer_id.tolist() == [1, 2, 3]
    assert h.frequency.tolist() == [1, 0, 0]  # two invoices on 1 January are one purchase; 1 Feb is after the end
    assert h.recency.tolist() == [10, 0, 0]
    assert h.tenure.tolist() == [30, 26, 29]
    assert h.average_repeat_spend[0] == 20 and np.isnan(h.average_repeat_spend[1])


def test_gamma_gamma_fit_reaches_the_likelihood_of_the_truth_on_heavy_tailed_spend() -> None:
    """LGS-like spend (a few huge wholesale days): the fit's likelihood is at least the true parameters'."""
    rng = np.random.default_rng(3)
    p, q, v = 2.2, 3.5, 450.0
    nu = rng.gamma(q, 1 / v, size=3000)
    x = rng.integers(1, 30, size=3000)
    spend = np.array([rng.gamma(p, 1 / n, size=k).mean() for n, k in zip(nu, x, strict=True)])
    fit = clv.fit_gamma_gamma(x, spend)
    truth = clv.gamma_gamma_log_likelihood((p, q, v), x.astype(float), spend).sum()
    assert fit.log_likelihood >= truth
    assert fit.p == pytest.approx(p, rel=0.15) and fit.q == pytest.approx(q, rel=0.25)


def test_customers_who_never_drop_out_do_not_identify_bg_nbd() -> None:
    """Everyone bought on the last day: no sign of dropping out, the maximum lies on a bound."""
    rng = np.random.default_rng(1)
    x = rng.integers(1, 20, 200)
    with pytest.raises(clv.NotIdentified, match=r"bg_nbd: .* bound .* 200 customers"):
        clv.fit_bg_nbd(x, np.full(200, 50.0), np.full(200, 50.0))


def test_a_model_the_data_cannot_identify_fails_naming_the_model_and_size() -> None:
    # nobody ever repeats: nothing to fit
    with pytest.raises(clv.FitError, match=r"bg_nbd.*3 customers"):
        clv.fit_bg_nbd([0, 0, 0], [0, 0, 0], [5, 6, 7])
    with pytest.raises(clv.FitError, match=r"gamma_gamma.*found 1"):
        clv.fit_gamma_gamma([0, 2, 0], [np.nan, 10.0, np.nan])


# ---------------------------------------------------------------- forecasts

def _seasonal(weeks: int, growth: float, noise: float = 0.0, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    t = np.arange(weeks)
    season = 100 + 50 * np.sin(2 * np.pi * t / 52)
    return season * (1 + growth) ** (t / 52) * (1 + noise * rng.standard_normal(weeks))


def test_seasonal_growth_forecast_continues_a_steady_trend() -> None:
    y = _seasonal(120, growth=0.0)
    out = fc.forecast(y, fc.choose(y, "net_sales"))
    expected = 100 + 50 * np.sin(2 * np.pi * np.arange(120, 133) / 52)
    # a pure seasonal series: last year's three weeks around the same week, no growth
    smoothed = np.array([y[120 - 52 + i - 1:120 - 52 + i + 2].mean() for i in range(13)])
    assert np.allclose(out["forecast"][0], smoothed)
    assert np.abs(out["forecast"][0] - expected).max() < 0.5  # the smoothing's bias on a sine is small
    assert out["method"][0] == "seasonal_naive_growth"


def test_short_series_fall_back_and_are_not_an_error() -> None:
    short = np.array([[5.0, 6.0, 7.0, 6.0, 5.0, 6.0, 7.0, 6.0, 5.0, 6.0, 7.0, 6.0, 5.0, 6.0]])
    out = fc.forecast(short, fc.choose(short, "net_sales"))
    assert out["method"][0] == "mean_13"
    assert np.allclose(out["forecast"], short[0, -13:].mean())
    assert np.isnan(out["lower_80"]).all()  # too few backtest errors for honest intervals
    one = np.array([[3.0]])
    assert np.allclose(fc.forecast(one, fc.choose(one, "net_sales"))["forecast"], 3.0)


def test_backtested_intervals_cover_what_they_claim() -> None:
    """On noisy seasonal series, held-out weeks fall inside the 80% / 95% intervals about that often."""
    series = np.array([_seasonal(130, growth=0.1, noise=0.15, seed=s) for s in range(60)])
    train, actual = series[:, :-13], series[:, -13:]
    out = fc.forecast(train, fc.choose(train, "units_sold"), floor=0.0)
    inside80 = np.mean((actual >= out["lower_80"]) & (actual <= out["upper_80"]))
    inside95 = np.mean((actual >= out["lower_95"]) & (actual <= out["upper_95"]))
    assert 0.7 <= inside80 <= 0.9, inside80
    assert 0.9 <= inside95 <= 0.99, inside95


# ---------------------------------------------------------------- the marts, built by dbt

def test_customer_histories_match_an_independent_computation(built) -> None:
    wh, _, ref = built
    expected = ref.purchase_histories()
    rows = wh.query("select customer_id, frequency, recency_days, tenure_days, average_repeat_spend, "
                    "probability_alive, expected_purchases_365d, expected_average_spend, predicted_revenue_365d, "
                    "churn_risk_band from marts.customer_lifetime_value")
    assert {r[0] for r in rows} == set(expected)  # every customer with a sale invoice, no one else
    for cid, freq, recency, tenure, spend, alive, e365, avg_spend, revenue, band in rows:
        e = expected[cid]
        assert (freq, recency, tenure) == (e["frequency"], e["recency_days"], e["tenure_days"]), cid
        if e["average_repeat_spend"] is None:
            assert spend is None
        else:
            assert abs(spend - e["average_repeat_spend"]) <= Decimal("0.005"), cid
        assert 0 <= alive <= 1 and e365 >= 0
        assert abs(revenue - e365 * avg_spend) <= Decimal("0.05") + Decimal("0.0001") * abs(revenue)
        expected_band = "active" if alive >= Decimal("0.7") else "at risk" if alive >= Decimal("0.3") else "likely lost"
        assert band == expected_band


def test_model_fits_are_recorded_with_their_holdout(built) -> None:
    wh, _, _ = built
    fits = {r[0]: r[1:] for r in wh.query(
        "select model, training_rows, parameters, log_likelihood, holdout_metric from marts.predictive_model_fits")}
    assert set(fits) == {"bg_nbd", "gamma_gamma", "forecast_net_sales", "forecast_units_sold"}
    rows, params, ll, metric = fits["bg_nbd"]
    assert rows == wh.scalar("select count(*) from marts.customer_lifetime_value")
    assert {"r", "alpha", "a", "b"} <= set(params) and ll < 0
    assert metric == "total_repeat_purchase_days_error_pct"
    backtest = fits["forecast_net_sales"][1]["backtest_mase"]
    assert {"naive", "mean_13"} <= set(backtest) and all(v > 0 for v in backtest.values())
    assert fits["forecast_units_sold"][1]["method"] == "mean_13_seasonal"


def test_forecast_history_is_weekly_net_sales_then_thirteen_forecast_weeks(built) -> None:
    wh, _, ref = built
    expected = ref.weekly_net_sales()
    history = dict(wh.query("select week_start, actual from marts.fct_sales_forecast "
                            "where series = 'all' and actual is not null"))
    assert history == expected
    future = wh.query("select week_start, forecast, lower_95, upper_95 from marts.fct_sales_forecast "
                      "where series = 'all' and actual is null order by week_start")
    last = max(expected)
    assert [r[0] for r in future] == [last + timedelta(weeks=k) for k in range(1, 14)]
    products = wh.query("select count(distinct series), count(*) filter (where actual is null) "
                        "from marts.fct_sales_forecast where measure = 'units_sold'")[0]
    class_a = wh.scalar("select count(*) from marts.product_rankings where abc_class = 'A'")
    assert products == (class_a, 13 * class_a)
    assert wh.scalar("select min(forecast) from marts.fct_sales_forecast where measure = 'units_sold'") >= 0


def test_win_back_list_can_be_ordered_by_value_at_risk(built) -> None:
    wh, _, _ = built
    missing = wh.scalar(
        "select count(*) from marts.campaign_audiences as a join marts.customer_lifetime_value as v "
        "using (customer_id) where a.predicted_revenue_365d is distinct from v.predicted_revenue_365d "
        "or a.probability_alive is distinct from v.probability_alive "
        "or a.churn_risk_band is distinct from v.churn_risk_band")
    assert missing == 0
    assert wh.scalar("select count(predicted_revenue_365d) from marts.campaign_audiences "
                     "where campaign = 'win-back'") > 0


def test_a_failed_fit_keeps_the_last_good_predictions(built) -> None:
    wh, _, _ = built
    before = wh.query("select count(*), max(fitted_at) from marts.predictive_model_fits")
    clv_before = wh.query("select sum(predicted_revenue_365d) from marts.customer_lifetime_value")
    failed = wh.run(sys.executable, "-c",
                    "import sys; from scripts import clv, predict\n"
                    "def refuse(*a, **k): raise clv.FitError('bg_nbd: did not converge on 42 customers')\n"
                    "clv.fit_bg_nbd = refuse\n"
                    "sys.exit(predict.main([]))", check=False)
    assert failed.returncode == 1
    assert "bg_nbd: did not converge on 42 customers" in failed.stderr
    assert "last good predictions stay in place" in failed.stderr
    # the predictive tables are untouched, so the marts rebuilt from them are the same
    wh.dbt("build", "--select", "source:predictions+", "--exclude-resource-type", "unit_test")
    assert wh.query("select count(*), max(fitted_at) from marts.predictive_model_fits") == before
    assert wh.query("select sum(predicted_revenue_365d) from marts.customer_lifetime_value") == clv_before
