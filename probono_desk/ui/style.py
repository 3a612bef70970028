"""The look: large type that reads on a laptop and on a projector, clear contrast, Pro Bono Lab red used sparingly."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from probono_desk.core.resources import resource_path

RED = "#e4003a"
RED_DARK = "#b3002d"
INK = "#1d1d24"
MUTED = "#5c5f6a"
LINE = "#d9dbe1"
PANEL = "#f4f5f7"
WHITE = "#ffffff"
GREEN = "#1e7f4f"
AMBER = "#a85d00"

BODY_PT = 11  # the application font; never a `font-size` on plain QWidget: it would override every setFont()


def _icon(name: str) -> str:
    return resource_path("icons", name).as_posix()


ARROW_DOWN = _icon("chevron-down.svg")
ARROW_UP = _icon("chevron-up.svg")
ARROW_DOWN_OFF = _icon("chevron-down-disabled.svg")
ARROW_UP_OFF = _icon("chevron-up-disabled.svg")


STYLESHEET = f"""
QWidget {{
    color: {INK};
}}
QMainWindow, QDialog, QWidget#StartPage {{
    background: {WHITE};
}}
QToolTip {{
    color: {INK};
    background: {WHITE};
    border: 1px solid {LINE};
    padding: 4px;
}}

/* --- header --- */
QWidget#Header {{
    background: {WHITE};
    border-bottom: 1px solid {LINE};
}}
QLabel#EventTitle {{
    font-size: 20pt;
    font-weight: bold;
}}
QLabel#EventSubtitle {{
    font-size: 12pt;
    color: {MUTED};
}}
QLabel#Brand {{
    color: {RED};
    font-weight: bold;
    font-size: 11pt;
}}

QScrollArea#ScreenScroll, QScrollArea#ScreenScroll > QWidget#qt_scrollarea_viewport {{
    background: {WHITE};
}}

/* --- navigation --- */
QListWidget#Navigation {{
    background: {PANEL};
    border: none;
    border-right: 1px solid {LINE};
    padding-top: 8px;
    outline: 0;
    font-size: 14pt;
}}
QListWidget#Navigation::item {{
    padding: 12px 16px;
    border-left: 5px solid transparent;
    color: {INK};
}}
QListWidget#Navigation::item:hover {{
    background: #e9eaee;
}}
QListWidget#Navigation::item:selected {{
    background: {WHITE};
    border-left: 5px solid {RED};
    color: {INK};
    font-weight: bold;
}}

/* --- page titles and text --- */
QLabel[role="title"] {{
    font-size: 18pt;
    font-weight: bold;
}}
QLabel[role="section"] {{
    font-size: 13pt;
    font-weight: bold;
    padding-top: 6px;
}}
QLabel[role="muted"] {{
    color: {MUTED};
}}
QLabel[role="error"] {{
    color: {RED_DARK};
    font-weight: bold;
}}
QLabel[role="ok"] {{
    color: {GREEN};
    font-weight: bold;
}}
QLabel[role="warning"] {{
    color: {AMBER};
    font-weight: bold;
}}

/* --- inputs --- */
QLineEdit, QDateTimeEdit, QComboBox, QSpinBox, QPlainTextEdit, QTextEdit {{
    background: {WHITE};
    border: 1px solid #b8bcc6;
    border-radius: 4px;
    padding: 5px 8px;
    min-height: 22px;
    selection-background-color: {RED};
    selection-color: {WHITE};
}}
QLineEdit:focus, QDateTimeEdit:focus, QComboBox:focus, QSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {INK};
    padding: 4px 7px;
}}
QLineEdit:disabled, QComboBox:disabled, QSpinBox:disabled, QDateTimeEdit:disabled {{
    color: #9a9da6;
    background: {PANEL};
}}
QComboBox, QDateTimeEdit {{
    padding-right: 30px;
}}
QComboBox:focus, QDateTimeEdit:focus {{
    padding-right: 29px;
}}
QComboBox::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: border;
    subcontrol-position: center right;
    width: 28px;
    border: none;
    border-left: 1px solid {LINE};
}}
QComboBox::down-arrow, QDateTimeEdit::down-arrow {{
    image: url({ARROW_DOWN});
    width: 12px;
    height: 8px;
}}
QComboBox::down-arrow:disabled, QDateTimeEdit::down-arrow:disabled {{
    image: url({ARROW_DOWN_OFF});
}}
QSpinBox, QDateTimeEdit {{
    padding-right: 28px;
}}
QSpinBox:focus, QDateTimeEdit:focus {{
    padding-right: 27px;
}}
QSpinBox::up-button, QDateTimeEdit::up-button, QSpinBox::down-button, QDateTimeEdit::down-button {{
    subcontrol-origin: border;
    width: 26px;
    border: none;
    border-left: 1px solid {LINE};
}}
QSpinBox::up-button, QDateTimeEdit::up-button {{
    subcontrol-position: top right;
    border-bottom: 1px solid {LINE};
    border-top-right-radius: 4px;
}}
QSpinBox::down-button, QDateTimeEdit::down-button {{
    subcontrol-position: bottom right;
    border-bottom-right-radius: 4px;
}}
QSpinBox::up-button:hover, QDateTimeEdit::up-button:hover, QSpinBox::down-button:hover,
QDateTimeEdit::down-button:hover {{
    background: {PANEL};
}}
QSpinBox::up-arrow, QDateTimeEdit::up-arrow {{
    image: url({ARROW_UP});
    width: 10px;
    height: 7px;
}}
QSpinBox::down-arrow, QDateTimeEdit::down-arrow {{
    image: url({ARROW_DOWN});
    width: 10px;
    height: 7px;
}}
QSpinBox::up-arrow:disabled, QDateTimeEdit::up-arrow:disabled, QSpinBox::up-arrow:off, QDateTimeEdit::up-arrow:off {{
    image: url({ARROW_UP_OFF});
}}
QSpinBox::down-arrow:disabled, QDateTimeEdit::down-arrow:disabled, QSpinBox::down-arrow:off,
QDateTimeEdit::down-arrow:off {{
    image: url({ARROW_DOWN_OFF});
}}
QComboBox QAbstractItemView {{
    selection-background-color: #fde5eb;
    selection-color: {INK};
}}

