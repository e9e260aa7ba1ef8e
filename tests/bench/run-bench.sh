#!/usr/bin/env bash
# Runs the Specwright benchmarks and prints one table (`bash packaging/dev.sh bench`):
#  1. generates Model-Spec-shaped inputs of 100 KB, 270 KB, 1 MB and 4 MB, two versions each
#     (tests/bench/make_spec.py, in the build environment);
#  2. installs markdownlint-cli2 with npm into a cache outside the clone and times it on the
#     host (node and npm are host tools; the build root has neither);
#  3. builds specwright_bench and specc in Release in the build environment;
#  4. runs specwright_bench there (offscreen), which times everything else next to its
#     reference in the same run and prints the table (also written as Markdown);
#  5. side by side (SPECWRIGHT_BENCH_EDITORS=0 skips it): Specwright, Ghostwriter and Kate
#     launched on the 1 MB and 5 MB specs under Xvfb (Ghostwriter and Kate from the bench root,
#     packaging/bench-root.sh), and specc lint / outline against markdownlint-cli2 on the real
#     specs in ../shared/corpus/real; printed as a second table.
# Extra arguments go to specwright_bench, e.g. `--only parse,render` or `--runs-scale 0.5`.
# Environment: SPECWRIGHT_BENCH_DIR (build folder, default build/bench),
# SPECWRIGHT_BENCH_SIZES (default "100K 270K 1M 5M"), SPECWRIGHT_NPM_CACHE.
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${SPECWRIGHT_BENCH_DIR:-$SRC/build/bench}
SIZES=${SPECWRIGHT_BENCH_SIZES:-100K 270K 1M 5M}
INPUTS=$BUILD/inputs
NPM_PREFIX=${SPECWRIGHT_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/specwright/npm}
MARKDOWNLINT_VERSION=0.22.1
DEV=(bash "$SRC/packaging/dev.sh" exec)
say() { printf 'bench: %s\n' "$*" >&2; }

