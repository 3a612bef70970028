#!/usr/bin/env bash
# The one place of the English: resources/i18n/probono_desk_en.ts. This collects every interface string (self.tr,
# QCoreApplication.translate / translate("context", "…") with literal arguments, QT_TRANSLATE_NOOP in
# core/services/cli) into it, then compiles probono_desk_en.qm for the window; the command line reads the .ts.
# Translate the new entries (pyside6-linguist resources/i18n/probono_desk_en.ts) and run it again.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV_BIN:-.venv/bin}
if [ ! -x "$BIN/pyside6-lupdate" ] && command -v pyside6-lupdate >/dev/null; then
  BIN=$(dirname "$(command -v pyside6-lupdate)")
fi
"$BIN/pyside6-lupdate" -source-language fr_FR -target-language en_GB -extensions py -no-obsolete -locations none \
  probono_desk -ts resources/i18n/probono_desk_en.ts
"$BIN/pyside6-lrelease" resources/i18n/probono_desk_en.ts -qm resources/i18n/probono_desk_en.qm
unfinished=$(grep -c 'type="unfinished"' resources/i18n/probono_desk_en.ts || true)
if [ "$unfinished" != "0" ]; then
  echo "$unfinished message(s) still to translate in resources/i18n/probono_desk_en.ts" >&2
fi
