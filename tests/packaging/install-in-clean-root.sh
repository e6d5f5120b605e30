#!/usr/bin/env bash
# Installs the package into a clean Debian 12 root with apt-get and uses it there as a supervisor
# and an administrator would; then removes and purges it and compares the root with what it was.
#
# The root: mmdebstrap --variant=minbase plus systemd (as on any workstation), from deb.debian.org.
# It is made once and kept as a tarball in CACHE_DIR, named after the suite and architecture, with
# the .debs apt downloads into it; every run unpacks a fresh copy, so each starts clean. Delete
# CACHE_DIR to start from nothing. Needs root (chroot, mounts): exits 77 (skipped) otherwise.
#
# Usage: install-in-clean-root.sh PACKAGE_DIR VERSION CACHE_DIR   (PACKAGE_DIR from build-package.sh)
# Environment: IDLEGUARD_DEBIAN_MIRROR (default: deb.debian.org with bookworm-updates and -security)
set -euo pipefail

suite=bookworm

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIPPED: installing into a clean Debian root needs root (mmdebstrap, chroot, mounts)." >&2
    echo "Run ctest -L install as root; CI (.ci/run) does." >&2
    exit 77
fi
if ! unshare --mount --net true 2>/dev/null; then
    echo "SKIPPED: this machine does not allow mount and network namespaces (a container without" >&2
    echo "CAP_SYS_ADMIN?), which installing into a clean Debian root needs." >&2
    exit 77
fi
for tool in mmdebstrap unshare setpriv ip chroot; do
    command -v "$tool" >/dev/null || {
        echo "FAIL: $tool is missing (packaging/install-deps.sh test installs it)" >&2
        exit 1
    }
done

deb=$(realpath "$1"/idleguard_*.deb)
version=$2
cache=$(realpath -m "$3")
arch=$(dpkg --print-architecture)
mkdir -p "$cache/archives/partial"

# Seconds since the first run of this script started (the second run inherits the start).
export IDLEGUARD_CLEAN_ROOT_STARTED=${IDLEGUARD_CLEAN_ROOT_STARTED:-$(date +%s)}
step() { echo "== [$(($(date +%s) - IDLEGUARD_CLEAN_ROOT_STARTED)) s] $*"; }
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# The copy of the root is used inside a private mount namespace (the second run of this script,
# with IDLEGUARD_CLEAN_ROOT_WORK set): its mounts are never seen out here. Out here the copy is
# removed afterwards, when nothing is mounted in it any more from this side: removing it can
# never reach through a mount into this machine's files.
if [ -z "${IDLEGUARD_CLEAN_ROOT_WORK:-}" ]; then
    # Copies left by a run that was killed.
    find "$cache" -maxdepth 1 -name 'run.*' -exec rm -rf --one-file-system {} +
    work=$(mktemp -d "$cache/run.XXXXXX")
    trap 'rm -rf --one-file-system "$work"' EXIT
    status=0
    IDLEGUARD_CLEAN_ROOT_WORK=$work unshare --mount --propagation private bash "$0" "$@" || status=$?
    step "removing the copy of the root"
    exit "$status"
fi
work=$IDLEGUARD_CLEAN_ROOT_WORK
root="$work/root"

# The clean root, made once.
base="$cache/debian-$suite-$arch-minbase-systemd.tar"
if [ ! -s "$base" ]; then
    step "making the clean $suite root with mmdebstrap (once; kept in $base)"
    mirrors=()
    [ -z "${IDLEGUARD_DEBIAN_MIRROR:-}" ] || mirrors=("$IDLEGUARD_DEBIAN_MIRROR")
    # The package lists stay in the root, so that apt-get update there only checks them.
    mmdebstrap --quiet --format=tar --variant=minbase --include=systemd --skip=cleanup/apt/lists \
        "$suite" "$base.partial" "${mirrors[@]}" || fail "mmdebstrap could not make the root"
    mv "$base.partial" "$base"
fi

step "unpacking a fresh copy of the root"
mkdir "$root"
# In memory when there is plenty (the root with the package's dependencies takes about 1 GB):
# faster to fill, and gone without a trace with this namespace. On disk otherwise.
available_kb=$(awk '/^MemAvailable:/ { print $2 }' /proc/meminfo)
if [ "${available_kb:-0}" -gt $((6 * 1024 * 1024)) ]; then
    mount -t tmpfs -o size=3g,mode=0755 tmpfs "$root"
