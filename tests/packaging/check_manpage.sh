#!/usr/bin/env bash
# The man page names every subcommand and every option each one's --help lists,
# so it cannot fall behind the program.
# Usage: check_manpage.sh LIAISON_CLI MANPAGE
set -euo pipefail
cli=$1
page=$2
# Options as the man page spells them, with troff's escaped hyphens undone.
text=$(sed 's/\\-/-/g' "$page")

missing=()
commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
[ -n "$commands" ] || { echo "FAIL: no commands in 'liaison-cli --help'" >&2; exit 1; }
for command in $commands; do
  grep -q "^\.SS $command\$" "$page" || missing+=("section for '$command'")
  # Qt prints "  -l, --language <lang>  text": take every -x / --long word of the option column.
  options=$(LC_ALL=C "$cli" "$command" --help | sed -n '/^Options:/,/^$/p' \
    | grep -E '^ +-[^ ]' | sed -E 's/^ +//; s/  .*//' | grep -oE -- '(^|[ ,])--?[A-Za-z][A-Za-z0-9-]*' \
    | sed -E 's/^[ ,]+//' || true)
  [ -n "$options" ] || missing+=("'$command --help' lists no options")
  for option in $options; do
    case $option in -h|--help|--help-all) continue ;; esac
    grep -qE -- "(^|[^A-Za-z0-9-])$option([^A-Za-z0-9-]|\$)" <<<"$text" || missing+=("$command $option")
  done
done

# The chart kinds, listed under "Kinds:" in 'chart --help'.
kinds=$("$cli" chart --help 2>/dev/null | sed -n '/^Kinds:/,/^Options:/p' | grep -oE '^  [a-z][a-z-]+' || true)
for kind in $kinds; do
  grep -q -- "$kind" <<<"$text" || missing+=("chart kind $kind")
done

if [ ${#missing[@]} -gt 0 ]; then
  printf 'FAIL: %s is missing: %s\n' "$page" "${missing[*]}" >&2
  exit 1
fi
if command -v groff >/dev/null; then
  warnings=$(groff -man -ww -z "$page" 2>&1 || true)
  [ -z "$warnings" ] || { echo "FAIL: groff warnings: $warnings" >&2; exit 1; }
fi
echo "man page: every command and option of $(basename "$cli") documented"
