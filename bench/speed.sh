#!/usr/bin/env bash
# Times `factdiff check` on a large cluster built from the seed articles: each of the five
# articles of fixtures/kim-putin-2023 copied COPIES times (default 100: 500 articles, 2.4 MB),
# so every article has many near-duplicates, the worst case for the passage and quote index.
# Prints the best wall time of RUNS runs (default 5) and peak memory, with and without the
# word rules, and with the value-only pack. Figures are kept in BENCHMARKS.md.
#
# Usage: bench/speed.sh [COPIES] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
copies=${1:-100}
runs=${2:-5}
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
bin="$root/target/release/factdiff"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for f in "$root"/fixtures/kim-putin-2023/*.txt; do
  stem=$(basename "$f" .txt)
  for i in $(seq 1 "$copies"); do cp "$f" "$dir/${stem}_$i.txt"; done
done
echo "cluster: $(ls "$dir" | wc -l) articles, $(du -sh "$dir" | cut -f1)"
no_words="$dir.rules.toml"
: > "$no_words"
for f in "$root"/rules/*.toml; do
  case "$(basename "$f")" in words.toml|values.toml) ;; *) cat "$f" >> "$no_words"; echo >> "$no_words";; esac
done
trap 'rm -rf "$dir" "$no_words"' EXIT
measure() {
  local label=$1; shift
  local best=""
  for _ in $(seq 1 "$runs"); do
    local start end t
    start=$(date +%s.%N)
    "$bin" "$@" --format json --fail-on never > /dev/null
    end=$(date +%s.%N)
    t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
    if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
  done
  local mem=""
  if [ -x /usr/bin/time ]; then
    mem=$(/usr/bin/time -f "%M" "$bin" "$@" --format json --fail-on never 2>&1 > /dev/null | tail -1)
    mem=", peak $((mem / 1024)) MiB"
  fi
  printf '%-44s best of %s: %.2f s%s\n' "$label" "$runs" "$best" "$mem"
}
measure "check, default pack" check "$dir"
measure "check, default pack without word rules" check "$dir" --no-default-rules --rules "$no_words"
