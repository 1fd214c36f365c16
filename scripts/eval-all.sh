#!/usr/bin/env bash
# Accuracy on every evaluation set at once, one line per set, language and kind:
#   npm run eval        (or: bash scripts/eval-all.sh)
# The shared dev set first, then our own sets (tests/eval*/); tests/eval4 is
# the blind one. Blind sets (a BLIND file in the set's folder) are scored only
# with --blind, so whoever tunes the engine never sees them by accident.
# Figures only: this never fails on accuracy.
set -euo pipefail
cd "$(dirname "$0")/.."
SCORE=../shared/eval/score.py
if [ ! -f "$SCORE" ]; then
    echo "eval-all: $SCORE not found (expected the shared eval kit next to the repo)" >&2
    exit 2
fi
cargo build --quiet --release --bin sourcelight
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
score() { # NAME GOLD...
    local name=$1; shift
    cat "$@" | target/release/sourcelight annotate --jsonl > "$tmp/pred.jsonl"
    python3 "$SCORE" "$@" --pred "$tmp/pred.jsonl" --by-lang --json | python3 -c '
import json, sys
name = sys.argv[1]
report = json.load(sys.stdin)
for lang, kinds in sorted(report["scores"].items()):
    cells = []
    for kind, attr in (("quote", "speaker"), ("number", "value"), ("source", "type")):
        r = kinds.get(kind)
        if r:
            cells.append("%s F1 %.3f %s %.3f" % (kind, r["f1"], attr, r["attr_acc"]))
    print(f"{name:<12} {lang}  " + "   ".join(cells))
' "$name"
}
printf '%-12s %s\n' set "lang  F1 of spans, accuracy of the attribute on matched spans"
score dev ../shared/eval/dev/*.jsonl
show_blind=0
[ "${1:-}" = --blind ] && show_blind=1
for set in tests/eval*/; do
    gold=$(ls "$set"*.jsonl | head -1)
    name=$(basename "$set")
    if [ -f "$set/BLIND" ]; then
        [ $show_blind = 1 ] || continue
        name="$name*"
    fi
    score "$name" "$gold"
done
if [ $show_blind = 1 ]; then
    echo '* blind set: never tuned on'
else
    echo '(blind sets hidden; npm run eval -- --blind shows them)'
fi
