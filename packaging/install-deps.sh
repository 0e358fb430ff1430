#!/usr/bin/env bash
# Installs every Debian 12 package Liaison needs to build, test and run.
# Idempotent: when everything is already there it only checks and returns.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git python3
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-svg-dev qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libqt6opengl6-dev libgl-dev
  libigraph-dev libpoppler-qt6-dev libgumbo-dev libuchardet-dev libstemmer-dev libcld2-dev
  libzip-dev libquazip1-qt6-dev libssl-dev
  xvfb xauth fonts-dejavu-core
  dpkg-dev file desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
