"""The documents' colours: ink, muted grey, the Pro Bono Lab red, rules and zebra rows, and the team colours'
text and tints."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors

INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#5f6368")
ACCENT = colors.HexColor("#e4003a")  # Pro Bono Lab red


def hex_colour(value: str, default: str = "#455a64") -> Any:
    try:
        return colors.HexColor(value or default)
    except ValueError:
        return colors.HexColor(default)


# --- colours and text measures ----------------------------------------------------------------------------------

LINE = colors.HexColor("#c8ccd0")
ZEBRA = colors.HexColor("#f3f4f6")
WHITE = colors.white


def text_on(background: Any) -> Any:
    """White or ink, whichever reads better on ``background`` (relative luminance)."""
    r, g, b = background.red, background.green, background.blue
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return WHITE if luminance < 0.6 else INK


def tint(colour: Any, amount: float = 0.85) -> Any:
    """``colour`` mixed with white (0 = colour, 1 = white): a light background of the team's colour."""
    return colors.Color(
        colour.red + (1 - colour.red) * amount,
        colour.green + (1 - colour.green) * amount,
        colour.blue + (1 - colour.blue) * amount,
    )
