"""Render the marketing report: one self-contained HTML file of charts read from the marts only.

    python -m scripts.report [--output report/lgs_report.html] [--schema marts]

The file embeds plotly.js, so it opens offline in any browser. Each chart has a title, labelled
axes with units and one line saying what it shows.
"""

from __future__ import annotations

import argparse
import html
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import plotly.graph_objects as go
from plotly.subplots import make_subplots
from psycopg import sql

from scripts import db

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = PROJECT_DIR / "report" / "lgs_report.html"
COLOURS = {"A": "#1b7837", "B": "#f1a340", "C": "#b2182b"}
BLUE, RED, GREY, GREEN = "#2166ac", "#d6604d", "#969696", "#1b7837"


def fetch(conn, schema: str, query: str) -> list[tuple]:
    """Run a query whose `{marts}` placeholder names the marts schema."""
    return conn.execute(sql.SQL(query).format(marts=sql.Identifier(schema))).fetchall()


def _f(value) -> float:
    return float(value) if isinstance(value, Decimal) else value


def _layout(fig: go.Figure, title: str, height: int = 420, legend_below: bool = False) -> go.Figure:
    legend = ({"orientation": "h", "y": -0.22, "x": 0} if legend_below
              else {"orientation": "h", "y": 1.1, "x": 1, "xanchor": "right"})
    fig.update_layout(title={"text": title, "x": 0.01}, height=height, template="plotly_white",
                      margin={"l": 70, "r": 30, "t": 80, "b": 90 if legend_below else 60}, legend=legend)
    return fig


def _months(rows: list[tuple]) -> list[str]:
    """Month labels ('Dec 2010') for a categorical axis: one bar per month, never a date gap."""
    return [f"{r[0]:%b %Y}" for r in rows]


