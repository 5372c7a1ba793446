#!/usr/bin/env python3
"""Raise every blind round's RecallFloors to the counts of a rescore (eng/blind/rescore.sh output folder).

usage: eng/blind/raise-floors.py SCORE_DIR [--comment TEXT] [--dry-run]

Reads `tNN  found/total` lines of SCORE_DIR/bRR.txt and, in each tests/.../Disclosures/BlindPages*CorpusTests.cs (round from
its `"blind-pages-RR"`), raises a floor below the measured count (never lowers one; prints a text measured below its floor,
which the coordinator must look at). A raised line gets TEXT as its comment when it had none.
"""
import pathlib, re, sys

args = sys.argv[1:]
if not args:
    sys.exit(__doc__)
score = pathlib.Path(args[0]); dry = '--dry-run' in args
comment = args[args.index('--comment') + 1] if '--comment' in args else ''
root = pathlib.Path(__file__).resolve().parents[2]
tests = root / 'tests/PublicFinance.FinalAccounts.Tests/Disclosures'
for cls in sorted(tests.glob('BlindPages*CorpusTests.cs')):
    src = cls.read_text(encoding='utf-8')
    m = re.search(r'"blind-pages-(\d+)"', src)
    if not m or not (score / f'b{m.group(1)}.txt').exists():
        continue
    counts = {t: int(n) for t, n in re.findall(r'^(t\d+)\s+(\d+)/', (score / f'b{m.group(1)}.txt').read_text(), re.M)}
    changed = []
    def fix(mm):
        t, floor, rest = mm.group(2), int(mm.group(3)), mm.group(4)
        n = counts.get(t)
        if n is None:
            return mm.group(0)
        if n < floor:
            print(f'{cls.name} {t}: measured {n} below floor {floor}')
            return mm.group(0)
        if n == floor:
            return mm.group(0)
        changed.append(f'{t} {floor}->{n}')
        if comment and '//' not in rest:
            rest = rest.rstrip() + f'   // {comment}'
        return f'{mm.group(1)}{n},{rest}'
    start = src.find('RecallFloors = new')
    end = src.find('};', start)
    body = re.sub(r'^(\s*\["(t\d+)"\] = )(\d+),(.*)$', fix, src[start:end], flags=re.M)
    if changed:
        print(cls.name, ', '.join(changed))
        if not dry:
            cls.write_text(src[:start] + body + src[end:], encoding='utf-8')
