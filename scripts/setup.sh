#!/usr/bin/env bash
# Sets up a fresh machine for probono_desk: the system libraries Qt needs (when root and missing),
# a virtual environment in .venv, and the app with its test tools. Safe to run again (fast when nothing changed).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Python's venv module (Debian ships it separately)
  python3 python3-venv
  # Qt on a bare Debian
  libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 libpulse0 libxrandr2
  # Qt on a real X server (desktop or Xvfb): the xcb platform plugin's libraries
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-shape0 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-xkb1 libxcb-xfixes0
  # screenshots and end-to-end tests on a virtual display
  xvfb xdotool xauth
  # pdftoppm: printed pages rendered to images in the tests
  poppler-utils
  # unshare and mount: the read-only-medium test mounts a folder read-only in a private namespace
  util-linux mount
)

if command -v dpkg >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      SUDO="sudo"
    fi
    if [ "$(id -u)" = 0 ] || [ -n "$SUDO" ]; then
      echo "Installing system packages: ${missing[*]}"
      $SUDO apt-get update -q || echo "apt-get update failed; trying the install anyway" >&2
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" \
        || echo "Some system packages could not be installed: ${missing[*]}" >&2
    else
      echo "Missing system packages (install them with sudo apt-get install): ${missing[*]}" >&2
    fi
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# Install (again) only when the project's dependencies changed since the last install.
stamp=.venv/.probono-desk-installed
want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || ! .venv/bin/python -c "import probono_desk, PySide6, pytest" 2>/dev/null; then
  .venv/bin/python -m pip install -q --upgrade pip || true
  .venv/bin/python -m pip install -q -e ".[dev]"
  echo "$want" > "$stamp"
fi
