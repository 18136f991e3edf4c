#!/bin/sh
# The Office of the Historian's TEI of documents 416-427 (../shared/reference)
# rendered to the web-copy text by xslt/text.xsl and converted back by
# frus-txt2tei: how many come back with the same structure
# (tests/tools/structure.xsl lines: blocks, notes with n/id/text at the same
# word, page breaks at the same word, closers)?  Prints the count.
# Normalisation (documented, ../shared/reference/README.md and
# conventions 8 rule 22): the older files put whitespace before a note and
# around a page break; the structure lines drop it on both sides.
# Differences that remain are listed below with their reason and fail the
# test only when a document not listed differs.
. "$(dirname "$0")/lib.sh"
if ! has_shared; then skip reference-roundtrip "../shared/reference is absent"; exit 0; fi
# Documents known to differ, and why (keep in step with the report):
KNOWN=""
norm() { sed -E 's/ ?⟦([^⟧]*)⟧ ?/⟦\1⟧/g; s/ ⟨/⟨/g' "$1"; }
total=0 same_n=0
for f in "$SHARED"/reference/*.xml; do
	b=$(basename "$f" .xml)
	total=$((total + 1))
	xsltproc "$ROOT/xslt/text.xsl" "$f" >"$TMP/$b.txt"
	if ! "$BIN/frus-txt2tei" -q "$TMP/$b.txt" >"$TMP/$b.xml" 2>"$TMP/$b.err"; then
		notok "reference-roundtrip-$b" "conversion failed: $(cat "$TMP/$b.err")"; continue
	fi
	xsltproc "$ROOT/tests/tools/structure.xsl" "$f" >"$TMP/r.s"
	xsltproc "$ROOT/tests/tools/structure.xsl" "$TMP/$b.xml" >"$TMP/o.s"
	norm "$TMP/r.s" >"$TMP/r.n"; norm "$TMP/o.s" >"$TMP/o.n"
	if cmp -s "$TMP/r.n" "$TMP/o.n"; then
		same_n=$((same_n + 1)); ok "reference-roundtrip-$b"
	else
		case $KNOWN in
		*" $b "*) ok "reference-roundtrip-$b (known difference)" ;;
		*) notok "reference-roundtrip-$b" "structure differs:"; diff "$TMP/r.n" "$TMP/o.n" | head -10 | sed 's/^/#   /' ;;
		esac
	fi
	# and the dates: every dateline @when of the reference comes back
	rw=$(xmllint --xpath 'string(//*[local-name()="dateline"]/*[local-name()="date"]/@when)' "$f" 2>/dev/null)
	ow=$(xmllint --xpath 'string(//*[local-name()="dateline"]/*[local-name()="date"]/@when)' "$TMP/$b.xml" 2>/dev/null)
	[ "$rw" = "$ow" ] && ok "reference-roundtrip-$b-when" || notok "reference-roundtrip-$b-when" "reference $rw, ours $ow"
done
echo "# reference round trip: $same_n of $total documents come back with identical structure"
