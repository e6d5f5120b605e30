#!/usr/bin/env bash
# The package's files and control data: everything the issue lists is there, with Debian's
# permissions; the metadata is right (version, computed dependencies); the versions in the
# changelog, the AppStream releases and the man pages are the project's.
# Usage: check-contents.sh PACKAGE_DIR VERSION   (PACKAGE_DIR from build-package.sh)
set -euo pipefail

dir=$1
version=$2
root="$dir/root"
deb=$(echo "$dir"/idleguard_*.deb)
app_id=io.github.idleguard.IdleGuard
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
field() { dpkg-deb --field "$deb" "$1"; }

# Control data
[ "$(field Package)" = idleguard ] || fail "Package is '$(field Package)', not idleguard"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', the project's is $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
for key in Maintainer Section Priority Homepage Installed-Size; do
    [ -n "$(field "$key")" ] || fail "no $key field"
done
depends=$(field Depends)
# The package names in Depends, one a line, without versions.
depends_names=$(awk -F'[,|]' '{ for (i = 1; i <= NF; i++) { split($i, w, " "); print w[1] } }' <<<"$depends")
# From dpkg-shlibdeps: the libraries the executables link. Then what the programs load at run
# time, and adduser for the postinst.
for pkg in libc6 libstdc++6 libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6keychain1 \
    adduser libqt6sql6-sqlite libqt6svg6 libsecret-1-0; do
    grep -qxF "$pkg" <<<"$depends_names" || fail "Depends lacks $pkg: $depends"
done
description_lines=$(field Description | wc -l)
[ "$description_lines" -ge 6 ] || fail "the description has only $description_lines lines"

# Files
expected=(
    usr/bin/idleguard
    usr/bin/idleguard-sandbox
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/man/man1/idleguard.1.gz
    usr/share/man/man1/idleguard-sandbox.1.gz
    usr/share/doc/idleguard/copyright
    usr/share/doc/idleguard/changelog.gz
    usr/share/doc/idleguard/policy.md.gz
    usr/share/doc/idleguard/examples/policy.json
    usr/share/doc/idleguard/examples/headless.json
    usr/lib/systemd/system/idleguard-enforcer.service
    etc/idleguard/enforcer.json
    etc/idleguard/policy.json
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${expected[@]}"; do
    [ -f "$root/$file" ] || fail "missing /$file"
done
for size in 16 22 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$png" ] || continue
    # The PNG header's IHDR: width and height, big-endian, at bytes 16 and 20.
    read -r width height < <(od -An -tu1 -j16 -N8 "$png" |
        awk '{ print $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }')
    [ "$width x $height" = "$size x $size" ] || fail "the ${size}x${size} icon is $width x $height"
done
# The secret is made on the machine, never shipped.
[ ! -e "$root/etc/idleguard/enforcer.env" ] || fail "the package ships /etc/idleguard/enforcer.env"
# Installing the package must not enable the service.
if find "$root/etc" "$root/usr/lib/systemd" -path '*.wants/*' | grep -q .; then
    fail "the package ships enable links: $(find "$root" -path '*.wants/*')"
fi

# Modes and owners: root:root everywhere, executables 0755, other files 0644, no other bits.
while read -r mode owner path; do
    case "$path" in
    */) want=drwxr-xr-x ;;
    ./usr/bin/*) want=-rwxr-xr-x ;;
    *) want=-rw-r--r-- ;;
    esac
    [ "$mode" = "$want" ] || fail "$path has mode $mode, expected $want"
    [ "$owner" = root/root ] || fail "$path is owned by $owner"
done < <(dpkg-deb --contents "$deb" | awk '{ print $1, $2, $6 }')

# Executables stripped (the debug information stays in the build tree).
for exe in idleguard idleguard-sandbox; do
    if readelf --section-headers "$root/usr/bin/$exe" | grep -Eq '\.debug_info|\.symtab'; then
        fail "/usr/bin/$exe is not stripped"
    fi
done

# Control files: the maintainer scripts, executable; conffiles naming exactly the files in /etc.
for script in postinst prerm postrm; do
    [ -x "$root/DEBIAN/$script" ] || fail "DEBIAN/$script missing or not executable"
done
diff <(sort "$root/DEBIAN/conffiles") <(cd "$root" && find etc -type f -printf '/%p\n' | sort) >&2 ||
    fail "DEBIAN/conffiles does not list exactly the files under /etc"

# One version everywhere.
changelog_version=$(zcat "$root/usr/share/doc/idleguard/changelog.gz" | dpkg-parsechangelog --file - --show-field Version)
[ "$changelog_version" = "$version" ] || fail "the changelog's newest entry is $changelog_version, not $version"
metainfo_version=$(grep -o -m1 '<release version="[^"]*"' "$root/usr/share/metainfo/$app_id.metainfo.xml" | cut -d'"' -f2)
[ "$metainfo_version" = "$version" ] || fail "the metainfo's newest release is $metainfo_version, not $version"
for page in idleguard idleguard-sandbox; do
    zcat "$root/usr/share/man/man1/$page.1.gz" | grep -q "^\.TH .*\"Idle Guard $version\"" ||
        fail "the $page man page does not say version $version"
done

if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s) in $(basename "$deb")" >&2
    exit 1
fi
echo "$(basename "$deb"): ${#expected[@]} expected files, control data, modes, versions: all right"
