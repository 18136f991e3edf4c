#!/bin/sh
# The same TEI however the page was copied (issue 15): each sample as other
# copies give it — indentation stripped, non-breaking spaces, "*"/"-"
# bullets, hard-wrapped at 72 columns (fold), a blank line after every
# item and footnote, CRLF — must convert to the TEI of the plain copy,
# and the text transform must give the plain copy back.  Then what cannot
# be placed is never silent: located warnings, and --strict fails.
. "$(dirname "$0")/lib.sh"
T2T=$BIN/frus-txt2tei
NB=$(printf '\302\240')

text_of() {
	if [ -x "$BIN/frus-transform" ]; then "$BIN/frus-transform" -t text "$1"
	else xsltproc "$ROOT/xslt/text.xsl" "$1"; fi
}

# variant NAME < TEXT > COPY
variant() {
	case $1 in
	trim)    sed 's/^[[:space:]]*//; s/[[:space:]]*$//' ;;
	nbsp)    sed "s/^    /$NB$NB$NB$NB/; s/^  \\([0-9][0-9]*\\.\\|•\\) /$NB$NB\\1$NB/" ;;
	bullets) sed 's/^  • /  * /; s/^    • /    - /' ;;
	wrap)    fold -s -w 72 | sed 's/ *$//' ;;
	spaced)  awk '{ print } /^[[:space:]]+(•|[0-9]+\.) / { print "" }' ;;
	crlf)    sed 's/$/\r/' ;;
	esac
}

for f in "$ROOT"/samples/*.txt; do
	b=$(basename "$f" .txt)
	"$T2T" -q --id doc "$f" >"$TMP/$b.xml"
	xsltproc "$ROOT/tests/tools/tree.xsl" "$TMP/$b.xml" >"$TMP/$b.tree"
	for v in trim nbsp bullets wrap spaced crlf; do
		variant $v <"$f" >"$TMP/$b.$v.txt"
		if ! "$T2T" --id doc "$TMP/$b.$v.txt" >"$TMP/$b.$v.xml" 2>"$TMP/$b.$v.err"; then
			notok "$v-$b-converts" "$(head -3 "$TMP/$b.$v.err")"; continue
		fi
		xsltproc "$ROOT/tests/tools/tree.xsl" "$TMP/$b.$v.xml" >"$TMP/$b.$v.tree"
		same "$v-$b-same-tei" "$TMP/$b.tree" "$TMP/$b.$v.tree"
		text_of "$TMP/$b.$v.xml" >"$TMP/$b.$v.back"
		text_of "$TMP/$b.xml" >"$TMP/$b.back"
		same "$v-$b-gives-the-plain-copy" "$TMP/$b.back" "$TMP/$b.$v.back"
	done
done

# Wrapped lines keep their input line numbers in messages.
printf '5. Title1\n\nA paragraph long enough to be wrapped by the mail client at seventy-two\ncolumns, with a word glued to a number like Kennedy3 in its second line.\nAnd a second wrapped paragraph line here so that the wrapping shows twice,\nas it does in every real wrapped copy of a long paragraph of a document.\n\n  1. Source: a.' >"$TMP/wrapped.txt"
"$T2T" -o "$TMP/wrapped.xml" "$TMP/wrapped.txt" 2>"$TMP/wrapped.err"
grep -q "wrapped.txt:4:[0-9]*: warning: \"3\" glued to the text" "$TMP/wrapped.err" &&
	ok wrapped-line-numbers || notok wrapped-line-numbers "$(cat "$TMP/wrapped.err")"

# Never silent: a footnote list that lost its indentation and is not
# marked in the text, digits glued like markers, a bullet at the margin.
printf '5. Title\n\nThe Embassy reported on the talks.2 The Minister agreed.3\n\n\342\200\242 A bullet standing alone.\n\nThe end.\n\n1. See above.\n4. Not printed.' >"$TMP/lost.txt"
"$T2T" -o "$TMP/lost.xml" "$TMP/lost.txt" 2>"$TMP/lost.err"; rc=$?
[ $rc = 0 ] && ok lost-converts || notok lost-converts "exit $rc"
for want in \
	'lost.txt:3:35: warning: "2" glued to the text looks like a footnote marker, but no footnote 2 is listed at the end' \
	'lost.txt:3:57: warning: "3" glued to the text looks like a footnote marker, but no footnote 3 is listed at the end' \
	'lost.txt:5:1: warning: a line that starts with a bullet read as a paragraph' \
	'lost.txt:9:1: warning: 2 numbered lines at the end look like footnotes, but the text does not mark them'; do
	grep -qF "$want" "$TMP/lost.err" && ok "lost-warns-$(echo "$want" | cut -d: -f2)" ||
		notok "lost-warns-$(echo "$want" | cut -d: -f2)" "missing: $want" "$(cat "$TMP/lost.err")"
done
status lost-strict-fails 1 "$T2T" --strict -o "$TMP/lost-strict.xml" "$TMP/lost.txt"
[ -e "$TMP/lost-strict.xml" ] && notok lost-strict-no-output || ok lost-strict-no-output

# A stripped copy whose footnotes are marked: the list is found.
printf '5. Title1\n\nThe Embassy reported on the talks.2 The Minister agreed.3\n\n1. Source: a.\n2. See above.\n3. Not printed.' >"$TMP/flat.txt"
"$T2T" -o "$TMP/flat.xml" "$TMP/flat.txt" 2>"$TMP/flat.err"
[ ! -s "$TMP/flat.err" ] && grep -q 'talks.<note n="2" xml:id="d5fn2">See above.</note> The Minister agreed.<note n="3" xml:id="d5fn3">Not printed.</note></p>' "$TMP/flat.xml" &&
	ok flat-footnotes-found || notok flat-footnotes-found "$(cat "$TMP/flat.err")"
# ... but a numbered paragraph whose number sits in a file number is none
printf '5. Title\n\n838.00/2154: Telegram\n\n54. Department telegram received.\n\nI think so.' >"$TMP/para.txt"
"$T2T" -o "$TMP/para.xml" "$TMP/para.txt" 2>"$TMP/para.err"
grep -q '<p>54. Department telegram received.</p>' "$TMP/para.xml" && ok numbered-paragraph-no-footnote ||
	notok numbered-paragraph-no-footnote "$(grep '<p>\|<note' "$TMP/para.xml")"
