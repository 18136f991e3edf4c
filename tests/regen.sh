#!/bin/sh
# make regen — rewrite the golden files from the current tools.  Read the
# diff (git diff tests/golden) before committing: a golden file is a
# reviewed statement of what the right output is.
set -e
cd "$(dirname "$0")/.."
export FRUS_DATADIR="$PWD"
for f in samples/*.txt; do
	tools/frus-txt2tei "$f" -o "tests/golden/tei/$(basename "$f" .txt).xml"
done
for s in tests/regen.d/*.sh; do [ -f "$s" ] && sh "$s"; done
git diff --stat -- tests/golden || true
