#!/bin/sh
# frus-txt2tei on the variety of real FRUS documents (issue 8): datelines,
# editorial notes, withheld documents, attachments, tables, letters and
# signatures, excisions, page breaks in heads and notes, letter and symbol
# footnote marks, cross-references.  tests/variety/NAME.txt is a document in
# the web-copy text form; NAME.tree its expected structure (the document
# div as tests/tools/tree.xsl prints it: every element, attribute and text
# node — reviewed by hand); the text transform must give NAME.txt back, or
# NAME.rt where the text form is normalised (a table's columns come back
# tab-separated, as a browser copies a table).
. "$(dirname "$0")/lib.sh"
T2T=$BIN/frus-txt2tei
V=$ROOT/tests/variety
# Inputs that must warn (ambiguous constructs), and so fail with --strict.
WARNS=" marks-glued table-unsure "

text_of() {
	if [ -x "$BIN/frus-transform" ]; then "$BIN/frus-transform" -t text "$1"
	else xsltproc "$ROOT/xslt/text.xsl" "$1"; fi
}

for f in "$V"/*.txt; do
	b=$(basename "$f" .txt)
	if ! "$T2T" "$f" >"$TMP/$b.xml" 2>"$TMP/$b.err"; then
		notok "convert-$b" "$(cat "$TMP/$b.err")"; continue
	fi
	xsltproc "$ROOT/tests/tools/tree.xsl" "$TMP/$b.xml" >"$TMP/$b.tree"
	same "structure-$b" "$V/$b.tree" "$TMP/$b.tree"
	text_of "$TMP/$b.xml" >"$TMP/$b.txt"
	if [ -f "$V/$b.rt" ]; then same "roundtrip-$b" "$V/$b.rt" "$TMP/$b.txt"
	else same "roundtrip-$b" "$f" "$TMP/$b.txt"; fi
	case $WARNS in
	*" $b "*)
		grep -q ':[0-9]*:[0-9]*: warning: ' "$TMP/$b.err" && ok "warns-$b" || notok "warns-$b" "no located warning"
		status "strict-fails-$b" 1 "$T2T" --strict "$f" ;;
	*)
		[ -s "$TMP/$b.err" ] && notok "no-warnings-$b" "$(cat "$TMP/$b.err")" || ok "no-warnings-$b" ;;
	esac
done

# Datelines: the line after the heading, and its encoding.
n=0
while IFS='|' read -r line want; do
	n=$((n + 1))
	printf '9. Memorandum\n\n%s\n\nText.' "$line" >"$TMP/dl.txt"
	got=$("$T2T" -q "$TMP/dl.txt" | grep '<dateline' | sed 's/^ *//')
	[ "$got" = "$want" ] && ok "dateline-$n" || notok "dateline-$n" "$line" "got:  $got" "want: $want"
	"$T2T" -q "$TMP/dl.txt" >"$TMP/dl.xml"; text_of "$TMP/dl.xml" >"$TMP/dl.back"
	same "dateline-$n-roundtrip" "$TMP/dl.txt" "$TMP/dl.back"
