#!/usr/bin/env python3
"""Resolve git conflict blocks in a file by keeping both sides (ours, then theirs); blank line before each '## Session'."""
import re, sys
p = sys.argv[1]
out, state = [], None
for line in open(p, encoding="utf-8").read().split("\n"):
    if line.startswith("<<<<<<< "): state = "ours"; continue
    if line.startswith("||||||| ") and state: state = "base"; continue
    if line.startswith("=======") and state: state = "theirs"; continue
    if line.startswith(">>>>>>> ") and state: state = None; continue
    if state == "base": continue
    out.append(line)
s = "\n".join(out)
s = re.sub(r"([^\n])\n(## Session)", r"\1\n\n\2", s)
s = re.sub(r"\n{3,}(## Session)", r"\n\n\1", s)
open(p, "w", encoding="utf-8").write(s)
print("markers left:", sum(1 for l in s.split("\n") if l.startswith(("<<<<<<<", ">>>>>>>"))))
