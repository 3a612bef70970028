#!/usr/bin/env bash
# Collects the interface strings (self.tr, QCoreApplication.translate, QT_TRANSLATE_NOOP in core/services/cli)
# into resources/i18n/probono_desk_en.ts, then compiles probono_desk_en.qm for the window.
# Translate the new entries (pyside6-linguist resources/i18n/probono_desk_en.ts) and run it again.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV_BIN:-.venv/bin}
"$BIN/pyside6-lupdate" -source-language fr_FR -target-language en_GB -extensions py -no-obsolete \
  probono_desk -ts resources/i18n/probono_desk_en.ts
"$BIN/pyside6-lrelease" resources/i18n/probono_desk_en.ts -qm resources/i18n/probono_desk_en.qm
unfinished=$(grep -c 'type="unfinished"' resources/i18n/probono_desk_en.ts || true)
if [ "$unfinished" != "0" ]; then
  echo "$unfinished message(s) still to translate in resources/i18n/probono_desk_en.ts" >&2
fi
