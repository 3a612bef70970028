#!/usr/bin/env bash
# Sets up (scripts/setup.sh) then runs every check: ruff, mypy, and the whole pytest suite with Qt offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check probono_desk tests benchmarks
.venv/bin/mypy probono_desk
.venv/bin/lint-imports  # the layers of ARCHITECTURE.md (contracts in pyproject.toml)
.venv/bin/python -m pytest "$@"
