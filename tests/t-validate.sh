#!/bin/sh
# t-validate.sh — frus-validate: one broken and one good document per rule
# (tests/validate/cases, expectations in tests/validate/expected.tsv, made
# by tests/validate/gen.py), exit statuses, JSON, other schemas and rules,
# the Office's own TEI and the converter's output of every sample; the
# built-in rules against the compiled Schematron (the same findings).
. "$(dirname "$0")/lib.sh"
V=$BIN/frus-validate
D=$ROOT/tests/validate

if [ ! -x "$V" ]; then
	notok validate-built "no $V (run make)"
	exit 0
fi

# findings FILE... : "basename<TAB>line<TAB>rule" lines, sorted.
findings() {
	"$V" -q "$@" 2>/dev/null | awk -F: '{ sub(/^ /, "", $5); n = split($1, p, "/");
		print p[n] "\t" $2 "\t" $5 }' | sort
}

# --- one case per rule: exactly the expected rule ids at the expected lines
findings "$D"/cases/*.xml >"$TMP/actual.tsv"
grep -v '^#' "$D/expected.tsv" | sort >"$TMP/expected.tsv"
for f in "$D"/cases/*.xml; do
	b=$(basename "$f")
	grep "^$b	" "$TMP/expected.tsv" >"$TMP/want" || :
	grep "^$b	" "$TMP/actual.tsv" >"$TMP/got" || :
	if cmp -s "$TMP/want" "$TMP/got"; then ok "case $b"
	else notok "case $b" "expected vs actual findings:"; diff "$TMP/want" "$TMP/got" | sed 's/^/#   /'; fi
done
# Every rule id of frus.sch has a case.
for id in $(sed -n 's/.*<sch:\(assert\|report\) id="\([^"]*\)".*/\2/p' "$ROOT/schemas/frus.sch"); do
	if [ -f "$D/cases/$id.bad.xml" ] && [ -f "$D/cases/$id.good.xml" ]; then ok "rule $id has cases"
	else notok "rule $id has cases" "no $D/cases/$id.bad.xml or .good.xml"; fi
done

# --- exit statuses
status "exit 0 on a valid document" 0 "$V" "$D/cases/frus-table-rows.good.xml"
status "exit 1 on an error" 1 "$V" "$D/cases/frus-table-rows.bad.xml"
status "exit 0 on warnings only" 0 "$V" "$D/cases/frus-fn-id-n.bad.xml"
status "exit 1 on warnings with --strict" 1 "$V" --strict "$D/cases/frus-fn-id-n.bad.xml"
printf '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>\n<oops></TEI>\n' >"$TMP/broken.xml"
status "exit 2 on not well-formed XML" 2 "$V" "$TMP/broken.xml"
if grep -q "broken.xml:2:" "$TMP/status.err"; then ok "parse error located"
else notok "parse error located" "$(cat "$TMP/status.err")"; fi
status "exit 2 on a missing file" 2 "$V" "$TMP/no-such.xml"
status "exit 2 when one file of a batch is unreadable" 2 "$V" "$D/cases/frus-hi-rend.good.xml" "$TMP/broken.xml" "$D/cases/frus-hi-rend.bad.xml"
if grep -q "frus-hi-rend.bad.xml:.*frus-hi-rend:" "$TMP/status.out"; then ok "batch goes on after an unreadable file"
else notok "batch goes on after an unreadable file"; fi
if grep -q '^3 files: 1 valid, 1 invalid, 1 errors, 0 warnings (1 could not be read or parsed)$' "$TMP/status.err"; then ok "summary line"
else notok "summary line" "$(tail -1 "$TMP/status.err")"; fi
status "-q silences the summary" 0 "$V" -q "$D/cases/frus-hi-rend.good.xml"
if [ ! -s "$TMP/status.err" ]; then ok "-q stderr empty"; else notok "-q stderr empty" "$(cat "$TMP/status.err")"; fi
status "stdin" 1 sh -c "\"$V\" - <\"$D/cases/frus-hi-rend.bad.xml\""
if grep -q '^<stdin>:9:1: error: frus-hi-rend: ' "$TMP/status.out"; then ok "stdin named <stdin>"
else notok "stdin named <stdin>" "$(cat "$TMP/status.out")"; fi
status "--help" 0 "$V" --help
status "--version" 0 "$V" --version
status "unknown option" 2 "$V" --frobnicate
status "bad --format" 2 "$V" --format xml "$D/tiny.xml"
status "schema of unknown type" 2 "$V" --schema "$D/tiny.xml" "$D/tiny.xml"
printf '<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron"><sch:pattern><sch:rule context="*"><sch:assert test="((">x</sch:assert></sch:rule></sch:pattern></sch:schema>\n' >"$TMP/bad.sch"
status "rules with a broken XPath" 2 "$V" --rules "$TMP/bad.sch" "$D/tiny.xml"

