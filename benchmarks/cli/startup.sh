#!/usr/bin/env bash
# Start-up measurement (issue 11): `finacct check` of one report, RUNS runs (default 20), best and median wall time,
# for each finacct given (e.g. the JIT build and the NativeAOT publish). hyperfine is used when installed.
#   benchmarks/cli/startup.sh FINACCT... (default: the Release build)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${RUNS:-20}"
[ $# -gt 0 ] || set -- src/PublicFinance.FinalAccounts.Cli/bin/Release/net10.0/finacct
for finacct in "$@"; do
  if command -v hyperfine > /dev/null; then
    hyperfine -N --warmup 2 --runs "$runs" -i "$finacct check samples/urumqi-government-office-2024.json"
    continue
  fi
  "$finacct" check samples/urumqi-government-office-2024.json > /dev/null   # warm the file cache
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$finacct" check samples/urumqi-government-office-2024.json > /dev/null
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "$finacct: best ${sorted[0]} ms, median ${sorted[$((runs / 2))]} ms over $runs runs (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
done
