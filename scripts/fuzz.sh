#!/usr/bin/env bash
# A short fuzz run of every target (a documented check, not part of the test
# command): about a minute each by default. See fuzz/README.md.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#   FUZZ_SANITIZER=address scripts/fuzz.sh   # default: none (safe Rust; faster)
# Exits non-zero when a target crashes; the input is in fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."

secs=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(analyze quotes numbers sources)
sanitizer=${FUZZ_SANITIZER:-none}

if ! command -v cargo-fuzz >/dev/null; then
  echo "fuzz: installing cargo-fuzz (once)"
  cargo install cargo-fuzz --locked
fi
# cargo-fuzz needs nightly flags (-Z sanitizer coverage); the stable
# toolchain accepts them with RUSTC_BOOTSTRAP=1.
export RUSTC_BOOTSTRAP=1

python3 fuzz/seed-corpus.py "${targets[@]}"
cargo fuzz build -s "$sanitizer" 2>&1 | tail -1

failed=()
for t in "${targets[@]}"; do
  echo "fuzz: $t for ${secs}s (sanitizer $sanitizer)"
  if ! cargo fuzz run -s "$sanitizer" "$t" "fuzz/corpus/$t" -- \
      -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
      -dict=fuzz/news.dict -print_final_stats=1 >"fuzz/$t.log" 2>&1; then
    failed+=("$t")
    echo "fuzz: $t CRASHED: see fuzz/$t.log and fuzz/artifacts/$t/"
    grep -m5 -E "panicked|ERROR|SUMMARY|Test unit written" "fuzz/$t.log" || true
  else
    grep -E "stat::number_of_executed_units|stat::new_units_added" "fuzz/$t.log" | tr '\n' ' '; echo
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: crashes in ${failed[*]}"
  exit 1
fi
echo "fuzz: ${#targets[@]} targets, no crash"