# --- --no-rules: the grammar alone
"$V" -q --no-rules "$D"/cases/frus-table-rows.bad.xml "$D"/cases/rng.bad.xml >"$TMP/norules.out" 2>&1
if [ "$(cut -d: -f5 "$TMP/norules.out" | sort -u)" = " rng" ]; then ok "--no-rules: grammar findings only"
else notok "--no-rules: grammar findings only" "$(cat "$TMP/norules.out")"; fi

# --- other grammars and rules: XSD + a Schematron of our own
"$V" -q --schema "$D/tiny.xsd" --rules "$D/tiny.sch" "$D/tiny.xml" >"$TMP/tiny.out" 2>&1
printf '%s\n' "$D/tiny.xml:2:1: warning: t-long: \"Lima\" is longer than 3 characters" \
	"$D/tiny.xml:3:1: error: xsd: Element 'to': This element is not expected." \
	"$D/tiny.xml:3:1: error: t-empty: to is empty" >"$TMP/tiny.want"
same "--schema FILE.xsd --rules FILE.sch" "$TMP/tiny.want" "$TMP/tiny.out"

# --- JSON: parses, counts agree, strings escaped
if command -v python3 >/dev/null 2>&1; then
	cp "$D/cases/frus-date-iso.bad.xml" "$TMP/we\"ird\\name.xml"
	"$V" --format json "$D"/cases/frus-date-iso.good.xml "$TMP/we\"ird\\name.xml" "$TMP/broken.xml" \
		>"$TMP/out.json" 2>/dev/null
	if python3 - "$TMP/out.json" <<'EOF'
import json, sys
j = json.load(open(sys.argv[1]))
f = j["files"]
assert [x["status"] for x in f] == ["valid", "invalid", "unreadable"], f
assert f[1]["file"].endswith('we"ird\\name.xml'), f[1]["file"]
d = f[1]["diagnostics"][0]
assert d["rule"] == "frus-date-iso" and d["line"] == 9 and d["severity"] == "error", d
assert 'when="1962-8-2"' in d["message"] and d["path"].startswith("/TEI[1]/text[1]"), d
s = j["summary"]
assert (s["files"], s["valid"], s["invalid"], s["unreadable"], s["errors"]) == (3, 1, 1, 1, 1), s
EOF
	then ok "json output"; else notok "json output" "$(head -c 600 "$TMP/out.json")"; fi
else
	skip "json output" "python3 not found"
fi

# --- the grammar's attribute lists (one zeroOrMore attribute with a choice of
# plain names): every listed attribute is accepted, others are not, and a
# namespaced attribute with a listed local name is not either.
G=$D/cases/frus-table-rows.good.xml
sed 's|<dateline>|<dateline n="1" rend="x" rendition="#r" style="s" corresp="#c" ana="#a" facs="f" resp="#e" cert="high" source="#s">|; s|<date when|<date from="1962-08-01" to="1962-08-03" notBefore="1962-08-01" notAfter="1962-08-03" when|' "$G" >"$TMP/attrs.xml"
status "grammar: listed attributes accepted" 0 "$V" -q --no-rules "$TMP/attrs.xml"
sed 's|<dateline>|<dateline colour="red">|' "$G" >"$TMP/attr-bad.xml"
status "grammar: unknown attribute refused" 1 "$V" -q --no-rules "$TMP/attr-bad.xml"
sed 's|<dateline>|<dateline xmlns:t="http://www.tei-c.org/ns/1.0" t:rend="x">|' "$G" >"$TMP/attr-ns.xml"
status "grammar: namespaced attribute refused" 1 "$V" -q --no-rules "$TMP/attr-ns.xml"
sed 's|Passed|Pass<hi rend="italic">ed</hi> text|' "$G" >"$TMP/mixed.xml"
status "grammar: mixed content" 0 "$V" -q --no-rules "$TMP/mixed.xml"
sed 's|<cell>Item</cell>|<cell>Item<p>para</p><div/></cell>|' "$G" >"$TMP/mixed-bad.xml"
status "grammar: mixed content refuses a div" 1 "$V" -q --no-rules "$TMP/mixed-bad.xml"

