#!/bin/sh
# Score the current engines on eval71 (English everyday local news, mixed US/UK outlets: house fire, council parking row, coach suspended, fraud sentencing, hospital strike, missing hiker, bakery opening, governor's budget speech):
#   tests/eval71/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval71/eval71.jsonl "$@"
