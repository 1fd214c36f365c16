#!/bin/sh
# Score the current engines on eval111 (UK and Irish everyday news: BBC local inquest, Irish Examiner council meeting, Guardian PMQs, RTÉ District Court, Evening Standard bus crash, Independent.ie GAA fundraiser, Herald NHS waiting times, Times scientist's death):
#   tests/eval111/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval111/eval111.jsonl "$@"
