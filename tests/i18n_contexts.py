#!/usr/bin/env python3
"""Checks that free tr() helpers look strings up where lupdate files them.

A source file may define its own `QString tr(const char *text)` that calls
QCoreApplication::translate("CONTEXT", text). lupdate does not see CONTEXT:
it files each tr() call under the scope that makes it (the enclosing class or
namespace). When the two differ, the catalogue holds a French translation the
program never finds, and the user reads English. This runs lupdate on each
such file alone and fails when it files a string under a context that no
translate() literal in the file names.

Usage: i18n_contexts.py LUPDATE SOURCE_DIR
"""

import os
import re
import subprocess
import sys
import tempfile

HELPER = re.compile(r'QString\s+tr\s*\(\s*const\s+char\s*\*')
LITERAL = re.compile(r'translate\(\s*"([^"]+)"')
CONTEXT = re.compile(r'<context>\s*<name>([^<]+)</name>')


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    lupdate, root = sys.argv[1], sys.argv[2]
    failures = []
    checked = 0
    for top in ("lib", "app"):
        for folder, _, names in os.walk(os.path.join(root, top)):
            for name in sorted(names):
                if not name.endswith(".cpp"):
                    continue
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as f:
                    source = f.read()
                if not HELPER.search(source):
                    continue
                checked += 1
                named = set(LITERAL.findall(source))
                with tempfile.TemporaryDirectory() as tmp:
                    ts = os.path.join(tmp, "check.ts")
                    subprocess.run([lupdate, "-silent", "-locations", "none", path, "-ts", ts],
                                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    with open(ts, encoding="utf-8") as f:
                        filed = set(CONTEXT.findall(f.read()))
                missing = sorted(filed - named)
                if missing:
                    rel = os.path.relpath(path, root)
                    failures.append(f"{rel}: lupdate files strings under {', '.join(missing)}, "
                                    f"but the file looks them up under {', '.join(sorted(named)) or 'nothing'}")
    for failure in failures:
        print(failure)
    print(f"{checked} files with a tr() helper checked, {len(failures)} mismatched")
    if checked == 0:
        print("no tr() helper found: the pattern is out of date")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