fi
tar --extract --file "$base" --directory "$root"
mount -t proc proc "$root/proc"
# A /dev of its own with the few devices programs need, never this machine's /dev.
mount -t tmpfs -o mode=0755,nosuid tmpfs "$root/dev"
for device in null:1:3 zero:1:5 full:1:7 random:1:8 urandom:1:9 tty:5:0; do
    IFS=: read -r name major minor <<<"$device"
    mknod -m 0666 "$root/dev/$name" c "$major" "$minor"
done
ln -s /proc/self/fd "$root/dev/fd"
ln -s /proc/self/fd/0 "$root/dev/stdin"
ln -s /proc/self/fd/1 "$root/dev/stdout"
ln -s /proc/self/fd/2 "$root/dev/stderr"
mkdir "$root/dev/pts" "$root/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666,mode=0620 devpts "$root/dev/pts"
ln -s pts/ptmx "$root/dev/ptmx"
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$root/dev/shm"
# The .debs apt downloads stay in the cache for the next run.
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
# The copy is thrown away: dpkg need not wait for each file to reach the disk (as in mmdebstrap).
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/idleguard-test-unsafe-io"

# A command in the root, with a clean environment (a proxy for apt passes through).
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive ${http_proxy:+http_proxy=$http_proxy} "$@"
}
# A command in the root as the user nobody, with its own HOME: a supervisor at the workstation.
as_user() {
    in_root setpriv --reuid=nobody --regid=nogroup --clear-groups \
        /usr/bin/env HOME=/tmp/home-supervisor "$@"
}
# The root's files as "type mode uid:gid size path" lines (no size for directories, which never
# shrink), without what is not the package's business: kernel file systems, temporary files,
# caches, logs, the package manager's own state; the account files are compared by their
# checksums instead, without the backups (passwd- ...) adduser and deluser make.
snapshot() {
    (
        cd "$root"
        find . \( -path ./proc -o -path ./dev -o -path ./sys -o -path ./run -o -path ./tmp \
            -o -path ./var/cache -o -path ./var/log -o -path ./var/lib/apt -o -path ./var/lib/dpkg \
            -o -path './etc/passwd*' -o -path './etc/group*' -o -path './etc/shadow*' \
            -o -path './etc/gshadow*' \) -prune \
            -o -type d -printf '%y %m %U:%G - %p\n' -o -printf '%y %m %U:%G %s %p\n' | sort -k5
        md5sum etc/passwd etc/group etc/shadow etc/gshadow
    )
}
# The lines of two snapshots that differ, with < for the first and > for the second.
changes() { diff "$1" "$2" | grep '^[<>]' || true; }

step "apt-get update (package lists cached in the root)"
in_root apt-get update -q >"$work/apt-update.log" 2>&1 || {
    cat "$work/apt-update.log" >&2
    fail "apt-get update failed in the root"
}

# The dependencies first, so that the comparisons after remove and purge see the package only.
step "installing the package's dependencies"
depends=$(dpkg-deb --field "$deb" Depends)
in_root apt-get satisfy -y -q --no-install-recommends "$depends" >"$work/apt-deps.log" 2>&1 || {
    cat "$work/apt-deps.log" >&2
    fail "apt-get cannot satisfy the package's dependencies: $depends"
}
grep -E 'newly installed|^Need to get' "$work/apt-deps.log" || true
snapshot >"$work/before.txt"

step "apt-get install ./$(basename "$deb")"
in_root sh -c "cd /tmp && apt-get install -y -q --no-install-recommends ./$(basename "$deb")" ||
    fail "apt-get install ./$(basename "$deb") failed"
status=$(in_root dpkg-query --show --showformat='${Status} ${Version}' idleguard)
[ "$status" = "install ok installed $version" ] || fail "after install, dpkg says: $status"

step "the programs, as a supervisor"
out=$(as_user idleguard --version) || fail "idleguard --version failed"
[ "$out" = "Idle Guard $version" ] || fail "idleguard --version says '$out'"
for policy in /usr/share/doc/idleguard/examples/policy.json /etc/idleguard/policy.json; do
    out=$(as_user idleguard --check-policy "$policy") || fail "idleguard --check-policy $policy failed: $out"
    grep -q "valid policy" <<<"$out" || fail "idleguard --check-policy $policy says: $out"
done
out=$(as_user idleguard-sandbox --help) || fail "idleguard-sandbox --help failed"
grep -q -- '--port' <<<"$out" || fail "idleguard-sandbox --help lists no --port: $out"
# The translations are in the installed program: German for a German session.
out=$(as_user LC_ALL= LANG=de_DE.UTF-8 idleguard --help) || fail "idleguard --help in German failed"
grep -q 'Diese Hilfe anzeigen' <<<"$out" || fail "idleguard --help is not German with LANG=de_DE.UTF-8: $out"

