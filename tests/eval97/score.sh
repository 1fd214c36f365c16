#!/bin/sh
# Score the current engines on eval97 (English reports, data and analysis news in eight house styles: Irish Times, BBC explainer, Canadian Press, ABC News, The Courier, AP, Manchester Evening News, PTI):
#   tests/eval97/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval97/eval97.jsonl "$@"
