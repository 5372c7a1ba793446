#!/usr/bin/env bash
# The NativeAOT build prints the same bytes as the JIT build (issue 11): runs both on the samples in every format and
# compares standard output, standard error and the exit code. Publish first:
#   nice -n 10 dotnet publish src/PublicFinance.FinalAccounts.Cli -c Release -r linux-x64 -p:FinacctAot=true -o .tools/finacct-aot
#   benchmarks/cli/compare-aot.sh [JIT=Release build] [AOT=.tools/finacct-aot/finacct]
set -euo pipefail
cd "$(dirname "$0")/../.."
jit="${1:-src/PublicFinance.FinalAccounts.Cli/bin/Release/net10.0/finacct}"
aot="${2:-.tools/finacct-aot/finacct}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
status=0
for args in "check samples/urumqi-government-office-2024.json" "check samples/urumqi-government-office-2024.txt --claims --coverage" \
            "check samples" "check samples --coverage --claims" "check samples --format json" "check samples --format sarif" "rules list" "rules describe FA1206" "schema" "check missing.json"; do
  # shellcheck disable=SC2086 # the arguments are meant to split
  "$jit" $args > "$tmp/jit.out" 2> "$tmp/jit.err" && echo 0 > "$tmp/jit.rc" || echo $? > "$tmp/jit.rc"
  # shellcheck disable=SC2086
  "$aot" $args > "$tmp/aot.out" 2> "$tmp/aot.err" && echo 0 > "$tmp/aot.rc" || echo $? > "$tmp/aot.rc"
  same=1
  for part in out err rc; do
    if ! cmp -s "$tmp/jit.$part" "$tmp/aot.$part"; then
      echo "DIFFERENT ($part): finacct $args"
      same=0
      status=1
    fi
  done
  [ "$same" -eq 0 ] || echo "same: finacct $args"
done
exit "$status"
