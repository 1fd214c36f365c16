#!/bin/sh
# Score the current engines on eval101 (English sport and public-safety news in Australian, New Zealand, South African and British house styles: AFL post-match, Super Rugby judiciary, county cricket, netball feature, police press conference, coroner's inquest, bushfire community meeting, magistrate's court sentencing):
#   tests/eval101/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval101/eval101.jsonl "$@"
