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
# SuperOffice's own TypeScript client, pinned in bench/ts-client, for bench_client to time
# alongside ours; without Node bench_client says so and times the rest.
if command -v node >/dev/null && command -v npm >/dev/null &&
    [ ! -d "$here/ts-client/node_modules/@superoffice/webapi" ]; then
    (cd "$here/ts-client" && npm ci --no-audit --no-fund) ||
        echo "bench: npm ci in bench/ts-client failed; bench_client runs without SuperOffice's client"
fi
for bench in "$CE_BUILD"/bench/bench_*; do
    [ -x "$bench" ] || continue
    echo "== $(basename "$bench")"
    "$bench"
    echo
done
