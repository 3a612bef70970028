"""Write the projector's chimes (resources/sounds/*.wav) with Python's wave module: no binary of unknown origin.

Run from the repository root: ``python scripts/make_sounds.py``. The files are committed; rerun to change them.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
FOLDER = Path(__file__).resolve().parent.parent / "resources" / "sounds"

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
    FOLDER.mkdir(parents=True, exist_ok=True)
    for name, notes in CHIMES.items():
        with wave.open(str(FOLDER / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(render(notes))
        print(FOLDER / f"{name}.wav")


if __name__ == "__main__":
    main()