done <<'END'
Washington, July 27, 1962.|<dateline><placeName>Washington</placeName>, <date when="1962-07-27" calendar="gregorian">July 27, 1962</date>.</dateline>
Lima, May 16, 1973, 1345Z.|<dateline><placeName>Lima</placeName>, <date when="1973-05-16T13:45:00+00:00" calendar="gregorian">May 16, 1973, 1345Z</date>.</dateline>
Washington, August 2, 1962, 10:33–11 a.m.|<dateline><placeName>Washington</placeName>, <date when="1962-08-02" calendar="gregorian">August 2, 1962</date>, <time from="10:33:00" to="11:00:00">10:33–11 a.m.</time></dateline>
Washington, May 29, 1962, 9:14 p.m.|<dateline><placeName>Washington</placeName>, <date when="1962-05-29T21:14:00" calendar="gregorian">May 29, 1962, 9:14 p.m.</date></dateline>
Washington, July 12, 1962, 7 p.m.|<dateline><placeName>Washington</placeName>, <date when="1962-07-12T19:00:00" calendar="gregorian">July 12, 1962, 7 p.m.</date></dateline>
Lima, May 16, 1973, 1345Z. (Received May 17, 0230Z.)|<dateline><placeName>Lima</placeName>, <date when="1973-05-16T13:45:00+00:00" calendar="gregorian">May 16, 1973, 1345Z</date>. (Received May 17, 0230Z.)</dateline>
July 27, 1962.|<dateline><date when="1962-07-27" calendar="gregorian">July 27, 1962</date>.</dateline>
Washington, July 1962.|<dateline><placeName>Washington</placeName>, <date when="1962-07" calendar="gregorian">July 1962</date>.</dateline>
Washington, undated.|<dateline><placeName>Washington</placeName>, <date calendar="gregorian">undated</date>.</dateline>
Undated.|<dateline><date calendar="gregorian">Undated</date>.</dateline>
New York, July 27–28, 1962.|<dateline><placeName>New York</placeName>, <date from="1962-07-27" to="1962-07-28" calendar="gregorian">July 27–28, 1962</date>.</dateline>
Washington, D.C., August 2, 1962, 11–12:30 p.m.|<dateline><placeName>Washington, D.C.</placeName>, <date when="1962-08-02" calendar="gregorian">August 2, 1962</date>, <time from="11:00:00" to="12:30:00">11–12:30 p.m.</time></dateline>
Punta del Este, January 31, 1962, noon.|<dateline><placeName>Punta del Este</placeName>, <date when="1962-01-31T12:00:00" calendar="gregorian">January 31, 1962, noon</date>.</dateline>
Washington, February 30, 1962.|<dateline><placeName>Washington</placeName>, <date calendar="gregorian">February 30, 1962</date>.</dateline>
Washington, August 2, 1962, 9:14.|<dateline><placeName>Washington</placeName>, <date when="1962-08-02" calendar="gregorian">August 2, 1962</date>, 9:14.</dateline>
END
# an unnormalisable date or time warns (and fails with --strict)
printf '9. Memorandum\n\nWashington, February 30, 1962.\n\nText.' >"$TMP/bad.txt"
"$T2T" "$TMP/bad.txt" 2>&1 >/dev/null | grep -q "bad.txt:3:1: warning: dateline" && ok dateline-doubtful-warns || notok dateline-doubtful-warns
status dateline-doubtful-strict 1 "$T2T" --strict "$TMP/bad.txt"
# a date once the body has begun is no dateline of the document: in the
# text, a paragraph; ending the document, the closer's dateline
printf '9. Memorandum\n\nText.\n\nJuly 27, 1962.\n\nMore text.' >"$TMP/late.txt"
"$T2T" "$TMP/late.txt" | grep -q '<p>July 27, 1962.</p>' && ok dateline-only-at-top || notok dateline-only-at-top
printf '9. Memorandum\n\nText.\n\nJuly 27, 1962.' >"$TMP/end.txt"
"$T2T" "$TMP/end.txt" | tr -d '\n ' | grep -q '<closer><dateline><datewhen="1962-07-27"calendar="gregorian">July27,1962</date>.</dateline></closer>' &&
	ok dateline-ending-is-closers || notok dateline-ending-is-closers "$("$T2T" "$TMP/end.txt" | grep -A2 '<closer')"

# Letter and symbol marks: a mark of another kind that has no marker is
# kept and warned about (--strict fails); a repeated symbol is two notes.
printf '9. Memo\n\nText.a More.b\n\n  a. x.\n  2. y.' >"$TMP/mix.txt"
status marks-mixed-warns 0 "$T2T" "$TMP/mix.txt"
grep -q 'mix.txt:6:3: warning: footnote 2 has no marker' "$TMP/status.err" && ok marks-mixed-warning || notok marks-mixed-warning
status marks-mixed-strict 1 "$T2T" --strict "$TMP/mix.txt"
printf '9. Memo\n\nText.* More.*\n\n  *. x.\n  *. y.' >"$TMP/rep.txt"
status marks-symbol-repeat 0 "$T2T" "$TMP/rep.txt"
"$T2T" "$TMP/rep.txt" 2>/dev/null | grep -q 'Text.<note n="\*" xml:id="d9fnast">x.</note> More.<note n="\*" xml:id="d9fnast_1">y.</note>' \
	&& ok marks-symbol-repeat-ids || notok marks-symbol-repeat-ids
