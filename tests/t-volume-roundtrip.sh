#!/bin/sh
# The round trip of issue 6: a 1,000-document volume is split, each document
# validated (one frus-validate process for all), the documents assembled
# again, the volume validated and made into an EPUB that passes epubcheck.
# The documents come from the samples (tests/bench/gen-corpus.py, via
# frus-txt2tei).  Each step is skipped, with a message, while its tool is
# not built.  Under the sanitizer pass the volume has 100 documents.
. "$(dirname "$0")/lib.sh"
N=${ROUNDTRIP_N:-1000}
[ "${FRUS_PASS:-}" = asan ] && N=${ROUNDTRIP_N:-100}
D=$TMP

need() { # need STEP TOOL: is the tool built?
	if [ -x "$BIN/$2" ]; then return 0; fi
	skip "$1" "$2 is not built yet"; return 1
}
command -v python3 >/dev/null 2>&1 || { skip roundtrip "python3 (corpus generator) is absent"; exit 0; }
need roundtrip frus-txt2tei || exit 0
need roundtrip frus-volume || exit 0

python3 "$ROOT/tests/bench/gen-corpus.py" --seed 6 "$ROOT/samples" "$N" "$D/txt" >/dev/null
mkdir -p "$D/tei"
check "roundtrip-$N-convert" "$BIN/frus-txt2tei" -q -d "$D/tei" "$D"/txt/*.txt
awk -v n="$N" 'BEGIN { for (i = 1; i <= n; i += 100) { j = i + 99; if (j > n) j = n
	printf "chapter: Documents %d to %d\nd%d..d%d\n", i, j, i, j } }' >"$D/outline"
cat >"$D/meta" <<'EOF'
id: vol
series: Foreign Relations of the United States
sub-series: Round trip
volume-number: Volume I
title: Synthetic Documents
editor: A. Editor
publisher: frus-tools
pub-place: Washington
date: 2024
content-date: 1951-01-01/1976-12-31
EOF
ls "$D"/tei/*.xml >"$D/files"
check "roundtrip-$N-assemble" "$BIN/frus-volume" --meta "$D/meta" --outline "$D/outline" \
	-o "$D/vol.xml" --files-from "$D/files"

# split: one file per document, named after the div id (d1.xml ... dN.xml)
check "roundtrip-$N-split" "$BIN/frus-volume" -q --split --short-names -d "$D/split" "$D/vol.xml"
got=$(ls "$D/split" | wc -l)
[ "$got" -eq "$N" ] && ok "roundtrip-$N-split-count" || notok "roundtrip-$N-split-count" "$got files"

# each document validated: one process for all
if need "roundtrip-$N-validate-documents" frus-validate; then
	check "roundtrip-$N-validate-documents" "$BIN/frus-validate" -q "$D"/split/*.xml
fi

# assembled again, in the volume's order: the same volume, byte for byte
awk -v n="$N" 'BEGIN { for (i = 1; i <= n; i++) print "d" i ".xml" }' | sed "s|^|$D/split/|" >"$D/files2"
check "roundtrip-$N-reassemble" "$BIN/frus-volume" --meta "$D/meta" --outline "$D/outline" \
	-o "$D/vol2.xml" --files-from "$D/files2"
xmllint --c14n "$D/vol.xml" >"$D/a.c14n" 2>/dev/null
xmllint --c14n "$D/vol2.xml" >"$D/b.c14n" 2>/dev/null
if [ -s "$D/a.c14n" ] && cmp -s "$D/a.c14n" "$D/b.c14n"; then ok "roundtrip-$N-same-volume"
else notok "roundtrip-$N-same-volume" "canonical forms differ"; diff "$D/a.c14n" "$D/b.c14n" | head -10 | sed 's/^/#   /'; fi

if need "roundtrip-$N-validate-volume" frus-validate; then
	check "roundtrip-$N-validate-volume" "$BIN/frus-validate" -q "$D/vol2.xml"
fi

# epubcheck (Java) needs about 60 s of CPU for a 1,000-document EPUB: the
# full check runs with ROUNDTRIP_EPUBCHECK=1 (or N <= 100); by default the
# 1,000-document EPUB is built and a 100-document volume, assembled from the
# first 100 split files, goes through epubcheck.
epubcheck() { # NAME FILE
	if [ ! -f /usr/share/java/epubcheck.jar ] || ! command -v java >/dev/null 2>&1; then
		skip "$1" "epubcheck (java) is absent"
	elif java -jar /usr/share/java/epubcheck.jar -q "$2" >"$D/epubcheck.out" 2>&1; then
		ok "$1"
	else
		notok "$1" "epubcheck failed"; head -10 "$D/epubcheck.out" | sed 's/^/#   /'
	fi
}
if need "roundtrip-$N-epub" frus-epub; then
	check "roundtrip-$N-epub" "$BIN/frus-epub" -q -o "$D/vol.epub" "$D/vol2.xml"
	if [ "${ROUNDTRIP_EPUBCHECK:-0}" = 1 ] || [ "$N" -le 100 ]; then
		epubcheck "roundtrip-$N-epubcheck" "$D/vol.epub"
	else
		skip "roundtrip-$N-epubcheck" "about 60 s of CPU: run with ROUNDTRIP_EPUBCHECK=1"
		head -n 100 "$D/files2" >"$D/files100"
		printf 'chapter: Documents 1 to 100\nd1..d100\n' >"$D/outline100"
		check roundtrip-100-assemble "$BIN/frus-volume" -q --meta "$D/meta" --outline "$D/outline100" \
			-o "$D/vol100.xml" --files-from "$D/files100"
		check roundtrip-100-epub "$BIN/frus-epub" -q -o "$D/vol100.epub" "$D/vol100.xml"
		epubcheck roundtrip-100-epubcheck "$D/vol100.epub"
	fi
fi
