#!/usr/bin/env bash
# The headless enforcer's unit as packaged: systemd-analyze verify accepts it, it runs as its own
# user with the secret from /etc/idleguard/enforcer.env and the hardening the issue asks for, and
# systemd-analyze security rates its exposure 2.0 or better ("OK"; 10 is unprotected).
# Usage: check-systemd.sh PACKAGE_DIR
set -euo pipefail

root=$1/root
unit="$root/usr/lib/systemd/system/idleguard-enforcer.service"
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

[ -f "$unit" ] || {
    echo "FAIL: no /usr/lib/systemd/system/idleguard-enforcer.service in the package" >&2
    exit 1
}

# verify checks that ExecStart is executable and that the Documentation= man page exists: here the
# program and the page are the package's, not installed, so a copy of the unit points at the
# unpacked program (the only change) and man looks in the unpacked pages.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
sed "s|^ExecStart=/usr/bin/idleguard |ExecStart=$root/usr/bin/idleguard |" "$unit" >"$scratch/idleguard-enforcer.service"
grep -q "^ExecStart=$root/usr/bin/idleguard " "$scratch/idleguard-enforcer.service" ||
    fail "ExecStart does not start /usr/bin/idleguard"
MANPATH="$root/usr/share/man" systemd-analyze verify "$scratch/idleguard-enforcer.service" ||
    fail "systemd-analyze verify refuses the unit"

for line in \
    'User=idleguard' \
    'EnvironmentFile=/etc/idleguard/enforcer.env' \
    'ExecStart=/usr/bin/idleguard --headless --config /etc/idleguard/enforcer.json' \
    'RestartPreventExitStatus=2' \
    'StateDirectory=idleguard' \
    'NoNewPrivileges=yes' \
    'ProtectSystem=strict' \
    'ProtectHome=yes' \
    'PrivateTmp=yes' \
    'WantedBy=multi-user.target'; do
    grep -qxF "$line" "$unit" || fail "the unit lacks $line"
done

exposure=$(systemd-analyze security --offline=true "$unit" 2>&1 | grep 'Overall exposure level' || true)
echo "${exposure:-no exposure level from systemd-analyze security}"
systemd-analyze security --offline=true --threshold=20 "$unit" >/dev/null ||
    fail "systemd-analyze security rates the unit above 2.0: $exposure"

for script in postinst prerm postrm; do
    sh -n "$root/DEBIAN/$script" || fail "DEBIAN/$script is not valid sh"
done

if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s) with the systemd unit" >&2
    exit 1
fi
echo "idleguard-enforcer.service: verified, runs as idleguard with its secret file, hardened"
