"""Write the app's sounds into resources/sounds/ with Python's wave module: no binary of unknown origin.

The desk: success.wav (two short rising notes), problem.wav (a low double buzz). The projector's chimes:
warning.wav, danger.wav, end.wav (soft bell notes). 16-bit mono, 22.05 kHz. The files are committed; run
``python scripts/make_sounds.py`` from the repository root to change them.
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


# (frequency Hz, start s, length s): soft bell notes with harmonics and an exponential decay
CHIMES = {
    "warning": [(659.25, 0.0, 0.9), (880.0, 0.28, 1.1)],  # E5 A5: "attention"
    "danger": [(880.0, 0.0, 0.6), (880.0, 0.3, 0.6), (1046.5, 0.6, 1.0)],  # A5 A5 C6: "hurry"
    "end": [(523.25, 0.0, 1.6), (659.25, 0.22, 1.5), (783.99, 0.44, 1.8)],  # C5 E5 G5 arpeggio: "done"
}


def render(notes: list[tuple[float, float, float]], volume: float = 0.45) -> bytes:
    total = max(start + length for _f, start, length in notes)
    samples = [0.0] * int(total * RATE)
    for freq, start, length in notes:
        first = int(start * RATE)
        for i in range(int(length * RATE)):
            t = i / RATE
            attack = min(1.0, t / 0.01)
            envelope = attack * math.exp(-4.0 * t / length)
            tone = math.sin(2 * math.pi * freq * t) + 0.35 * math.sin(4 * math.pi * freq * t)
            tone += 0.12 * math.sin(6 * math.pi * freq * t)
            samples[first + i] += envelope * tone / 1.47
    peak = max(abs(s) for s in samples) or 1.0
    return b"".join(struct.pack("<h", int(32767 * volume * s / peak)) for s in samples)


def main() -> None:
    write("success.wav", tone([880.0], 0.09) + silence(0.02) + tone([1318.5], 0.14))
    write(
        "problem.wav", tone([196.0, 207.7], 0.16, square=True) + silence(0.06) + tone([196.0, 207.7], 0.22, square=True)
    )
    FOLDER.mkdir(parents=True, exist_ok=True)
    for name, notes in CHIMES.items():
        with wave.open(str(FOLDER / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(render(notes))


if __name__ == "__main__":
    main()
