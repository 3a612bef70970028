#!/usr/bin/env bash
# Regenerates docs/screenshot.png: the main window on a fresh demo event, 1280×800, drawn offscreen in French.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
QT_QPA_PLATFORM=offscreen PROBONO_LANG=fr PROBONO_DATA_DIR="$tmp" "$PY" - "${1:-docs/screenshot.png}" <<'PY'
import sys

from probono_desk.app import make_application
from probono_desk.ui.launcher import Launcher

app = make_application(["probono-desk"])
window = Launcher(station="Accueil 1").open_demo()
window.resize(1280, 800)
window.show_screen(sys.argv[2] if len(sys.argv) > 2 else "volunteers")
for _ in range(5):
    app.processEvents()
window.grab().save(sys.argv[1])
window.close()
print(sys.argv[1])
PY