def invoice_distribution(conn, schema: str) -> tuple[go.Figure, str]:
    amounts = [_f(r[0]) for r in fetch(conn, schema, "select invoice_amount from {marts}.fct_invoices "
                                       "where invoice_type = 'sale' order by invoice_amount")]
    cut = amounts[: max(1, int(len(amounts) * 0.85))]
    fig = make_subplots(rows=2, cols=2, row_heights=[0.7, 0.3], vertical_spacing=0.12,
                        subplot_titles=("All sale invoices", "Without the largest 15%", "", ""))
    fig.add_trace(go.Histogram(x=amounts, nbinsx=60, marker_color=BLUE, name="all invoices"), 1, 1)
    fig.add_trace(go.Histogram(x=cut, nbinsx=60, marker_color=GREEN, name="largest 15% removed"), 1, 2)
    fig.add_trace(go.Box(x=amounts, marker_color=BLUE, name="all", boxmean=True, showlegend=False), 2, 1)
    fig.add_trace(go.Box(x=cut, marker_color=GREEN, name="trimmed", boxmean=True, showlegend=False), 2, 2)
    for col in (1, 2):
        fig.update_xaxes(title_text="Invoice amount (£)", row=2, col=col)
        fig.update_yaxes(title_text="Invoices", row=1, col=col)
    median = sorted(amounts)[len(amounts) // 2] if amounts else 0
    caption = (f"How big orders are: {len(amounts):,} sale invoices, median £{median:,.0f}; a few large wholesale "
               "orders stretch the scale, so the right-hand side drops the largest 15%.")
    return _layout(fig, "Invoice amount distribution", 620, legend_below=True), caption


def monthly(conn, schema: str) -> list[tuple]:
    return fetch(conn, schema, "select month, placed_orders, cancelled_orders, net_sales, net_sales_growth_pct, "
                 "active_customers, new_customers, returning_customers from {marts}.fct_monthly_sales order by month")


def orders_chart(rows: list[tuple]) -> tuple[go.Figure, str]:
    months = _months(rows)
    fig = go.Figure([
        go.Bar(x=months, y=[r[1] for r in rows], name="placed orders", marker_color=BLUE),
        go.Bar(x=months, y=[r[2] for r in rows], name="cancelled orders", marker_color=RED),
    ])
    fig.update_layout(barmode="group", xaxis_title="Month", yaxis_title="Orders (invoices)")
    total_placed = sum(r[1] for r in rows) or 1
    caption = (f"Orders placed and cancelled each month; {100 * sum(r[2] for r in rows) / total_placed:.1f}% "
               "as many cancellations as orders over the period.")
    return _layout(fig, "Monthly placed vs cancelled orders"), caption


def sales_chart(rows: list[tuple]) -> tuple[go.Figure, str]:
    months = _months(rows)
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    fig.add_trace(go.Bar(x=months, y=[_f(r[3]) for r in rows], name="net sales (£)", marker_color=BLUE),
                  secondary_y=False)
    fig.add_trace(go.Scatter(x=months, y=[_f(r[4]) for r in rows], name="growth vs previous month (%)",
                             mode="lines+markers", line={"color": RED}), secondary_y=True)
    fig.update_xaxes(title_text="Month")
    fig.update_yaxes(title_text="Net sales (£)", secondary_y=False)
    fig.update_yaxes(title_text="Month-over-month growth (%)", secondary_y=True, zeroline=True)
    best = max(rows, key=lambda r: r[3]) if rows else None
    caption = (f"Net sales (sales less returns) per month and their growth; the best month was "
               f"{best[0]:%B %Y} at £{_f(best[3]):,.0f}." if best else "No sales yet.")
    return _layout(fig, "Monthly net sales and growth"), caption


def customers_chart(rows: list[tuple]) -> tuple[go.Figure, str]:
    months = _months(rows)
    fig = go.Figure([
        go.Bar(x=months, y=[r[6] for r in rows], name="new customers", marker_color=GREEN),
        go.Bar(x=months, y=[r[7] for r in rows], name="returning customers", marker_color=BLUE),
        go.Scatter(x=months, y=[r[5] for r in rows], name="active customers", mode="lines+markers",
                   line={"color": "black"}),
    ])
    fig.update_layout(barmode="stack", xaxis_title="Month", yaxis_title="Customers")
    caption = "Customers who ordered each month, split into first-time (new) and returning; guests are not counted."
    return _layout(fig, "Monthly active, new and returning customers"), caption


def segments_chart(conn, schema: str) -> tuple[go.Figure, str, list[tuple]]:
    rows = fetch(conn, schema, "select segment, count(*), sum(monetary), min(recommended_action) "
                 "from {marts}.customer_rfm group by segment order by sum(monetary) desc")
    names = [r[0] for r in rows]
    fig = make_subplots(rows=1, cols=2, subplot_titles=("Customers per segment", "Net revenue per segment"))
    fig.add_trace(go.Bar(x=names, y=[r[1] for r in rows], marker_color=BLUE, name="customers"), 1, 1)
    fig.add_trace(go.Bar(x=names, y=[_f(r[2]) for r in rows], marker_color=GREEN, name="net revenue (£)"), 1, 2)
    fig.update_yaxes(title_text="Customers", row=1, col=1)
    fig.update_yaxes(title_text="Net revenue (£)", row=1, col=2)
    fig.update_xaxes(title_text="RFM segment", tickangle=-30)
    fig.update_layout(showlegend=False)
    total = sum(_f(r[2]) for r in rows) or 1
    top = rows[0] if rows else None
    caption = (f"Customers by RFM segment and what they spent; {top[0]} bring {100 * _f(top[2]) / total:.0f}% of "
               "customer revenue. The table below says what to do with each segment." if top else "")
    return _layout(fig, "RFM segments: customers and revenue", 480), caption, rows


def products_chart(conn, schema: str) -> tuple[go.Figure, str]:
    rows = fetch(conn, schema, "select stock_code, coalesce(product_name, stock_code), net_revenue, abc_class "
                 "from {marts}.product_rankings order by revenue_rank, stock_code")
    top = rows[:20][::-1]
    fig = make_subplots(rows=1, cols=2, column_widths=[0.55, 0.45], horizontal_spacing=0.28,
                        subplot_titles=("Top 20 products by net revenue", "Revenue Pareto curve"))
    for cls in ("A", "B", "C"):
        picked = [r for r in top if r[3] == cls]
        if picked:
            fig.add_trace(go.Bar(y=[f"{r[1][:32]} ({r[0]})" for r in picked], x=[_f(r[2]) for r in picked],
                                 orientation="h", marker_color=COLOURS[cls], name=f"class {cls}"), 1, 1)
    positive = [max(_f(r[2]), 0.0) for r in rows]
    total = sum(positive) or 1.0
    running, share = 0.0, []
    for value in positive:
        running += value
        share.append(100 * running / total)
    ranks = list(range(1, len(rows) + 1))
    fig.add_trace(go.Scatter(x=ranks, y=share, mode="lines", line={"color": BLUE}, name="cumulative share"), 1, 2)
    for level, label in ((80, "A/B 80%"), (95, "B/C 95%")):
        fig.add_hline(y=level, line_dash="dot", line_color=GREY, annotation_text=label, row=1, col=2)
    fig.update_xaxes(title_text="Net revenue (£)", row=1, col=1)
    fig.update_yaxes(categoryorder="array", categoryarray=[f"{r[1][:32]} ({r[0]})" for r in top], row=1, col=1)
    fig.update_xaxes(title_text="Products, by net revenue rank", row=1, col=2)
    fig.update_yaxes(title_text="Share of net revenue (%)", range=[0, 101], row=1, col=2)
    a_count = sum(1 for r in rows if r[3] == "A")
    caption = (f"What sells: the best sellers coloured by ABC class, and how few products make most of the "
               f"revenue — {a_count:,} of {len(rows):,} products (class A) bring 80% of it.")
    return _layout(fig, "Top products and the revenue Pareto curve", 580, legend_below=True), caption


def cohort_chart(conn, schema: str) -> tuple[go.Figure, str]:
    rows = fetch(conn, schema, "select cohort_month, months_since_first, retention_rate, cohort_size "
                 "from {marts}.customer_cohorts order by cohort_month, months_since_first")
    cohorts = sorted({r[0] for r in rows})
    offsets = sorted({r[1] for r in rows})
    grid: dict[tuple[date, int], float] = {(r[0], r[1]): 100 * _f(r[2]) for r in rows}
    sizes = {r[0]: r[3] for r in rows}
    z = [[grid.get((c, o)) for o in offsets] for c in cohorts]
    labels = [f"{c:%b %Y} ({sizes[c]:,})" for c in cohorts]
    text = [["" if v is None else f"{v:.0f}" for v in row] for row in z]
    fig = go.Figure(go.Heatmap(z=z, x=offsets, y=labels, text=text, texttemplate="%{text}", colorscale="Blues",
                               zmin=0, zmax=100, colorbar={"title": {"text": "Retention (%)"}},
                               hovertemplate="cohort %{y}<br>month %{x}<br>%{z:.1f}% ordered<extra></extra>"))
    fig.update_xaxes(title_text="Months since first purchase", dtick=1)
    fig.update_yaxes(title_text="Cohort: first purchase month (customers)", autorange="reversed")
    caption = "Of the customers who first ordered in a month, the share (%) who ordered again N months later."
    return _layout(fig, "Cohort retention", max(420, 30 * len(cohorts) + 160)), caption


def experiments_chart(conn, schema: str) -> tuple[go.Figure, str, str]:
    """Each experiment's conversion lift with its 95% interval, and a table of the read-out."""
    rows = fetch(conn, schema, "select t.experiment_id, t.customers, c.customers, t.conversion_rate, "
                 "c.conversion_rate, t.conversion_lift_abs, t.conversion_lift_ci95_low, t.conversion_lift_ci95_high, "
                 "t.conversion_p_value, t.revenue_lift_abs, t.srm_p_value, t.status "
                 "from {marts}.experiment_results as t join {marts}.experiment_results as c "
                 "on t.experiment_id = c.experiment_id and c.variant = 'control' "
                 "where t.variant = 'treatment' order by t.experiment_id")
    fig = go.Figure()
    if rows:
        fig.add_trace(go.Scatter(
            x=[100 * r[5] for r in rows], y=[r[0] for r in rows], mode="markers", marker={"color": BLUE, "size": 10},
            error_x={"type": "data", "symmetric": False, "array": [100 * (r[7] - r[5]) for r in rows],
                     "arrayminus": [100 * (r[5] - r[6]) for r in rows]}, name="conversion lift"))
        fig.add_vline(x=0, line_dash="dot", line_color=GREY)
    fig.update_xaxes(title_text="Conversion lift, treatment − control (percentage points, 95% interval)")
    caption = ("Did the campaign work? Each experiment's lift in the share of customers who bought, with its 95% "
               "interval: an interval clear of zero is an effect the campaign caused." if rows else
               "No campaign experiment has started yet: declare one in the campaign_experiments seed.")
    body = "".join(
        f"<tr><td>{html.escape(r[0])}</td><td class='n'>{r[1]:,} / {r[2]:,}</td>"
        f"<td class='n'>{100 * r[3]:.1f}% / {100 * r[4]:.1f}%</td>"
        f"<td class='n'>{100 * r[5]:+.1f} pts [{100 * r[6]:+.1f}, {100 * r[7]:+.1f}]</td>"
        f"<td class='n'>{r[8]:.3f}</td><td class='n'>£{_f(r[9]):+,.2f}</td><td class='n'>{r[10]:.3f}</td>"
        f"<td>{html.escape(r[11])}</td></tr>" for r in rows)
    table = ("<table class='segments'><thead><tr><th>Experiment</th><th>Customers (treatment / control)</th>"
             "<th>Conversion</th><th>Lift [95% interval]</th><th>p-value</th><th>Revenue lift per customer</th>"
             f"<th>Split check p</th><th>Status</th></tr></thead><tbody>{body}</tbody></table>") if rows else ""
    return _layout(fig, "Campaign experiments: conversion lift", max(260, 60 * len(rows) + 200)), caption, table


def clv_chart(conn, schema: str) -> tuple[go.Figure, str]:
    """Next year's predicted revenue by RFM segment, split by churn risk band."""
    rows = fetch(conn, schema, "select coalesce(segment, 'no segment'), coalesce(churn_risk_band, 'not fitted'), "
                 "count(*), coalesce(sum(predicted_revenue_365d), 0) from {marts}.customer_lifetime_value "
                 "group by 1, 2 order by 1, 2")
    totals: dict[str, float] = {}
    for segment, _, _, revenue in rows:
        totals[segment] = totals.get(segment, 0.0) + _f(revenue)
    order = sorted(totals, key=lambda k: -totals[k])
    fig = go.Figure()
    colours = {"active": GREEN, "at risk": "#f1a340", "likely lost": RED, "not fitted": GREY}
    for band, colour in colours.items():
        values = {r[0]: (_f(r[3]), r[2]) for r in rows if r[1] == band}
        if values:
            fig.add_trace(go.Bar(x=order, y=[values.get(k, (0, 0))[0] for k in order], name=band,
                                 marker_color=colour, customdata=[values.get(k, (0, 0))[1] for k in order],
                                 hovertemplate="%{x}: £%{y:,.0f} from %{customdata:,} customers<extra></extra>"))
    fig.update_layout(barmode="stack")
    fig.update_yaxes(title_text="Predicted revenue, next 365 days (£)")
    fig.update_xaxes(title_text="RFM segment")
    at_risk = sum(_f(r[3]) for r in rows if r[1] in ("at risk", "likely lost"))
    total = sum(totals.values())
    caption = (f"Who is worth a call for what they will buy next year: the customer models (BG/NBD, Gamma-Gamma) "
               f"expect £{total:,.0f} from today's customers, £{at_risk:,.0f} of it from customers at risk or likely "
               f"lost — the value a win-back campaign can save." if rows else
               "No customer has a sale invoice yet, so there is nothing to predict.")
    return _layout(fig, "Customer lifetime value by segment and churn risk", legend_below=True), caption


def alive_chart(conn, schema: str) -> tuple[go.Figure, str]:
    """Probability alive against days since the last purchase, coloured by how often the customer bought."""
    rows = fetch(conn, schema, "select tenure_days - recency_days, probability_alive, frequency "
                 "from {marts}.customer_lifetime_value where probability_alive is not null")
    fig = go.Figure()
    groups = (("one purchase day", 0, 0, GREY), ("2–4 purchase days", 1, 3, BLUE), ("5 or more", 4, 10**9, GREEN))
    for label, low, high, colour in groups:
        points = [r for r in rows if low <= r[2] <= high]
        # SVG, not WebGL: a reader without WebGL (remote desktop, headless browser) still sees the points
        fig.add_trace(go.Scatter(x=[r[0] for r in points], y=[_f(r[1]) for r in points], mode="markers",
                                 name=label, marker={"color": colour, "size": 5, "opacity": 0.5}))
    fig.update_xaxes(title_text="Days since the last purchase (RFM recency)")
    fig.update_yaxes(title_text="Probability the customer is still active (%)", tickformat=".0%", range=[0, 1.02])
    caption = ("Who is probably already lost: the longer a regular buyer has been silent compared with their own "
               "rhythm, the lower the chance they are still a customer; a one-time buyer keeps 1 by the model's "
               "convention (they have shown no rhythm yet) — RFM recency alone cannot tell these apart.")
    return _layout(fig, "Probability alive against recency", legend_below=True), caption


def forecast_chart(conn, schema: str) -> tuple[go.Figure, str]:
    """Weekly net sales: the actuals, then the forecast with its 80% and 95% intervals."""
    rows = fetch(conn, schema, "select week_start, actual, forecast, lower_80, upper_80, lower_95, upper_95, model "
                 "from {marts}.fct_sales_forecast where series = 'all' order by week_start")
    fit = fetch(conn, schema, "select holdout_value, baseline_value, holdout_details "
                "from {marts}.predictive_model_fits where model = 'forecast_net_sales' "
                "order by fitted_at desc limit 1")
    history = [r for r in rows if r[1] is not None]
    future = [r for r in rows if r[2] is not None]
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=[r[0] for r in history], y=[_f(r[1]) for r in history], name="actual",
                             line={"color": BLUE}))
    if future and future[0][5] is not None:
        weeks = [r[0] for r in future]
        for low, high, name, opacity in ((5, 6, "95% interval", 0.15), (3, 4, "80% interval", 0.3)):
            fig.add_trace(go.Scatter(x=weeks + weeks[::-1], y=[_f(r[high]) for r in future] + [_f(r[low]) for r in
                                     future][::-1], fill="toself", fillcolor=f"rgba(214,96,77,{opacity})",
                                     line={"width": 0}, name=name, hoverinfo="skip"))
    if future:
        fig.add_trace(go.Scatter(x=[r[0] for r in future], y=[_f(r[2]) for r in future], name="forecast",
                                 line={"color": RED, "dash": "dash"}))
    fig.update_xaxes(title_text="Week (Monday)")
    fig.update_yaxes(title_text="Net sales per week (£)")
    caption = "No complete week of data yet: nothing to forecast."
    if future:
        caption = (f"What sales to expect: {len(future)} weeks forecast by {future[0][7]} after the last complete "
                   f"week, with intervals drawn from how far past forecasts missed.")
        if fit and fit[0][0] is not None:
            details = fit[0][2] or {}
            caption += f" Held-out check (the last 13 weeks forecast from before them): MASE {_f(fit[0][0]):.2f}"
            caption += (f" against {_f(fit[0][1]):.2f} for last year's weeks" if fit[0][1] is not None
                        else " (no baseline: less than a year of history before them)")
            if details.get("coverage_80") is not None:
                caption += (f"; the 80% and 95% intervals held {100 * details['coverage_80']:.0f}% and "
                            f"{100 * details['coverage_95']:.0f}% of the actual weeks")
            caption += "."
    return _layout(fig, "Weekly net sales: actuals and forecast", legend_below=True), caption


