#!/usr/bin/env bash
# Builds the Debian package with CPack from a built tree and unpacks it for the other packaging
# checks: <out>/idleguard_<version>_<arch>.deb and <out>/root (the files, DEBIAN/ with the control
# files). Usage: build-package.sh BUILD_DIR OUT_DIR
set -euo pipefail

build_dir=$1
out=$2

rm -rf "$out"
mkdir -p "$out"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$out/cpack" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log" >&2
    echo "FAIL: cpack could not build the package" >&2
    exit 1
}

shopt -s nullglob
debs=("$out"/cpack/idleguard_*.deb)
if [ ${#debs[@]} -ne 1 ]; then
    echo "FAIL: expected one idleguard_*.deb from cpack, found ${#debs[@]}" >&2
    ls -l "$out/cpack" >&2
    exit 1
fi
mv "${debs[0]}" "$out/"
deb="$out/$(basename "${debs[0]}")"
dpkg-deb --raw-extract "$deb" "$out/root"
echo "built $(basename "$deb"): $(du -h "$deb" | cut -f1)"
dpkg-deb --info "$deb" control
