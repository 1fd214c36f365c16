#!/bin/sh
# Score the current engines on one of our evaluation sets. Run from anywhere:
#   tests/eval/score.sh [SET.jsonl] [--errors] [--json]
# SET defaults to tests/eval/heldout.jsonl (tests/eval2/score.sh passes the blind set).
set -e
cd "$(dirname "$0")/../.."
SET=tests/eval/heldout.jsonl
case "${1:-}" in *.jsonl) SET=$1; shift ;; esac
# A blind set (a BLIND file beside it) is scored only as an aggregate:
# its misses would show whoever tunes the engine the texts held out from them.
if [ -f "$(dirname "$SET")/BLIND" ]; then
    for a in "$@"; do
        if [ "$a" = "--errors" ]; then
            echo "score.sh: $(dirname "$SET") is blind: score it only as an aggregate (no --errors)" >&2
            exit 2
        fi
    done
fi
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
