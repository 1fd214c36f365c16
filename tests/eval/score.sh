#!/bin/sh
# Score the current engines on one of our evaluation sets. Run from anywhere:
#   tests/eval/score.sh [SET.jsonl] [--errors] [--json]
# SET defaults to tests/eval/heldout.jsonl (tests/eval2/score.sh passes the blind set).
set -e
cd "$(dirname "$0")/../.."
SET=tests/eval/heldout.jsonl
case "${1:-}" in *.jsonl) SET=$1; shift ;; esac
SCORE=../shared/eval/score.py
if [ ! -f "$SCORE" ]; then
    echo "score.sh: $SCORE not found (expected the shared eval kit next to the repo)" >&2
    exit 2
fi
cargo build --release --bin sourcelight
PRED=$(mktemp)
trap 'rm -f "$PRED"' EXIT
target/release/sourcelight annotate --jsonl < "$SET" > "$PRED"
python3 "$SCORE" "$SET" --pred "$PRED" --by-lang "$@"
