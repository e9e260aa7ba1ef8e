# Shared helpers of the build-root scripts (sourced by dev.sh and test-deb.sh): messages, the
# host's Debian mirror, the cache folder and creating a cached Debian root with mmdebstrap.
# shellcheck shell=bash

say() { printf 'specwright: %s\n' "$*" >&2; }
die() { say "$*"; exit 2; }

# The Debian archive the host's apt already uses (never a hard-coded host).
debian_mirror() {
  local uri
  uri=$(grep -hE '^[[:space:]]*URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null \
        | awk '{print $2}' | grep -v -- '-security' | head -n1 || true)
  if [ -z "$uri" ]; then
    uri=$(grep -hE '^[[:space:]]*deb[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
          2>/dev/null | awk '{for(i=2;i<=NF;i++) if ($i ~ /^https?:/) {print $i; exit}}' \
          | grep -v -- '-security' | head -n1 || true)
  fi
  [ -n "$uri" ] || die "cannot find a Debian mirror in /etc/apt/sources.list*; set SPECWRIGHT_MIRROR"
  printf '%s\n' "${SPECWRIGHT_MIRROR:-$uri}"
}

# Where cached roots live (outside the clone).
cache_dir() {
  printf '%s\n' "${SPECWRIGHT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/specwright}"
}

# Installs mmdebstrap and bubblewrap with apt when the host lacks them.
ensure_host_tools() {
  if ! command -v mmdebstrap >/dev/null || ! command -v bwrap >/dev/null; then
    say "installing mmdebstrap and bubblewrap with apt"
    apt-get update -qq >&2 || die "apt-get update failed: is Debian's archive reachable?"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap bubblewrap >&2 \
      || die "could not install mmdebstrap and bubblewrap"
  fi
}

# create_debian_root ROOT SUITE DESCRIPTION [PACKAGE...]
# Creates ROOT with mmdebstrap (apt variant plus PACKAGES) unless it is already complete.
# Built in a temporary folder and renamed, so an interrupted run never leaves half a root.
create_debian_root() {
  local root=$1 suite=$2 what=$3
  shift 3
  [ -f "$root/.complete" ] && return 0
  ensure_host_tools
  local mirror tmp list=""
  mirror=$(debian_mirror)
  say "creating the $what in $root from $mirror (once; about a minute)"
  mkdir -p "$(dirname "$root")"
  tmp="$root.tmp.$$"
  rm -rf "$tmp"
  [ $# -gt 0 ] && list=$(IFS=,; echo "$*")
  if ! mmdebstrap --variant=apt ${list:+--include="$list"} "$suite" "$tmp" "$mirror" >&2; then
    rm -rf "$tmp"
    die "mmdebstrap failed: check network access to $mirror"
  fi
  touch "$tmp/.complete"
  rm -rf "$root"
  mv "$tmp" "$root"
}
