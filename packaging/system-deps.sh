#!/usr/bin/env bash
# Installs the Debian packages Tekseru needs, only those that are missing, so that `make run` and
# `make test` work on a fresh Debian machine and cost nothing on a prepared one.
set -euo pipefail

PACKAGES=(
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-rus tesseract-ocr-kaz tesseract-ocr-chi-sim
  tesseract-ocr-uig tesseract-ocr-osd
  fonts-ocr-b fonts-noto-cjk fonts-dejavu-core
  poppler-utils sane-utils xvfb xauth
  # Qt's xcb and offscreen platform plugins (PySide6 wheels bundle Qt, not these system libraries)
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0
  libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing system packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
