#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate, inside the build environment) and
# lists the strings that still need a translation. Exit status 1 when some are untranslated.
#
#   packaging/update-translations.sh      (SPECWRIGHT_BUILD_DIR selects the build folder)
set -euo pipefail
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${SPECWRIGHT_BUILD_DIR:-$SRC/build/release}

bash "$SRC/packaging/dev.sh" exec bash -c \
  "cmake -S '$SRC' -B '$BUILD' -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null \
   && cmake --build '$BUILD' --target specwright_lupdate"

status=0
for ts in "$SRC"/translations/*.ts; do
  python3 - "$ts" <<'PY' || status=1
import sys
import xml.etree.ElementTree as ET
path = sys.argv[1]
missing = []
total = 0
for context in ET.parse(path).getroot().iter('context'):
    name = context.findtext('name')
    for message in context.iter('message'):
        translation = message.find('translation')
        if translation is not None and translation.get('type') in ('vanished', 'obsolete'):
            continue
        total += 1
        numerus = message.get('numerus') == 'yes'
        text = ''.join(translation.itertext()) if translation is not None else ''
        if translation is None or translation.get('type') == 'unfinished' or not text.strip():
            missing.append((name, message.findtext('source')))
print(f"{path}: {total - len(missing)} of {total} strings translated")
for name, source in missing:
    print(f"  untranslated [{name}] {source!r}")
sys.exit(1 if missing else 0)
PY
done
exit $status
