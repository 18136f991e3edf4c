#!/bin/sh
# frus-txt2tei on bad input: the exact message, the exit status, and no
# output (nothing on stdout, no file behind -o).
. "$(dirname "$0")/lib.sh"
T2T=$BIN/frus-txt2tei
D=$TMP

# expect NAME STATUS MESSAGE INPUT [options]: stderr must equal MESSAGE.
expect() {
	name=$1 want=$2 msg=$3 in=$4; shift 4
	"$T2T" "$@" -o "$D/$name.xml" "$in" >"$D/out" 2>"$D/err"; got=$?
	if [ "$got" != "$want" ]; then notok "$name" "exit $got, expected $want"; sed 's/^/#   /' "$D/err"; return; fi
	if [ "$(cat "$D/err")" != "$msg" ]; then notok "$name" "message: $(cat "$D/err")" "expected: $msg"; return; fi
	if [ -e "$D/$name.xml" ] && [ "$want" != 0 ]; then notok "$name" "an output file was written"; return; fi
	if ls -a "$D" | grep -q "^\.$name\.xml\."; then notok "$name" "a temporary file was left"; return; fi
	ok "$name"
}

printf '' >"$D/empty.txt"
expect empty 1 "frus-txt2tei: $D/empty.txt:1:1: input is empty: expected a FRUS document as text" "$D/empty.txt"
printf '  \n\n \t\n' >"$D/ws.txt"
expect whitespace-only 1 "frus-txt2tei: $D/ws.txt:1:1: input holds only whitespace: expected a FRUS document as text" "$D/ws.txt"
printf 'abc\000def' >"$D/bin.txt"
expect binary 1 "frus-txt2tei: $D/bin.txt:1:4: binary data (NUL byte at offset 3): not a text file" "$D/bin.txt"
printf '1. Title1\n\nCaf\351 text.\n\n  1. Source: x.' >"$D/latin1.txt"
expect invalid-utf8 1 "frus-txt2tei: $D/latin1.txt:3:4: invalid UTF-8 byte 0xE9 at offset 14: the input must be UTF-8 (for Latin-1 text use --encoding latin1)" "$D/latin1.txt"
expect latin1-converted 0 "" "$D/latin1.txt" --encoding latin1
grep -q '<p>Café text.</p>' "$D/latin1-converted.xml" && ok latin1-text || notok latin1-text
printf '\377\3761\000.\000 \000T\000' >"$D/u16.txt"
expect utf16 1 "frus-txt2tei: $D/u16.txt:1:1: input is UTF-16, not UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)" "$D/u16.txt"

# BOM and CRLF/CR are accepted: the TEI is the same as without them
printf '\357\273\277' >"$D/bom.txt"; cat "$ROOT/samples/frus1961-63v12-d425.txt" >>"$D/bom.txt"
expect bom 0 "" "$D/bom.txt"
same bom-same-tei "$ROOT/tests/golden/tei/frus1961-63v12-d425.xml" "$D/bom.xml"
sed 's/$/\r/' "$ROOT/samples/frus1961-63v12-d421.txt" >"$D/crlf.txt"
expect crlf 0 "" "$D/crlf.txt"
same crlf-same-tei "$ROOT/tests/golden/tei/frus1961-63v12-d421.xml" "$D/crlf.xml"
tr '\n' '\r' <"$ROOT/samples/frus1961-63v12-d421.txt" >"$D/cr.txt"
expect cr 0 "" "$D/cr.txt"
same cr-same-tei "$ROOT/tests/golden/tei/frus1961-63v12-d421.xml" "$D/cr.xml"

# footnotes: a document is never refused for its numbering (issue 11):
# what can be placed is placed, the rest is kept and warned about, and
# --strict makes the warnings errors.
printf '5. Title1\n\nText here.2 More.3\n\n  1. Source: a.\n  2. b.\n  2. c.' >"$D/repeat.txt"
expect footnote-repeats 0 "frus-txt2tei: $D/repeat.txt:3:18: warning: \"3\" glued to the text looks like a footnote marker, but no footnote 3 is listed at the end: kept as text
frus-txt2tei: $D/repeat.txt:7:3: warning: footnote 2 has no marker in the text after the marker of footnote 2; the note is kept right after footnote 2" "$D/repeat.txt"
grep -q 'here.<note n="2" xml:id="d5fn2">b.</note> <note n="2" xml:id="d5fn2_1">c.</note> More.3</p>' "$D/footnote-repeats.xml" \
	&& ok footnote-repeats-kept || notok footnote-repeats-kept "$(grep '<p>' "$D/footnote-repeats.xml")"
