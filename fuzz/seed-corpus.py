#!/usr/bin/env python3
"""Writes the fuzzers' seed corpus from the golden tests' texts (and, when
../shared is beside the repo, the paragraphs of the shared dev texts).

Each seed is one language byte then the text: 2 = English, 1 = Romanian,
0 = automatic (see fuzz/fuzz_targets/common.rs). The corpus is generated,
never committed: fuzz/corpus/ is git-ignored.

usage: fuzz/seed-corpus.py [TARGET...]   (default: every target)
"""
import glob, hashlib, json, os, sys, tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGETS = sys.argv[1:] or ["analyze", "quotes", "numbers", "sources"]
MAX_LEN = 8192  # keep in step with -max_len in scripts/fuzz.sh
LANG_BYTE = {"en": 2, "ro": 1}

seeds = []
for path in sorted(glob.glob(os.path.join(ROOT, "tests/golden/*.toml"))):
    with open(path, "rb") as f:
        for case in tomllib.load(f).get("case", []):
            seeds.append((case.get("lang"), case["text"]))
for path in sorted(glob.glob(os.path.join(ROOT, "../shared/eval/dev/*.jsonl"))):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            doc = json.loads(line)
            for para in doc.get("text", "").split("\n"):
                if para.strip():
                    seeds.append((doc.get("lang"), para))

written = 0
for target in TARGETS:
    out = os.path.join(ROOT, "fuzz/corpus", target)
    os.makedirs(out, exist_ok=True)
    for lang, text in seeds:
        data = bytes([LANG_BYTE.get(lang, 0)]) + text.encode("utf-8")[: MAX_LEN - 1]
        name = hashlib.sha1(data).hexdigest()
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        written += 1
print(f"seed-corpus: {len(seeds)} texts into fuzz/corpus/{{{','.join(TARGETS)}}}")