# --- parse messages: in JSON with line and col; libxml2's own duplicate-id
# message only when the rules (frus-id-unique) do not run
if command -v python3 >/dev/null 2>&1; then
	"$V" --format json "$TMP/broken.xml" "$TMP/no-such.xml" >"$TMP/parse.json" 2>/dev/null
	if python3 - "$TMP/parse.json" <<'EOF'
import json, sys
f = json.load(open(sys.argv[1]))["files"]
assert [x["status"] for x in f] == ["unreadable", "unreadable"], f
d = f[0]["diagnostics"]
assert d and d[0]["rule"] == "xml" and d[0]["severity"] == "error", d
assert (d[0]["line"], d[0]["col"]) == (2, 13) and "mismatch" in d[0]["message"], d
assert f[0]["errors"] == len(d), f[0]
d = f[1]["diagnostics"]
assert len(d) == 1 and d[0]["rule"] == "xml" and "cannot read" in d[0]["message"], d
EOF
	then ok "json: parse errors with line and col"; else notok "json: parse errors with line and col" "$(head -c 600 "$TMP/parse.json")"; fi
else
	skip "json: parse errors with line and col" "python3 not found"
fi
status "duplicate id: found by the rules" 1 "$V" "$D/cases/frus-id-unique.bad.xml"
if grep -q "frus-id-unique" "$TMP/status.out" && ! grep -q "already defined" "$TMP/status.err"; then
	ok "duplicate id: reported once"
else notok "duplicate id: reported once" "$(cat "$TMP/status.out" "$TMP/status.err")"; fi
status "duplicate id: --no-rules keeps libxml2's message" 0 "$V" --no-rules "$D/cases/frus-id-unique.bad.xml"
if grep -q "frus-id-unique.bad.xml:10:15: ID x1 already defined" "$TMP/status.err"; then ok "duplicate id: libxml2 message without rules"
else notok "duplicate id: libxml2 message without rules" "$(cat "$TMP/status.err")"; fi

