#!/usr/bin/env bash
# Fails when production code (model/ widgets/ app/) spins a nested event loop or sleeps: the UI
# thread must never block or re-enter, and background work runs on model/concurrency.
# Usage: packaging/check-blocking-calls.sh [SOURCE_DIR]
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

pattern='\b(processEvents|QEventLoop|msleep|usleep|sleep_for|sleep_until)\b|QThread::sleep\b'

hits=$(grep -rnE --include='*.cpp' --include='*.h' "$pattern" model widgets app \
         | grep -vE '^[^:]+:[0-9]+:\s*//' || true)
if [ -n "$hits" ]; then
  printf '%s\n' "$hits" >&2
  echo "error: processEvents, QEventLoop or a sleep in production code (see above); use" \
       "LatestResult (model/concurrency) and signals instead" >&2
  exit 1
fi

# Threads, pools and futures of their own: background work goes through model/concurrency.
own='QtConcurrent::|\bQFutureWatcher\b|\bQThreadPool\b|\bQPromise\b|\bQThread +[A-Za-z_]|new QThread\b|std::(thread|async|jthread)\b'
hits=$(grep -rnE --include='*.cpp' --include='*.h' "$own" model widgets app \
         | grep -vE '^model/concurrency/' | grep -vE '^[^:]+:[0-9]+:\s*//' || true)
if [ -n "$hits" ]; then
  printf '%s\n' "$hits" >&2
  echo "error: a thread, pool or future outside model/concurrency (see above); run the work" \
       "with LatestResult (or runInParallel / EventThreadCall) instead" >&2
  exit 1
fi
echo "check-blocking-calls: ok"
