#!/usr/bin/env python3
"""The extraction issue's speed target, measured on the command line as the issue states it.

    cli_extract_speed.py DIR ROUNDS CLI [CLI...]

Each round, for each build in turn (alternating, so that a busy machine
disturbs them alike): `CLI extract --json --jobs 1 DIR/*` (single-threaded),
`CLI extract --json DIR/*` (one job per core) and `CLI extract --json --jobs 1
FIRST_FILE` (what a run costs before and after its files: start-up, lexicons,
exit). Output goes to /dev/null. Prints every round, then medians of MB/s
(megabytes of the input files, 10^6 bytes) and of CPU seconds. Give the
baseline build first; the pairwise ratio is taken against it.

Target (issue 3): single-threaded >= 10 MB/s on
`make-corpus.py DIR --articles 2000`.
"""
import glob
import os
import resource
import statistics
import subprocess
import sys
import time


def timed(args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    folder, rounds, clis = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    files = sorted(f for f in glob.glob(os.path.join(folder, "**", "*"), recursive=True) if os.path.isfile(f))
    if not files:
        sys.exit(f"{folder}: no files")
    megabytes = sum(os.path.getsize(f) for f in files) / 1e6
    kinds = {
        "1 job": lambda cli: [cli, "extract", "--json", "--jobs", "1"] + files,
        f"{os.cpu_count()} jobs": lambda cli: [cli, "extract", "--json"] + files,
        "one file": lambda cli: [cli, "extract", "--json", "--jobs", "1", files[0]],
    }
    runs = {cli: {kind: [] for kind in kinds} for cli in clis}
    loads = []
    for _ in range(rounds):
        loads.append(os.getloadavg()[0])
        for cli in clis:
            for kind, args in kinds.items():
                runs[cli][kind].append(timed(args(cli)))
    print(f"{len(files)} files, {megabytes:.2f} MB, {rounds} rounds, load {min(loads):.1f}-{max(loads):.1f}")
    base = clis[0]
    for cli in clis:
        print(cli)
        for kind in kinds:
            walls = [w for w, _ in runs[cli][kind]]
            cpus = [c for _, c in runs[cli][kind]]
            line = f"  {kind:9s} wall " + " ".join("%.3f" % w for w in walls)
            line += f"  median {statistics.median(walls):.3f} s, CPU {statistics.median(cpus):.3f} s"
            if kind != "one file":
                line += f", {megabytes / statistics.median(walls):.2f} MB/s"
            if cli != base:
                ratio = [b / w for (b, _), (w, _) in zip(runs[base][kind], runs[cli][kind])]
                line += f", {statistics.median(ratio):.2f}x the first build (pairwise median)"
            print(line)


if __name__ == "__main__":
    main()
