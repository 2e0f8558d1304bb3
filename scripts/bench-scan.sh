#!/usr/bin/env bash
# Scale benchmark of `agtoken scan`: FILES files of about SIZE bytes each (defaults 10000 and
# 10240: 100 MB) in a fresh git repository, with a few leaks planted, timed with /usr/bin/time -v
# (wall and CPU time, peak RSS). The release build is made first.
#   scripts/bench-scan.sh [FILES] [SIZE]
set -euo pipefail
cd "$(dirname "$0")/.."
files="${1:-10000}"
size="${2:-10240}"
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
command -v git >/dev/null || { echo "bench: git is missing" >&2; exit 2; }

swift build -c release --product agtoken >/dev/null
bin=$PWD/.build/release/agtoken
tree=.build/bench-scan-$files-$size
if [ ! -d "$tree/.git" ]; then
  rm -rf "$tree"
  mkdir -p "$tree"
  certs=$(mktemp)
  trap 'rm -f "$certs"' EXIT
  chmod 600 "$certs"
  # A made-up certificate, generated for this run only.
  python3 -c 'import secrets; print(secrets.token_hex(16))' >"$certs"
  cert=$(cat "$certs")
  token=$("$bin" build rtc --app-id 0123456789abcdef0123456789abcdef --cert-file "$certs" \
    --channel bench --uid 42 --role publisher --expire 3600 --issue-ts 1700000000 --salt 7)
  python3 - "$tree" "$files" "$size" "$cert" "$token" <<'PY'
import os, random, sys
root, files, size, cert, token = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
rng = random.Random(7)
words = ["const", "let", "return", "function", "if", "else", "channel", "uid", "config", "value",
         "render", "state", "props", "await", "fetch", "import", "export", "class", "=", "{", "}"]
def line():
    r = rng.random()
    if r < 0.02:
        return "  integrity: \"%032x\",\n" % rng.getrandbits(128)   # hex that is not a secret
    if r < 0.03:
        return "  commit: %040x\n" % rng.getrandbits(160)
    return "  " + " ".join(rng.choice(words) for _ in range(rng.randint(4, 14))) + ";\n"
for i in range(files):
    folder = os.path.join(root, "src", "m%03d" % (i % 100))
    os.makedirs(folder, exist_ok=True)
    parts, total = [], 0
    if i % 1000 == 1:
        parts.append("appCertificate = \"%s\"\n" % cert)
    if i % 1000 == 2:
        parts.append("const token = \"%s\";\n" % token)
    while total < size:
        text = line()
        parts.append(text)
        total += len(text)
    with open(os.path.join(folder, "file%05d.js" % i), "w") as out:
        out.write("".join(parts))
PY
  git -C "$tree" init -q -b main
  git -C "$tree" add -A
  git -C "$tree" -c user.name=bench -c user.email=bench@example.invalid -c commit.gpgsign=false \
    commit -q -m bench
fi

report=$(mktemp)
status=0
(cd "$tree" && /usr/bin/time -v "$bin" scan --now 1700000600 -f json >"$report.json" 2>"$report") ||
  status=$?
[ "$status" -le 1 ] || { cat "$report" >&2; exit "$status"; }
wall=$(grep "Elapsed (wall clock)" "$report" | awk '{print $NF}')
rss=$(grep "Maximum resident set size" "$report" | awk '{print $NF}')
cpu=$(awk -F': ' '/User time|System time/ {sum += $2} END {print sum}' "$report")
python3 - "$wall" "$rss" "$cpu" "$report.json" <<'PY'
import json, sys
wall, rss, cpu, path = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
parts = [float(p) for p in wall.split(":")]
seconds = parts[-1] + 60 * (parts[-2] if len(parts) > 1 else 0)
summary = json.load(open(path))["summary"]
mb = summary["bytes_scanned"] / 1e6
print("scan: %d files, %.1f MB in %.2f s wall (%.2f s CPU): %.0f files/s, %.1f MB/s; peak RSS %.1f MB; findings %s"
      % (summary["files_scanned"], mb, seconds, cpu, summary["files_scanned"] / seconds, mb / seconds,
         rss / 1024, summary["findings"]))
PY
rm -f "$report" "$report.json"
