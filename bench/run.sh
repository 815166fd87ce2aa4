#!/usr/bin/env bash
# Builds (installing what is missing) and runs every benchmark; each prints its own figures.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
CE_BUILD_TYPE=Release
ce_setup
export QT_QPA_PLATFORM=offscreen
for bench in "$CE_BUILD"/bench/bench_*; do
    [ -x "$bench" ] || continue
    echo "== $(basename "$bench")"
    "$bench"
    echo
done
