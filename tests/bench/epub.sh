#!/bin/sh
# tests/bench/epub.sh — frus-epub on a volume-sized input, beside the bar.
#
#   sh tests/bench/epub.sh [FILE...]
#
# Default input: ../shared/corpus/frus-history-monograph.xml, and the generated
# 1,000-document volume (tests/bench/out/volume-1000.xml) when make bench has made it.
# Prints wall time and peak memory (GNU time), output size and the epubcheck
# verdict (when java and the epubcheck jar are installed) for each input.
# The bar (../shared/corpus/README.md): the TEI Consortium's EPUB 3 stylesheets under
# Saxon take 5.8 s and 580 MiB on the monograph, with 10 epubcheck errors.
# Target: under 0.5 s and 100 MiB there, epubcheck-clean.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${FRUS_BIN:-$ROOT/tools}
SHARED=${FRUS_SHARED:-$ROOT/../shared}
JAR=/usr/share/java/epubcheck.jar
export FRUS_DATADIR=$ROOT

if [ ! -x "$BIN/frus-epub" ]; then echo "epub: skipped (no $BIN/frus-epub: run make)"; exit 0; fi
if [ ! -x /usr/bin/time ]; then echo "epub: skipped (GNU time /usr/bin/time not installed)"; exit 0; fi
if [ $# -eq 0 ]; then
	[ -f "$SHARED/corpus/frus-history-monograph.xml" ] && set -- "$SHARED/corpus/frus-history-monograph.xml"
	[ -f "$ROOT/tests/bench/out/volume-1000.xml" ] && set -- "$@" "$ROOT/tests/bench/out/volume-1000.xml"
fi
if [ $# -eq 0 ]; then echo "epub: skipped (no input: pass a file, or provide $SHARED/corpus)"; exit 0; fi
TMP=$(mktemp -d "${TMPDIR:-/tmp}/frus-bench-epub.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

printf '  %-34s %8s %8s %9s %9s  %s\n' input "wall s" "cpu s" "peak MiB" "epub KiB" epubcheck
for f in "$@"; do
	best=""
	for i in 1 2 3; do   # best of three: the machine is shared
		/usr/bin/time -f '%e %M %U' -o "$TMP/time" "$BIN/frus-epub" -q -o "$TMP/book.epub" "$f" 2>"$TMP/err" ||
			{ echo "  $(basename "$f"): frus-epub failed: $(head -1 "$TMP/err")"; continue 2; }
		t=$(tail -1 "$TMP/time")
		best=$(printf '%s\n%s\n' "$best" "$t" | awk 'NF == 3' | sort -n | head -1)
	done
	verdict="not run (no java or $JAR)"
	if command -v java >/dev/null 2>&1 && [ -f "$JAR" ]; then
		verdict=$(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$JAR" "$TMP/book.epub" 2>&1 |
			sed -n 's/^Messages: \(.*\)/\1/p')
	fi
	size=$(($(wc -c <"$TMP/book.epub") / 1024))
	echo "$best" | awk -v n="$(basename "$f")" -v s="$size" -v v="$verdict" \
		'{ printf "  %-34s %8.2f %8.2f %9.0f %9d  %s\n", n, $1, $3, $2 / 1024, s, v }'
done
echo "  bar (monograph, TEI Consortium EPUB 3 stylesheets + Saxon): 5.80 s, 580 MiB, 10 epubcheck errors"
echo "  target (monograph): < 0.5 s, < 100 MiB, 0 errors / 0 warnings"
