"""Charts drawn on the server as inline SVG: no script, no library, readable without colour.

Each chart is a horizontal bar chart whose numbers also stand in a table beside it (the
page's job), so the SVG is marked ``aria-hidden`` and carries a <title> for tooltips.
"""

from __future__ import annotations

from markupsafe import Markup, escape

BAR = 22
GAP = 6
LABEL_W = 170
WIDTH = 560


def bar_chart(rows: list[tuple[str, int]], label: str, limit: int = 15) -> Markup:
    """Up to ``limit`` bars, longest first as given; an empty chart says so."""
    rows = rows[:limit]
    if not rows:
        return Markup('<p class="muted">No data to chart.</p>')
    top = max(n for _, n in rows) or 1
    height = len(rows) * (BAR + GAP) + GAP
    scale = (WIDTH - LABEL_W - 50) / top
    bars = [_bar(i, name, n, scale) for i, (name, n) in enumerate(rows)]
    return Markup(
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-hidden="true" '
        f'preserveAspectRatio="xMinYMin meet">{"".join(bars)}</svg>')


def _bar(i: int, name: str, n: int, scale: float) -> str:
    y = GAP + i * (BAR + GAP)
    w = max(1.0, n * scale)
    short = name if len(name) <= 24 else name[:23] + "…"
    return (f'<g><title>{escape(name)}: {n}</title>'
            f'<text x="{LABEL_W - 8}" y="{y + BAR * 0.7:.1f}" text-anchor="end">{escape(short)}'
            f'</text><rect x="{LABEL_W}" y="{y}" width="{w:.1f}" height="{BAR}" rx="2"/>'
            f'<text x="{LABEL_W + w + 6:.1f}" y="{y + BAR * 0.7:.1f}">{n}</text></g>')
