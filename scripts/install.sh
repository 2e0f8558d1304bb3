#!/usr/bin/env bash
# Builds agtoken in release with the Swift runtime linked statically and installs it.
#
#   scripts/install.sh [--prefix DIR] [--skip-build]   install (default prefix /usr/local)
#   scripts/install.sh --uninstall [--prefix DIR]       remove exactly what an install wrote
#
# Installs DIR/bin/agtoken, DIR/bin/agtoken-serve, the man page DIR/share/man/man1/agtoken.1 and
# completions for bash, zsh and fish, and records every file in
# DIR/share/agtoken/install-manifest.txt, which --uninstall reads. The binaries need only glibc,
# libstdc++, libgcc_s and zlib at run time: no Swift toolchain.
set -euo pipefail

prefix=/usr/local
uninstall=0
build=1
usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install: --prefix needs a directory" >&2; exit 2; }
      prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --uninstall) uninstall=1; shift ;;
    --skip-build) build=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$prefix" ] || { echo "install: --prefix is empty" >&2; exit 2; }
manifest="$prefix/share/agtoken/install-manifest.txt"

if [ "$uninstall" = 1 ]; then
  [ -f "$manifest" ] || { echo "install: nothing to uninstall: $manifest not found" >&2; exit 1; }
  while IFS= read -r file; do
    [ -n "$file" ] || continue
    case "$file" in
      "$prefix"/*) rm -f -- "$file" ;;
      *) echo "install: skipping $file: outside $prefix" >&2 ;;
    esac
  done <"$manifest"
  rm -f -- "$manifest"
  # Only directories this script may have made, and only when empty.
  for dir in share/agtoken share/fish/vendor_completions.d share/fish share/zsh/site-functions \
    share/zsh share/bash-completion/completions share/bash-completion share/man/man1 share/man \
    share bin; do
    rmdir -- "$prefix/$dir" 2>/dev/null || true
  done
  echo "install: removed agtoken from $prefix"
  exit 0
fi

cd "$(dirname "$0")/.."
command -v swift >/dev/null || { echo "install: swift is not on PATH (https://swift.org/install)" >&2; exit 2; }
if ! { [ -f /usr/include/zlib.h ] || pkg-config --exists zlib 2>/dev/null; }; then
  echo "install: the zlib headers are missing (apt-get install zlib1g-dev)" >&2
  exit 2
fi
flags=(-c release --static-swift-stdlib)
if [ "$build" = 1 ]; then
  echo "install: building in release with the Swift runtime linked statically (several minutes the first time)"
  swift build "${flags[@]}" --product agtoken
  swift build "${flags[@]}" --product agtoken-serve
fi
bin_dir=$(swift build "${flags[@]}" --show-bin-path)
for product in agtoken agtoken-serve; do
  [ -x "$bin_dir/$product" ] || { echo "install: $bin_dir/$product is missing; run without --skip-build" >&2; exit 2; }
done

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
"$bin_dir/agtoken" --generate-completion-script bash >"$stage/agtoken.bash"
"$bin_dir/agtoken" --generate-completion-script zsh >"$stage/_agtoken"
"$bin_dir/agtoken" --generate-completion-script fish >"$stage/agtoken.fish"
scripts/make-manual.sh "$bin_dir/agtoken" >"$stage/agtoken.1"

installed=()
put() { # mode source destination
  install -D -m "$1" "$2" "$3"
  installed+=("$3")
}
# Stripped: the symbols are a third of the file and nothing at run time reads them.
for product in agtoken agtoken-serve; do
  cp "$bin_dir/$product" "$stage/$product"
  if command -v strip >/dev/null; then strip "$stage/$product"; fi
done
put 755 "$stage/agtoken" "$prefix/bin/agtoken"
put 755 "$stage/agtoken-serve" "$prefix/bin/agtoken-serve"
put 644 "$stage/agtoken.1" "$prefix/share/man/man1/agtoken.1"
put 644 "$stage/agtoken.bash" "$prefix/share/bash-completion/completions/agtoken"
put 644 "$stage/_agtoken" "$prefix/share/zsh/site-functions/_agtoken"
put 644 "$stage/agtoken.fish" "$prefix/share/fish/vendor_completions.d/agtoken.fish"
mkdir -p "$(dirname "$manifest")"
printf '%s\n' "${installed[@]}" >"$manifest"
echo "install: installed agtoken $("$prefix/bin/agtoken" --version) in $prefix"
echo "install: try: $prefix/bin/agtoken inspect samples/rtc-publisher.token"
