"""Writes the desk's two sounds into resources/sounds/ (run once; the WAV files are committed).

success.wav: two short rising notes. problem.wav: a low double buzz. 16-bit mono, 22.05 kHz, a few KB each.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
FOLDER = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def tone(freqs: list[float], seconds: float, volume: float = 0.45, square: bool = False) -> list[float]:
    count = int(RATE * seconds)
    fade = int(RATE * 0.008)
    out = []
    for i in range(count):
        t = i / RATE
        value = sum(math.sin(2 * math.pi * f * t) for f in freqs) / len(freqs)
        if square:
            value = 0.6 * math.copysign(1, value) + 0.4 * value
        envelope = min(1.0, i / fade, (count - i) / fade)
        out.append(volume * value * envelope)
    return out


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> Path:
    FOLDER.mkdir(parents=True, exist_ok=True)
    path = FOLDER / name
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))
    return path


def main() -> None:
    write("success.wav", tone([880.0], 0.09) + silence(0.02) + tone([1318.5], 0.14))
    write(
        "problem.wav", tone([196.0, 207.7], 0.16, square=True) + silence(0.06) + tone([196.0, 207.7], 0.22, square=True)
    )


if __name__ == "__main__":
    main()
