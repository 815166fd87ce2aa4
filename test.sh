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

export CE_BUILD
dbus-run-session -- bash -c '
    echo -n contact-editor-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    ctest --test-dir "$CE_BUILD" --output-on-failure --timeout 300 "$@"
' ctest-runner "$@"