expect footnote-repeats-strict 1 "frus-txt2tei: $D/repeat.txt:3:18: \"3\" glued to the text looks like a footnote marker, but no footnote 3 is listed at the end: kept as text
frus-txt2tei: $D/repeat.txt:7:3: footnote 2 has no marker in the text after the marker of footnote 2; the note is kept right after footnote 2" "$D/repeat.txt" --strict
printf '5. Title1\n\nText here.2 More.\n\n  1. Source: a.\n  2. b.\n  4. c.' >"$D/skip.txt"
expect footnote-skips 0 "frus-txt2tei: $D/skip.txt:7:3: warning: footnote 4 has no marker in the text after the marker of footnote 2; the note is kept right after footnote 2" "$D/skip.txt"
grep -q '<note n="4" xml:id="d5fn4">c.</note>' "$D/footnote-skips.xml" && ok footnote-skips-kept || notok footnote-skips-kept
printf '5. Title1\n\nText here.2 More.4\n\n  1. Source: a.\n  2. b.\n  4. c.' >"$D/gap.txt"
expect footnote-gap-placed 0 "" "$D/gap.txt"
grep -q 'More.<note n="4" xml:id="d5fn4">c.</note></p>' "$D/footnote-gap-placed.xml" && ok footnote-gap-at-marker || notok footnote-gap-at-marker
printf '5. Title1\n\nText here. More.\n\n  1. Source: a.\n  2. b.' >"$D/nomarker.txt"
expect footnote-without-marker 0 "frus-txt2tei: $D/nomarker.txt:6:3: warning: footnote 2 has no marker in the text after the marker of footnote 1; the note is kept right after footnote 1" "$D/nomarker.txt"
printf '5. Title\n\nText here. More.\n\n  1. Source: a.' >"$D/nomarker1.txt"
expect first-footnote-without-marker 0 "frus-txt2tei: $D/nomarker1.txt:5:3: warning: footnote 1 has no marker in the text: no \"1\" glued to a word or punctuation was found; the note is kept at the end of the heading" "$D/nomarker1.txt"
grep -q '<head>5. Title<note n="1" xml:id="d5fn1" type="source">Source: a.</note></head>' "$D/first-footnote-without-marker.xml" \
	&& ok first-footnote-kept-in-head || notok first-footnote-kept-in-head
expect first-footnote-without-marker-strict 1 "frus-txt2tei: $D/nomarker1.txt:5:3: footnote 1 has no marker in the text: no \"1\" glued to a word or punctuation was found; the note is kept at the end of the heading" "$D/nomarker1.txt" --strict
printf '5. Title\n\nText here.1 More.2 Then the Treaty3 said.\n\n[Page 5]' >"$D/nolist.txt"
expect markers-without-footnotes 0 "frus-txt2tei: $D/nolist.txt:3:11: warning: \"1\" glued to the text looks like a footnote marker, but no footnote 1 is listed at the end: kept as text
frus-txt2tei: $D/nolist.txt:3:18: warning: \"2\" glued to the text looks like a footnote marker, but no footnote 2 is listed at the end: kept as text
frus-txt2tei: $D/nolist.txt:3:35: warning: \"3\" glued to the text looks like a footnote marker, but no footnote 3 is listed at the end: kept as text" "$D/nolist.txt"

# output that cannot be written
"$T2T" -o /nonexistent/dir/x.xml "$ROOT/samples/frus1961-63v12-d425.txt" 2>"$D/err"; rc=$?
[ $rc = 2 ] && [ "$(cat "$D/err")" = "frus-txt2tei: /nonexistent/dir/x.xml: cannot write: No such file or directory" ] \
	&& ok unwritable-output || notok unwritable-output "exit $rc: $(cat "$D/err")"
status missing-input 2 "$T2T" "$D/no-such-file.txt"
grep -q "frus-txt2tei: $D/no-such-file.txt: cannot read: No such file or directory" "$TMP/status.err" && ok missing-input-message || notok missing-input-message

# a failed run leaves an existing output file as it was
cp "$ROOT/tests/golden/tei/frus1961-63v12-d421.xml" "$D/keep.xml"
"$T2T" -o "$D/keep.xml" "$D/empty.txt" 2>/dev/null
same failed-run-keeps-old-output "$ROOT/tests/golden/tei/frus1961-63v12-d421.xml" "$D/keep.xml"
