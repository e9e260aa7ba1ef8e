#!/usr/bin/env bash
# Prints the side-by-side table (plain text, also usable as a Markdown code block) from the rows
# that time-editors.sh and time-corpus.sh wrote: ours, theirs and the ratio ours / theirs.
#
#   tests/bench/comparison-table.sh EDITORS.tsv CORPUS.tsv
set -euo pipefail
editors=$1 corpus=$2
printf 'Side by side — Release build, %s, %s logical CPUs, %s\n\n' \
  "$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)" "$(nproc)" "$(date -u '+%Y-%m-%d %H:%M UTC')"
if [ -s "$editors" ]; then
  awk -F'\t' '
    { split($1, k, ":"); v[k[1], k[2], $2] = $3; if (!($2 in seen)) { seen[$2] = 1; sizes[++n] = $2 } }
    function cell(x) { return x == "" ? "n/a" : x }
    function ratio(a, b) { return (a == "" || b == "" || b == 0) ? "n/a" : sprintf("%.2fx", a / b) }
    END {
      printf "%-44s", "editor, same generated spec"
      for (i = 1; i <= n; i++) printf "%14s", sizes[i]
      printf "\n"
      split("window ready peak", what, " ")
      label["window"] = "launch -> window showing the file (ms)"
      label["ready"] = "launch -> idle: opening work done (ms)"
      label["peak"] = "peak memory, VmHWM (MB)"
      for (w = 1; w <= 3; w++) {
        m = what[w]; print label[m]
        split("specwright ghostwriter kate", eds, " ")
        for (e = 1; e <= 3; e++) {
          printf "  %-42s", eds[e]
          for (i = 1; i <= n; i++) printf "%14s", cell(v[m, eds[e], sizes[i]])
          printf "\n"
        }
        for (e = 2; e <= 3; e++) {
          printf "  %-42s", "ratio specwright / " eds[e]
          for (i = 1; i <= n; i++) printf "%14s", ratio(v[m, "specwright", sizes[i]], v[m, eds[e], sizes[i]])
          printf "\n"
        }
      }
    }' "$editors"
  echo
fi
if [ -s "$corpus" ]; then
  awk -F'\t' '
    { v[$1, $2] = $3; if (!($2 in seen)) { seen[$2] = 1; names[++n] = $2 } }
    function cell(x) { return x == "" ? "n/a" : x }
    END {
      printf "%-20s%7s%9s%16s%18s%20s%18s\n", "real specs (ms)", "files", "KB", "specc lint", "specc outline", "markdownlint-cli2", "mdl / specc lint"
      for (i = 1; i <= n; i++) {
        c = names[i]; l = v["specc-lint", c]; m = v["markdownlint-cli2", c]
        printf "%-20s%7s%9.0f%16s%18s%20s%18s\n", c, cell(v["files", c]), v["bytes", c] / 1024,
          cell(l), cell(v["specc-outline", c]), cell(m), (l == "" || m == "" || l == 0) ? "n/a" : sprintf("%.1fx", m / l)
      }
      print "specc outline: one process per file, all files; specc lint and markdownlint-cli2: one process over the folder"
    }' "$corpus"
fi
