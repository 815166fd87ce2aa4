# Shared set-up for run.sh and test.sh: install what is missing, then configure and build.
# Sourced, not executed. Safe to run again: each step skips what is already done.

CE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# CE_SANITIZE=1: everything built with AddressSanitizer and UndefinedBehaviorSanitizer (build-asan).
# CE_FUZZ=1: the fuzz targets built with clang and libFuzzer (build-fuzz); see README.
ce_cmake_args=()
ce_default_build="$CE_ROOT/build"
if [ "${CE_FUZZ:-0}" = 1 ]; then
    ce_default_build="$CE_ROOT/build-fuzz"
    ce_cmake_args+=(-DCMAKE_CXX_COMPILER=clang++ -DCONTACT_EDITOR_FUZZ=ON
                    -DCONTACT_EDITOR_SANITIZE="address;undefined")
elif [ "${CE_SANITIZE:-0}" = 1 ]; then
    ce_default_build="$CE_ROOT/build-asan"
    ce_cmake_args+=(-DCONTACT_EDITOR_SANITIZE="address;undefined")
fi
CE_BUILD="${CE_BUILD_DIR:-$ce_default_build}"

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
# libFuzzer comes with clang's runtime libraries (g++'s ASan and UBSan come with g++).
if [ "${CE_FUZZ:-0}" = 1 ]; then
    ce_packages+=(clang libclang-rt-dev)
fi

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
        cmake -S "$CE_ROOT" -B "$CE_BUILD" -G Ninja -DCMAKE_BUILD_TYPE="${CE_BUILD_TYPE:-RelWithDebInfo}" \
            "${ce_cmake_args[@]}"
    fi
    local wanted=("$@")
    # A libFuzzer build is for the fuzz targets only.
    if [ ${#wanted[@]} -eq 0 ] && [ "${CE_FUZZ:-0}" = 1 ]; then
        wanted=(fuzz)
    fi
    echo "==> Building ${wanted[*]:-everything}"
    local targets=()
    local t
    for t in "${wanted[@]}"; do
        targets+=(--target "$t")
    done
    cmake --build "$CE_BUILD" --parallel "$(nproc 2>/dev/null || echo 2)" "${targets[@]}"
}

# ce_setup [target...]
ce_setup() {
    ce_install_packages && ce_build "$@"
}
