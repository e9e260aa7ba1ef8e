#!/usr/bin/env bash
# Builds the Specwright .deb (cpack in the build environment), installs it with apt into a clean
# minimal Debian 13 root (apt resolves the runtime dependencies from the archive) and runs
# `specwright --version` and `specc outline` there. Needs root, mmdebstrap and network.
#
#   packaging/test-deb.sh          (SPECWRIGHT_BUILD_DIR selects the build folder)
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${SPECWRIGHT_BUILD_DIR:-$SRC/build/release}
SUITE=trixie
# shellcheck source=packaging/buildroot-lib.sh
. "$SRC/packaging/buildroot-lib.sh"

fail() {
  printf '\n*** specwright: .deb TEST FAILED: %s ***\n' "$*" >&2
  printf '*** (skip it with SPECWRIGHT_SKIP_DEB_TEST=1) ***\n\n' >&2
  exit 1
}
[ "$(id -u)" = 0 ] || fail "installing the .deb into a clean Debian 13 root needs root (mmdebstrap, bwrap)"
start=$(date +%s)

say "building the .deb in $BUILD"
rm -f "$BUILD"/specwright_*.deb
bash "$SRC/packaging/dev.sh" exec bash -c \
  "cmake -S '$SRC' -B '$BUILD' -G Ninja -DCMAKE_BUILD_TYPE=Release ${SPECWRIGHT_CMAKE_ARGS:-} >/dev/null \
   && cmake --build '$BUILD' -j$(nproc) && cd '$BUILD' && cpack -G DEB >/dev/null" \
  || fail "building the .deb with cpack failed"
deb=$(ls "$BUILD"/specwright_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "cpack produced no specwright_*.deb in $BUILD"
say "built $(basename "$deb") ($(du -h "$deb" | cut -f1)) after $(( $(date +%s) - start )) s"
start_install=$(date +%s)

# The clean root: only what mmdebstrap's apt variant brings. Cached; every run works on a copy.
CACHE=$(cache_dir)
CLEAN="$CACHE/clean-$SUITE"
create_debian_root "$CLEAN" "$SUITE" "clean Debian 13 root for the .deb test" \
  || fail "cannot create the clean Debian 13 root"
mkdir -p "$CACHE/deb-test-apt/archives/partial" "$CACHE/deb-test-apt/lists/partial"
WORK="$CACHE/deb-test.$$"
trap 'rm -rf "$WORK"' EXIT
cp -a "$CLEAN" "$WORK"
cp "$deb" "$WORK/root/specwright.deb"
cp "$SRC/resources/sample/v4/bookshop.md" "$WORK/root/sample.md"

cat > "$WORK/root/check.sh" <<'CHECK'
set -eux
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends /root/specwright.deb
# Every shared library the programs need comes from a declared dependency.
if ldd /usr/bin/specwright /usr/bin/specc | grep 'not found'; then exit 1; fi
QT_QPA_PLATFORM=offscreen specwright --version
specc outline /root/sample.md
# The German translation ships inside the programs.
LANG=de_DE.UTF-8 specc --help | grep -q "Befehle:"
test -f /usr/share/applications/org.specwright.Specwright.desktop
test -f /usr/share/metainfo/org.specwright.Specwright.metainfo.xml
test -f /usr/share/icons/hicolor/256x256/apps/org.specwright.Specwright.png
test -f /usr/share/mime/packages/org.specwright.Specwright.xml
CHECK

say "installing $(basename "$deb") into a copy of $CLEAN"
# Downloaded packages and lists are kept in the cache so reruns are quick.
bwrap --bind "$WORK" / --proc /proc --dev /dev --perms 1777 --tmpfs /tmp \
  --ro-bind /etc/resolv.conf /etc/resolv.conf \
  --bind "$CACHE/deb-test-apt/archives" /var/cache/apt/archives \
  --bind "$CACHE/deb-test-apt/lists" /var/lib/apt/lists \
  --cap-add ALL --unshare-pid --die-with-parent \
  --setenv HOME /root --setenv LANG C.UTF-8 \
  --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  bash /root/check.sh >&2 \
  || fail "installing or running $(basename "$deb") in a clean Debian 13 root failed (log above)"
say ".deb test passed in $(( $(date +%s) - start )) s (clean root and install: $(( $(date +%s) - start_install )) s)"
