#!/bin/sh
# make demo — the main job on samples/: text → TEI → validated → text,
# XHTML, Markdown, Dublin Core, JSON → one EPUB of all five documents.
# Everything lands in tests/out/demo/.
set -e
cd "$(dirname "$0")/.."
B=tools
OUT=tests/out/demo
rm -rf "$OUT"
mkdir -p "$OUT/tei"
export FRUS_DATADIR="$PWD"

echo "== frus-txt2tei: samples/*.txt -> $OUT/tei/"
$B/frus-txt2tei -d "$OUT/tei" samples/*.txt

if [ -x $B/frus-validate ]; then
	echo "== frus-validate: $OUT/tei/*.xml"
	$B/frus-validate "$OUT"/tei/*.xml
fi

if [ -x $B/frus-transform ]; then
	for fmt in text xhtml markdown dc json; do
		[ -f "xslt/$fmt.xsl" ] || [ -f "xslt/$fmt.chain" ] || continue
		echo "== frus-transform -t $fmt -> $OUT/$fmt/"
		$B/frus-transform -t "$fmt" -d "$OUT/$fmt" "$OUT"/tei/*.xml
	done
	echo "== round trip: text -> TEI -> text, byte for byte"
	for f in samples/*.txt; do
		b=$(basename "$f" .txt)
		if cmp -s "$f" "$OUT/text/$b.txt"; then echo "   identical  $b"; else echo "   DIFFERENT  $b"; exit 1; fi
	done
fi

if [ -x $B/frus-epub ]; then
	echo "== frus-epub: all five documents -> $OUT/samples.epub"
	$B/frus-epub -o "$OUT/samples.epub" --title "FRUS samples" "$OUT"/tei/*.xml
fi
echo "== done: see $OUT/"
