#!/usr/bin/env bash
# Specwright developer entry point: builds and runs the IDE, the tests or the benchmarks,
# natively when the host has the Debian 13 packages, else inside a cached Debian 13 root
# (mmdebstrap + bubblewrap).
#
#   packaging/dev.sh run     build (Release) and start the IDE on the sample workspace
#   packaging/dev.sh test    build and run the whole test suite (ctest, offscreen), then
#                            packaging/test-deb.sh (skip: SPECWRIGHT_SKIP_DEB_TEST=1)
#   packaging/dev.sh bench   build and run the benchmark table
#   packaging/dev.sh shell   a shell in the build environment
#   packaging/dev.sh exec CMD...  any command in the build environment
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${SPECWRIGHT_BUILD_DIR:-$SRC/build/release}
# shellcheck source=packaging/buildroot-lib.sh
. "$SRC/packaging/buildroot-lib.sh"

# The packages the build root holds; their list is the cache key of the root.
PACKAGES=(
  g++ cmake ninja-build pkgconf git python3 file xvfb xauth fonts-dejavu-core
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-svg-plugins qt6-httpserver-dev qt6-websockets-dev qt6-translations-l10n
  libkf6syntaxhighlighting-dev libkf6texttemplate-dev libkf6breezeicons-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev libgit2-dev libdtl-dev
  libgtest-dev libtomlplusplus-dev appstream desktop-file-utils dpkg-dev poppler-utils python3-yaml
  libkf6sonnet-dev sonnet6-plugins hunspell-en-us qtkeychain-qt6-dev
  ccache clang clang-format clang-tidy libclang-rt-19-dev nodejs npm
)
SUITE=trixie

host_has_packages() {
  [ "${SPECWRIGHT_NATIVE:-}" = 1 ] && return 0
  [ "${SPECWRIGHT_NATIVE:-}" = 0 ] && return 1
  command -v cmake >/dev/null && command -v ninja >/dev/null && command -v pkg-config >/dev/null \
    || return 1
  pkg-config --exists 'Qt6Widgets >= 6.5' libgit2 libcmark-gfm 2>/dev/null || return 1
  compgen -G "/usr/lib/*/cmake/KF6SyntaxHighlighting" >/dev/null || return 1
  compgen -G "/usr/lib/*/cmake/KF6TextTemplate" >/dev/null || return 1
}

root_dir() {
  local key
  key=$(printf '%s\n' "$SUITE" "${PACKAGES[@]}" | sha256sum | cut -c1-16)
  printf '%s/root-%s\n' "$(cache_dir)" "$key"
}

ensure_root() {
  ROOT=$(root_dir)
  [ -f "$ROOT/.complete" ] && return 0
  [ "$(id -u)" = 0 ] || die "this host lacks the Debian 13 build packages and creating the build \
root needs root (mmdebstrap). Run as root, or install the packages listed in README.md."
  create_debian_root "$ROOT" "$SUITE" "Debian 13 build root" "${PACKAGES[@]}"
}

