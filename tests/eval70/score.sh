#!/bin/sh
# Score the current engines on eval70 (English everyday local news from Canada, Nigeria, New Zealand, Australia, India, Singapore, Kenya and South Africa in ten house styles: CBC News, The Globe and Mail, RNZ, Stuff, ABC News, The Sydney Morning Herald, The Hindu, The Straits Times, Nation, News24):
#   tests/eval70/score.sh [--errors] [--json]
exec "$(dirname "$0")/../eval/score.sh" tests/eval70/eval70.jsonl "$@"
