#!/bin/sh
# Score the current engines on eval54 (English set: people and institutions speaking — hearings, press conferences, results calls, inquiries, reactions, a Q&A, protests, a ruling — in ten national house styles):
#   tests/eval54/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval54/eval54.jsonl "$@"
