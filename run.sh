#!/usr/bin/env bash
# Installs what is missing, builds, starts contact-sandbox with demo data and opens the editor
# signed in to it. ./run.sh --online signs in to the sandbox's SuperOffice Online stand-in in
# your browser instead (user demo / demo). Other arguments go to the editor, e.g. --server URL
# --user NAME, or --auth online --client-id ID for a real CRM Online tenant.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/setup.sh"
ce_setup contact-editor contact-sandbox

app="$CE_BUILD/app/contact-editor"
online=""
if [ "${1:-}" = "--online" ]; then
    online=1
    shift
fi
if [ $# -gt 0 ]; then
    exec "$app" "$@"
fi

data="${XDG_DATA_HOME:-$HOME/.local/share}/contact-editor/sandbox"
mkdir -p "$data"
portfile="$(mktemp)"
sandbox_pid=""
trap 'if [ -n "$sandbox_pid" ]; then kill "$sandbox_pid" 2>/dev/null || true; fi; rm -f "$portfile"' EXIT
# The same port every run keeps drafts and recent companies together (they belong to a
# server address); another free port when it is taken.
for port in "${CE_SANDBOX_PORT:-47615}" 0; do
    "$CE_BUILD/sandbox/contact-sandbox" --data "$data" --demo --seed 475 --port "$port" --port-file "$portfile" &
    sandbox_pid=$!
    for _ in $(seq 100); do
        { [ -s "$portfile" ] || ! kill -0 "$sandbox_pid" 2>/dev/null; } && break
        sleep 0.1
    done
    [ -s "$portfile" ] && break
    sandbox_pid=""
done
if [ ! -s "$portfile" ]; then
    echo "error: contact-sandbox did not start" >&2
    exit 1
fi
port="$(cat "$portfile")"
echo "==> contact-sandbox listening on http://127.0.0.1:$port (user demo / demo)"
if [ -n "$online" ]; then
    echo "==> Signing in through your browser: sign in as demo / demo there"
    "$app" --auth online --client-id contact-editor-sandbox --login "http://127.0.0.1:$port/login"
else
    CONTACT_EDITOR_SECRET=demo "$app" --server "http://127.0.0.1:$port" --user demo
fi
