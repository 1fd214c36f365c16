#!/bin/sh
# Score the current engines on eval77 (English everyday UK, Irish, Scottish and Welsh local news: health, councils, sport, rail, charity, courts, politics, schools; written blind from ANNOTATION.md):
#   tests/eval77/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval77/eval77.jsonl "$@"
