#!/bin/sh
# Score the current engines on eval79 (English everyday news from eight countries — Australia, Kenya, India, New Zealand, Nigeria, Singapore, Canada, South Africa — in their outlets' house styles, written blind to the engine):
#   tests/eval79/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval79/eval79.jsonl "$@"