step "the application menu: the desktop entry, its icon, its demo action"
desktop=/usr/share/applications/io.github.idleguard.IdleGuard.desktop
icon=$(sed -n 's/^Icon=//p' "$root$desktop")
[ -f "$root/usr/share/icons/hicolor/48x48/apps/$icon.png" ] || fail "no 48x48 icon $icon installed"
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no scalable icon $icon installed"
demo=$(sed -n '/^\[Desktop Action demo\]/,/^\[/s/^Exec=//p' "$root$desktop")
[ -n "$demo" ] || fail "the desktop entry has no demo action"

step "the service: its user, its secret, not enabled"
account=$(in_root getent passwd idleguard) || fail "no user idleguard"
IFS=: read -r _ _ uid _ _ home shell <<<"$account"
[ "$uid" -lt 1000 ] || fail "idleguard is not a system user (uid $uid)"
[ "$home:$shell" = /var/lib/idleguard:/usr/sbin/nologin ] || fail "idleguard has home $home, shell $shell"
secret=/etc/idleguard/enforcer.env
perms=$(in_root stat --format='%U:%G %a' "$secret") || fail "no $secret"
[ "$perms" = "root:idleguard 640" ] || fail "$secret is $perms, not root:idleguard 640"
in_root setpriv --reuid=idleguard --regid=idleguard --init-groups cat "$secret" >/dev/null ||
    fail "the service's user cannot read $secret"
if in_root setpriv --reuid=nobody --regid=nogroup --clear-groups cat "$secret" >/dev/null 2>&1; then
    fail "another user can read $secret"
fi
enabled=$(in_root systemctl is-enabled idleguard-enforcer.service || true)
[ "$enabled" = disabled ] || fail "after install the service is '$enabled', not disabled"
in_root systemd-analyze verify --man=no idleguard-enforcer.service ||
    fail "systemd-analyze verify refuses the installed unit"

step "an administrator configures and enables the service"
# The secret of the sandbox's client, written the way an editor would: the file keeps its owner
# and mode.
printf 'IDLEGUARD_CLIENT_SECRET=demo-secret\n' >"$root$secret"
perms=$(in_root stat --format='%U:%G %a' "$secret")
[ "$perms" = "root:idleguard 640" ] || fail "after editing, $secret is $perms"
in_root systemctl enable idleguard-enforcer.service
enabled=$(in_root systemctl is-enabled idleguard-enforcer.service || true)
[ "$enabled" = enabled ] || fail "systemctl enable left the service '$enabled'"

# There is no systemd running in the root, so the service runs the way systemd would start it:
# the unit's ExecStart, as its user, with only the variables of its EnvironmentFile, umask 0077,
# in the state directory systemd makes (StateDirectory=idleguard, mode 0750). Against
# idleguard-sandbox, which the shipped configuration points at (127.0.0.1:8080), inside a network
# namespace of its own so that the port cannot clash with anything on this machine. In the same
# namespace, the demo from the menu's action, offscreen for a few seconds, as a supervisor.
step "the service against idleguard-sandbox, and the demo from the menu"
unit="$root/usr/lib/systemd/system/idleguard-enforcer.service"
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
cat >"$root/tmp/run-service.sh" <<SCRIPT
#!/bin/sh
set -eu
install -d -o idleguard -g idleguard -m 0750 /var/lib/idleguard
timeout 120 idleguard-sandbox --port 8080 --speed 10 >/tmp/sandbox.log 2>&1 &
sandbox=\$!
tries=0
until grep -q 'listening on' /tmp/sandbox.log; do
    tries=\$((tries + 1)); [ \$tries -lt 100 ] || { echo "the sandbox did not start"; cat /tmp/sandbox.log; exit 1; }
    sleep 0.1
done
# Only the variables the EnvironmentFile sets, as systemd passes them.
set -- \$(grep -E '^[A-Za-z_][A-Za-z0-9_]*=' $secret)
(umask 0077; exec setpriv --reuid=idleguard --regid=idleguard --init-groups --no-new-privs \
    env -i PATH=/usr/bin:/bin HOME=/var/lib/idleguard "\$@" timeout 120 $exec_start) \
    >/tmp/service.out 2>/tmp/service.err &
