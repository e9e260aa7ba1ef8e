#!/usr/bin/env bash
# The bench root: a Debian 13 root with the editors the benchmark compares against (Ghostwriter,
# Kate) and an X server to time them under. Separate from the build root, so the build root's
# package list (its cache key) stays as it is. Cached in ~/.cache/specwright/bench-root-<hash>.
#
#   packaging/bench-root.sh path        create it when missing, print its path
#   packaging/bench-root.sh exec CMD... run CMD inside it (the bench inputs bound at their path)
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SUITE=trixie
# shellcheck source=packaging/buildroot-lib.sh
. "$SRC/packaging/buildroot-lib.sh"

BENCH_PACKAGES=(ghostwriter kate xvfb xauth x11-utils fonts-dejavu-core procps python3)

bench_root_dir() {
  local key
  key=$(printf '%s\n' "$SUITE" "${BENCH_PACKAGES[@]}" | sha256sum | cut -c1-16)
  printf '%s/bench-root-%s\n' "$(cache_dir)" "$key"
}

ensure_bench_root() {
  ROOT=$(bench_root_dir)
  [ -f "$ROOT/.complete" ] && return 0
  [ "$(id -u)" = 0 ] || die "creating the bench root needs root (mmdebstrap)"
  create_debian_root "$ROOT" "$SUITE" "Debian 13 bench root (Ghostwriter, Kate)" "${BENCH_PACKAGES[@]}"
}

cmd=${1:-}
shift || true
case "$cmd" in
  path)
    ensure_bench_root
    echo "$ROOT"
    ;;
  exec)
    ensure_bench_root
    args=(--bind "$ROOT" / --proc /proc --dev /dev --tmpfs /tmp --setenv HOME /tmp
          --setenv LANG C.UTF-8 --setenv PATH /usr/local/bin:/usr/bin:/bin --die-with-parent
          --bind "$SRC" "$SRC" --chdir "$SRC")
    [ -d /tmp/.X11-unix ] && args+=(--bind /tmp/.X11-unix /tmp/.X11-unix) # Xvfb's socket
    [ -n "${SPECWRIGHT_EXTRA_BIND:-}" ] && args+=(--bind "$SPECWRIGHT_EXTRA_BIND" "$SPECWRIGHT_EXTRA_BIND")
    bwrap "${args[@]}" "$@"
    ;;
  *)
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
