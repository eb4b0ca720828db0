"""A bar chart drawn on the server as SVG, so the report needs no script and no other host."""

import math
from dataclasses import dataclass

from portal.formatting import local_number

WIDTH, HEIGHT = 720, 220
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 44, 24, 8


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: int


def tick_count(top):
    """Four or five steps, so that every tick is a round number (0.1, 0.5, 20 …)."""
    leading = round(top / 10 ** math.floor(math.log10(top)))
    return 4 if leading == 2 else 5


def tick_value(value):
    return round(value) if value >= 10 or value == int(value) else round(value, 2)


def nice_ceiling(value):
    """The smallest 1, 2 or 5 × 10ⁿ at or above value, so the axis reads well."""
    if value <= 0:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def bar_chart(values, labels, reference=None):
    """Bars for values (labels below), and optionally a horizontal line at `reference`."""
    top = nice_ceiling(max([*values, reference or 0], default=0))
    plot_width = WIDTH - MARGIN_LEFT
    plot_height = HEIGHT - MARGIN_BOTTOM - MARGIN_TOP
    slot = plot_width / max(len(values), 1)
    bars = []
    for index, (value, label) in enumerate(zip(values, labels, strict=True)):
        height = plot_height * float(value) / top
        bars.append(
            Bar(
                x=round(MARGIN_LEFT + index * slot + slot * 0.15, 1),
                y=round(MARGIN_TOP + plot_height - height, 1),
                width=round(slot * 0.7, 1),
                height=round(height, 1),
                label=label,
                value=value,
            )
        )
    steps = tick_count(top)
    ticks = [
        {
            "value": tick_value(top * step / steps),
            "label": local_number(tick_value(top * step / steps)),
            "y": round(MARGIN_TOP + plot_height * (1 - step / steps), 1),
        }
        for step in range(steps + 1)
    ]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "bars": bars,
        "ticks": ticks,
        "baseline": MARGIN_TOP + plot_height,
        "left": MARGIN_LEFT,
        "reference_y": (
            round(MARGIN_TOP + plot_height * (1 - float(reference) / top), 1)
            if reference is not None
            else None
        ),
        "first_label": labels[0] if labels else "",
        "last_label": labels[-1] if labels else "",
    }
