#!/usr/bin/env bash
# Fails when a catalogue is not complete: a source string missing from it, an entry left
# unfinished (every language but the English source catalogue), or an obsolete entry kept.
# usage: check_catalogues.sh <lupdate> <source root> <ts file>...
set -euo pipefail
lupdate=$1
root=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for ts in "$@"; do
    cp "$ts" "$work/"
done
# The same sources and options as the build's contact-editor_lupdate target, on copies.
"$lupdate" -silent -no-ui-lines -locations none -no-obsolete \
    "$root/models" "$root/app" "$root/ui" -ts "$work"/*.ts

failed=0
for ts in "$@"; do
    name=$(basename "$ts")
    updated="$work/$name"
    before=$(grep -c '<message' "$ts" || true)
    after=$(grep -c '<message' "$updated" || true)
    stale=$(grep -cE 'type="(obsolete|vanished)"' "$ts" || true)
    if [ "$stale" -gt 0 ]; then
        echo "$name: $stale obsolete entries (run the contact-editor_lupdate target)"
        failed=1
    fi
    if [ "$after" -ne "$before" ]; then
        echo "$name: $before entries, but the sources have $after (run contact-editor_lupdate)"
        failed=1
    fi
    case "$name" in
        *_en.ts) continue ;; # the source catalogue: only its plural forms are filled in
    esac
    unfinished=$(grep -c 'type="unfinished"' "$updated" || true)
    if [ "$unfinished" -gt 0 ]; then
        echo "$name: $unfinished entries not translated:"
        grep -B3 'type="unfinished"' "$updated" | grep '<source>' | head -20
        failed=1
    fi
done
if [ "$failed" -eq 0 ]; then
    echo "All $# catalogues complete."
fi
exit "$failed"