service=\$!
tries=0
until grep -q 'Signed in; enforcing' /tmp/service.err; do
    tries=\$((tries + 1))
    if [ \$tries -ge 300 ] || ! kill -0 \$service 2>/dev/null; then
        echo "the service did not start enforcing:"; cat /tmp/service.err; kill \$sandbox; exit 1
    fi
    sleep 0.1
done
# The demo the menu's action starts, as a supervisor would, a few seconds, without a display.
setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME=/tmp/home-supervisor \
    QT_QPA_PLATFORM=offscreen timeout 60 $demo --run-for 3 >/tmp/demo.log 2>&1 || {
    echo "the demo from the menu failed:"; cat /tmp/demo.log; kill \$service \$sandbox; exit 1; }
kill -TERM \$service
code=0; wait \$service || code=\$?
{ kill \$sandbox; wait \$sandbox; } 2>/dev/null || true
grep -q 'Stopped' /tmp/service.err || { echo "no clean shutdown:"; cat /tmp/service.err; exit 1; }
[ \$code -eq 0 ] || { echo "the service exited with \$code after SIGTERM:"; cat /tmp/service.err; exit 1; }
# What the journal would have shown (no log line ever holds the secret).
sed 's/^/    service: /' /tmp/service.err >&2
stat --format='%U:%G %a' /var/lib/idleguard/journal.sqlite
SCRIPT
journal=$(unshare --net sh -c 'ip link set lo up && exec chroot "$1" /usr/bin/env -i \
    PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 sh /tmp/run-service.sh' sh "$root") ||
    fail "the service or the demo did not run: $journal"
[ "$journal" = "idleguard:idleguard 600" ] || fail "the service's journal is $journal, not idleguard:idleguard 600"

# The same root booted with systemd (systemd-nspawn), on a throwaway layer over it: the enabled
# service starts at boot, hardening and all, signs in to the sandbox and acts; stops cleanly; and
# with an empty secret fails once with exit status 2 and is not restarted. Where systemd-nspawn
# cannot boot a container (no cgroups, say), this says so and the checks above stand alone.
if command -v systemd-nspawn >/dev/null; then
    step "the service under systemd: booting the root with systemd-nspawn"
    layer="$work/layer"
    mkdir "$layer"
    mount -t tmpfs -o mode=0755 tmpfs "$layer"
    mkdir "$layer/upper" "$layer/work" "$layer/merged"
    mount -t overlay overlay -o "lowerdir=$root,upperdir=$layer/upper,workdir=$layer/work" "$layer/merged"
    booted="$layer/merged"
    cat >"$booted/etc/systemd/system/idleguard-test-sandbox.service" <<'UNIT'
[Unit]
Description=idleguard-sandbox for the packaging test
Before=idleguard-enforcer.service
[Service]
ExecStart=/usr/bin/idleguard-sandbox --port 8080 --speed 10
ExecStartPost=/bin/sleep 2
[Install]
WantedBy=multi-user.target
UNIT
    cat >"$booted/etc/systemd/system/idleguard-test-run.service" <<'UNIT'
[Unit]
Description=The packaging test's checks of idleguard-enforcer
After=idleguard-enforcer.service idleguard-test-sandbox.service
[Service]
Type=oneshot
ExecStart=/bin/sh /root/idleguard-test-run.sh
[Install]
WantedBy=multi-user.target
UNIT
    cat >"$booted/root/idleguard-test-run.sh" <<'SCRIPT'
