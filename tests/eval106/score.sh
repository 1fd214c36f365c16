#!/bin/sh
# Score the current engines on eval106 (English news of people and institutions speaking in eight house styles: Tampa Bay Times Q&A, The Guardian, Houston Chronicle, Reuters, The Irish Times, The Canadian Press, News24, ABC News Australia):
#   tests/eval106/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval106/eval106.jsonl "$@"
