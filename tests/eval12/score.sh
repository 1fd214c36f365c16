#!/bin/sh
# Score the current engines on eval12 (Romanian speaker-heavy set, first contact):
#   tests/eval12/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval12/tune12.jsonl "$@"
