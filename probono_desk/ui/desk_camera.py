"""Webcam scanning: camera (or a video file) → ``QVideoSink`` → grayscale bytes → zxing-cpp off the UI thread
(``FrameDecoder``: a fast pass on each frame, then harder passes within the frame's time budget).

One decode at a time: frames that arrive while one is being decoded are only shown, not decoded. A code that stays
in view is reported once; it is reported again only after it has been out of view for ``GONE_SECONDS``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QHideEvent, QImage, QPixmap, QShowEvent
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaPlayer,
    QVideoFrame,
    QVideoFrameFormat,
    QVideoSink,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from probono_desk.scan.decode import FrameDecoder
from probono_desk.ui.tasks import Op

GONE_SECONDS = 2.5
PREVIEW_SECONDS = 0.08  # the preview is refreshed at most ~12 times a second

_PF = QVideoFrameFormat.PixelFormat
# Formats whose first plane is the 8-bit luminance: the grayscale image zxing-cpp wants, with no conversion.
LUMA_FIRST = {
    _PF.Format_YUV420P,
    _PF.Format_YUV422P,
    _PF.Format_YV12,
    _PF.Format_NV12,
    _PF.Format_NV21,
    _PF.Format_IMC1,
    _PF.Format_IMC2,
    _PF.Format_IMC3,
    _PF.Format_IMC4,
    _PF.Format_Y8,
}


def frame_luma(frame: QVideoFrame) -> tuple[bytes, int, int, int] | None:
    """(grayscale bytes, width, height, stride) of a frame: its Y plane when it has one, else a converted copy
    (RGB frames, including the premultiplied RGBA some platforms deliver, which zxing-cpp refuses as such)."""
    width, height = frame.width(), frame.height()
    if frame.pixelFormat() in LUMA_FIRST and frame.map(QVideoFrame.MapMode.ReadOnly):
        try:
            stride = frame.bytesPerLine(0)
            bits = frame.bits(0)
            if bits is not None:
                return bytes(bits[: stride * height]), width, height, stride
        finally:
            frame.unmap()
    image = frame.toImage()
    if image.isNull():
        return None
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return bytes(gray.constBits()), gray.width(), gray.height(), gray.bytesPerLine()


class FrameScanner(QObject):
    """Turns the frames of a sink into ``code_seen(text)``, once per badge shown, and into a preview image."""

    code_seen = Signal(str)
    preview = Signal(QImage)

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._on_frame)
        self._busy = False
        self._decoder = FrameDecoder()  # a fast first pass on every frame, the harder ones in turn as time allows
        self._clock = clock
        self._in_view: dict[str, float] = {}  # text -> last time it was seen
        self._last_preview = 0.0
        self.preview_wanted = True
        self.frames = 0
        self.decoded = 0

    def _on_frame(self, frame: QVideoFrame) -> None:
        self.frames += 1
        if not frame.isValid():
            return
        now = self._clock()
        if self.preview_wanted and now - self._last_preview >= PREVIEW_SECONDS:
            self._last_preview = now
            image = frame.toImage()
            if not image.isNull():
                self.preview.emit(image)
        if self._busy:
            return
        luma = frame_luma(frame)  # a copy: the worker never touches Qt objects
        if luma is None:
            return
        data, width, height, stride = luma
        self._busy = True
        decoder = self._decoder
        Op(lambda: decoder.decode(data, width, height, stride), self._on_decoded, self._on_failed, owner=self).start()

    def _on_failed(self, _exc: BaseException) -> None:
        self._busy = False

    def _on_decoded(self, texts: list[str]) -> None:
        self._busy = False
        self.decoded += 1
        now = self._clock()
        for text in texts:
            last = self._in_view.get(text)
            self._in_view[text] = now
            if last is None or now - last > GONE_SECONDS:
                self.code_seen.emit(text)
        for text, seen in list(self._in_view.items()):
            if now - seen > GONE_SECONDS * 4:
                del self._in_view[text]


class CameraPanel(QWidget):
    """Camera choice, live preview, start/stop; says so when there is no camera. ``play_file`` feeds a video file
    through the same pipeline (tests, rehearsals)."""

    code_seen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scanner = FrameScanner(self)
        self.scanner.code_seen.connect(self.code_seen)
        self.scanner.preview.connect(self._show_preview)
        self.session = QMediaCaptureSession(self)
        self.session.setVideoSink(self.scanner.sink)
        self.camera: QCamera | None = None
        self.player: QMediaPlayer | None = None

        self.picker = QComboBox(self)
        self.picker.setObjectName("CameraPicker")
        self.picker.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.toggle = QPushButton(self.tr("Démarrer la caméra"), self)
        self.toggle.setObjectName("CameraToggle")
        self.toggle.setCheckable(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.toggle.toggled.connect(self._toggled)
        self.status = QLabel(self)
        self.status.setObjectName("CameraStatus")
        self.status.setWordWrap(True)
        self.view = QLabel(self)
        self.view.setObjectName("CameraPreview")
        self.view.setMinimumSize(320, 180)
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setStyleSheet("background: #263238; color: #cfd8dc; border-radius: 8px;")

        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self.devices = QMediaDevices(self)
        self.devices.videoInputsChanged.connect(self.refresh_devices)
        self.refresh_devices()

    def refresh_devices(self) -> None:
        cameras = QMediaDevices.videoInputs()
        self.picker.clear()
        for device in cameras:
            self.picker.addItem(device.description(), device)
        has = bool(cameras)
        self.picker.setEnabled(has)
        self.toggle.setEnabled(has)
        # No camera: a slim dark strip that says so, the counters above keep the room.
        self.view.setMinimumSize(320, 180 if has else 48)
        self.view.setMaximumHeight(16777215 if has else 64)
        if has:
            self.status.setText(self.tr("Montrez le badge à la caméra."))
            self.view.setText(self.tr("Caméra arrêtée"))
        else:
            self.status.setText(self.tr("Aucune caméra détectée : utilisez la douchette ou la recherche par nom."))
            self.view.setText(self.tr("Pas de caméra"))
            self.toggle.setChecked(False)

    @property
    def has_camera(self) -> bool:
        return self.picker.count() > 0

    def _toggled(self, on: bool) -> None:
        if on:
            self.start_camera()
        else:
            self.stop()

    def start_camera(self) -> bool:
        device = self.picker.currentData()
        if not isinstance(device, QCameraDevice):
            return False
        self.stop()
        self.camera = QCamera(device, self)
        self.camera.errorOccurred.connect(lambda _e, text: self.status.setText(text))
        self.session.setCamera(self.camera)
        self.camera.start()
        self.toggle.setText(self.tr("Arrêter la caméra"))
        return True

    def play_file(self, path: str) -> QMediaPlayer:
        """Play a video file into the scanner's sink, as if it came from a camera."""
        self.stop()
        self.player = QMediaPlayer(self)
        self.player.setVideoSink(self.scanner.sink)
        self.player.setSource(QUrl.fromLocalFile(path))
        self.player.play()
        return self.player

    def stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.session.setCamera(None)  # type: ignore[arg-type]
            self.camera.deleteLater()
            self.camera = None
        if self.player is not None:
            self.player.stop()
            self.player.deleteLater()
            self.player = None
        self.toggle.setText(self.tr("Démarrer la caméra"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.scanner.preview_wanted = True

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self.scanner.preview_wanted = False  # no frame conversions for a preview nobody sees

    def _show_preview(self, image: QImage) -> None:
        if not self.isVisible():
            return
        pixmap = QPixmap.fromImage(image).scaled(
            self.view.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
        )
        self.view.setPixmap(pixmap)
