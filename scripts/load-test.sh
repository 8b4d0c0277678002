#!/usr/bin/env bash
# Load test of POST /v1/check with the example article: starts the release
# server on 127.0.0.1 (a free port), runs wrk for a fixed time at 1, 8 and
# 64 concurrent connections, prints throughput and p50/p99 latency, stops
# the server. Only ever talks to 127.0.0.1.
#
# Needs wrk (apt-get install wrk; installed here when missing and running as root).
# Environment: DURATION per level (default 10s), LEVELS (default "1 8 64"),
# OFFSIDE_SEED_ARTICLE (default examples/france-croatia-2018-final.txt).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
article="${OFFSIDE_SEED_ARTICLE:-$root/examples/france-croatia-2018-final.txt}"
duration="${DURATION:-10s}"
levels="${LEVELS:-1 8 64}"

say() { printf 'load-test: %s\n' "$*" >&2; }
[[ -f "$article" ]] || { say "no article at $article"; exit 2; }

if ! command -v wrk >/dev/null; then
  [[ $(id -u) -eq 0 ]] || { say "wrk is missing: apt-get install wrk"; exit 2; }
  say "installing wrk (apt)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

say "building target/release/offside"
cargo build --release --quiet -p offside-cli

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The request body: the article as a JSON string (its date line gives the date).
python3 -c 'import json, sys; sys.stdout.write(json.dumps({"text": open(sys.argv[1], encoding="utf-8").read()}))' \
  "$article" >"$work/body.json"
export OFFSIDE_LOAD_BODY="$work/body.json"

target/release/offside serve --addr 127.0.0.1:0 2>"$work/server.log" &
server_pid=$!
url=""
for _ in $(seq 1 100); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/server.log" | head -n1 || true)"
  [[ -n "$url" ]] && curl -fsS --max-time 2 "$url/healthz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; say "server exited"; exit 1; }
  url=""
  sleep 0.1
done
[[ -n "$url" ]] || { say "server did not start"; exit 1; }

# One request by hand first: the figures mean nothing if the check fails.
status="$(curl -s -o "$work/first.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  --data-binary @"$work/body.json" "$url/v1/check")"
[[ "$status" == 200 ]] || { say "POST /v1/check answered $status"; cat "$work/first.json" >&2; exit 1; }

say "server $url, $(nproc) cores, body $(wc -c <"$work/body.json") bytes, $duration per level"
printf '%-12s %10s %10s %10s %10s %10s %8s\n' connections requests "req/s" "p50 ms" "p99 ms" "max ms" errors
failed=0
for c in $levels; do
  threads=$(( c < 2 ? c : 2 ))
  line="$(wrk -t"$threads" -c"$c" -d"$duration" --timeout 10s --latency \
    -s scripts/load/check.lua "$url" | grep '^RESULT' || true)"
  [[ -n "$line" ]] || { say "wrk gave no result at $c connections"; failed=1; continue; }
  get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  errors=$(( $(get non2xx) + $(get socket_errors) ))
  printf '%-12s %10s %10s %10s %10s %10s %8s\n' "$c" "$(get requests)" "$(get rps)" \
    "$(get p50_ms)" "$(get p99_ms)" "$(get max_ms)" "$errors"
  (( errors == 0 )) || failed=1
done

kill -TERM "$server_pid"
wait "$server_pid" || true
server_pid=""
exit "$failed"
