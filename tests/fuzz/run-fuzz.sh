#!/usr/bin/env bash
# CI stage: builds the libFuzzer targets with clang in build/fuzz and runs each for a bounded
# time (SPECWRIGHT_FUZZ_SECONDS, default 30) from the seeds in tests/fuzz/seeds, which are our
# own fixtures. A crash, leak, timeout or sanitizer report fails the stage; the input is kept in
# build/fuzz/artifacts so it can become a regression test. Prints the executions of each target.
set -euo pipefail
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${SPECWRIGHT_FUZZ_BUILD_DIR:-$SRC/build/fuzz}
SECONDS_EACH=${SPECWRIGHT_FUZZ_SECONDS:-30}
JOBS=${SPECWRIGHT_JOBS:-$(nproc)}
TARGETS=${SPECWRIGHT_FUZZ_TARGETS:-"spec_parser lint section_diff example_parser config"}
exec bash "$SRC/packaging/dev.sh" exec bash -c "
  set -uo pipefail
  cmake -S '$SRC' -B '$BUILD' -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DSPECWRIGHT_BUILD_FUZZ=ON -DSPECWRIGHT_BUILD_TESTS=OFF \
        -DSPECWRIGHT_BUILD_BENCH=OFF >/dev/null || exit 1
  targets=''
  for t in $TARGETS; do targets=\"\$targets fuzz_\$t\"; done
  cmake --build '$BUILD' -j$JOBS --target \$targets || exit 1
  export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  mkdir -p '$BUILD/artifacts'
  failed=0
  total=0
  for t in $TARGETS; do
    corpus='$BUILD/corpus/'\$t
    mkdir -p \"\$corpus\"
    log='$BUILD/fuzz-'\$t'.log'
    # The corpus folder grows across runs; the seeds are read, never written.
    '$BUILD/tests/fuzz/fuzz_'\$t -max_total_time=$SECONDS_EACH -timeout=20 -rss_limit_mb=2560 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix='$BUILD/artifacts/'\$t- \
        \"\$corpus\" '$SRC/tests/fuzz/seeds/'\$t >\"\$log\" 2>&1
    rc=\$?
    runs=\$(sed -n 's/^stat::number_of_executed_units: *//p' \"\$log\" | tail -1)
    runs=\${runs:-0}
    total=\$((total + runs))
    if [ \$rc -ne 0 ]; then
      failed=1
      echo \"fuzz_\$t: FAILED after \$runs executions (exit \$rc); input kept in $BUILD/artifacts:\"
      grep -E 'ERROR|SUMMARY|Test unit written|runtime error' \"\$log\" | head -20
    else
      echo \"fuzz_\$t: \$runs executions in ${SECONDS_EACH}s, no crash\"
    fi
  done
  echo \"fuzzing: \$total executions in total\"
  exit \$failed
"
