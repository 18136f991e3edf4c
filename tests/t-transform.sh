#!/bin/sh
# tests/t-transform.sh — frus-transform and the xslt/ formats.
#
# Every format on every sample (the converter's TEI) against reviewed golden
# files in tests/golden/<format>/; XHTML valid against the XHTML5 subset
# schema (tests/transform/xhtml5-subset.rng, xmllint --relaxng: HTML5
# content models), which rejects every page of tests/transform/
# xhtml5-cases.txt marked invalid, and clean for HTML Tidy when it is
# installed (Debian's tidy); links resolved; Markdown parsed back with
# cmark; JSON parsed;
# no word of the TEI lost; a chain in one process equals piped xsltproc;
# error reporting (xsl:message terminate, runaway recursion, sandbox, bad
# -p, unknown format); batch mode; a Chromium screenshot when available.
#
# FRUS_REGEN=1 rewrites the golden files (read the diff before committing).
. "$(dirname "$0")/lib.sh"
T=$BIN/frus-transform
CHECK="python3 $ROOT/tests/transform/check.py"
G=$ROOT/tests/golden
X=$ROOT/tests/xslt
RNG=$ROOT/tests/transform/xhtml5-subset.rng
TIDY=$(command -v tidy || true)

# valid_xhtml NAME FILE : the page is XHTML5 of the subset, and (when tidy
# is installed) an HTML parser finds nothing to repair in it.  Tidy's
# warning on non-ASCII characters in a URL is left out: HTML5 URLs may hold
# them (white space in a URL is the schema's to reject).
valid_xhtml() {
	check "$1-schema" xmllint --noout --relaxng "$RNG" "$2"
	if [ -n "$TIDY" ]; then
		"$TIDY" -e -q "$2" 2>&1 | grep -v 'escaping malformed URI reference' |
			grep -E 'Warning|Error' >"$TMP/tidy.out"
		if [ -s "$TMP/tidy.out" ]; then notok "$1-tidy" "tidy on $2:"; sed 's/^/#   /' "$TMP/tidy.out" | head -10
		else ok "$1-tidy"; fi
	fi
}

ext() { case $1 in xhtml) echo html ;; markdown) echo md ;; dc) echo xml ;; json) echo json ;; text) echo txt ;; esac; }

if [ ! -x "$T" ]; then notok transform-built "no $T"; exit 0; fi
[ -n "$TIDY" ] || skip transform-xhtml-tidy "no tidy (Debian package tidy): XHTML checked by the schema only"
status transform-help 0 "$T" --help
status transform-version 0 "$T" --version
status transform-no-stylesheet 2 "$T" "$ROOT/tests/golden/tei/frus1961-63v12-d425.xml"
status transform-bad-option 2 "$T" --bogus

