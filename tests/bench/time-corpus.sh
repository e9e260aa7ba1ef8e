#!/usr/bin/env bash
# Times `specc lint` and `specc outline` against markdownlint-cli2 on the real specs (one
# folder per corpus, every .md under it), median of RUNS whole-process runs each.
#
#   tests/bench/time-corpus.sh specc SPECC RUNS CORPUS_DIR     (in the build environment)
#   tests/bench/time-corpus.sh markdownlint MDL RUNS CORPUS_DIR  (on the host: node is there)
# Rows: "TOOL<TAB>CORPUS<TAB>ms"; specc also writes "files" and "bytes" rows.
set -euo pipefail
mode=$1 tool=$2 runs=$3 corpus=$4
now_us() { echo $(( $(date +%s%N) / 1000 )); }
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) exit; if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
ms() { awk -v us="$1" 'BEGIN {printf "%.1f", us / 1000}'; }
for dir in "$corpus"/*/; do
  name=$(basename "$dir")
  mapfile -t files < <(find "$dir" -name '*.md' -type f | sort)
  [ ${#files[@]} -gt 0 ] || continue
  case $mode in
    specc)
      printf 'files\t%s\t%s\n' "$name" "${#files[@]}"
      printf 'bytes\t%s\t%s\n' "$name" "$(cat "${files[@]}" | wc -c)"
      "$tool" lint "$dir" >/dev/null 2>&1 || true # warm-up
      lint=$(for ((i = 0; i < runs; i++)); do
               t0=$(now_us); "$tool" lint "$dir" >/dev/null 2>&1 || true; echo $(( $(now_us) - t0 ))
             done | median)
      outline=$(for ((i = 0; i < runs; i++)); do
                  t0=$(now_us)
                  for f in "${files[@]}"; do "$tool" outline "$f" >/dev/null 2>&1 || true; done
                  echo $(( $(now_us) - t0 ))
                done | median)
      printf 'specc-lint\t%s\t%s\n' "$name" "$(ms "$lint")"
      printf 'specc-outline\t%s\t%s\n' "$name" "$(ms "$outline")"
      ;;
    markdownlint)
      (cd "$dir" && "$tool" '**/*.md' >/dev/null 2>&1) || true # warm-up
      t=$(for ((i = 0; i < runs; i++)); do
            t0=$(now_us); (cd "$dir" && "$tool" '**/*.md' >/dev/null 2>&1) || true
            echo $(( $(now_us) - t0 ))
          done | median)
      printf 'markdownlint-cli2\t%s\t%s\n' "$name" "$(ms "$t")"
      ;;
  esac
done
