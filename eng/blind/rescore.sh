#!/usr/bin/env bash
# Score a built CLI on the blind rounds 38..61 of TestData with ../shared/tools/score-corpus.
# usage: eng/blind/rescore.sh CLI_DLL OUT_DIR   (FIRST_ROUND / LAST_ROUND override 38 / 61)
set -u
dll=$1; out=$2; mkdir -p "$out"
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
td=$root/tests/PublicFinance.FinalAccounts.Tests/TestData
corp=${BLIND_CORPUS:-/tmp/blindcorp}
# score-corpus sits in ../shared beside the repository (or beside a worktree's parent folder)
score=${SCORE_CORPUS:-$root/../shared/tools/score-corpus}
[ -x "$score" ] || score=$root/../../shared/tools/score-corpus
for r in $(seq "${FIRST_ROUND:-38}" "${LAST_ROUND:-61}"); do
  [ -d "$td/blind-pages-$r" ] || continue
  [ -d "$corp/$r" ] || python3 "$here/md2corpus.py" "$td/blind-pages-$r" "$corp/$r"
  (cd "$root" && "$score" "$corp/$r" --finacct "dotnet $dll" --verbose) > "$out/b$r.txt" 2>&1 &
  while [ "$(jobs -r | wc -l)" -ge 2 ]; do sleep 1; done
done
wait
for r in $(seq "${FIRST_ROUND:-38}" "${LAST_ROUND:-61}"); do
  [ -f "$out/b$r.txt" ] && echo "b$r $(tail -1 "$out/b$r.txt")"
done
