#!/usr/bin/env bash
# End-to-end test of the web page: builds the release binary, starts
# `offside serve` on a free local port, drives the page in headless Chromium
# (scripts/browser/check-page.js), saves docs/screenshot.png and stops the
# server. Exits non-zero when anything fails.
#
# The page is checked on the repository's own article (examples/), and on
# the shared set's seed article too when ../shared is beside the clone.
#
# Needs: cargo, node >= 20 and npm, and Chromium. Without Chromium (or node)
# the test prints why it is skipped and exits 0, like the tests that need
# ../shared; with OFFSIDE_REQUIRE_BROWSER=1 (set by .ci/run) it installs
# Debian's chromium (apt) instead and never skips. playwright-core is
# installed from the committed lock file (npm, into scripts/browser/node_modules)
# when missing. With OFFSIDE_REQUIRE_SHARED=1 a missing seed article fails.
# Environment: OFFSIDE_SEED_ARTICLE (default ../shared/eval/dev/00-seed-england-exit.txt),
# CHROMIUM (default /usr/bin/chromium), SCREENSHOT (default docs/screenshot.png),
# CARGO_TARGET_DIR (where cargo builds, default target/).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
example="$root/examples/france-croatia-2018-final.txt"
seed="${OFFSIDE_SEED_ARTICLE:-$root/../shared/eval/dev/00-seed-england-exit.txt}"
screenshot="${SCREENSHOT:-$root/docs/screenshot.png}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
target_dir="${CARGO_TARGET_DIR:-$root/target}"

say() { printf 'browser-test: %s\n' "$*" >&2; }

skip_or_install() {
  if [[ "${OFFSIDE_REQUIRE_BROWSER:-}" != 1 ]]; then
    say "skipped: $1 (set OFFSIDE_REQUIRE_BROWSER=1 to install it and make this test mandatory)"
    exit 0
  fi
}

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  skip_or_install "node and npm are not installed"
  say "node and npm are needed (Debian: apt-get install nodejs npm)"
  exit 2
fi

if [[ ! -x "$CHROMIUM" ]]; then
  skip_or_install "no Chromium at $CHROMIUM"
  say "installing chromium (apt)"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

seed_arg=()
if [[ -f "$seed" ]]; then
  seed_arg=("$seed")
elif [[ "${OFFSIDE_REQUIRE_SHARED:-}" == 1 ]]; then
  say "no seed article at $seed (OFFSIDE_REQUIRE_SHARED=1: the shared set must sit beside the repository)"
  exit 2
else
  say "seed article not checked: none at $seed (the shared set is not beside the repository)"
fi

if [[ ! -d scripts/browser/node_modules/playwright-core ]]; then
  say "installing playwright-core (npm ci)"
  (cd scripts/browser && npm ci --no-audit --no-fund --loglevel=error)
fi

say "building $target_dir/release/offside"
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
"$target_dir/release/offside" serve --addr 127.0.0.1:0 2>"$work/server.log" &
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

node scripts/browser/check-page.js "$url" "$example" "$screenshot" "${seed_arg[@]}"

kill -TERM "$server_pid"
wait "$server_pid" || { say "server did not exit cleanly on SIGTERM"; exit 1; }
server_pid=""
grep -q "stopped" "$work/server.log" || { cat "$work/server.log" >&2; say "server did not shut down gracefully"; exit 1; }
say "ok"
