-- wrk script for scripts/load-test.sh: POST the body in $OFFSIDE_LOAD_BODY to
-- /v1/check and print one machine-readable line of figures at the end.
local f = assert(io.open(os.getenv("OFFSIDE_LOAD_BODY"), "rb"))
wrk.method = "POST"
wrk.path = "/v1/check"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

done = function(summary, latency, requests)
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
