#!/usr/bin/env bash
# End-to-end test of the web page: builds the release binary, starts
# `offside serve` on a free local port, drives the page in headless Chromium
# (scripts/browser/check-page.js), saves docs/screenshot.png and stops the
# server. Exits non-zero when anything fails.
#
# Needs: cargo, node >= 20 and npm; installs Debian's chromium (apt) and
# playwright-core (npm, into scripts/browser/node_modules) when missing.
# Environment: OFFSIDE_SEED_ARTICLE (default ../shared/eval/dev/00-seed-england-exit.txt),
# CHROMIUM (default /usr/bin/chromium), SCREENSHOT (default docs/screenshot.png).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
article="${OFFSIDE_SEED_ARTICLE:-$root/../shared/eval/dev/00-seed-england-exit.txt}"
screenshot="${SCREENSHOT:-$root/docs/screenshot.png}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

say() { printf 'browser-test: %s\n' "$*" >&2; }

[[ -f "$article" ]] || { say "no article at $article"; exit 2; }

if [[ ! -x "$CHROMIUM" ]]; then
  say "installing chromium (apt)"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

if [[ ! -d scripts/browser/node_modules/playwright-core ]]; then
  say "installing playwright-core (npm ci)"
  (cd scripts/browser && npm ci --no-audit --no-fund --loglevel=error)
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

# Port 0: the OS picks a free port and the server prints the one it got.
target/release/offside serve --addr 127.0.0.1:0 2>"$work/server.log" &
server_pid=$!

url=""
for _ in $(seq 1 100); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$work/server.log" | head -n1 || true)"
  [[ -n "$url" ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; say "server exited"; exit 1; }
  sleep 0.1
done
[[ -n "$url" ]] || { cat "$work/server.log" >&2; say "server did not start"; exit 1; }

healthy=""
for _ in $(seq 1 100); do
  if curl -fsS --max-time 2 "${url}healthz" >/dev/null 2>&1; then healthy=1; break; fi
  sleep 0.1
done
[[ -n "$healthy" ]] || { say "no answer from ${url}healthz"; exit 1; }
say "server up at $url"

node scripts/browser/check-page.js "$url" "$article" "$screenshot"

kill -TERM "$server_pid"
wait "$server_pid" || { say "server did not exit cleanly on SIGTERM"; exit 1; }
server_pid=""
grep -q "stopped" "$work/server.log" || { cat "$work/server.log" >&2; say "server did not shut down gracefully"; exit 1; }
say "ok"