#!/bin/sh
# Runs in the booted root; writes what it sees to /root/result.txt, then powers off.
out=/root/result.txt
echo booted >$out
log() { journalctl --unit idleguard-enforcer --output cat --no-pager; }
wait_for() {
    i=0
    until log | grep -q "$1"; do
        i=$((i + 1)); [ $i -lt 60 ] || return 0; sleep 0.5
    done
}
wait_for 'Signed in; enforcing'
wait_for ' succeeded '
pid=$(systemctl show --property MainPID --value idleguard-enforcer)
echo "running $(systemctl show --property ActiveState,NRestarts idleguard-enforcer | sort | tr '\n' ' ')" >>$out
echo "uid $(awk '/^Uid:/ { print $2 }' /proc/$pid/status) $(id -u idleguard)" >>$out
log | grep -q 'Signed in; enforcing' && echo "signed in" >>$out
log | grep -q ' succeeded ' && echo "acted" >>$out
systemctl stop idleguard-enforcer
echo "stopped $(systemctl show --property Result,ExecMainStatus idleguard-enforcer | sort | tr '\n' ' ')" >>$out
echo "journal $(stat --format='%U:%G %a' /var/lib/idleguard/journal.sqlite)" >>$out
printf 'IDLEGUARD_CLIENT_SECRET=\n' >/etc/idleguard/enforcer.env
systemctl start idleguard-enforcer
sleep 13 # RestartSec=10: a restart would have happened by now
echo "no secret $(systemctl show --property ActiveState,ExecMainStatus,NRestarts idleguard-enforcer | sort | tr '\n' ' ')" >>$out
log >/root/journal.txt
echo done >>$out
systemctl poweroff
SCRIPT
    ln -s /etc/systemd/system/idleguard-test-sandbox.service /etc/systemd/system/idleguard-test-run.service \
        "$booted/etc/systemd/system/multi-user.target.wants/"
    timeout 180 systemd-nspawn --quiet --boot --register=no --keep-unit --private-network \
        --directory="$booted" >"$work/boot.log" 2>&1 || true
    if ! grep -qx booted "$booted/root/result.txt" 2>/dev/null; then
        echo "NOTE: systemd-nspawn could not boot the root here; the service was checked without systemd only:"
        tail -5 "$work/boot.log"
    else
        sed 's/^/    /' "$booted/root/result.txt"
        expect() {
            grep -qxF "$1" "$booted/root/result.txt" || {
                tail -40 "$work/boot.log" >&2
                sed 's/^/    journal: /' "$booted/root/journal.txt" >&2 || true
                fail "under systemd: expected '$1'"
            }
        }
        expect "running ActiveState=active NRestarts=0 "
        expect "uid $(in_root id -u idleguard) $(in_root id -u idleguard)"
        expect "signed in"
        expect "acted"
        expect "stopped ExecMainStatus=0 Result=success "
        expect "journal idleguard:idleguard 600"
        expect "no secret ActiveState=failed ExecMainStatus=2 NRestarts=0 "
        expect "done"
        grep -q 'no client secret: the environment variable IDLEGUARD_CLIENT_SECRET is empty' \
            "$booted/root/journal.txt" || fail "under systemd, a missing secret is not explained in the journal"
        if grep -q 'demo-secret' "$booted/root/journal.txt"; then
            fail "the secret appears in the service's journal"
        fi
    fi
    umount "$booted" "$layer"
else
    echo "NOTE: no systemd-nspawn (package systemd-container); the service was checked without systemd only"
fi

step "apt-get remove idleguard: only configuration (and the audit journal) stays"
in_root apt-get remove -y -q idleguard >"$work/apt-remove.log" 2>&1 || {
    cat "$work/apt-remove.log" >&2
    fail "apt-get remove failed"
}
status=$(in_root dpkg-query --show --showformat='${Status}' idleguard)
[ "$status" = "deinstall ok config-files" ] || fail "after remove, dpkg says: $status"
snapshot >"$work/removed.txt"
# What may differ from before the install: the configuration in /etc/idleguard, the administrator's
# enable link and the record deb-systemd-helper keeps of it, the service's user and group (the
# secret file belongs to its group), and the audit journal in /var/lib/idleguard.
leftovers=$(changes "$work/before.txt" "$work/removed.txt" | grep -vE \
    -e ' \./etc/idleguard(/(enforcer\.json|policy\.json|enforcer\.env))?$' \
    -e ' \./etc/systemd/system/multi-user\.target\.wants/idleguard-enforcer\.service$' \
    -e ' \./var/lib/systemd/deb-systemd-helper-enabled(/.*)?$' \
    -e '  etc/(passwd|group|shadow|gshadow)$' \
    -e ' \./var/lib/idleguard(/journal\.sqlite)?$' || true)
[ -z "$leftovers" ] || fail "after remove, these differ from before the install:
$leftovers"
[ -f "$root/etc/idleguard/enforcer.env" ] || fail "remove deleted the secret file"
[ ! -e "$root/usr/bin/idleguard" ] || fail "remove left /usr/bin/idleguard"

step "apt-get purge idleguard: nothing stays"
in_root apt-get purge -y -q idleguard >"$work/apt-purge.log" 2>&1 || {
    cat "$work/apt-purge.log" >&2
    fail "apt-get purge failed"
}
status=$(in_root dpkg-query --show --showformat='${Status}' idleguard 2>/dev/null || true)
[ -z "$status" ] || [ "$status" = "unknown ok not-installed" ] || fail "after purge, dpkg says: $status"
snapshot >"$work/purged.txt"
leftovers=$(changes "$work/before.txt" "$work/purged.txt")
[ -z "$leftovers" ] || fail "after purge, these differ from before the install:
$leftovers"

step "done: installed, used, removed and purged cleanly"
