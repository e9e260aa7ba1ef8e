#!/usr/bin/env bash
# Times Specwright, Ghostwriter and Kate the way a user meets them: each is launched on the same
# file under one Xvfb, and we record when its window showing the file is mapped (the first
# paint of the text follows at once), when it has gone idle (no CPU for 500 ms: the preview,
# lint or highlighting it does on opening is done) and its peak memory (VmHWM, summed over the
# processes it started, e.g. Ghostwriter's web engine).
#
#   tests/bench/time-editors.sh SPECWRIGHT_BINARY RUNS OUT.tsv FILE...
#
# Ours runs in the build root (packaging/dev.sh exec), theirs in the bench root
# (packaging/bench-root.sh exec); both start through bwrap, so launch costs compare.
# Rows: "window:EDITOR<TAB>SIZE<TAB>ms", "ready:EDITOR...", "peak:EDITOR<TAB>SIZE<TAB>MB".
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OURS=$1 RUNS=$2 OUT=$3
shift 3
DISPLAY_NUMBER=57
export DISPLAY=:$DISPLAY_NUMBER
say() { printf 'bench: %s\n' "$*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) exit; if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

command -v xwininfo >/dev/null || { say "xwininfo (x11-utils) missing on the host: no editor rows"; exit 0; }
mkdir -p /tmp/.X11-unix && chmod 1777 /tmp/.X11-unix
rm -f "/tmp/.X11-unix/X$DISPLAY_NUMBER" # a socket left by a killed run
bash "$SRC/packaging/bench-root.sh" path >/dev/null
bash "$SRC/packaging/bench-root.sh" exec Xvfb ":$DISPLAY_NUMBER" -screen 0 1600x1000x24 -nolisten tcp \
  >/dev/null 2>&1 &
XVFB=$!
cleanup() { kill "$XVFB" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 100); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done

descendants() { # PID and all its descendants
  local p=$1 c
  echo "$p"
  for c in $(ps -o pid= --ppid "$p" 2>/dev/null); do descendants "$c"; done
}
# Sum over the editor's own processes (not bwrap, bash or env) of a /proc/PID/status field.
sum_status() {
  local field=$1 total=0 p v
  for p in $(descendants "$2"); do
    case "$(cat "/proc/$p/comm" 2>/dev/null)" in bwrap|bash|env|'') continue ;; esac
    v=$(awk -v f="$field:" '$1 == f {print $2}' "/proc/$p/status" 2>/dev/null || true)
    total=$(( total + ${v:-0} ))
  done
  echo "$total"
}
cpu_ticks() {
  local total=0 p
  for p in $(descendants "$1"); do
    total=$(( total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}

launch() { # EDITOR FILE: starts it in the background, sets PID
  local editor=$1 file=$2
  case $editor in
    specwright) bash "$SRC/packaging/dev.sh" exec env DISPLAY="$DISPLAY" QT_QPA_PLATFORM=xcb \
                  "$OURS" "$file" >/dev/null 2>&1 & ;;
    ghostwriter) SPECWRIGHT_EXTRA_BIND=$(dirname "$file") bash "$SRC/packaging/bench-root.sh" exec \
                  env DISPLAY="$DISPLAY" QTWEBENGINE_DISABLE_SANDBOX=1 ghostwriter "$file" >/dev/null 2>&1 & ;;
    kate) SPECWRIGHT_EXTRA_BIND=$(dirname "$file") bash "$SRC/packaging/bench-root.sh" exec \
                  env DISPLAY="$DISPLAY" kate -b -n "$file" >/dev/null 2>&1 & ;;
  esac
  PID=$!
}

: > "$OUT"
for file in "$@"; do
  size=$(basename "$(dirname "$file")"); size=${size#spec-}
  name=$(basename "$file")
  for editor in specwright ghostwriter kate; do
    windows=() readies=() peaks=()
    for ((r = 0; r < RUNS; r++)); do
      for _ in $(seq 50); do # the previous run's window must be gone
        xwininfo -root -tree 2>/dev/null | grep -F "\"$name" >/dev/null || break
        sleep 0.1
      done
      t0=$(now_ms)
      launch "$editor" "$file"
      window=-1
      while [ $(( $(now_ms) - t0 )) -lt 60000 ]; do
        if xwininfo -root -tree 2>/dev/null | grep -F "\"$name" >/dev/null; then
          window=$(( $(now_ms) - t0 )); break
        fi
        sleep 0.02
      done
      # Idle: under 3 % of a CPU over the last second (at most 90 s after launch); the time
      # is that of the start of the quiet second.
      history=() ready=-1
      while [ $(( $(now_ms) - t0 )) -lt 90000 ]; do
        history+=("$(now_ms):$(cpu_ticks "$PID")")
        n=${#history[@]}
        if [ "$n" -gt 10 ]; then
          old=${history[$((n - 11))]} cur=${history[$((n - 1))]}
          if [ $(( ${cur#*:} - ${old#*:} )) -le 3 ] && [ "$window" -ge 0 ]; then
            ready=$(( ${old%%:*} - t0 )); break
          fi
        fi
        sleep 0.1
      done
      peak=$(sum_status VmHWM "$PID")
      for p in $(descendants "$PID" | tac); do kill "$p" 2>/dev/null || true; done
      wait "$PID" 2>/dev/null || true
      say "$editor $size run $r: window ${window} ms, idle ${ready} ms, VmHWM $(( peak / 1024 )) MB"
      [ "$window" -ge 0 ] && windows+=("$window")
      [ "$ready" -ge 0 ] && readies+=("$ready")
      peaks+=("$peak")
    done
    [ ${#windows[@]} -gt 0 ] && printf 'window:%s\t%s\t%s\n' "$editor" "$size" \
      "$(printf '%s\n' "${windows[@]}" | median)" >> "$OUT"
    [ ${#readies[@]} -gt 0 ] && printf 'ready:%s\t%s\t%s\n' "$editor" "$size" \
      "$(printf '%s\n' "${readies[@]}" | median)" >> "$OUT"
    printf 'peak:%s\t%s\t%s\n' "$editor" "$size" \
      "$(printf '%s\n' "${peaks[@]}" | median | awk '{printf "%.0f", $1 / 1024}')" >> "$OUT"
  done
done
