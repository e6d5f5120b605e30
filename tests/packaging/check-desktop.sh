#!/usr/bin/env bash
# Desktop integration as installed by the package: the desktop entry passes desktop-file-validate,
# the AppStream metadata passes appstreamcli validate --no-net, the entry's icon and programs are
# in the package, its demo action starts the demo, and the metadata's screenshots are the ones in
# docs/screenshots. Usage: check-desktop.sh PACKAGE_DIR SOURCE_DIR
set -euo pipefail

root=$1/root
source_dir=$2
app_id=io.github.idleguard.IdleGuard
desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
# The value of KEY in the [GROUP] of the desktop entry.
entry() {
    awk -v group="[$1]" -v key="$2" '
        /^\[/ { in_group = ($0 == group) }
        in_group && index($0, key "=") == 1 { print substr($0, length(key) + 2); exit }
    ' "$desktop"
}

desktop-file-validate "$desktop" || fail "desktop-file-validate refuses $app_id.desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate refuses $app_id.metainfo.xml"

icon=$(entry "Desktop Entry" Icon)
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no scalable icon for Icon=$icon"
[ -f "$root/usr/share/icons/hicolor/48x48/apps/$icon.png" ] || fail "no 48x48 icon for Icon=$icon"
exec_main=$(entry "Desktop Entry" Exec)
[ "$exec_main" = idleguard ] || fail "Exec is '$exec_main', not idleguard"
[ -x "$root/usr/bin/${exec_main%% *}" ] || fail "Exec=$exec_main is not in the package"
grep -qx 'Actions=demo;' "$desktop" || fail "the entry has no demo action"
exec_demo=$(entry "Desktop Action demo" Exec)
[ "$exec_demo" = "idleguard --demo" ] || fail "the demo action runs '$exec_demo', not idleguard --demo"

grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $app_id.desktop"
for tag in summary description releases content_rating screenshots; do
    grep -q "<$tag" "$metainfo" || fail "the metainfo has no <$tag>"
done
while read -r url; do
    picture=$(basename "$url")
    [ -f "$source_dir/docs/screenshots/$picture" ] || fail "screenshot $url is not in docs/screenshots"
done < <(grep -o '<image[^>]*>[^<]*</image>' "$metainfo" | sed 's/<[^>]*>//g')

if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s) with the desktop integration" >&2
    exit 1
fi
echo "desktop entry, AppStream metadata, icon, demo action and screenshots: all right"
