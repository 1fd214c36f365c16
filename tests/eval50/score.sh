#!/bin/sh
# Score the current engines on eval50 (QUOTES-AND-SOURCES Romanian tuning set: twelve Romanian and Moldovan outlets; numbers are not annotated, read quote, speaker and source figures only):
#   tests/eval50/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval50/eval50.jsonl "$@"
