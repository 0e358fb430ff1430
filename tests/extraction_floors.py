#!/usr/bin/env python3
"""Runs ../shared/eval/score.py on an evaluation folder and fails when the
overall or any language's F1 falls below its floor, so extraction quality
cannot regress silently. Exits 77 (skipped) when the evaluation kit is absent.

    extraction_floors.py CLI DATA --entity 0.85 --relation 0.65 \
        --lang-entity 0.80 --lang-relation 0.60
"""
import argparse
import json
import os
import subprocess
import sys

SKIP = 77


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("data")
    ap.add_argument("--scorer")
    ap.add_argument("--entity", type=float, default=0.0)
    ap.add_argument("--relation", type=float, default=0.0)
    ap.add_argument("--lang-entity", type=float, default=0.0)
    ap.add_argument("--lang-relation", type=float, default=0.0)
    args = ap.parse_args()

    scorer = args.scorer or os.path.join(os.path.dirname(os.path.abspath(args.data)), "score.py")
    if not os.path.isdir(args.data) or not os.path.isfile(scorer):
        print(f"evaluation kit not found at {args.data}: skipped")
        return SKIP

    out = subprocess.run([sys.executable, scorer, "--cli", args.cli, args.data, "--json"],
                         capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stdout, out.stderr)
        return 1
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    failed = []
    for lang, f in sorted(figures.items()):
        if not isinstance(f, dict) or "ent" not in f:
            continue
        ent, rel = f["ent"]["f1"], f["rel"]["f1"]
        floor_e = args.entity if lang == "all" else args.lang_entity
        floor_r = args.relation if lang == "all" else args.lang_relation
        print(f"{lang:4} entity F1 {ent:.3f} (floor {floor_e:.2f})  relation F1 {rel:.3f} (floor {floor_r:.2f})")
        if ent < floor_e:
            failed.append(f"{lang} entity F1 {ent:.3f} < {floor_e:.2f}")
        if rel < floor_r:
            failed.append(f"{lang} relation F1 {rel:.3f} < {floor_r:.2f}")
    for line in failed:
        print("FLOOR NOT MET:", line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
