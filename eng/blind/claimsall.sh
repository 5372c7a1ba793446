#!/usr/bin/env bash
# Run `check --format json` of a built CLI on every TestData text (not gen/, invalid/, fuzz-repros/, schema-mutants/)
# and write one JSON object {relative path: diagnostics} to OUT; compare two such files with cmpclaims.py.
# usage: eng/blind/claimsall.sh CLI_DLL /abs/OUT.json [TESTDATA_DIR]
set -u
dll=$1; out=$2
here=$(cd "$(dirname "$0")" && pwd)
td=${3:-$(cd "$here/../.." && pwd)/tests/PublicFinance.FinalAccounts.Tests/TestData}
tmp=$(mktemp -d)
cd "$td"
find . -name '*.txt' -not -path '*/gen/*' -not -path './invalid/*' -not -path './fuzz-repros/*' \
  -not -path './schema-mutants/*' | sort > "$tmp/list"
i=0
while read -r f; do
  i=$((i+1))
  (dotnet "$dll" check "$f" --format json > "$tmp/$i.json" 2>/dev/null; echo "$f" > "$tmp/$i.name") &
  while [ "$(jobs -r | wc -l)" -ge 2 ]; do sleep 0.05; done
done < "$tmp/list"
wait
python3 - "$tmp" "$out" <<'PY'
import json, os, sys
tmp, out = sys.argv[1], sys.argv[2]
res = {}
for f in os.listdir(tmp):
    if not f.endswith(".name"): continue
    n = f[:-5]
    name = open(os.path.join(tmp, f), encoding="utf-8").read().strip()
    raw = open(os.path.join(tmp, n + ".json"), encoding="utf-8").read()
    try: res[name] = json.loads(raw)
    except ValueError: res[name] = {"unparsed": raw[:2000]}
json.dump(res, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=0, sort_keys=True)
print(f"{len(res)} texts -> {out}")
PY
rm -rf "$tmp"