mkdir -p "$BUILD"
BUILD=$(cd "$BUILD" && pwd)
INPUTS=$BUILD/inputs
case "$BUILD/" in
  "$SRC"/*) ;;
  *) export SPECWRIGHT_EXTRA_BIND=$BUILD ;; # dev.sh binds only the source tree otherwise
esac

# 1. Inputs, regenerated when the generator or the size list changes.
stamp="$(sha256sum "$SRC/tests/bench/make_spec.py" | cut -c1-16) $SIZES"
if [ "$(cat "$INPUTS/.stamp" 2>/dev/null || true)" != "$stamp" ]; then
  say "generating inputs ($SIZES) in $INPUTS"
  rm -rf "$INPUTS"
  mkdir -p "$INPUTS"
  # inputs/spec-<size>/spec.md with its examples/ folder (a workspace of its own) and
  # inputs/spec-<size>-v2.md, the edited version.
  gen="set -e; for s in $SIZES; do
         python3 '$SRC/tests/bench/make_spec.py' --size \$s --out '$INPUTS/spec-'\$s'/spec.md' \
           --examples-dir '$INPUTS/spec-'\$s'/examples'
         python3 '$SRC/tests/bench/make_spec.py' --size \$s --version 2 --out '$INPUTS/spec-'\$s'-v2.md'
       done"
  "${DEV[@]}" bash -c "$gen"
  printf '%s\n' "$stamp" > "$INPUTS/.stamp"
fi

# 2. markdownlint-cli2 on the host, median of several runs per size.
REFERENCE=$BUILD/reference.tsv
: > "$REFERENCE"
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) exit; if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
MDL=$NPM_PREFIX/node_modules/.bin/markdownlint-cli2
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [ ! -x "$MDL" ] || ! grep -q "\"version\": \"$MARKDOWNLINT_VERSION\"" \
        "$NPM_PREFIX/node_modules/markdownlint-cli2/package.json" 2>/dev/null; then
    say "installing markdownlint-cli2@$MARKDOWNLINT_VERSION into $NPM_PREFIX"
    mkdir -p "$NPM_PREFIX"
    npm install --prefix "$NPM_PREFIX" --no-audit --no-fund --loglevel=error \
      "markdownlint-cli2@$MARKDOWNLINT_VERSION" >&2 || say "npm install failed: no markdownlint figures"
  fi
fi
if [ -x "$MDL" ]; then
  # One run on a tiny file first, so node and the modules are in the page cache.
  printf '# warm-up\n' > "$INPUTS/warm-up.md"
  (cd "$INPUTS" && "$MDL" warm-up.md >/dev/null 2>&1) || true
  for s in $SIZES; do
    case $s in 100K|270K|300K) runs=5 ;; *) runs=3 ;; esac
    say "markdownlint-cli2 on spec-$s/spec.md ($runs runs)"
    ms=$(for ((i = 0; i < runs; i++)); do
           t0=$(date +%s%N)
           (cd "$INPUTS/spec-$s" && "$MDL" spec.md >/dev/null 2>&1) || true # exit 1: findings
           t1=$(date +%s%N)
           echo $(( (t1 - t0) / 1000 ))
         done | median)
    printf 'markdownlint-cli2\t%s\t%s\n' "$s" "$(awk -v us="$ms" 'BEGIN {printf "%.1f", us / 1000}')" \
      >> "$REFERENCE"
  done
else
  say "node/npm not found on the host: markdownlint-cli2 rows will be n/a"
fi

# 3. Build (Release; the unit tests are not needed here).
say "building specwright_bench, specc and specwright (Release) in $BUILD"
"${DEV[@]}" bash -c "cmake -S '$SRC' -B '$BUILD' -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DSPECWRIGHT_BUILD_TESTS=OFF -DSPECWRIGHT_BUILD_BENCH=ON >/dev/null \
  && cmake --build '$BUILD' --target specwright_bench -j$(nproc) >&2"
# specc only feeds the CLI rows: when it does not build, those rows say n/a.
"${DEV[@]}" bash -c "cmake --build '$BUILD' --target specc specwright -j$(nproc) >&2" \
  || say "specc or specwright did not build: their rows will be n/a"

# 4. Run.
sizes_csv=$(echo "$SIZES" | tr ' ' ',')
"${DEV[@]}" env QT_QPA_PLATFORM=offscreen "$BUILD/tests/bench/specwright_bench" \
  --inputs "$INPUTS" --sizes "$sizes_csv" --reference "$REFERENCE" --specc "$BUILD/app/specc" \
  --markdown "$BUILD/bench-table.md" "$@"
say "table also written to $BUILD/bench-table.md"

# 5. Side by side with Ghostwriter, Kate and markdownlint-cli2.
[ "${SPECWRIGHT_BENCH_EDITORS:-1}" = 0 ] && exit 0
CORPUS=${SPECWRIGHT_CORPUS_DIR:-$SRC/../shared/corpus}/real
: > "$BUILD/corpus.tsv"
if [ -d "$CORPUS" ]; then
  say "specc lint / outline on the real specs in $CORPUS"
  "${DEV[@]}" bash "$SRC/tests/bench/time-corpus.sh" specc "$BUILD/app/specc" 5 "$CORPUS" \
    >> "$BUILD/corpus.tsv" || say "specc corpus timing failed"
  if [ -x "$MDL" ]; then
    say "markdownlint-cli2 on the real specs"
    bash "$SRC/tests/bench/time-corpus.sh" markdownlint "$MDL" 5 "$CORPUS" >> "$BUILD/corpus.tsv"
  fi
fi
editor_inputs=()
for s in 1M 5M; do
  f=$INPUTS/spec-$s/spec.md
  [ -f "$f" ] || "${DEV[@]}" python3 "$SRC/tests/bench/make_spec.py" --size $s --out "$f" \
    --examples-dir "$INPUTS/spec-$s/examples"
  editor_inputs+=("$f")
done
if [ "$(id -u)" = 0 ] || [ -f "$(bash "$SRC/packaging/bench-root.sh" path 2>/dev/null)/.complete" ]; then
  say "Specwright, Ghostwriter and Kate under Xvfb (${SPECWRIGHT_EDITOR_RUNS:-3} runs each)"
  bash "$SRC/tests/bench/time-editors.sh" "$BUILD/app/specwright" "${SPECWRIGHT_EDITOR_RUNS:-3}" \
    "$BUILD/editors.tsv" "${editor_inputs[@]}" || say "editor timing failed"
else
  say "no bench root (creating it needs root): no Ghostwriter / Kate rows"
fi
echo
bash "$SRC/tests/bench/comparison-table.sh" "$BUILD/editors.tsv" "$BUILD/corpus.tsv" \
  | tee "$BUILD/comparison-table.txt"
