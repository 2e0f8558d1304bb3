#!/usr/bin/env bash
# Writes the agtoken(1) man page to stdout, made by swift-argument-parser's own manual generator
# (its `generate-manual` tool, the one behind `swift package generate-manual`) from the built
# binary's help.
#   scripts/make-manual.sh [PATH/TO/agtoken]     default .build/release/agtoken
set -euo pipefail
cd "$(dirname "$0")/.."
tool="${1:-.build/release/agtoken}"
[ -x "$tool" ] || { echo "make-manual: $tool is not built" >&2; exit 2; }
swift build --product generate-manual >/dev/null 2>&1 || {
  echo "make-manual: cannot build swift-argument-parser's generate-manual" >&2
  exit 2
}
generator="$(swift build --show-bin-path)/generate-manual"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# A fixed date keeps the page reproducible: the CHANGELOG's, not the clock's.
"$generator" "$tool" --output-directory "$out" --date "${AGTOKEN_MANUAL_DATE:-2026-12-06}" >/dev/null
cat "$out/agtoken.1"
