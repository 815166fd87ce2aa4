#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite against a real keychain.
# Extra arguments go to ctest, e.g. ./test.sh -R codec
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/setup.sh"
ce_setup

# A private home, runtime dir and session bus with an unlocked gnome-keyring, so tests never
# touch the user's real settings or secrets.
CE_TEST_HOME="$(mktemp -d)"
export HOME="$CE_TEST_HOME"
export XDG_RUNTIME_DIR="$CE_TEST_HOME/runtime"
export XDG_CONFIG_HOME="$CE_TEST_HOME/config"
export XDG_DATA_HOME="$CE_TEST_HOME/data"
export XDG_CACHE_HOME="$CE_TEST_HOME/cache"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS || true
trap 'rm -rf "$CE_TEST_HOME"' EXIT

# Sanitized builds (CE_SANITIZE=1, CE_FUZZ=1) stop at their first finding; leaks inside Qt's and
# the system's libraries that this code cannot free are listed in scripts/lsan.supp.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:check_initialization_order=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$CE_ROOT/scripts/lsan.supp:print_suppressions=0}"

export CE_BUILD
dbus-run-session -- bash -c '
    echo -n contact-editor-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    ctest --test-dir "$CE_BUILD" --output-on-failure --timeout 300 "$@"
' ctest-runner "$@"
