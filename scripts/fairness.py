#!/usr/bin/env python3
"""Fairness of POST /v1/check: a small check's latency while long checks run.

Starts the release server on 127.0.0.1 (a free port), keeps LONG (default 6)
clients each posting a ~2 MB article in a loop, and meanwhile sends SMALL
(default 500) small checks one after another, 10 ms apart (the example
article, ~0.7 KB; about 5 s in all), timing each. Prints the small checks' p50/p99/max, how many long checks were
answered 200 or 503 (busy, with Retry-After), and stops the server.

Every loop is bounded (a fixed number of small checks; each long client stops
when the small ones are done or after LONG_ROUNDS rounds). It only talks to
127.0.0.1. Standard library only.

    python3 scripts/fairness.py              # builds target/release/offside first
    SMALL=1000 LONG=6 python3 scripts/fairness.py
    OFFSIDE_BIN=/path/to/other/offside python3 scripts/fairness.py   # compare a build
"""

import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SMALL = int(os.environ.get("SMALL", "500"))
GAP = float(os.environ.get("GAP_MS", "10")) / 1000
LONG = int(os.environ.get("LONG", "6"))
LONG_ROUNDS = int(os.environ.get("LONG_ROUNDS", "50"))
LONG_BYTES = 2_000_000


def post(port, body, timeout=120):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("POST", "/v1/check", body, {"Content-Type": "application/json"})
        res = conn.getresponse()
        res.read()
        return res.status, res.getheader("Retry-After")
    finally:
        conn.close()


def main():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    binary = os.environ.get("OFFSIDE_BIN") or os.path.join(target, "release", "offside")
    if not os.environ.get("SKIP_BUILD") and not os.environ.get("OFFSIDE_BIN"):
        subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "offside-cli"], cwd=ROOT, check=True)

    article = open(os.path.join(ROOT, "examples/france-croatia-2018-final.txt"), encoding="utf-8").read()
    small = json.dumps({"text": article}).encode()
    date, rest = article.split("\n", 1)
    long_text = date + "\n" + rest * (LONG_BYTES // len(rest.encode()) + 1)
    long_body = json.dumps({"text": long_text}).encode()

    server = subprocess.Popen([binary, "serve", "--addr", "127.0.0.1:0"], stderr=subprocess.PIPE, text=True)
    try:
        port = None
        for line in server.stderr:
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if m:
                port = int(m.group(1))
                break
        if port is None:
            sys.exit("fairness: the server did not start")
        # Drain the server's stderr so it never blocks on a full pipe.
        threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True).start()
        assert post(port, small)[0] == 200, "a small check fails on an idle server"

        # The small check alone first, for comparison.
        idle = []
        for _ in range(min(SMALL, 50)):
            t = time.perf_counter()
            post(port, small)
            idle.append((time.perf_counter() - t) * 1000)

        done = threading.Event()
        long_status = {}
        lock = threading.Lock()

        def long_client():
            for _ in range(LONG_ROUNDS):
                if done.is_set():
                    return
                try:
                    status, _ = post(port, long_body)
                except OSError as e:
                    status = type(e).__name__
                with lock:
                    long_status[status] = long_status.get(status, 0) + 1
                if status == 503:
                    time.sleep(0.2)

        threads = [threading.Thread(target=long_client) for _ in range(LONG)]
        for t in threads:
            t.start()
        time.sleep(1.0)  # let the long checks start and fill their lane

        busy, small_status = [], {}
        window = time.perf_counter()
        for _ in range(SMALL):
            t = time.perf_counter()
            status, _ = post(port, small)
            busy.append((time.perf_counter() - t) * 1000)
            small_status[status] = small_status.get(status, 0) + 1
            time.sleep(GAP)
        window = time.perf_counter() - window
        done.set()
        for t in threads:
            t.join()

        def pct(xs, p):
            xs = sorted(xs)
            return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]

        print(f"fairness: {os.cpu_count()} cores, small body {len(small)} B, long body {len(long_body)} B")
        print(f"small check alone:        n={len(idle)} p50={statistics.median(idle):.1f} ms "
              f"p99={pct(idle, 99):.1f} ms max={max(idle):.1f} ms")
        print(f"small check, {LONG} long running: n={len(busy)} p50={statistics.median(busy):.1f} ms "
              f"p99={pct(busy, 99):.1f} ms max={max(busy):.1f} ms statuses={small_status}")
        print(f"measured over {window:.1f} s")
        print(f"long checks answered: {dict(sorted((str(k), v) for k, v in long_status.items()))}")
        ok = small_status.get(200, 0) == SMALL and pct(busy, 99) <= 100
        print("fairness: " + ("PASS" if ok else "FAIL") + " (every small check 200, p99 <= 100 ms)")
        return 0 if ok else 1
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
