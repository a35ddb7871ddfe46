#!/usr/bin/env bash
# Refreshes the .ts files from the sources and fills in the translations kept as data in
# translations/tools (lupdate -no-obsolete -locations relative, as STYLE.md 10 says).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
languages=(en da de fr es ko ja ar)
for lang in "${languages[@]}"; do
  "$lupdate" -no-obsolete -locations relative -source-language en -target-language "$lang" app ui \
    -ts "translations/lectern_$lang.ts"
done
python3 translations/tools/fill_ts.py translations/lectern_en.ts
for lang in "${languages[@]:1}"; do
  python3 translations/tools/fill_ts.py "translations/lectern_$lang.ts" "$lang"
done
