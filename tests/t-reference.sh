#!/bin/sh
# Documents 421 and 425: the converter's TEI has the same structure as the
# Office of the Historian's own encoding in ../shared/reference: the same
# blocks (paragraphs, lists, heads, closer) with the same text, the same
# notes with the same n and text at the same word, the same page breaks at
# the same word.  tests/tools/structure.xsl reduces both to lines; the only
# normalisations are the documented differences between the stored files
# and the web copy (../shared/reference/README.md): straight vs curly
# apostrophes, the dateline (not in the copied text), whitespace around pb
# and before a note in the older encoding, and "Martin—ARA" which the web
# copy renders "MartinARA".
. "$(dirname "$0")/lib.sh"

if ! has_shared; then
	skip reference-421 "../shared/reference is absent"
	skip reference-425 "../shared/reference is absent"
	exit 0
fi
norm() {
	sed -E "s/[’‘]/'/g; s/ ?⟦([^⟧]*)⟧ ?/⟦\1⟧/g; s/ ⟨/⟨/g; s/Martin—ARA/MartinARA/" "$1" | grep -v '^dateline'
}
for n in 421 425; do
	"$BIN/frus-txt2tei" "$ROOT/samples/frus1961-63v12-d$n.txt" >"$TMP/d$n.xml" || { notok "reference-$n" "conversion failed"; continue; }
	xsltproc "$ROOT/tests/tools/structure.xsl" "$SHARED/reference/frus1961-63v12-d$n.xml" >"$TMP/ref.s"
	xsltproc "$ROOT/tests/tools/structure.xsl" "$TMP/d$n.xml" >"$TMP/our.s"
	norm "$TMP/ref.s" >"$TMP/ref.n"
	norm "$TMP/our.s" >"$TMP/our.n"
	same "reference-$n-structure" "$TMP/ref.n" "$TMP/our.n"
	# and the comparison is not vacuous: every note and page break is there
	for what in '⟨' '⟦'; do
		r=$(grep -o "$what" "$TMP/ref.n" | wc -l); o=$(grep -o "$what" "$TMP/our.n" | wc -l)
		if [ "$r" -gt 0 ] && [ "$r" = "$o" ]; then ok "reference-$n-count-$what"; else notok "reference-$n-count-$what" "$r vs $o"; fi
	done
done
