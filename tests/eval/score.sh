#!/bin/sh
# Score the current engines on the held-out set. Run from the repo root:
#   tests/eval/score.sh [--errors] [--json]
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
target/release/sourcelight annotate --jsonl < tests/eval/heldout.jsonl > "$PRED"
python3 "$SCORE" tests/eval/heldout.jsonl --pred "$PRED" --by-lang "$@"
