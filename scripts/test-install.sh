#!/usr/bin/env bash
# End-to-end test of scripts/install.sh: installs into a fresh prefix, runs the installed
# binaries with an empty environment, checks that ldd lists no Swift or Foundation library,
# checks the man page and completions, then uninstalls and checks that the prefix is empty.
#   scripts/test-install.sh [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail() { echo "test-install: FAIL: $*" >&2; exit 1; }
ok() { echo "test-install: ok: $*"; }

scripts/install.sh --prefix "$prefix" "$@"

for file in bin/agtoken bin/agtoken-serve share/man/man1/agtoken.1 \
  share/bash-completion/completions/agtoken share/zsh/site-functions/_agtoken \
  share/fish/vendor_completions.d/agtoken.fish share/agtoken/install-manifest.txt; do
  [ -s "$prefix/$file" ] || fail "$file was not installed"
done
ok "binaries, man page, completions and manifest installed"

for binary in agtoken agtoken-serve; do
  libraries=$(ldd "$prefix/bin/$binary")
  echo "$libraries" | sed "s/^/test-install: ldd $binary: /"
  if echo "$libraries" | grep -Eiq 'libswift|libFoundation|libdispatch|libBlocksRuntime|not found'; then
    fail "$binary links a Swift runtime library or misses one"
  fi
done
ok "ldd lists no libswift*, Foundation or dispatch library"

out=$(env -i "$prefix/bin/agtoken" inspect --now 2024-06-10T08:00:00Z samples/rtc-publisher.token)
echo "$out" | grep -q "7b1e6f0c2a9d48e3b5c4d3e2f1a09876" || fail "agtoken inspect printed: $out"
ok "agtoken inspect runs with an empty environment"
env -i "$prefix/bin/agtoken" scan --now 2024-06-10T08:00:00Z -q samples/rtc-publisher.token >/dev/null &&
  fail "scan of a committed token should exit 1" || [ $? -eq 1 ] || fail "scan exit code"
ok "agtoken scan runs with an empty environment"
env -i "$prefix/bin/agtoken" serve --version | grep -q . || fail "agtoken serve --version"
env -i "$prefix/bin/agtoken-serve" --help | grep -q -- "--port" || fail "agtoken-serve --help"
ok "agtoken serve finds agtoken-serve beside it"
man -l "$prefix/share/man/man1/agtoken.1" 2>/dev/null | grep -q "agtoken" ||
  grep -q '^.Nm agtoken' "$prefix/share/man/man1/agtoken.1" || fail "the man page does not render"
ok "the man page renders"
grep -q "_agtoken" "$prefix/share/zsh/site-functions/_agtoken" || fail "zsh completion"
grep -q "complete -c" "$prefix/share/fish/vendor_completions.d/agtoken.fish" || fail "fish completion"
grep -q "agtoken" "$prefix/share/bash-completion/completions/agtoken" || fail "bash completion"
ok "completions for bash, zsh and fish"
du -h "$prefix/bin/agtoken" "$prefix/bin/agtoken-serve" | sed 's/^/test-install: size: /'

scripts/install.sh --uninstall --prefix "$prefix"
left=$(find "$prefix" -mindepth 1)
[ -z "$left" ] || fail "uninstall left: $left"
ok "uninstall removed exactly what was installed"
echo "test-install: all checks passed"