def segment_table(rows: list[tuple]) -> str:
    body = "".join(
        f"<tr><td>{html.escape(r[0])}</td><td class='n'>{r[1]:,}</td><td class='n'>£{_f(r[2]):,.0f}</td>"
        f"<td>{html.escape(r[3] or '')}</td></tr>" for r in rows)
    return ("<table class='segments'><thead><tr><th>Segment</th><th>Customers</th><th>Net revenue</th>"
            f"<th>Recommended action</th></tr></thead><tbody>{body}</tbody></table>")


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LGS marketing report</title>
<style>
body {{ font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 24px 40px; color: #222; }}
h1 {{ margin-bottom: 0; }} .meta {{ color: #666; margin-top: 4px; }}
section {{ margin: 28px 0 8px; border-top: 1px solid #ddd; padding-top: 8px; }}
p.caption {{ margin: 4px 0 0 8px; color: #333; font-size: 15px; }}
table.segments {{ border-collapse: collapse; margin: 8px; font-size: 14px; }}
table.segments td, table.segments th {{ border-bottom: 1px solid #eee; padding: 4px 10px; text-align: left; }}
table.segments td.n {{ text-align: right; }}
</style></head><body>
<h1>London Gift Shop — marketing report</h1>
<p class="meta">{period}. Read from the warehouse marts; figures in pounds sterling (£).</p>
{sections}
<div id="render-check" data-charts="0" data-errors="0"></div>
<script>
window.addEventListener("error", function () {{
  var c = document.getElementById("render-check"); c.dataset.errors = Number(c.dataset.errors) + 1; }});
window.addEventListener("load", function () {{
  var drawn = 0, missing = [];
  document.querySelectorAll(".chart .js-plotly-plot").forEach(function (el) {{
    if (el.querySelector(".main-svg") && el.querySelectorAll(".trace, .hm, .heatmaplayer image").length > 0) drawn++;
    else missing.push(el.closest("section") ? el.closest("section").id : el.id);
  }});
  var check = document.getElementById("render-check");
  check.dataset.charts = drawn; check.dataset.missing = missing.join(" ");
}});
</script>
</body></html>
"""


def build_report(conn, schema: str) -> str:
    rows = monthly(conn, schema)
    if not rows:
        raise SystemExit(f"error: {schema}.fct_monthly_sales is empty; build the warehouse first (make build)")
    seg_fig, seg_caption, seg_rows = segments_chart(conn, schema)
    charts = [
        ("invoice-distribution", *invoice_distribution(conn, schema), ""),
        ("orders", *orders_chart(rows), ""),
        ("sales", *sales_chart(rows), ""),
        ("customers", *customers_chart(rows), ""),
        ("segments", seg_fig, seg_caption, segment_table(seg_rows)),
        ("products", *products_chart(conn, schema), ""),
        ("cohorts", *cohort_chart(conn, schema), ""),
        ("experiments", *experiments_chart(conn, schema)),
        ("lifetime-value", *clv_chart(conn, schema), ""),
        ("probability-alive", *alive_chart(conn, schema), ""),
        ("forecast", *forecast_chart(conn, schema), ""),
    ]
    sections = []
    for index, (key, fig, caption, extra) in enumerate(charts):
        div = fig.to_html(full_html=False, include_plotlyjs=(index == 0), div_id=f"chart-{key}",
                          config={"displaylogo": False, "responsive": True})
        sections.append(f"<section id='{key}'><div class='chart'>{div}</div>"
                        f"<p class='caption'>{html.escape(caption)}</p>{extra}</section>")
    period = f"{rows[0][0]:%B %Y} to {rows[-1][0]:%B %Y}"
    return PAGE.format(period=period, sections="\n".join(sections))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="HTML file to write")
    parser.add_argument("--schema", default=db.schema("marts"),
                        help="schema holding the marts (default: the marts layer's, LGS_SCHEMA_PREFIX applied)")
    args = parser.parse_args(argv)
    with db.connect() as conn:
        page = build_report(conn, args.schema)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(page, encoding="utf-8")
    print(f"[report] wrote {args.output} ({args.output.stat().st_size / 1e6:.1f} MB, opens offline)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