/* --- buttons --- */
QPushButton {{
    background: {WHITE};
    border: 1px solid #9fa4b0;
    border-radius: 4px;
    padding: 7px 16px;
    min-height: 22px;
}}
QPushButton:hover {{
    background: {PANEL};
}}
QPushButton:focus {{
    border: 2px solid {INK};
    padding: 6px 15px;
}}
QPushButton:disabled {{
    color: #9a9da6;
    border-color: {LINE};
}}
QPushButton[primary="true"] {{
    background: {RED};
    border: 1px solid {RED};
    color: {WHITE};
    font-weight: bold;
}}
QPushButton[primary="true"]:hover {{
    background: {RED_DARK};
}}
QPushButton[primary="true"]:disabled {{
    background: #f1a3b6;
    border-color: #f1a3b6;
}}
QPushButton[big="true"] {{
    font-size: 13pt;
    padding: 12px 18px;
    text-align: left;
}}

/* --- tables --- */
QTableView, QTableWidget, QListWidget, QListView[lines="true"] {{
    background: {WHITE};
    alternate-background-color: #f8f8fa;
    border: 1px solid {LINE};
    gridline-color: #eceef2;
    selection-background-color: #fde5eb;
    selection-color: {INK};
}}
QHeaderView::section {{
    background: {PANEL};
    color: {INK};
    font-weight: bold;
    border: none;
    border-bottom: 2px solid {LINE};
    border-right: 1px solid {LINE};
    padding: 6px 8px;
}}

/* --- tabs: room above the text, so capital accents (É) are never clipped --- */
QTabWidget::pane {{
    border: 1px solid {LINE};
    border-radius: 6px;
    border-top-left-radius: 0;
    top: -1px;
    background: {WHITE};
}}
QTabBar::tab {{
    background: {PANEL};
    color: {MUTED};
    border: 1px solid {LINE};
    border-bottom: none;
    border-top-left-radius: 6px;
    border-top-right-radius: 6px;
    padding: 8px 20px 9px 20px;
    margin-right: 3px;
    font-size: 12pt;
}}
QTabBar::tab:hover {{
    color: {INK};
}}
QTabBar::tab:selected {{
    background: {WHITE};
    color: {INK};
    border-top: 3px solid {RED};
    padding-top: 6px;
}}

QListWidget::item, QListView[lines="true"]::item {{
    padding: 3px 4px;  /* room above capitals: the circumflex of Ê is otherwise cut (it reads Ë) */
}}
QListView#SearchResults::item {{
    padding: 6px 8px;
    border-bottom: 1px solid {LINE};
}}
/* once ::item is styled, Qt no longer paints the selection of a list that has not the focus (the desk's results
   never take it, nor a list beside the buttons that reorder it): paint it, or Enter picks a row nobody sees */
QListWidget::item:selected, QListView[lines="true"]::item:selected {{
    background: #fde5eb;
    color: {INK};
}}
QListView#SearchResults::item:selected {{
    border-left: 6px solid {RED};
}}

/* --- boxes --- */
QGroupBox {{
    border: 1px solid {LINE};
    border-radius: 6px;
    margin-top: 14px;
    padding: 10px 10px 8px 10px;
    font-weight: bold;
}}
QGroupBox::title {{
    subcontrol-origin: margin;
    left: 10px;
    padding: 0 4px;
}}
QFrame#Card {{
    background: {PANEL};
    border: 1px solid {LINE};
    border-radius: 6px;
}}

/* --- menu and status bar --- */
QMenuBar {{
    background: {WHITE};
    border-bottom: 1px solid {LINE};
}}
QMenuBar::item {{
    padding: 4px 10px;
}}
QMenuBar::item:selected, QMenu::item:selected {{
    background: #fde5eb;
    color: {INK};
}}
QMenu {{
    background: {WHITE};
    border: 1px solid {LINE};
}}
QMenu::item {{
    padding: 6px 24px;
}}
QStatusBar {{
    background: {PANEL};
    border-top: 1px solid {LINE};
    color: {MUTED};
}}
QStatusBar QLabel {{
    color: {MUTED};
    padding: 0 8px;
}}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSize(BODY_PT)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
