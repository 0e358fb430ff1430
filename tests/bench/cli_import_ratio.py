#!/usr/bin/env python3
"""The import issue's two ratios, measured on the command line as the issue states them.

    cli_import_ratio.py DIR ROUNDS CLI [CLI...]

Each round, for each build in turn (alternating, so that a busy machine
disturbs them alike): `CLI extract --json DIR/*`, `CLI import DIR --db fresh`,
then `CLI import DIR --db same` (every file a duplicate). Prints every round,
then the medians: MB/s of the import, import / extract (target <= 3) and
re-import / import (target < 0.1). Give the baseline build first.
"""
import glob
import os
import statistics
import subprocess
import sys
import tempfile
import time


def timed(args):
    start = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    folder, rounds, clis = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    files = sorted(f for f in glob.glob(os.path.join(folder, "**", "*"), recursive=True) if os.path.isfile(f))
    megabytes = sum(os.path.getsize(f) for f in files) / (1024 * 1024)
    runs = {cli: {"extract": [], "import": [], "reimport": []} for cli in clis}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(rounds):
            for n, cli in enumerate(clis):
                db = os.path.join(tmp, f"round-{n}.sqlite")
                for f in glob.glob(db + "*"):
                    os.remove(f)
                runs[cli]["extract"].append(timed([cli, "extract", "--json"] + files))
                runs[cli]["import"].append(timed([cli, "import", folder, "--db", db]))
                runs[cli]["reimport"].append(timed([cli, "import", folder, "--db", db]))
    print(f"{len(files)} files, {megabytes:.2f} MB, {rounds} rounds, load {os.getloadavg()[0]:.1f}")
    for cli in clis:
        r = runs[cli]
        ratio = [i / e for i, e in zip(r["import"], r["extract"])]
        again = [a / i for a, i in zip(r["reimport"], r["import"])]
        print(cli)
        for name, values, fmt in (("extract --json", r["extract"], "%.2f"), ("import", r["import"], "%.2f"),
                                  ("re-import", r["reimport"], "%.3f"), ("import/extract", ratio, "%.2f"),
                                  ("re-import/import", again, "%.3f")):
            print(f"  {name:17s}", " ".join(fmt % v for v in values), " median", fmt % statistics.median(values))
        print(f"  import {megabytes / statistics.median(r['import']):.2f} MB/s (median)")


if __name__ == "__main__":
    main()
