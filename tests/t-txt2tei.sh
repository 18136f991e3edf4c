#!/bin/sh
# frus-txt2tei on the five samples: golden TEI (reviewed; `make regen`
# rewrites them, read the diff before committing), the text round trip,
# allowed elements, options, batch mode.
. "$(dirname "$0")/lib.sh"
T2T=$BIN/frus-txt2tei

# Elements the FRUS conventions allow (../shared/docs/frus-tei-conventions.md).
ALLOWED=" TEI salute teiHeader fileDesc titleStmt title publicationStmt sourceDesc p text body div head note list item label pb closer signed persName hi dateline placeName date time seg space ref gloss table row cell frus:attachment lb opener quote "

text_of() { # TEI file -> text, through frus-transform when built
	if [ -x "$BIN/frus-transform" ]; then "$BIN/frus-transform" -t text "$1"
	else xsltproc "$ROOT/xslt/text.xsl" "$1"; fi
}

for f in "$ROOT"/samples/*.txt; do
	b=$(basename "$f" .txt)
	if ! "$T2T" "$f" >"$TMP/$b.xml" 2>"$TMP/$b.err"; then
		notok "convert-$b" "$(cat "$TMP/$b.err")"; continue
	fi
	ok "convert-$b"
	same "golden-$b" "$ROOT/tests/golden/tei/$b.xml" "$TMP/$b.xml"
	check "wellformed-$b" xmllint --noout "$TMP/$b.xml"
	bad=""
	for e in $(xmllint --xpath '//*' "$TMP/$b.xml" 2>/dev/null | grep -o '<[A-Za-z:]*' | tr -d '<' | sort -u); do
		case "$ALLOWED" in *" $e "*) ;; *) bad="$bad $e" ;; esac
	done
	if [ -z "$bad" ]; then ok "allowed-elements-$b"; else notok "allowed-elements-$b" "not allowed:$bad"; fi
	text_of "$TMP/$b.xml" >"$TMP/$b.txt" 2>"$TMP/$b.terr"
	same "roundtrip-$b" "$f" "$TMP/$b.txt"
	# no warnings on the samples
	if [ -s "$TMP/$b.err" ]; then notok "no-warnings-$b" "$(cat "$TMP/$b.err")"; else ok "no-warnings-$b"; fi
done

# stdin and -o
"$T2T" <"$ROOT/samples/frus1961-63v12-d425.txt" >"$TMP/stdin.xml"
same stdin-equals-file "$ROOT/tests/golden/tei/frus1961-63v12-d425.xml" "$TMP/stdin.xml"
"$T2T" -o "$TMP/o.xml" "$ROOT/samples/frus1961-63v12-d425.txt"
same output-option "$ROOT/tests/golden/tei/frus1961-63v12-d425.xml" "$TMP/o.xml"

# --id for a document without a number; the file name otherwise
"$T2T" "$ROOT/samples/peru-1951-policy-statement.txt" | grep -q 'xml:id="peru-1951-policy-statement"' \
	&& ok id-from-filename || notok id-from-filename
"$T2T" --id ps1951 <"$ROOT/samples/peru-1951-policy-statement.txt" >"$TMP/id.xml"
grep -q '<div type="document" subtype="historical-document" xml:id="ps1951">' "$TMP/id.xml" && grep -q 'xml:id="ps1951fn12"' "$TMP/id.xml" \
	&& ok id-option || notok id-option
"$T2T" --volume frus1961-63v12 "$ROOT/samples/frus1961-63v12-d425.txt" | grep -q '<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" xml:id="frus1961-63v12-d425">' \
	&& ok volume-option || notok volume-option

# batch: one process, one output per input, a summary
"$T2T" -d "$TMP/batch" "$ROOT"/samples/*.txt 2>"$TMP/batch.err"
n=$(ls "$TMP/batch" | wc -l)
[ "$n" = 5 ] && grep -q '5 converted, 0 failed, 0 warnings' "$TMP/batch.err" && ok batch || notok batch "$n files; $(cat "$TMP/batch.err")"
for f in "$ROOT"/samples/*.txt; do b=$(basename "$f" .txt); cmp -s "$TMP/batch/$b.xml" "$ROOT/tests/golden/tei/$b.xml" || notok "batch-output-$b"; done
printf '' >"$TMP/empty.txt"
status batch-one-fails 1 "$T2T" -q -d "$TMP/batch2" "$ROOT/samples/frus1961-63v12-d425.txt" "$TMP/empty.txt" "$ROOT/samples/frus1961-63v12-d421.txt"
[ -f "$TMP/batch2/frus1961-63v12-d421.xml" ] && [ ! -f "$TMP/batch2/empty.xml" ] && ok batch-continues-after-failure || notok batch-continues-after-failure
status batch-quiet-silent 1 "$T2T" -q -d "$TMP/batch3" "$TMP/empty.txt"
[ ! -s "$TMP/status.out" ] && grep -q 'input is empty' "$TMP/status.err" && ! grep -q 'converted' "$TMP/status.err" && ok batch-quiet || notok batch-quiet

# the usual contract
status help 0 "$T2T" --help
grep -q '^usage: frus-txt2tei' "$TMP/status.out" && ok help-text || notok help-text
status version 0 "$T2T" --version
status unknown-option 2 "$T2T" --frobnicate
status two-inputs-without-d 2 "$T2T" a b
