#!/usr/bin/env bash
# Bulk check measurement (issue 11): N generated report files checked in ONE finacct call → reports/s and peak memory.
# Not a timed test: run it by hand on an idle machine and record the figures in docs/performance.md (command line).
#   benchmarks/cli/bulk.sh [N=10000] [FORMAT=json] [JOBS=2] [FINACCT=path to a built finacct, default: Release build]
# Each file is the sample report with its entity renamed and one figure of the 三公 table changed, so no two files are
# the same. The output is checked to be one complete JSON (or SARIF) document with N files (results), or text with N
# "==> file <==" headings; the script fails otherwise. Peak memory is the process's VmHWM (GNU time's "Maximum resident
# set size").
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-10000}"
format="${2:-json}"
jobs="${3:-2}"
finacct="${4:-src/PublicFinance.FinalAccounts.Cli/bin/Release/net10.0/finacct}"
[ -x "$finacct" ] || { echo "build the CLI first: dotnet build src/PublicFinance.FinalAccounts.Cli -c Release" >&2; exit 2; }
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" "$n" <<'PY'
import json, sys
root, n = sys.argv[1], int(sys.argv[2])
text = open("samples/urumqi-government-office-2024.json", encoding="utf-8").read()
name = json.loads(text)["entity"]["name"]
for i in range(n):
    with open(f"{root}/r{i:05d}.json", "w", encoding="utf-8") as f:
        f.write(text.replace(name, f"{name}{i:05d}", 1))
PY
echo "generated $n files in $dir ($(du -sh "$dir" | cut -f1))"
/usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB peak RSS" -o "$dir.time" \
  "$finacct" check "$dir" --format "$format" --jobs "$jobs" > "$dir.out" || [ $? -eq 1 ]
python3 - "$dir.out" "$format" "$n" <<'PY'
import json, sys
if sys.argv[2] == "text":
    count = sum(1 for line in open(sys.argv[1], encoding="utf-8") if line.startswith("==> ") and line.endswith(" <==\n"))
else:
    doc = json.load(open(sys.argv[1], encoding="utf-8"))
    count = doc["inputs"] if sys.argv[2] == "json" else len({r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in doc["runs"][0]["results"]})
assert count == int(sys.argv[3]), f"{count} inputs in the output, expected {sys.argv[3]}"
print(f"output: one valid {sys.argv[2]} document, {count} inputs")
PY
wall="$(cut -d' ' -f1 "$dir.time")"
echo "$(cat "$dir.time"); $(python3 -c "print(f'{$n / $wall:.0f} reports/s')") (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
rm -f "$dir.time" "$dir.out"
