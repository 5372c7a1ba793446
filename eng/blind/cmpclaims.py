#!/usr/bin/env python3
"""Compare two claimsall.sh outputs (the texts both hold): texts whose diagnostics changed, and Errors / Warnings gained or lost by code.
usage: cmpclaims.py BASE.json NEW.json [v]   (v prints each changed diagnostic)"""
import json, sys
from collections import Counter

def diags(x, acc):
    if isinstance(x, dict):
        sev = x.get("severity") or x.get("Severity")
        code = x.get("ruleId") or x.get("code")
        if sev and code:
            acc.append((str(sev).lower(), str(code), str(x.get("messageEn", x.get("message", "")))[:160]))
        for k, v in x.items():
            if k not in ("messageEn", "messageZh"): diags(v, acc)
    elif isinstance(x, list):
        for v in x: diags(v, acc)
    return acc

base, new = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
verbose = len(sys.argv) > 3
changed, gained, lost = 0, Counter(), Counter()
only = sorted(set(base) ^ set(new))
if only: print(f"{len(only)} texts in one file only (not compared), e.g. {only[0]}")
for name in sorted(set(base) & set(new)):
    b, n = base.get(name), new.get(name)
    if json.dumps(b, sort_keys=True) == json.dumps(n, sort_keys=True): continue
    changed += 1
    db, dn = Counter(diags(b, [])), Counter(diags(n, []))
    plus, minus = dn - db, db - dn
    for (s, c, m), k in plus.items(): gained[(s, c)] += k
    for (s, c, m), k in minus.items(): lost[(s, c)] += k
    if verbose or plus or minus:
        print(f"== {name}")
        for d in minus: print(f"  - {d[0]} {d[1]} {d[2]}")
        for d in plus: print(f"  + {d[0]} {d[1]} {d[2]}")
print(f"{changed} texts changed")
for (s, c), k in sorted(gained.items()): print(f"gained {s} {c} x{k}")
for (s, c), k in sorted(lost.items()): print(f"lost {s} {c} x{k}")
