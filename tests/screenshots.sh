#!/usr/bin/env bash
# Pictures of the dashboard for the README and the AppStream metadata: starts `idleguard --demo`
# in a virtual X server (Xvfb), lets it sign in to the sandbox organisation and run until warnings
# have gone out, and saves the main window with its summary strip and charts (twice, a few
# seconds apart: the bars must move), the details of a conversation, the audit journal, and the
# charts and the journal again in a dark palette, the policy editor, and the main window, the
# journal and the policy editor in German and Spanish, to docs/screenshots/. Look at them before
# committing.
#   tests/screenshots.sh [BUILD_DIR] [OUTPUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$here/build}
output=${2:-$here/docs/screenshots}
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }
[ -x "$build/app/idleguard" ] || { echo "screenshots: build idleguard first ($build/app/idleguard)" >&2; exit 1; }
mkdir -p "$output"
# A private settings folder: the pictures show the defaults, not someone's saved layout. No
# desktop session and no BROWSER: the demo completes the sandbox's sign-in page itself.
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
# One run per interface language; the language is the window's own setting (Settings…), as a
# supervisor would choose it. German and Spanish take the pictures that show words only.
run_demo() {
    mkdir -p "$config/IdleGuard"
    printf '[ui]\nlanguage=%s\n' "$1" >"$config/IdleGuard/idleguard.conf"
    env -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION -u BROWSER -u IDLEGUARD_BROWSER \
        XDG_CONFIG_HOME="$config" LC_ALL=C.UTF-8 \
        timeout 240 xvfb-run -a -s "-screen 0 1600x900x24" \
        "$build/app/idleguard" --demo --speed 3 --screenshots "$output"
}
run_demo en
for picture in main-window.png details.png main-window-later.png audit-view.png \
    policy-editor.png main-window-dark.png audit-view-dark.png; do
    [ -s "$output/$picture" ] || { echo "screenshots: $picture was not saved" >&2; exit 1; }
done
if cmp -s "$output/main-window.png" "$output/main-window-later.png"; then
    echo "screenshots: the two pictures of the main window are identical: nothing moved" >&2
    exit 1
fi
for language in de es; do
    run_demo "$language"
    for picture in main-window audit-view policy-editor; do
        [ -s "$output/$picture-$language.png" ] ||
            { echo "screenshots: $picture-$language.png was not saved" >&2; exit 1; }
    done
done
echo "screenshots: saved in $output"
