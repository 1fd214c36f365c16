#!/bin/sh
# Score the current engines on eval67 (English business, science, health and disaster news in ten house styles not used heavily before: FT, WSJ, CNBC, Nikkei Asia, STAT, Nature News, Rappler, Dawn, Businessweek, ABC Rural):
#   tests/eval67/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval67/eval67.jsonl "$@"
