#!/usr/bin/env python3
"""Turn a blind round of TestData (tNN.txt + tNN.truth.md) into score-corpus pairs (NAME.txt + NAME.truth.json).

usage: md2corpus.py SRC_DIR OUT_DIR

Every row `| n | value | unit | what |` of a truth table becomes an `other_figures` entry; every planted-error line
`- what: stated X, computed Y (computation)` becomes a arithmetic finding: `real_error` under a
`Planted` heading, `rounding_sized` under `Rounding`, `borderline` under `Borderline`. Development tool only: the
tests never run it.
"""
import json, os, re, shutil, sys

def convert(src, out):
    os.makedirs(out, exist_ok=True)
    for f in sorted(os.listdir(src)):
        m = re.fullmatch(r"(t\d+)\.txt", f)
        if not m: continue
        name = m.group(1)
        md = os.path.join(src, name + ".truth.md")
        if not os.path.exists(md): continue
        figures, findings, kind = {}, [], "real_error"
        for line in open(md, encoding="utf-8"):
            low = line.strip().lower()
            if low.startswith("planted"): kind = "real_error"
            elif low.startswith("rounding"): kind = "rounding_sized"
            elif low.startswith("borderline"): kind = "borderline"
            row = re.match(r"\|\s*(\d+)\s*\|\s*([-\d.,]+)\s*\|\s*([^|]*)\|\s*([^|]*)\|", line)
            if row:
                figures[f"{row.group(4).strip()}#{row.group(1)}"] = row.group(2).replace(",", "")
                continue
            planted = re.match(r"-\s*(.+?):\s*stated\s+([-\d.,%]+),\s*computed\s+([-\d.,%]+)\s*(?:\((.*)\))?", line.strip())
            if planted:
                findings.append(dict(check=planted.group(1), stated=planted.group(2), computed=planted.group(3),
                                     computation=planted.group(4) or "", classification=kind))
        truth = dict(other_figures=figures, arithmetic_findings=findings,
                     real_error_count=sum(f["classification"] == "real_error" for f in findings))
        json.dump(truth, open(os.path.join(out, name + ".truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        shutil.copy(os.path.join(src, f), os.path.join(out, f))

if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2])
