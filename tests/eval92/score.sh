#!/bin/sh
# Score the current engines on eval92 (English sports news in eight house styles: BBC Sport, The Times of India, Reuters, Sky Sports, The Guardian, AP, ESPN, The Athletic):
#   tests/eval92/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval92/eval92.jsonl "$@"