# ---- inputs: the samples through the converter, plus the reference d421
inputs=
if [ -x "$BIN/frus-txt2tei" ]; then
	for s in "$ROOT"/samples/*.txt; do
		b=$(basename "$s" .txt)
		if "$BIN/frus-txt2tei" -q "$s" -o "$TMP/$b.xml" 2>/dev/null; then
			inputs="$inputs $TMP/$b.xml"
		else
			notok "transform-input-$b" "frus-txt2tei failed on $s"
		fi
	done
else
	skip transform-samples "no frus-txt2tei yet"
fi
if has_shared; then
	cp "$SHARED/reference/frus1961-63v12-d421.xml" "$TMP/ref-d421.xml"
	inputs="$inputs $TMP/ref-d421.xml"
else
	skip transform-reference "no $SHARED/reference"
fi

# ---- every format on every input
mkdir -p "$TMP/out"
for in in $inputs; do
	b=$(basename "$in" .xml)
	for f in xhtml markdown dc json; do
		e=$(ext $f)
		out=$TMP/out/$b.$e
		if ! "$T" -t "$f" -o "$out" "$in" 2>"$TMP/err"; then
			notok "transform-$f-$b" "exit status $?"; sed 's/^/#   /' "$TMP/err"; continue
		fi
		if [ "${FRUS_REGEN:-}" = 1 ]; then
			mkdir -p "$G/$f"; cp "$out" "$G/$f/$b.$e"
		fi
		if [ -f "$G/$f/$b.$e" ]; then
			same "transform-$f-$b-golden" "$G/$f/$b.$e" "$out"
		else
			skip "transform-$f-$b-golden" "no golden file $G/$f/$b.$e"
		fi
		case $f in
		xhtml)
			check "transform-xhtml-$b-wellformed" xmllint --noout "$out"
			check "transform-xhtml-$b-page" $CHECK xhtml "$out"
			valid_xhtml "transform-xhtml-$b" "$out"
			check "transform-xhtml-$b-links" $CHECK links "$out"
			check "transform-xhtml-$b-words" $CHECK words "$in" "$out" xhtml ;;
		markdown)
			check "transform-markdown-$b-cmark" $CHECK md "$in" "$out"
			check "transform-markdown-$b-words" $CHECK words "$in" "$out" markdown ;;
		json)
			check "transform-json-$b-parse" $CHECK json "$in" "$out"
			check "transform-json-$b-words" $CHECK words "$in" "$out" json ;;
		dc)
			check "transform-dc-$b-wellformed" xmllint --noout "$out"
			if grep -q '<dc:title>' "$out" && grep -q 'xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"' "$out"
			then ok "transform-dc-$b-record"; else notok "transform-dc-$b-record" "no oai_dc record with a title"; fi ;;
		esac
	done
done

# ---- specific content: footnotes both ways, page anchors, source note
d421=$TMP/out/ref-d421.html
if [ -f "$d421" ]; then
	if grep -q 'id="pg_866"' "$d421" && grep -q 'href="#pg_866"' "$d421"; then ok transform-xhtml-page-anchor
	else notok transform-xhtml-page-anchor "no linkable pg_866"; fi
	if grep -q 'href="#d421fn2"' "$d421" && grep -q 'href="#fnref_d421fn2"' "$d421"; then ok transform-xhtml-footnote-both-ways
	else notok transform-xhtml-footnote-both-ways "footnote 2 not linked both ways"; fi
	if grep -q 'class="source-note" id="d421fn1"' "$d421"; then ok transform-xhtml-source-note
	else notok transform-xhtml-source-note "source note not under the heading"; fi
fi

# ---- a volume-sized input: the monograph, every format
if has_shared && [ -f "$SHARED/corpus/frus-history-monograph.xml" ]; then
	M=$SHARED/corpus/frus-history-monograph.xml
	for f in xhtml markdown json dc; do
		e=$(ext $f)
		check "transform-monograph-$f" "$T" -q -t "$f" -o "$TMP/mono.$e" "$M"
	done
	check transform-monograph-xhtml-wellformed xmllint --noout "$TMP/mono.html"
	check transform-monograph-xhtml-page $CHECK xhtml "$TMP/mono.html"
	valid_xhtml transform-monograph-xhtml "$TMP/mono.html"
	check transform-monograph-xhtml-links $CHECK links "$TMP/mono.html"
	check transform-monograph-xhtml-words $CHECK words "$M" "$TMP/mono.html" xhtml
	check transform-monograph-markdown $CHECK md "$M" "$TMP/mono.md"
	check transform-monograph-markdown-words $CHECK words "$M" "$TMP/mono.md" markdown
	check transform-monograph-json $CHECK json "$M" "$TMP/mono.json"
	check transform-monograph-json-words $CHECK words "$M" "$TMP/mono.json" json
else
	skip transform-monograph "no $SHARED/corpus"
fi

# ---- a small volume: two documents, the TEI's own contents division with
# xml:id "toc" (the page's contents must not take that id), a figure whose
# file name has a space, an external link with one
cat >"$TMP/vol.xml" <<'EOF'
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Volume</title></titleStmt></fileDesc></teiHeader>
<text><front><div type="toc" xml:id="toc"><head>Contents</head><list><item><ref target="#d1">1</ref></item></list></div></front>
<body><div type="document" xml:id="d1" n="1"><head>One<note n="1" xml:id="d1fn1">Source.</note></head><p>First <ref target="https://example.org/a b">link</ref>.</p></div>
<div type="document" xml:id="d2" n="2"><head>Two</head><p>Second<pb n="3"/> page.</p><figure><graphic url="map one.png"/><head>Map</head></figure></div></body></text></TEI>
EOF
if "$T" -t xhtml -o "$TMP/vol.html" "$TMP/vol.xml" 2>"$TMP/err"; then
	valid_xhtml transform-xhtml-volume "$TMP/vol.html"
	check transform-xhtml-volume-links $CHECK links "$TMP/vol.html"
	check transform-xhtml-volume-words $CHECK words "$TMP/vol.xml" "$TMP/vol.html" xhtml
else
	notok transform-xhtml-volume "exit status $?"; sed 's/^/#   /' "$TMP/err"
fi

# ---- the schema rejects what HTML5 rejects: each case is a page whose
# <main> holds BODY; the control case (valid) proves the wrapper is sound.
grep -v '^#' "$ROOT/tests/transform/xhtml5-cases.txt" | while read -r want name body; do
	[ -n "$name" ] || continue
	printf '<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><meta charset="UTF-8"/><title>t</title></head><body><main>%s</main></body></html>\n' "$body" >"$TMP/case.html"
	if xmllint --noout --relaxng "$RNG" "$TMP/case.html" >"$TMP/case.err" 2>&1; then got=valid; else got=invalid; fi
	if [ "$got" = "$want" ]; then ok "transform-xhtml-schema-$want-$name"
	else notok "transform-xhtml-schema-$want-$name" "the schema finds this page $got:" "$body"; sed 's/^/#   /' "$TMP/case.err" | head -5; fi
done

# ---- a chain in one process equals the same chain piped through xsltproc
small=$ROOT/tests/golden/tei/frus1961-63v12-d425.xml
if command -v xsltproc >/dev/null; then
	v='say "hi"'
	xsltproc --stringparam tag "$v" "$X/step1.xsl" "$small" |
		xsltproc --stringparam tag "$v" "$X/step2.xsl" - |
		xsltproc --stringparam tag "$v" "$X/step3.xsl" - >"$TMP/piped.xml"
	"$T" -p "tag=$v" -x "$X/step1.xsl" -x "$X/step2.xsl" -x "$X/step3.xsl" "$small" >"$TMP/chain.xml"
	same transform-chain-equals-xsltproc "$TMP/piped.xml" "$TMP/chain.xml"
	# -t then -x: the format's result goes on to the next step (the tree,
	# so the serialiser's indentation is not there: compare without it).
	"$T" -t dc -x "$X/step1.xsl" "$small" | xmllint --noblanks - >"$TMP/dc1.xml"
	"$T" -t dc "$small" | xsltproc "$X/step1.xsl" - | xmllint --noblanks - >"$TMP/dc2.xml"
	same transform-format-then-stylesheet "$TMP/dc2.xml" "$TMP/dc1.xml"
else
	skip transform-chain "no xsltproc"
fi

# ---- parameters: both kinds of quote, taken literally
"$T" -p "tag=it's \"q\" & <x>" -x "$X/step3.xsl" "$small" >"$TMP/q.xml"
if grep -q 'tag="it'"'"'s &quot;q&quot; &amp; &lt;x&gt;"' "$TMP/q.xml"; then ok transform-param-quotes
else notok transform-param-quotes "$(head -2 "$TMP/q.xml")"; fi

# ---- errors
status transform-terminate-status 1 "$T" -x "$X/terminate.xsl" "$small"
if grep -q "terminate.xsl:5: no document number in TEI" "$TMP/status.err" &&
   grep -q "terminate.xsl:4: warning: note: starting" "$TMP/status.err"
then ok transform-terminate-message
else notok transform-terminate-message "expected file:line messages"; sed 's/^/#   /' "$TMP/status.err"; fi
status transform-recursion-status 1 "$T" -x "$X/recurse.xsl" "$small"
if grep -q "recurse.xsl:5: .*infinite template recursion" "$TMP/status.err"
then ok transform-recursion-message
else notok transform-recursion-message "no bounded-recursion message"; sed 's/^/#   /' "$TMP/status.err"; fi
status transform-sandbox-write 1 "$T" -x "$X/sandbox.xsl" -p "target=$TMP/written.txt" "$small"
if [ ! -e "$TMP/written.txt" ]; then ok transform-sandbox-no-file; else notok transform-sandbox-no-file "exsl:document wrote a file"; fi
status transform-sandbox-read 1 "$T" -x "$X/sandbox.xsl" -p "read=$small" "$small"
status transform-sandbox-own-dir 0 "$T" -x "$X/sandbox.xsl" -p "read=$X/step1.xsl" "$small"
status transform-bad-param 2 "$T" -t json -p novalue "$small"
status transform-bad-param-name 2 "$T" -t json -p "1x=2" "$small"
status transform-unknown-format 2 "$T" -t nosuchformat "$small"
if grep -q 'unknown format "nosuchformat"' "$TMP/status.err"; then ok transform-unknown-format-message
else notok transform-unknown-format-message "no message"; fi
status transform-format-path 2 "$T" -t ../etc/passwd "$small"
status transform-missing-stylesheet 2 "$T" -x "$TMP/none.xsl" "$small"
printf '<a>' >"$TMP/broken.xml"
status transform-bad-input 2 "$T" -t json "$TMP/broken.xml"
"$T" -t json -o "$TMP/out.json" "$small" 2>/dev/null
"$T" -x "$X/terminate.xsl" -o "$TMP/out.json" "$small" 2>/dev/null
if python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$TMP/out.json"; then ok transform-failed-run-keeps-output
else notok transform-failed-run-keeps-output "a failed run damaged the previous output"; fi

# ---- batch: per-file errors do not stop the rest; extension from the format
mkdir -p "$TMP/in"
cp "$small" "$TMP/in/a.xml"; cp "$ROOT/tests/golden/tei/frus1961-63v12-d421.xml" "$TMP/in/b.xml"
status transform-batch-failure 1 "$T" -t markdown -d "$TMP/outdir" "$TMP/in/a.xml" "$TMP/broken.xml" "$TMP/in/b.xml"
if [ -s "$TMP/outdir/a.md" ] && [ -s "$TMP/outdir/b.md" ] && [ ! -e "$TMP/outdir/broken.md" ]; then ok transform-batch-outputs
else notok transform-batch-outputs "outputs: $(ls "$TMP/outdir" 2>&1)"; fi
if grep -q "2 transformed, 1 failed" "$TMP/status.err"; then ok transform-batch-summary
else notok transform-batch-summary "no summary line"; sed 's/^/#   /' "$TMP/status.err"; fi
for f in xhtml json dc; do
	status "transform-batch-ext-$f" 0 "$T" -q -t "$f" -d "$TMP/ext-$f" "$TMP/in/a.xml"
	[ -s "$TMP/ext-$f/a.$(ext $f)" ] && ok "transform-batch-ext-$f-name" || notok "transform-batch-ext-$f-name" "no a.$(ext $f)"
done

# ---- headless Chromium: the page renders (footnote links checked above)
CHROME=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -n "$CHROME" ] && [ -f "$d421" ] && [ "${FRUS_PASS:-plain}" = plain ]; then
	sb=; [ "$(id -u)" = 0 ] && sb=--no-sandbox
	timeout 60 "$CHROME" --headless $sb --disable-gpu --hide-scrollbars --virtual-time-budget=3000 \
		--screenshot="$TMP/d421.png" --window-size=1000,1400 "file://$d421" >/dev/null 2>&1
	size=$(stat -c %s "$TMP/d421.png" 2>/dev/null || echo 0)
	if [ "$size" -gt 30000 ]; then ok transform-xhtml-screenshot
	else notok transform-xhtml-screenshot "screenshot missing or blank ($size bytes)"; fi
else
	skip transform-xhtml-screenshot "no chromium (or not the plain pass)"
fi
exit 0
