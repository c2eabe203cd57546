"""Charts for the HTML review report as inline SVG (pure functions, all text escaped)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from annotator.core.axis import count_ticks
from annotator.core.colour_scale import safe_colour

__all__ = ["stacked_bars_svg"]

ROW_HEIGHT = 26
LABEL_WIDTH = 190
CHART_WIDTH = 460
FONT = "font-family:system-ui,sans-serif;font-size:13px"


def stacked_bars_svg(
    rows: Sequence[tuple[str, Sequence[int]]],
    series: Sequence[tuple[str, str]],
    axis_label: str,
) -> str:
    """Horizontal stacked bars: ``rows`` are (label, one value per series), ``series`` are
    (label, '#rrggbb'). Returns an ``<svg>`` element with axis, labels and legend."""
    total_max = max((sum(values) for _, values in rows), default=0)
    ticks = count_ticks(total_max)
    top = ticks[-1]
    scale = CHART_WIDTH / top
    legend_h = 28
    height = legend_h + len(rows) * ROW_HEIGHT + 44
    width = LABEL_WIDTH + CHART_WIDTH + 30
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(axis_label)}" '
        f'style="{FONT}">'
    ]
    x = LABEL_WIDTH
    for label, colour in series:
        parts.append(f'<rect x="{x}" y="6" width="14" height="14" rx="2" '
                     f'fill="{safe_colour(colour)}"/>')
        parts.append(f'<text x="{x + 20}" y="18">{escape(label)}</text>')
        x += 34 + 8 * len(label)
    for i, (label, values) in enumerate(rows):
        y = legend_h + i * ROW_HEIGHT
        parts.append(f'<text x="{LABEL_WIDTH - 8}" y="{y + 17}" text-anchor="end">'
                     f"{escape(label)}</text>")
        left = float(LABEL_WIDTH)
        for (name, colour), value in zip(series, values, strict=True):
            if value <= 0:
                continue
            w = value * scale
            parts.append(
                f'<rect x="{left:.1f}" y="{y + 4}" width="{w:.1f}" height="{ROW_HEIGHT - 8}" '
                f'fill="{safe_colour(colour)}"><title>{escape(label)}: {escape(name)} '
                f"{value}</title></rect>"
            )
            left += w
    axis_y = legend_h + len(rows) * ROW_HEIGHT + 4
    parts.append(f'<line x1="{LABEL_WIDTH}" y1="{axis_y}" x2="{LABEL_WIDTH + CHART_WIDTH}" '
                 f'y2="{axis_y}" stroke="#555"/>')
    for value in ticks:
        tx = LABEL_WIDTH + value * scale
        text = str(value)
        parts.append(f'<line x1="{tx:.1f}" y1="{axis_y}" x2="{tx:.1f}" y2="{axis_y + 4}" '
                     'stroke="#555"/>')
        parts.append(f'<text x="{tx:.1f}" y="{axis_y + 17}" text-anchor="middle">{text}</text>')
    parts.append(f'<text x="{LABEL_WIDTH + CHART_WIDTH / 2}" y="{axis_y + 36}" '
                 f'text-anchor="middle">{escape(axis_label)}</text>')
    parts.append("</svg>")
    return "".join(parts)
