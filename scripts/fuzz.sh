#!/usr/bin/env bash
# Builds the libFuzzer target with the address sanitizer and runs it.
#   scripts/fuzz.sh [SECONDS]            fuzz for SECONDS (default 60), seeded with vectors and samples
#   scripts/fuzz.sh --replay             replay Fuzz/corpus/regressions only (no new inputs)
# Crashes are written to fuzz-artifacts/; copy each one into Fuzz/corpus/regressions/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-60}"

export AGTOKEN_FUZZ=1
swift_bin=$(dirname "$(readlink -f "$(command -v swift)")")
AGTOKEN_FUZZER_LIB=$(ls "$swift_bin"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null | head -1)
[ -n "$AGTOKEN_FUZZER_LIB" ] || { echo "fuzz: libclang_rt.fuzzer_no_main not found in the toolchain" >&2; exit 1; }
export AGTOKEN_FUZZER_LIB
mkdir -p .build-fuzz
if ! swift build --scratch-path .build-fuzz --product agtoken-fuzz \
  >.build-fuzz/build.log 2>&1; then
  grep -E "error" .build-fuzz/build.log | head -20 >&2
  echo "fuzz: build failed (log: .build-fuzz/build.log)" >&2
  exit 1
fi
binary=.build-fuzz/debug/agtoken-fuzz

seeds=.build-fuzz/seeds
rm -rf "$seeds" && mkdir -p "$seeds" fuzz-artifacts
python3 - "$seeds" <<'PY'
import json, pathlib, sys, hashlib
out = pathlib.Path(sys.argv[1])
def put(text):
    data = text.encode("utf-8", "surrogatepass")
    (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
for name in ["tokens-007.json", "tokens-006.json", "tokens-legacy.json", "malformed.json", "real-world.json"]:
    for case in json.loads(pathlib.Path("Tests/Fixtures", name).read_text()):
        for key in ("token", "key", "input"):
            if isinstance(case.get(key), str):
                put(case[key])
for sample in pathlib.Path("samples").glob("*.token"):
    put(sample.read_text())
PY

if [ "$mode" = "--replay" ]; then
  "$binary" -runs=0 Fuzz/corpus/regressions
else
  "$binary" -max_total_time="$mode" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=fuzz-artifacts/ -print_final_stats=1 "$seeds" Fuzz/corpus/regressions
fi
