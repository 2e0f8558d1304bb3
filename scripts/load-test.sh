#!/usr/bin/env bash
# Bounded load test of `agtoken serve` on loopback: 10,000 requests over 50 keep-alive
# connections, alternating GET /chat/app/token and POST /inspect. Every response is checked; the
# report gives requests/s, latency percentiles (p99 among them) and the server's RSS before and
# after. It measures and asserts no timing; it fails only when a response is wrong or the server
# does not stop cleanly. Needs no network beyond 127.0.0.1.
#
# Usage: scripts/load-test.sh [requests] [connections]
#   CONFIG=debug scripts/load-test.sh    # default: release
set -euo pipefail
cd "$(dirname "$0")/.."

requests=${1:-10000}
connections=${2:-50}
config=${CONFIG:-release}

swift build -c "$config" --product agtoken-serve
swift build -c "$config" --product agtoken-serve-load
bin=$(swift build -c "$config" --show-bin-path)

# Throw-away credentials: the load test never sees a real certificate.
random_hex() { od -An -N16 -tx1 /dev/urandom | tr -d ' \n'; }
export AGORA_APP_ID=$(random_hex)
export AGORA_APP_CERTIFICATE=$(random_hex)

log=$(mktemp -t agtoken-serve-load.XXXXXX)
trap 'rm -f "$log"' EXIT
# A fixed --now makes every /inspect document identical, so each one is compared byte for byte.
"$bin/agtoken-serve" --host 127.0.0.1 --port 0 --now "$(date +%s)" 2>"$log" &
server=$!

port=""
for _ in $(seq 1 600); do
  port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$log" | head -n 1)
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 2; }
  sleep 0.1
done
[ -n "$port" ] || { echo "the server did not start" >&2; kill "$server"; exit 2; }

status=0
"$bin/agtoken-serve-load" --port "$port" --requests "$requests" --connections "$connections" \
  --server-pid "$server" || status=$?

kill -TERM "$server"
wait "$server" || { echo "the server did not exit cleanly" >&2; status=1; }
lines=$(grep -c ' status=200 ' "$log" || true)
echo "access log   $lines lines with status 200; last line: $(tail -n 1 "$log")"
exit "$status"
