#!/usr/bin/env bash
# End-to-end CLI throughput: generates LINES tokens with `agtoken build`, then times
# `agtoken lint --format ndjson` on them with /usr/bin/time -v (wall time and peak RSS).
#   scripts/bench-cli.sh [LINES] [JOBS] [MODE]   defaults: 1000000 lines, jobs 1, mode build
# MODE build: 8 publisher tokens from `agtoken build`, repeated, linted without a certificate.
# MODE mk007: LINES distinct tokens from shared/bench/mk007.py (AGTOKEN_MK007=PATH), linted with
#   their certificate (the issue's setup), and the C floor of shared/bench/floor.c measured in the
#   same run when it is built (AGTOKEN_FLOOR=PATH or .build/floor): the line prints the ratio.
# COMMAND (default lint) may be set to verify, which times `agtoken verify --format ndjson`.
# AGTOKEN_SWIFT_FLAGS adds build flags, for example
#   AGTOKEN_SWIFT_FLAGS="-Xswiftc -cross-module-optimization" scripts/bench-cli.sh 200000 2
set -euo pipefail
cd "$(dirname "$0")/.."
lines="${1:-1000000}"
jobs="${2:-1}"
mode="${3:-build}"
command="${COMMAND:-lint}"
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

# shellcheck disable=SC2086 # the flags are words
swift build -c release ${AGTOKEN_SWIFT_FLAGS:-} --product agtoken >/dev/null
bin=.build/release/agtoken
certflag=()
now=1700000600
if [ "$mode" = mk007 ]; then
  # mk007's tokens are issued over 1735600000 + 100,000 s with an hour's expiry.
  now=1735650000
  mk007="${AGTOKEN_MK007:-../shared/bench/mk007.py}"
  [ -f "$mk007" ] || { echo "bench: $mk007 is missing (set AGTOKEN_MK007)" >&2; exit 2; }
  input=.build/bench-mk007-$lines.txt
  certfile=.build/bench-mk007-cert.txt
  if [ ! -s "$input" ] || [ ! -s "$certfile" ]; then
    python3 "$mk007" "$lines" "$input" "$certfile"
  fi
  chmod 600 "$certfile"
  certflag=(--cert-file "$certfile")
else
  input=.build/bench-input-$lines.txt
  if [ ! -s "$input" ]; then
    certs=$(mktemp)
    trap 'rm -f "$certs"' EXIT
    chmod 600 "$certs"
    echo "0123456789abcdef0123456789abcdef" >"$certs"
    # A handful of distinct publisher tokens, repeated: the decoder sees realistic ~200-character tokens.
    seed=$(mktemp)
    for uid in 1001 1002 1003 1004 1005 1006 1007 1008; do
      "$bin" build rtc --app-id 0123456789abcdef0123456789abcdef --cert-file "$certs" \
        --channel "bench-channel-$uid" --uid "$uid" --role publisher --expire 3600 \
        --issue-ts 1700000000 --salt "$uid" >>"$seed"
    done
    python3 - "$seed" "$input" "$lines" <<'PY'
import sys
seed = open(sys.argv[1]).read().split()
n = int(sys.argv[3])
with open(sys.argv[2], "w") as out:
    for i in range(n):
        out.write(seed[i % len(seed)] + "\n")
PY
    rm -f "$seed"
  fi
fi

report=$(mktemp)
if [ "$command" = verify ]; then
  /usr/bin/time -v "$bin" verify --format ndjson --now "$now" --jobs "$jobs" "${certflag[@]}" \
    --input "$input" 2>"$report" >/dev/null || true
else
  /usr/bin/time -v "$bin" lint --format ndjson --now "$now" --jobs "$jobs" --exit-zero \
    "${certflag[@]}" --input "$input" 2>"$report" >/dev/null
fi
floor_rate=""
floor="${AGTOKEN_FLOOR:-.build/floor}"
if [ -x "$floor" ]; then
  floor_rate=$("$floor" 300000 | awk -F'= ' '/^all/ {split($2, a, " "); print a[1]}')
fi
wall=$(grep "Elapsed (wall clock)" "$report" | awk '{print $NF}')
rss=$(grep "Maximum resident set size" "$report" | awk '{print $NF}')
# CPU seconds too: on a shared machine the wall time depends on what else runs.
cpu=$(awk -F': ' '/User time|System time/ {sum += $2} END {print sum}' "$report")
python3 - "$wall" "$rss" "$lines" "$jobs" "$cpu" "$floor_rate" "$command" "$mode" <<'PY'
import sys
wall, rss, lines, jobs, cpu = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], float(sys.argv[5])
floor, command, mode = sys.argv[6], sys.argv[7], sys.argv[8]
parts = [float(p) for p in wall.split(":")]
seconds = parts[-1] + (parts[-2] * 60 if len(parts) > 1 else 0) + (parts[-3] * 3600 if len(parts) > 2 else 0)
ratio = f"  floor: {float(floor):,.0f}/s  ratio: {lines / seconds / float(floor):.3f} x floor" if floor else ""
print(f"{command} {mode}  lines: {lines}  jobs: {jobs}  wall: {seconds:.2f} s  lines/s: {lines / seconds:,.0f}  cpu: {cpu:.2f} s  lines per cpu-second: {lines / cpu:,.0f}  peak RSS: {rss / 1024:.1f} MB{ratio}")
PY
rm -f "$report"