# --- the Office's own TEI: valid apart from the findings listed (with their
# reasons) in tests/validate/shared.tsv
if has_shared; then
	findings "$SHARED"/reference/*.xml "$SHARED/corpus/frus-history-monograph.xml" >"$TMP/shared.got"
	grep -v '^#' "$D/shared.tsv" | cut -f1-3 | sort >"$TMP/shared.want"
	same "reference TEI and monograph: only the documented findings" "$TMP/shared.want" "$TMP/shared.got"
	for f in "$SHARED"/reference/*.xml; do
		b=$(basename "$f")
		if "$V" -q --no-rules "$f" >"$TMP/ref.out" 2>&1; then ok "grammar: $b"
		else notok "grammar: $b" "$(head -3 "$TMP/ref.out")"; fi
	done
	status "grammar: monograph" 0 "$V" -q --no-rules "$SHARED/corpus/frus-history-monograph.xml"
else
	skip "reference TEI" "no $SHARED/reference"
fi

# --- the built-in rules are schemas/frus.sch: the same findings (ids, lines,
# messages, paths, order) as the compiled Schematron, on the cases, the
# Office's files, the converter's output, a volume, and mutants of them
status "built-in rules implement schemas/frus.sch" 0 "$V" -q --engine native "$D/cases/frus-table-rows.good.xml"
# engines NAME FILE...: the text and the JSON output of both engines are the same
engines() {
	_n=$1; shift
	"$V" -q --engine native "$@" >"$TMP/eng.native" 2>&1
	"$V" -q --engine schematron "$@" >"$TMP/eng.sch" 2>&1
	"$V" -q --format json --engine native "$@" >"$TMP/eng.native.json" 2>&1
	"$V" -q --format json --engine schematron "$@" >"$TMP/eng.sch.json" 2>&1
	if cmp -s "$TMP/eng.native" "$TMP/eng.sch" && cmp -s "$TMP/eng.native.json" "$TMP/eng.sch.json"; then
		ok "engines agree: $_n ($(wc -l <"$TMP/eng.sch") findings)"
	else
		notok "engines agree: $_n" "schematron vs built-in:"
		diff "$TMP/eng.sch" "$TMP/eng.native" | head -10 | sed 's/^/#   /'
	fi
}
engines "rule cases" "$D"/cases/*.xml
if command -v python3 >/dev/null 2>&1; then
	# Mutants of the cases (and of the Office's files when present).
	set -- "$D"/cases/*.xml
	has_shared && set -- "$@" "$SHARED"/reference/*.xml
	python3 "$D/mutate.py" 12 300 "$TMP/mutants" "$@"
	engines "300 mutants" "$TMP"/mutants/*.xml
	rm -rf "$TMP/mutants"
else
	skip "engines agree: mutants" "python3 not found"
fi
if [ -x "$BIN/frus-txt2tei" ] && [ -x "$BIN/frus-volume" ]; then
	mkdir -p "$TMP/conv"
	"$BIN/frus-txt2tei" -q -d "$TMP/conv" "$ROOT"/samples/*.txt 2>/dev/null
	"$BIN/frus-volume" -q --id frus1961-63v12 -o "$TMP/samples-volume.xml" "$TMP"/conv/*.xml 2>/dev/null
	engines "the converter's output of the samples, and a volume of it" "$TMP"/conv/*.xml "$TMP/samples-volume.xml"
fi
# The Office's files (under the sanitizers: the cases and mutants suffice).
if has_shared && [ "${FRUS_PASS:-}" != asan ]; then
	engines "the Office's reference TEI and the monograph" "$SHARED"/reference/*.xml "$SHARED/corpus/frus-history-monograph.xml"
	if [ -d "$SHARED/dev-corpus" ]; then
		engines "the Office's TEI of the dev-corpus" "$SHARED"/dev-corpus/*/tei/*.xml
		if [ -x "$BIN/frus-txt2tei" ]; then
			rm -rf "$TMP/dconv"
			for d in "$SHARED"/dev-corpus/*/text; do
				v=$(basename "$(dirname "$d")")
				mkdir -p "$TMP/dconv/$v"
				"$BIN/frus-txt2tei" -q -d "$TMP/dconv/$v" "$d"/*.txt 2>/dev/null
			done
			engines "the converter's output of the dev-corpus" "$TMP"/dconv/*/*.xml
			"$BIN/frus-volume" -q --id frus1961-63v12 -o "$TMP/v12.xml" "$SHARED"/dev-corpus/frus1961-63v12/tei/*.xml
			engines "a volume of the Office's TEI" "$TMP/v12.xml"
		fi
	fi
fi
# An edited frus.sch is not the one built in: it runs compiled.
{ cat "$ROOT/schemas/frus.sch"; echo '<!-- edited -->'; } >"$TMP/edited.sch"
status "an edited frus.sch: --engine native refused" 2 "$V" -q --engine native --rules "$TMP/edited.sch" "$D/cases/frus-hi-rend.bad.xml"
if grep -q "the built-in rules implement another frus.sch" "$TMP/status.err"; then ok "an edited frus.sch: the message says why"
else notok "an edited frus.sch: the message says why" "$(cat "$TMP/status.err")"; fi
"$V" -q --rules "$TMP/edited.sch" "$D/cases/frus-hi-rend.bad.xml" >"$TMP/edited.out" 2>&1
"$V" -q --engine native "$D/cases/frus-hi-rend.bad.xml" >"$TMP/builtin.out" 2>&1
same "an edited frus.sch runs compiled, with the same findings" "$TMP/builtin.out" "$TMP/edited.out"
status "bad --engine" 2 "$V" --engine fast "$D/tiny.xml"
# The README's table of the Office's rules is the one tests/office/rules.tsv gives.
if command -v python3 >/dev/null 2>&1; then
	python3 "$ROOT/tests/office/office.py" table "$ROOT/tests/office/rules.tsv" "$ROOT/schemas/frus.sch" >"$TMP/table.md"
	awk '/^\| Office rule \| what it checks/ { on = 1 } on && /^$/ { exit } on' "$ROOT/README.md" >"$TMP/readme-table.md"
	same "README: the table of the Office's rules is tests/office/rules.tsv" "$TMP/table.md" "$TMP/readme-table.md"
fi

# --- the converter's output of every sample validates (no errors)
if [ -x "$BIN/frus-txt2tei" ]; then
	for s in "$ROOT"/samples/*.txt; do
		b=$(basename "$s" .txt)
		if "$BIN/frus-txt2tei" "$s" >"$TMP/$b.xml" 2>"$TMP/$b.err" &&
		   "$V" - <"$TMP/$b.xml" >"$TMP/$b.out" 2>&1; then ok "converter output valid: $b"
		else notok "converter output valid: $b" "$(cat "$TMP/$b.err" "$TMP/$b.out" | head -10)"; fi
	done
	s=$ROOT/samples/frus1961-63v12-d425.txt
	if "$BIN/frus-txt2tei" --volume frus1961-63v12 "$s" 2>/dev/null | "$V" -q - >"$TMP/vol.out" 2>&1; then
		ok "converter output valid: --volume"
	else notok "converter output valid: --volume" "$(head -5 "$TMP/vol.out")"; fi
else
	skip "converter output" "no $BIN/frus-txt2tei yet"
fi
exit 0
