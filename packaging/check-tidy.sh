#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy) over model/ with the build's compile_commands.json; fails on a
# finding. Usage: packaging/check-tidy.sh [BUILD_DIR] (default build/release, configured)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build/release}
[ -f "$BUILD/compile_commands.json" ] || { echo "check-tidy: configure $BUILD first" >&2; exit 2; }
mapfile -t files < <(find model -name '*.cpp' | sort)
# Moc and resource outputs must exist for the includes to resolve.
cmake --build "$BUILD" --target specwright_model_autogen >/dev/null
status=0
printf '%s\n' "${files[@]}" | xargs -P "${SPECWRIGHT_TIDY_JOBS:-2}" -n 8 \
  clang-tidy -p "$BUILD" --quiet 2>/dev/null || status=$?
[ "$status" = 0 ] && echo "check-tidy: ${#files[@]} files ok"
exit "$status"
