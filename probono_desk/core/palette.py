"""Team colours: distinct on a projector and printable; also readable with white text."""

from __future__ import annotations

TEAM_COLOURS = [
    "#2e7d32",  # green
    "#1565c0",  # blue
    "#c62828",  # red
    "#6a1b9a",  # purple
    "#ef6c00",  # orange
    "#00838f",  # teal
    "#ad1457",  # pink
    "#4e342e",  # brown
    "#283593",  # indigo
    "#558b2f",  # olive
]


def team_colour(position: int) -> str:
    return TEAM_COLOURS[position % len(TEAM_COLOURS)]
