#!/usr/bin/env bash
# Sets up (scripts/setup.sh) then opens the window on a fresh copy of the demo event.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/probono-desk --demo "$@"
