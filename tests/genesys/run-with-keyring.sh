#!/bin/sh
# Runs a test inside a private D-Bus session with its own gnome-keyring (Secret Service), unlocked
# with a throw-away password, in a temporary HOME: QtKeychain then talks to a real keychain and
# nothing touches the user's own. Both go away with the session. Exit code 77 (CTest's skip) when
# dbus-run-session or gnome-keyring-daemon is missing (packaging/deps/test.txt lists them).
#   run-with-keyring.sh <test binary> [test functions...]
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (Debian: dbus-daemon, gnome-keyring)"
        exit 77
    fi
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
    XDG_RUNTIME_DIR="$scratch/run" IDLEGUARD_REQUIRE_KEYCHAIN=1
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# In the foreground, so that it is stopped here and never outlives the session; the test waits
# until it has claimed org.freedesktop.secrets.
# shellcheck disable=SC2016 # expanded by the inner shell
dbus-run-session -- sh -c '
    printf test | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
    keyring=$!
    status=0
    "$@" || status=$?
    kill "$keyring" 2>/dev/null
    wait "$keyring" 2>/dev/null
    exit "$status"' sh "$@"
