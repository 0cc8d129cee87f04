"""The report's charts: Altair specs rendered to SVG by vl-convert, offline.

Marks carry an `href` to the page anchor their numbers came from, so a click on a bar or a
point in the report opens that page's thumbnail (Vega's SVG wraps each mark in `<a>`).
"""

from __future__ import annotations

import itertools
import re

import altair as alt
import vl_convert as vlc

CHART_WIDTH = 640
# vl-convert resolves hrefs against Vega's default data URL; the report's are page anchors.
_VEGA_BASE_URL = re.compile(r'(xlink:href|href)="https://vega\.github\.io/vega-datasets/#')
_SVG_ID = re.compile(r'id="([^"]+)"')
_chart_numbers = itertools.count(1)


def to_svg(chart: alt.TopLevelMixin) -> str:
    """Inline SVG of `chart`: no data fetched (allowed_base_urls=[]), ids unique per chart
    so several charts can share one HTML page."""
    svg = vlc.vegalite_to_svg(chart.to_json(), allowed_base_urls=[])
    svg = _VEGA_BASE_URL.sub(r'\1="#', svg)
    prefix = f"c{next(_chart_numbers)}-"
    for svg_id in set(_SVG_ID.findall(svg)):
        svg = svg.replace(f'id="{svg_id}"', f'id="{prefix}{svg_id}"')
        svg = svg.replace(f"url(#{svg_id})", f"url(#{prefix}{svg_id})")
    return svg


def _colour_scale(colours: dict[str, str]) -> alt.Scale:
    return alt.Scale(domain=list(colours), range=list(colours.values()))


def grounds_chart(counts: list[dict], colours: dict[str, str]) -> str | None:
    """Bars: redactions per ground. `counts` rows: ground, n, href."""
    if not counts:
        return None
    chart = (
        alt.Chart(alt.Data(values=counts), width=CHART_WIDTH, title="Redactions per ground")
        .mark_bar()
        .encode(
            y=alt.Y("ground:N", sort="-x", title=None),
            x=alt.X("n:Q", title="redactions"),
            color=alt.Color("ground:N", scale=_colour_scale(colours), legend=None),
            href="href:N",
        )
    )
    return to_svg(chart)


def density_chart(segments: list[dict], colours: dict[str, str]) -> str | None:
    """Stacked bars: redactions per page of each document, split by ground.
    `segments` rows: document, ground, per_page, href."""
    if not segments:
        return None
    chart = (
        alt.Chart(
            alt.Data(values=segments),
            width=CHART_WIDTH,
            title="Redaction density: redactions per page, per document",
        )
        .mark_bar()
        .encode(
            y=alt.Y("document:N", sort=None, title=None, axis=alt.Axis(labelLimit=320)),
            x=alt.X("sum(per_page):Q", title="redactions per page"),
            color=alt.Color("ground:N", scale=_colour_scale(colours), title="ground"),
            href="href:N",
        )
    )
    return to_svg(chart)


def incidents_chart(counts: list[dict]) -> str | None:
    """One row per subject and category: each count drawn across its period (a quarter is a
    short bar, a year a long one), coloured by scope. Percentages stay in the table: they share no
    axis with counts. `counts` rows: period_start, period_end (ISO), value, unit, subject,
    category, scope, href."""
    # a data leak, a Woo request and a complaint share no axis: one row per subject and category
    dated = [
        {**row, "period_end": row["period_end"] or row["period_start"],
         "scope": row["scope"] or "all",
         "category": " · ".join(x for x in (row.get("subject"), row["category"]) if x)}
        for row in counts
        if row["period_start"] and row["value"] is not None and row["unit"] != "percent"
    ]  # fmt: skip
    if not dated:
        return None
    base = alt.Chart(alt.Data(values=dated), width=CHART_WIDTH, height=60)
    y = alt.Y("value:Q", title=None)
    colour = alt.Color("scope:N", title="scope")
    spans = base.mark_rule(strokeWidth=4).encode(
        x=alt.X("period_start:T", title="period"), x2="period_end:T", y=y, color=colour,
        href="href:N",
    )  # fmt: skip
    starts = base.mark_point(filled=True, size=40).encode(
        x="period_start:T", y=y, color=colour, href="href:N"
    )
    chart = (
        alt.layer(spans, starts)
        .facet(
            row=alt.Row(
                "category:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left")
            ),
            title="Incident counts over time (each bar spans its period)",
        )
        .resolve_scale(y="independent")
    )
    return to_svg(chart)


def meetings_timeline(meetings: list[dict]) -> str | None:
    """Points on a time axis, one row per meeting body. Rows: date, body, href."""
    dated = [row for row in meetings if row["date"]]
    if not dated:
        return None
    chart = (
        alt.Chart(alt.Data(values=dated), width=CHART_WIDTH, title="Meetings")
        .mark_point(filled=True, size=90, shape="diamond")
        .encode(
            x=alt.X("date:T", title="date"),
            y=alt.Y("body:N", title=None, axis=alt.Axis(labelLimit=260)),
            href="href:N",
        )
    )
    return to_svg(chart)
