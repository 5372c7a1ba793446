#!/usr/bin/env bash
# Public API baselines (docs/design.md, "Public API"): rewrites PublicAPI/<target framework>/PublicAPI.Unshipped.txt of
# every packable project under src/ from the code, so that Shipped + Unshipped list exactly its public API.
#   eng/update-public-api.sh            regenerate the Unshipped files (run after merging branches that change the API)
#   eng/update-public-api.sh --ship     at a release: move every Unshipped entry into Shipped (a *REMOVED* entry deletes
#                                       the line it names from Shipped), leaving Unshipped empty
#   eng/update-public-api.sh --check    regenerate into the working tree and fail when a file differs from git's copy
# How: each Unshipped file is emptied, then `dotnet format analyzers --diagnostics RS0016` applies the analyzer's own code
# fix, which writes the missing symbols in the analyzer's format — into the first target framework's file only. Each
# other target framework (netstandard2.0) starts from those entries and is corrected by one build of it: RS0017 names
# an entry it does not have, RS0016 one only it has, both exactly as a line is written. A Shipped entry whose symbol is
# gone (RS0017; possible only once something has shipped) becomes a *REMOVED* line. Files are then sorted
# (case-insensitively, as the code fix inserts), so running it twice changes nothing. Takes 1–3 min per project on an
# idle machine (the core: the longest).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-update}"
header='#nullable enable'

projects=()
for csproj in src/*/*.csproj; do
  grep -q '<IsPackable>true</IsPackable>' "$csproj" && projects+=("$csproj")
done

frameworks() {   # the target framework(s) of a project file
  sed -n 's:.*<TargetFrameworks\{0,1\}>\([^<]*\)</TargetFrameworks\{0,1\}>.*:\1:p' "$1" | head -1 | tr ';' ' '
}

normalize() {   # the header, then the entries sorted, blank lines and repeats dropped
  local file="$1" body
  body="$(grep -v -e '^#nullable enable$' -e '^[[:space:]]*$' "$file" | LC_ALL=C sort -f | uniq || true)"
  { echo "$header"; [ -z "$body" ] || printf '%s\n' "$body"; } > "$file"
}

if [ "$mode" = "--ship" ]; then
  for csproj in "${projects[@]}"; do
    for tf in $(frameworks "$csproj"); do
      dir="$(dirname "$csproj")/PublicAPI/$tf"
      removed="$(sed -n 's/^\*REMOVED\*//p' "$dir/PublicAPI.Unshipped.txt")"
      { grep -v '^\*REMOVED\*' "$dir/PublicAPI.Unshipped.txt"
        if [ -n "$removed" ]; then grep -vxF -f <(printf '%s\n' "$removed") "$dir/PublicAPI.Shipped.txt" || true
        else cat "$dir/PublicAPI.Shipped.txt"; fi
      } > "$dir/PublicAPI.Shipped.txt.new"
      mv "$dir/PublicAPI.Shipped.txt.new" "$dir/PublicAPI.Shipped.txt"
      normalize "$dir/PublicAPI.Shipped.txt"
      echo "$header" > "$dir/PublicAPI.Unshipped.txt"
    done
  done
  echo "shipped: every Unshipped entry moved to PublicAPI.Shipped.txt"
  exit 0
fi

# The symbols a build of one target framework reports: RS0016 (public, not listed) and RS0017 (listed, gone), each
# named in the message exactly as a baseline line is written.
# Only the project's own messages count: a build also builds the projects it references, whose own baselines may be
# stale at that moment (their lines end in "[…/TheirProject.csproj…]").
build_messages() {   # project, framework → "+symbol" / "-symbol" lines
  dotnet build "$1" -f "$2" --no-restore -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= 2>&1 \
    | { grep -F "[$(realpath "$1")" || true; } \
    | sed -n -e "s/.*RS0016: Symbol '\(.*\)' is not part of the declared public API.*/+\1/p" \
             -e "s/.*RS0017: Symbol '\(.*\)' is part of the declared API, but is either not public or could not be found.*/-\1/p" \
    | LC_ALL=C sort -u
}

for csproj in "${projects[@]}"; do
  read -r -a tfs <<< "$(frameworks "$csproj")"
  for tf in "${tfs[@]}"; do
    dir="$(dirname "$csproj")/PublicAPI/$tf"
    mkdir -p "$dir"
    [ -f "$dir/PublicAPI.Shipped.txt" ] || echo "$header" > "$dir/PublicAPI.Shipped.txt"
    echo "$header" > "$dir/PublicAPI.Unshipped.txt"
  done
  echo "== $csproj (${tfs[*]})"
  # The first target framework: the analyzer's own code fix writes every missing symbol.
  dotnet format analyzers "$csproj" --diagnostics RS0016 --severity warn -v q
  first="$(dirname "$csproj")/PublicAPI/${tfs[0]}"
  for tf in "${tfs[@]}"; do
    dir="$(dirname "$csproj")/PublicAPI/$tf"
    if [ "$tf" != "${tfs[0]}" ] || grep -qv -e '^#nullable enable$' -e '^[[:space:]]*$' "$dir/PublicAPI.Shipped.txt"; then
      # Another target framework (the code fix writes only the first one's files): the first one's entries, less those
      # this build does not have (RS0017), plus those only it has (RS0016). A shipped symbol that is gone (RS0017 of a
      # Shipped line) becomes a *REMOVED* line.
      [ "$tf" = "${tfs[0]}" ] || cp "$first/PublicAPI.Unshipped.txt" "$dir/PublicAPI.Unshipped.txt"
      messages="$(build_messages "$csproj" "$tf")"
      gone="$(sed -n 's/^-//p' <<< "$messages")"
      if [ -n "$gone" ]; then
        grep -vxF -f <(printf '%s\n' "$gone") "$dir/PublicAPI.Unshipped.txt" > "$dir/unshipped.tmp" || true
        mv "$dir/unshipped.tmp" "$dir/PublicAPI.Unshipped.txt"
        grep -xF -f <(printf '%s\n' "$gone") "$dir/PublicAPI.Shipped.txt" | sed 's/^/*REMOVED*/' >> "$dir/PublicAPI.Unshipped.txt" || true
      fi
      sed -n 's/^+//p' <<< "$messages" >> "$dir/PublicAPI.Unshipped.txt"
    fi
    normalize "$dir/PublicAPI.Unshipped.txt"
    normalize "$dir/PublicAPI.Shipped.txt"
  done
done

if [ "$mode" = "--check" ]; then
  if ! git diff --exit-code --stat -- 'src/*/PublicAPI/*/PublicAPI.*.txt'; then
    echo "the public API baselines are not what eng/update-public-api.sh writes: run it and commit the files" >&2
    exit 1
  fi
fi
echo "public API baselines written: $(ls src/*/PublicAPI/*/PublicAPI.*.txt | wc -l) files"
