#!/bin/sh
# Score the current engines on eval96 (English people-and-voices stories: rural GP portrait, family business, AFL and Ranji Trophy reports, obituary, band feature, Q&A interview, neighbours after a fire; Irish Examiner, Bangor Daily News, The Age, The Hindu, Yorkshire Post, The Guardian, The Seattle Times, News24):
#   tests/eval96/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval96/eval96.jsonl "$@"
