#!/usr/bin/env bash
# Start-up time of the checker: `offside check` on the seed article, process
# start to exit, run many times; prints the median (and min and max) in ms.
#
#   scripts/startup.sh                 # target/release/offside, 50 runs
#   scripts/startup.sh BINARY [RUNS]   # another build (say, main's), to compare
#
# Build first with `cargo build --release`. Uses hyperfine when it is
# installed (Debian package `hyperfine`), else times each run itself.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/offside}
runs=${2:-50}
seed=../shared/eval/dev/00-seed-england-exit.txt
[ -f "$seed" ] || seed=examples/$(ls examples | grep '\.txt$' | head -1)
# Exit code 1 means "a false claim found", which the seed has.
if command -v hyperfine >/dev/null; then
    json=$(mktemp)
    hyperfine -N -i --style none -w 5 -r "$runs" --export-json "$json" "$bin check $seed" >/dev/null 2>&1
    python3 - "$json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
t = sorted(r["times"])
print(f"median {r['median'] * 1e3:.2f} ms  min {t[0] * 1e3:.2f}  max {t[-1] * 1e3:.2f}  ({len(t)} runs)")
PY
    rm -f "$json"
else
    for _ in $(seq 5); do "$bin" check "$seed" >/dev/null || true; done
    for _ in $(seq "$runs"); do
        s=$(date +%s%N)
        "$bin" check "$seed" >/dev/null || true
        e=$(date +%s%N)
        echo $(((e - s) / 1000))
    done | sort -n | awk '{ t[NR] = $1 } END {
        printf "median %.2f ms  min %.2f  max %.2f  (%d runs, includes fork overhead)\n",
            t[int((NR + 1) / 2)] / 1000, t[1] / 1000, t[NR] / 1000, NR }'
fi
