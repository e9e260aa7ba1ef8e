#!/usr/bin/env bash
# CI stage: the whole ctest suite built with AddressSanitizer + UndefinedBehaviorSanitizer in
# its own build folder (build/asan). Any report fails the test that caused it (halt_on_error),
# and so this stage.
#   tests/sanitize/run-asan.sh [ctest args...]     e.g. -R tst_git_history
set -euo pipefail
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${SPECWRIGHT_ASAN_BUILD_DIR:-$SRC/build/asan}
JOBS=${SPECWRIGHT_JOBS:-$(nproc)}
TARGETS=${SPECWRIGHT_ASAN_TARGETS:-all}
ctest_args=$(printf '%q ' "$@")
SUPP="$SRC/tests/sanitize/lsan.supp"
exec bash "$SRC/packaging/dev.sh" exec bash -c "
  set -euo pipefail
  cmake -S '$SRC' -B '$BUILD' -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG='-O1 -g1' \
        -DSPECWRIGHT_SANITIZE=ON -DSPECWRIGHT_BUILD_BENCH=OFF >/dev/null
  cmake --build '$BUILD' -j$JOBS --target $TARGETS
  cd '$BUILD'
  export QT_QPA_PLATFORM=offscreen
  export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:detect_stack_use_after_return=0:strict_string_checks=1
  export LSAN_OPTIONS=suppressions='$SUPP':print_suppressions=0
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions='$SRC/tests/sanitize/ubsan.supp'
  # Sanitized code runs several times slower: a longer per-test timeout than the release run.
  ctest --output-on-failure -j$JOBS --timeout 1200 $ctest_args
"
