#!/usr/bin/env bash
# The desktop file and the AppStream metainfo validate, the metainfo launches
# the desktop file by its installed id, and both speak French.
# Usage: check_desktop_files.sh PACKAGING_DIR
set -euo pipefail
dir=$1
id=io.github.liaison.Liaison
desktop=$dir/$id.desktop
metainfo=$dir/$id.metainfo.xml

for tool in desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool not installed (packaging/install-deps.sh)"; exit 77; }
done

fail() { echo "FAIL: $*" >&2; exit 1; }

# desktop-file-validate exits 0 on hints; treat errors and warnings as failures.
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
if grep -Eq 'error:|warning:' <<<"$out"; then fail "desktop-file-validate: $out"; fi
echo "desktop-file-validate: ok ${out:+($out)}"

appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"

launchable=$(sed -n 's:.*<launchable type="desktop-id">\(.*\)</launchable>.*:\1:p' "$metainfo")
[ "$launchable" = "$id.desktop" ] || fail "metainfo launchable '$launchable' is not $id.desktop"
grep -q "<id>$id</id>" "$metainfo" || fail "metainfo id is not $id"
grep -q "^Icon=$id\$" "$desktop" || fail "desktop Icon is not $id"
[ -f "$dir/$id.svg" ] || fail "no icon $id.svg"

for key in 'Name\[fr\]' 'GenericName\[fr\]' 'Comment\[fr\]' 'Keywords\[fr\]'; do
  grep -q "^$key=." "$desktop" || fail "desktop file lacks $key"
done
grep -q 'xml:lang="fr"' "$metainfo" || fail "metainfo has no French text"

# Articles open with Liaison: the formats it imports are associated, and Exec
# takes the files.
for type in text/plain text/html application/pdf \
    application/vnd.openxmlformats-officedocument.wordprocessingml.document \
    application/vnd.oasis.opendocument.text; do
  grep -q "^MimeType=.*$type;" "$desktop" || fail "MimeType lacks $type"
done
grep -q '^Exec=liaison %F$' "$desktop" || fail "Exec does not pass files (%F)"
echo "desktop files: ok"
