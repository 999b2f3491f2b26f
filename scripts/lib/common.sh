#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Shared by scripts/setup, scripts/demo and scripts/test.
set -euo pipefail

COWIN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
COWIN_BUILD="${COWIN_BUILD:-$COWIN_ROOT/build/release}"
# PostgreSQL refuses to run as root; as root, the private clusters run as this system user.
COWIN_PG_USER="${COWIN_PG_USER:-cowin-demo}"

# Debian 12 package names, one place.
COWIN_BUILD_PACKAGES=(
  build-essential cmake ninja-build pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev libqt6sql6-psql qt6-qpa-plugins libgl-dev libxkbcommon-dev
  qtkeychain-qt6-dev libqrencode-dev libssl-dev libpq-dev libmicrohttpd-dev
)
# nginx: the demo's partner API edge in front of cowin-gatewayd (and the edge tests).
COWIN_RUNTIME_PACKAGES=(postgresql postgresql-contrib fonts-dejavu-core fonts-lohit-deva nginx-light)
COWIN_TEST_PACKAGES=(postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl xvfb xauth
                     imagemagick desktop-file-utils appstream dbus gnome-keyring)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

cowin_install_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "==> installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}"
    # nginx is here for the project's own edge (started by the demo and the tests on loopback
    # ports); the system service Debian starts on port 80 with it is not wanted.
    if [[ " ${missing[*]} " == *" nginx-light "* ]] && [ -d /run/systemd/system ]; then
      as_root systemctl disable --now nginx >/dev/null 2>&1 || true
      echo "==> nginx installed for the partner API edge; its system service is left off"
    fi
  fi
}

cowin_ensure_pg_user() {
  if [ "$(id -u)" -eq 0 ] && ! id "$COWIN_PG_USER" >/dev/null 2>&1; then
    useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin "$COWIN_PG_USER"
  fi
}

cowin_build() {
  local preset_flags=(-G Ninja -DCMAKE_BUILD_TYPE=Release)
  if [ "${CI:-}" = "true" ]; then preset_flags+=(-DCOWIN_WARNINGS_AS_ERRORS=ON); fi
  cmake -S "$COWIN_ROOT" -B "$COWIN_BUILD" "${preset_flags[@]}" "$@" >/dev/null
  cmake --build "$COWIN_BUILD" --parallel "$(nproc)"
}
