"""Colours shared by the application, the dashboard and the report.

Okabe-Ito hues: distinguishable with the common forms of colour blindness, and in greyscale
print by their lightness.
"""

from __future__ import annotations

PILLAR_COLOURS: dict[int, str] = {
    1: "#009E73",  # bluish green: Biodiversity Conservation and Monitoring
    2: "#0072B2",  # blue: Protected Area Management
    3: "#E69F00",  # orange: Sustainable Development and Climate Action
    4: "#CC79A7",  # reddish purple: Community Engagement and Co-management
}

STATUS_COLOURS: dict[str, str] = {
    "planned": "#999999",
    "in_progress": "#56B4E9",
    "done": "#009E73",
    "delayed": "#D55E00",
    "cancelled": "#000000",
}

SEVERITY_COLOURS: dict[str, str] = {
    "overdue": "#D55E00",
    "due_soon": "#E69F00",
    "to_send": "#009E73",
    "incomplete": "#0072B2",
}

# Observation categories; Okabe-Ito, in an order that keeps neighbours apart.
CATEGORY_COLOURS = {
    "species": "#009E73",
    "habitat": "#56B4E9",
    "climate": "#E69F00",
    "glacier": "#0072B2",
    "threat": "#D55E00",
    "socio_economic": "#CC79A7",
    "other": "#999999",
}

# Zones on the map: filled beneath the observation points, darkest for the most protected
# (legible in greyscale print), muted so the points' hues stay readable over them.
ZONE_COLOURS: dict[str, str] = {
    "core": "#1B7A3A",
    "buffer": "#8DB33A",
    "transition": "#EDE59A",
}
ZONE_EDGE = "#3A3A3A"
