#!/usr/bin/env bash
# Builds an optimised tree (installing what is missing) and runs every benchmark; each prints
# its own figures. Benchmarks never pass or fail on time.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export CE_BUILD_DIR="${CE_BUILD_DIR:-$here/../build-release}"
export CE_BUILD_TYPE=Release
source "$here/../scripts/setup.sh"
ce_setup
export QT_QPA_PLATFORM=offscreen
for bench in "$CE_BUILD"/bench/bench_*; do
    [ -x "$bench" ] || continue
    echo "== $(basename "$bench")"
    "$bench"
    echo
done
