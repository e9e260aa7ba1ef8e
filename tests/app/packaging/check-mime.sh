#!/bin/sh
# Compiles the MIME type XML with update-mime-database and checks both globs landed.
set -eu
xml=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/packages"
cp "$xml" "$dir/packages/org.specwright.Specwright.xml"
update-mime-database -V "$dir" 2>&1 | tee "$dir/log"
if grep -qiE 'error|warning|invalid' "$dir/log"; then exit 1; fi
grep -q ':application/x-specwright-workspace:specwright.toml' "$dir/globs2"
grep -q ':application/x-specwright-workspace:\*.specwright' "$dir/globs2"
echo "MIME type OK"
