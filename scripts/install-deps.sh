#!/usr/bin/env bash
# The single source of truth for what TrialDesk needs from Debian 12.
# Used by the README's first command and by .ci/run. Idempotent: installs only what is missing.
#   scripts/install-deps.sh          build, test and run dependencies
#   scripts/install-deps.sh --bench  also what bench/ compares against (R, hyperfine, sqlcipher shell)
#   scripts/install-deps.sh --fuzz   also clang and libFuzzer (scripts/fuzz-forms.sh)
# Flags combine.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6 libqt6sql6-sqlite
    qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libvulkan-dev libxkbcommon-dev libqt6opengl6-dev
    libsqlcipher-dev sqlcipher sqlite3
    libsodium-dev python3-nacl
    libboost-random-dev libboost-dev
    postgresql-15 libqt6sql6-psql libpq-dev openssl libfaketime
    xvfb xauth fonts-dejavu-core
)
for flag in "$@"; do
    case "$flag" in
        --bench) packages+=(r-base-core hyperfine imagemagick) ;;
        --fuzz) packages+=(clang-14 libclang-rt-14-dev) ;;
        *) echo "install-deps: unknown option $flag (use --bench, --fuzz)" >&2; exit 2 ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