# Runs "$@" in the build environment with the source tree at the same path as on the host.
in_env() {
  if host_has_packages; then
    "$@"
    return
  fi
  ensure_root
  local args=(--bind "$ROOT" / --proc /proc --dev /dev --tmpfs /tmp
              --bind "$SRC" "$SRC" --chdir "$SRC" --setenv HOME /tmp --setenv LANG C.UTF-8
              --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
              --die-with-parent)
  [ -d /tmp/.X11-unix ] && args+=(--bind /tmp/.X11-unix /tmp/.X11-unix)
  if [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ]; then
    args+=(--ro-bind "$XAUTHORITY" /tmp/.Xauthority --setenv XAUTHORITY /tmp/.Xauthority)
  fi
  [ -n "${SPECWRIGHT_EXTRA_BIND:-}" ] && args+=(--bind "$SPECWRIGHT_EXTRA_BIND" "$SPECWRIGHT_EXTRA_BIND")
  # The real-spec corpora beside the clone (read at run time by the corpus tests).
  local corpus=${SPECWRIGHT_CORPUS_DIR:-$SRC/../shared/corpus}
  if [ -d "$corpus" ]; then
    corpus=$(cd "$corpus" && pwd)
    args+=(--ro-bind "$corpus" "$corpus" --setenv SPECWRIGHT_CORPUS_DIR "$corpus")
  fi
  # Compiler cache shared by every clone on this machine (paths relative to the source tree).
  local ccache_dir
  ccache_dir="$(cache_dir)/ccache"
  mkdir -p "$ccache_dir"
  args+=(--bind "$ccache_dir" "$ccache_dir" --setenv CCACHE_DIR "$ccache_dir"
         --setenv CCACHE_BASEDIR "$SRC")
  # npm tools the tests install (the SARIF Multitool), kept outside the clone like the bench's.
  local npm_dir
  npm_dir="$(cache_dir)/npm"
  mkdir -p "$npm_dir"
  args+=(--bind "$npm_dir" "$npm_dir" --setenv SPECWRIGHT_NPM_CACHE "$npm_dir")
  bwrap "${args[@]}" "$@"
}

# The SARIF Multitool that tst_sarif_multitool validates with, installed with the host's npm
# (its registry and certificates) into the cache that in_env binds; the test skips without it.
install_test_tools() {
  local prefix tool
  prefix="$(cache_dir)/npm"
  export SPECWRIGHT_NPM_CACHE=$prefix
  tool="$prefix/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
  [ -x "$tool" ] && return 0
  command -v npm >/dev/null || { say "npm not found on the host: the SARIF Multitool test will try npm in the build root"; return 0; }
  say "installing @microsoft/sarif-multitool-linux into $prefix"
  mkdir -p "$prefix"
  npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error \
    @microsoft/sarif-multitool-linux@5.7.0 >&2 || say "npm install failed: the SARIF Multitool test will skip"
}

build_cmd() {
  printf 'cmake -S %q -B %q -G Ninja -DCMAKE_BUILD_TYPE=Release %s >/dev/null && cmake --build %q -j%s' \
    "$SRC" "$BUILD" "${SPECWRIGHT_CMAKE_ARGS:-}" "$BUILD" "$(nproc)"
}

cmd=${1:-}
shift || true
case "$cmd" in
  run)
    in_env bash -c "$(build_cmd)"
    workspace=${SPECWRIGHT_SAMPLE_DIR:-$SRC/build/sample-workspace}
    in_env bash "$SRC/packaging/make-sample-workspace.sh" "$SRC/resources/sample" "$workspace"
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      say "no display (DISPLAY and WAYLAND_DISPLAY are unset): showing the sample with specc instead"
      in_env "$BUILD/app/specc" outline "$workspace/bookshop.md"
      echo
      # lint exits 1 when it finds errors: that is a finding, not a failure of this command
      in_env "$BUILD/app/specc" lint --summary "$workspace" || [ $? -eq 1 ]
      exit 0
    fi
    in_env "$BUILD/app/specwright" "$workspace" "$@"
    ;;
  test)
    install_test_tools
    in_env bash -c "$(build_cmd) && cd '$BUILD' && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j$(nproc) $*"
    # Then the .deb: installed into a clean Debian 13 root and run there (about a minute).
    if [ $# -gt 0 ]; then
      say "ctest arguments given: not running the .deb install test"
    elif [ "${SPECWRIGHT_SKIP_DEB_TEST:-}" = 1 ]; then
      say "skipping the .deb install test (SPECWRIGHT_SKIP_DEB_TEST=1)"
    else
      bash "$SRC/packaging/test-deb.sh"
    fi
    ;;
  bench)
    exec bash "$SRC/tests/bench/run-bench.sh" "$@"
    ;;
  build)
    in_env bash -c "$(build_cmd)"
    ;;
  shell)
    in_env bash
    ;;
  exec)
    in_env "$@"
    ;;
  root-path)
    host_has_packages && { echo native; exit 0; }
    ensure_root; echo "$ROOT"
    ;;
  *)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
