#!/usr/bin/env bash
# Builds the .deb from the already-built tree (CPack), unpacks it into a
# scratch root with dpkg -x and checks what a user would get: the programs run,
# the desktop integration files and man pages are there, and the dependencies
# were computed from the binaries (dpkg-shlibdeps), not written by hand.
# Usage: check_deb.sh CPACK_CONFIG SCRATCH_DIR
set -euo pipefail
config=$1
scratch=$2

for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool not installed (packaging/install-deps.sh)"; exit 77; }
done
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$scratch"
mkdir -p "$scratch"
cpack --config "$config" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
  || { cat "$scratch/cpack.log" >&2; fail "cpack"; }
debs=("$scratch"/out/liaison_*.deb)
[ -f "${debs[0]}" ] || { cat "$scratch/cpack.log" >&2; fail "cpack made no liaison_*.deb"; }
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

[ "$(dpkg-deb -f "$deb" Package)" = liaison ] || fail "package name is not liaison"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Computed: the Qt, igraph and poppler libraries the binaries link, with versions.
for lib in 'libqt6core6 \(>=' 'libqt6widgets6 \(>=' 'libigraph' 'libpoppler-qt6' 'libc6 \(>='; do
  grep -Eq "(^|, )$lib" <<<"$depends" || fail "Depends lacks $lib"
done
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "no Maintainer"
[ -n "$(dpkg-deb -f "$deb" Section)" ] || fail "no Section"

root=$scratch/root
dpkg -x "$deb" "$root"
for file in usr/bin/liaison usr/bin/liaison-cli \
    usr/share/applications/io.github.liaison.Liaison.desktop \
    usr/share/metainfo/io.github.liaison.Liaison.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.liaison.Liaison.svg \
    usr/share/man/man1/liaison-cli.1 usr/share/man/man1/liaison.1 \
    usr/share/doc/liaison/copyright \
    usr/lib/liaison/liaison-pdf.so usr/lib/liaison/liaison-cli-commands.so; do
  [ -f "$root/$file" ] || [ -f "$root/$file.gz" ] || fail "package lacks /$file"
done
# Nothing but the application and its run-time modules: no test, benchmark or
# static library.
unexpected=$(cd "$root" && find . -type f \
  | grep -Ev '^\./usr/(bin/liaison(-cli)?|lib/liaison/liaison-(pdf|cli-commands)\.so|share/(applications|metainfo|icons|man|doc)/.*)$' || true)
[ -z "$unexpected" ] || fail "unexpected files in the package: $unexpected"

"$root/usr/bin/liaison-cli" --help >"$scratch/help.txt" || fail "the packaged liaison-cli --help failed"
grep -q 'extract' "$scratch/help.txt" || fail "the packaged liaison-cli --help lists no commands"
"$root/usr/bin/liaison-cli" --version | grep -q '^liaison-cli ' || fail "the packaged liaison-cli --version"
# The database and chart commands are a module found relative to the program.
"$root/usr/bin/liaison-cli" stats --help >/dev/null || fail "the packaged liaison-cli stats --help (module not found?)"
# The GUI starts, offscreen, on a scratch database and quits.
QT_QPA_PLATFORM=offscreen HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config" \
  "$root/usr/bin/liaison" --db "$scratch/check.sqlite" --quit-after-start || fail "the packaged liaison did not start"
echo "package: ok"
