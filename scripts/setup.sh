# Shared set-up for run.sh and test.sh: install what is missing, then configure and build.
# Sourced, not executed. Safe to run again: each step skips what is already done.

CE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CE_BUILD="${CE_BUILD_DIR:-$CE_ROOT/build}"

ce_packages=(
    cmake g++ ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qtkeychain-qt6-dev libsecret-1-0
    qt6-httpserver-dev qt6-websockets-dev qt6-translations-l10n qt6-networkauth-dev libssl-dev
    xvfb xauth dbus gnome-keyring libsecret-tools
    # The package test (tests/package): cpack's DEB generator with dpkg-shlibdeps and file, and
    # the validators of the menu entry and the AppStream metainfo.
    dpkg-dev file desktop-file-utils appstream
)

ce_install_packages() {
    local missing=()
    local pkg
    for pkg in "${ce_packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "==> Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "error: need root or sudo to install: ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    # No recommends: dbus-x11 (a recommend) makes gnome-keyring prompt on the display and hang.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# ce_build [target...]: everything by default.
ce_build() {
    if [ ! -f "$CE_BUILD/CMakeCache.txt" ]; then
        echo "==> Configuring in $CE_BUILD"
        cmake -S "$CE_ROOT" -B "$CE_BUILD" -G Ninja -DCMAKE_BUILD_TYPE="${CE_BUILD_TYPE:-RelWithDebInfo}"
    fi
    echo "==> Building ${*:-everything}"
    local targets=()
    local t
    for t in "$@"; do
        targets+=(--target "$t")
    done
    cmake --build "$CE_BUILD" --parallel "$(nproc 2>/dev/null || echo 2)" "${targets[@]}"
}

# ce_setup [target...]
ce_setup() {
    ce_install_packages && ce_build "$@"
}
