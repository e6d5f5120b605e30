#!/usr/bin/env bash
# The man pages in the package: every option the programs' --help lists is described, every field
# of the headless configuration file (docs/headless.md) is, idleguard(1) has the sections an
# administrator looks for, and groff renders both without a warning (as lintian checks them).
# Usage: check-manpages.sh PACKAGE_DIR SOURCE_DIR
set -euo pipefail

root=$1/root
source_dir=$2
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
# A man page as text to search: roff's \- is a plain hyphen.
page_text() { zcat "$root/usr/share/man/man1/$1.1.gz" | sed 's/\\-/-/g'; }

for program in idleguard idleguard-sandbox; do
    page="$root/usr/share/man/man1/$program.1.gz"
    [ -f "$page" ] || {
        fail "no man page for $program"
        continue
    }
    text=$(page_text "$program")
    # The options are the --words at the start of --help's lines (the programs in the package).
    help=$(LC_ALL=C.UTF-8 "$root/usr/bin/$program" --help)
    options=$(grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' <<<"$help" | grep -oE -- '--[a-z-]+' | sort -u)
    [ -n "$options" ] || fail "no options found in $program --help"
    # Each described under OPTIONS, as the tag of a paragraph (.TP, then .B/.BI/.BR with it).
    described=$(sed -n '/^\.SH OPTIONS$/,/^\.SH /p' <<<"$text" | grep -E '^\.B[IR]? ')
    for option in $options; do
        grep -qE -- "(^|[^a-z-])$option([^a-z-]|$)" <<<"$described" || fail "$program(1) does not describe $option"
    done
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "groff warns about $program(1): $warnings"
done

text=$(page_text idleguard)
for section in OPTIONS "HEADLESS CONFIGURATION FILE" ENVIRONMENT "EXIT STATUS" FILES; do
    grep -qx "\.SH \"\?$section\"\?" <<<"$text" || fail "idleguard(1) has no $section section"
done
# The configuration file's fields: the first column of the table in docs/headless.md.
# shellcheck disable=SC2016 # the backquotes are Markdown's, not the shell's
fields=$(sed -n '/^## Configuration file/,/^## /p' "$source_dir/docs/headless.md" |
    grep -oE '^\| `[A-Za-z]+` \|' | tr -d '|` ')
[ -n "$fields" ] || fail "no configuration fields found in docs/headless.md"
for name in $fields; do
    grep -qE "^\.BR $name " <<<"$text" || fail "idleguard(1) does not describe the configuration field $name"
done
for word in IDLEGUARD_CLIENT_SECRET /etc/idleguard/enforcer.env /etc/idleguard/enforcer.json \
    /var/lib/idleguard/journal.sqlite idleguard-enforcer.service; do
    grep -qF -- "$word" <<<"$text" || fail "idleguard(1) does not mention $word"
done
for code in 0 1 2; do
    sed -n '/^\.SH "\?EXIT STATUS"\?$/,/^\.SH /p' <<<"$text" | grep -qx "\.B $code" ||
        fail "idleguard(1) does not explain exit status $code"
done

if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s) in the man pages" >&2
    exit 1
fi
echo "man pages: every option, every configuration field, the sections, no groff warning"
