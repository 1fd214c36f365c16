#!/bin/sh
# Score the current engines on eval66 (English tuning set: sport and culture in ten house styles, speakers as sports and arts reporters write them; study its errors):
#   tests/eval66/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval66/eval66.jsonl "$@"
