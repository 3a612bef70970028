"""Wiring: builds the QApplication, opens the event, hands the services to the windows."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from probono_desk import __version__
from probono_desk.core.errors import ProbonoError
from probono_desk.core.i18n import set_language, ui_language
from probono_desk.core.resources import resource_path

_translators: list[QTranslator] = []


def parse_window_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="probono-desk", add_help=False)
    parser.add_argument("event", nargs="?", type=Path)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--desk", action="store_true")
    parser.add_argument("--station", default=None)
    args, _unknown = parser.parse_known_args(argv)
    return args


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName("probono_desk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Pro Bono Lab")
    install_fonts(app)
    install_translations(app)
    from probono_desk.ui.style import apply_style

    apply_style(app)
    icon = resource_path("icons", "probono_desk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def install_fonts(app: QApplication) -> str:
    """Ship our own font so every accent and Latin letter renders on any machine."""
    family = ""
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0 and not family:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    if family:
        font = QFont(family)
        font.setPointSize(11)
        app.setFont(font)
    return family


def chosen_language() -> str:
    """PROBONO_LANG wins, then the language chosen in Paramètres, then the system locale."""
    if os.environ.get("PROBONO_LANG"):
        return ui_language()
    from probono_desk.ui.app_settings import saved_language

    return saved_language() or ui_language()


def install_translations(app: QApplication, language: str | None = None) -> None:
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    lang = language or chosen_language()
    set_language(lang)
    if lang == "fr":
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        qt_tr = QTranslator(app)
        if qt_tr.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_tr)
            _translators.append(qt_tr)
        return
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", f"probono_desk_{lang}.qm"))):
        app.installTranslator(ours)
        _translators.append(ours)


def run(argv: list[str]) -> int:
    args = parse_window_args(argv)
    app = make_application([sys.argv[0], *argv])
    from probono_desk.ui.errors import install_excepthook, show_error

    install_excepthook()
    from probono_desk.ui.launcher import Launcher
    from probono_desk.ui.stall import start_if_debug

    start_if_debug(app)  # PROBONO_DEBUG=1: the UI thread's stalls logged

    launcher = Launcher(station=args.station, desk=args.desk)
    try:
        if args.demo:
            launcher.open_demo()
        elif args.event is not None:
            if launcher.try_open(args.event) is None:  # said why, and offered a backup if the file is damaged
                launcher.show_start()
        else:
            launcher.open_last_or_start()
    except ProbonoError as exc:
        show_error(None, exc)
        launcher.show_start()
    return app.exec()
