"""Badges photographed as at the door — blurred, on a curved lanyard, on a phone's screen, under a lamp, dim, far —
that one default zxing-cpp call cannot read, and the app reads: from a photo (``checkin --image``) and from a few
webcam frames. The photos are made by ``tests/photos.py`` from the app's own badge sheet, the same each run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import zxingcpp

from probono_desk.scan.decode import LIVE_PASSES, FrameDecoder, decode_file, decode_gray, decode_pil
from tests.photos import make

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (scripts/setup.sh)")

# (kind, seed, hard): photos the bare decoder misses
PHOTOS = [("blur", 0, False), ("lanyard", 0, False), ("moire", 1, False), ("glare", 10, False),
          ("lanyard", 3, True), ("far", 1, True)]  # fmt: skip
WEBCAM = [("blur", 0, False), ("moire", 1, False), ("lanyard", 3, True), ("far", 1, True)]


def bare(image: object) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("kind,seed,hard", PHOTOS)
def test_a_photo_the_bare_decoder_misses_is_read(kind: str, seed: int, hard: bool, tmp_path: Path) -> None:
    sample = make(kind, seed, hard)
    assert sample.text not in bare(sample.image), "the bare decoder reads it: not a photo that proves anything"
    assert decode_pil(sample.image) == [sample.text]
    photo = tmp_path / "photo.jpg"
    sample.image.save(photo, quality=95)  # what the command line and the desk are given
    assert decode_file(photo) == [sample.text]


@pytest.mark.parametrize("kind,seed,hard", WEBCAM)
def test_a_badge_held_up_to_the_webcam_for_a_few_frames_is_read(kind: str, seed: int, hard: bool) -> None:
    sample = make(kind, seed, hard)
    raw, (width, height) = sample.image.tobytes(), sample.image.size
    assert decode_gray(raw, width, height) == []  # the first pass alone misses it
    ticks = [0.0]

    def clock() -> float:  # every reading of the clock says 2 ms more: two passes fit a frame, whatever the machine
        ticks[0] += 0.002
        return ticks[0]

    decoder = FrameDecoder(budget=0.009, clock=clock)
    seen = [decoder.decode(raw, width, height) for _ in range(len(LIVE_PASSES) // 2 + 1)]
    assert [sample.text] in seen  # each frame started where the last one stopped


def test_a_clean_frame_is_read_by_the_first_pass_with_padding_in_its_rows() -> None:
    sample = make("perspective", 0)
    assert sample.text in bare(sample.image)
    width, height = sample.image.size
    stride = width + 64  # rows padded, as camera planes often are
    raw = bytearray(stride * height)
    for y in range(height):
        raw[y * stride : y * stride + width] = sample.image.tobytes()[y * width : (y + 1) * width]
    assert decode_gray(raw, width, height, stride) == [sample.text]
    assert FrameDecoder().decode(raw, width, height, stride) == [sample.text]
