#!/usr/bin/env bash
# Scores factdiff's value recognition on the extraction benchmark (cases from the test suites
# of Microsoft Recognizers-Text and Facebook Duckling), through the CLI as a user would run it:
#   factdiff extract --no-default-rules --rules rules/values.toml --input-format jsonl --format jsonl
# and prints the per-category table beside the peers' figures.
#
# Usage: bench/extract-score.sh [BENCH_DIR]   (default: ../shared/bench, holding extract/,
#        score_extract.py and peer-predictions/). Extra options go to bench/extract_score.py.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bench=${1:-$root/../shared/bench}
shift || true
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
exec python3 "$here/extract_score.py" --bench "$bench" --factdiff "$root/target/release/factdiff" --rules "$root/rules/values.toml" "$@"
