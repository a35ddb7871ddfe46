#!/usr/bin/env bash
# Builds the .deb, unpacks it into a scratch root, checks its files and desktop metadata,
# and runs the installed program headless. Usage: test_package.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

(cd "$build" && cpack -G DEB -B "$scratch/out" > "$scratch/cpack.log") || { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/*.deb)
# Read the control data once: `dpkg-deb | grep -q` under pipefail fails at random when grep
# stops reading early and dpkg-deb dies of SIGPIPE.
info=$(dpkg-deb --info "$deb")
grep -q "Section: science" <<< "$info" || { echo "FAIL: section"; exit 1; }
grep -q "Depends:.*libqt6widgets6" <<< "$info" || { echo "FAIL: dependencies not computed"; exit 1; }
dpkg -x "$deb" "$scratch/root"

for file in usr/bin/lectern \
            usr/share/applications/org.lectern.Lectern.desktop \
            usr/share/metainfo/org.lectern.Lectern.metainfo.xml \
            usr/share/mime/packages/org.lectern.Lectern.xml \
            usr/share/icons/hicolor/scalable/apps/org.lectern.Lectern.svg \
            usr/share/icons/hicolor/48x48/apps/org.lectern.Lectern.png \
            usr/share/icons/hicolor/256x256/apps/org.lectern.Lectern.png; do
  [ -e "$scratch/root/$file" ] || { echo "FAIL: missing $file"; exit 1; }
done
desktop-file-validate "$scratch/root/usr/share/applications/org.lectern.Lectern.desktop"
appstreamcli validate --no-net "$scratch/root/usr/share/metainfo/org.lectern.Lectern.metainfo.xml" > /dev/null

# The installed program, headless, on a project of its own.
lectern="$scratch/root/usr/bin/lectern"
version=$("$lectern" --version)
grep -q "^lectern " <<< "$version" || { echo "FAIL: --version"; exit 1; }
"$lectern" new "$scratch/p.lectern" > /dev/null
"$lectern" import "$scratch/p.lectern" "$source/resources/samples" > /dev/null
listing=$("$lectern" list "$scratch/p.lectern" --json)
count=$(wc -l <<< "$listing")
[ "$count" -eq 7 ] || { echo "FAIL: listed $count articles"; exit 1; }

# The installed window starts on the project, in German, and keeps running (offscreen):
# `timeout` ends it after 3 s with status 124; a crash or a refusal would end it sooner.
status=0
LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen HOME="$scratch" \
  timeout 3 "$lectern" "$scratch/p.lectern" > "$scratch/gui.log" 2>&1 || status=$?
[ "$status" -eq 124 ] || { echo "FAIL: the window did not keep running ($status)"; cat "$scratch/gui.log"; exit 1; }

# The program never reaches the network: it does not even link Qt Network.
needed=$(readelf -d "$lectern")
if grep -q "libQt6Network" <<< "$needed"; then echo "FAIL: lectern links Qt Network"; exit 1; fi

# The MIME type recognises a project by its content (the "LCTR" application id), not only
# by its name, and the desktop file opens it (install-deps.sh installs shared-mime-info
# and xdg-utils).
mkdir -p "$scratch/mime/packages" "$scratch/applications"
cp "$scratch/root/usr/share/mime/packages/org.lectern.Lectern.xml" "$scratch/mime/packages/"
update-mime-database "$scratch/mime" > /dev/null
cp "$scratch/p.lectern" "$scratch/renamed.bin"
by_content=$(XDG_DATA_DIRS="$scratch:/usr/share" xdg-mime query filetype "$scratch/renamed.bin")
[ "$by_content" = "application/x-lectern-project" ] || { echo "FAIL: by content: $by_content"; exit 1; }
by_name=$(XDG_DATA_DIRS="$scratch:/usr/share" xdg-mime query filetype "$scratch/p.lectern")
[ "$by_name" = "application/x-lectern-project" ] || { echo "FAIL: by name: $by_name"; exit 1; }
grep -q "^MimeType=.*application/x-lectern-project" "$scratch/root/usr/share/applications/org.lectern.Lectern.desktop" \
  || { echo "FAIL: the desktop file does not open projects"; exit 1; }
grep -q "^Exec=lectern %f" "$scratch/root/usr/share/applications/org.lectern.Lectern.desktop" \
  || { echo "FAIL: the desktop file does not pass the file"; exit 1; }
echo "package: 1 passed, 0 failed"
