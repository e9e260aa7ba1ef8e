#!/usr/bin/env bash
# Fails when a C++ file deviates from the repository's .clang-format (clang-format 19, as in the
# build root). Fix with: bash packaging/dev.sh exec clang-format -i FILES
# Usage: packaging/check-format.sh [SOURCE_DIR]
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
SRC=$(pwd)

run() {
  if command -v clang-format >/dev/null && clang-format --version | grep -q 'version 19'; then
    "$@"
  else
    bash "$SRC/packaging/dev.sh" exec "$@"
  fi
}

# Fixtures and golden outputs under tests/data are data, not code.
mapfile -t files < <(git ls-files '*.cpp' '*.h' ':!:tests/data/*' | while read -r f; do
  [ -f "$f" ] && printf '%s\n' "$f"; done)
[ "${#files[@]}" -gt 0 ] || { echo "check-format: no files"; exit 0; }
if ! run clang-format --dry-run --Werror "${files[@]}" 2>/tmp/check-format.$$; then
  grep -oE '^[^ :]+\.(cpp|h):[0-9]+:[0-9]+: error' /tmp/check-format.$$ | cut -d: -f1 | sort -u \
    | sed 's/^/not formatted: /' >&2 || cat /tmp/check-format.$$ >&2
  rm -f /tmp/check-format.$$
  echo "error: run clang-format -i on the files above (packaging/dev.sh exec clang-format -i)" >&2
  exit 1
fi
rm -f /tmp/check-format.$$
echo "check-format: ${#files[@]} files ok"
