#!/bin/sh
# Score the current engines on the blind set (eval2; do not tune on it). Run from the repo root:
#   tests/eval2/score.sh [--errors] [--json]
set -e
cd "$(dirname "$0")/../.."
SCORE=../shared/eval/score.py
if [ ! -f "$SCORE" ]; then
    echo "score.sh: $SCORE not found (expected the shared eval kit next to the repo)" >&2
    exit 2
fi
cargo build --release --bin sourcelight
PRED=$(mktemp)
trap 'rm -f "$PRED"' EXIT
target/release/sourcelight annotate --jsonl < tests/eval2/heldout2.jsonl > "$PRED"
python3 "$SCORE" tests/eval2/heldout2.jsonl --pred "$PRED" --by-lang "$@"
