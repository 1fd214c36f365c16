#!/usr/bin/env bash
# Installs what sourcelight's build and tests need, skipping what is present.
#   scripts/setup.sh            toolchain target, wasm-bindgen CLI, npm packages
#   scripts/setup.sh --browser  the same plus Debian's chromium + chromium-driver
# Safe to run again: every step checks first.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' Cargo.toml)
want_browser=0
[ "${1:-}" = "--browser" ] && want_browser=1

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! command -v cargo >/dev/null; then
  echo "setup: cargo is missing; install Rust with rustup first (https://rustup.rs)" >&2
  exit 1
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "setup: node and npm are missing; install Node.js 18 or newer first" >&2
  exit 1
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# rust-src lets scripts/build-wasm.sh rebuild std for size (see there); the
# build still works without it, so a failure here is only a warning.
if [ ! -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
  say "adding the rust-src component (to build the wasm's std for size)"
  rustup component add rust-src || echo "setup: could not add rust-src; the wasm will be built with the prebuilt std" >&2
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  # Without --locked: the CLI's lockfile names a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ $want_browser = 1 ]; then
  # Chromium (+ driver, + its Romanian UI strings for the extension's locale
  # test) runs every browser test; firefox-esr runs the extension's Firefox test.
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  dpkg -s chromium-l10n >/dev/null 2>&1 || missing+=(chromium-l10n)
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian's ${missing[*]}"
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

# npm packages: reinstall only when package-lock.json changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
fi
