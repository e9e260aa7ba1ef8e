#!/usr/bin/env bash
# Runs clang-tidy (the repository's .clang-tidy) over the production sources (model/, widgets/,
# app/) with the build's compile_commands.json; fails on a finding. Runs inside the build root
# (clang-tidy 19) unless the host has clang-tidy 19 itself. Needs the build made first (moc
# and resource outputs must exist for the includes to resolve): .ci/run calls it after the
# test stage. Usage: packaging/check-tidy.sh [BUILD_DIR]   (default build/release)
#   SPECWRIGHT_TIDY_JOBS=N  parallel clang-tidy processes (default: the number of cores)
#   SPECWRIGHT_TIDY_DIRS="model app/cli"  the folders checked (default: model widgets app)
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$(pwd)
BUILD=${1:-build/release}
[ -f "$BUILD/compile_commands.json" ] || { echo "check-tidy: configure and build $BUILD first" >&2; exit 2; }

if ! { command -v clang-tidy >/dev/null && clang-tidy --version | grep -q 'version 19'; } &&
   [ -z "${SPECWRIGHT_IN_ROOT:-}" ]; then
  exec bash "$SRC/packaging/dev.sh" exec env SPECWRIGHT_IN_ROOT=1 \
    SPECWRIGHT_TIDY_JOBS="${SPECWRIGHT_TIDY_JOBS:-}" \
    SPECWRIGHT_TIDY_DIRS="${SPECWRIGHT_TIDY_DIRS:-}" bash "$SRC/packaging/check-tidy.sh" "$BUILD"
fi

# The translation units of the production code that the build compiles (not tests, not the
# generated moc/qrc sources).
mapfile -t files < <(python3 - "$BUILD/compile_commands.json" "$SRC" \
  ${SPECWRIGHT_TIDY_DIRS:-model widgets app} <<'PY'
import json, os, sys
src = os.path.realpath(sys.argv[2])
dirs = [d.rstrip("/") for d in sys.argv[3:]]
seen = set()
for entry in json.load(open(sys.argv[1])):
    path = os.path.realpath(os.path.join(entry["directory"], entry["file"]))
    rel = os.path.relpath(path, src)
    if any(rel == d or rel.startswith(d + os.sep) for d in dirs) and rel not in seen:
        seen.add(rel)
        print(rel)
PY
)
[ "${#files[@]}" -gt 0 ] || { echo "check-tidy: no sources in $BUILD/compile_commands.json" >&2; exit 2; }
# Moc, uic and resource outputs must exist for the includes to resolve.
cmake --build "$BUILD" --target specwright_model_autogen specwright_widgets_autogen \
  specwright_app_autogen specc_autogen >/dev/null

log=$(mktemp)
status=0
printf '%s\n' "${files[@]}" | sort | xargs -P "${SPECWRIGHT_TIDY_JOBS:-$(nproc)}" -n 4 \
  clang-tidy -p "$BUILD" --quiet >"$log" 2>/dev/null || status=$?
if [ "$status" != 0 ]; then
  grep -E 'warning:|error:' -A3 "$log" >&2 || cat "$log" >&2
  rm -f "$log"
  echo "error: clang-tidy findings (see above); fix them or discuss a change to .clang-tidy" >&2
  exit 1
fi
rm -f "$log"
echo "check-tidy: ${#files[@]} files ok"
