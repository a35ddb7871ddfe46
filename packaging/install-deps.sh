#!/usr/bin/env bash
# Installs the Debian packages Lectern needs to build, test and run.
# Checks each package with dpkg -s first and installs only what is missing,
# so a machine that already has everything is never touched.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev
  libicu-dev libuchardet-dev libgumbo-dev libmd4c-dev libpoppler-qt6-dev zlib1g-dev
  libcld2-dev libhunspell-dev libsqlite3-dev hunspell-en-us hunspell-da hunspell-de-de
  sqlite3 xvfb xauth imagemagick poppler-utils fonts-noto-core fonts-noto-cjk
  desktop-file-utils appstream dpkg-dev file shared-mime-info xdg-utils libfile-mimeinfo-perl
  clang libclang-rt-14-dev liblinear-dev libpango1.0-dev libcairo2-dev libzip-dev
  libxml2-utils python3-jsonschema
)

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
