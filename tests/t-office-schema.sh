#!/bin/sh
# t-office-schema.sh — the Office of the Historian's own checks as the
# authority (../shared/office-schema: its grammar frus.rnc under jing, its
# Schematron frus-compiled.xsl under Saxon-HE, SVRL out).
#
# 1. Volumes assembled by frus-volume from the converter's output of the
#    samples and of each ../shared/dev-corpus volume's text/*.txt pass
#    frus.rnc with 0 errors and give no Schematron error of a kind that the
#    Office's own TEI of the same documents, assembled the same way (the
#    control), does not also give.  Kinds are the Office's assertions
#    (tests/office/office.py), compared generically: nothing here knows
#    what a given document should contain.
# 2. frus-validate agrees with the Office: every frus-validate error, on
#    the Office's files (dev-corpus/*/tei, reference), on the converter's
#    output (documents and volumes) and on the rule cases
#    (tests/validate/cases), is an error of the Office's rules or grammar
#    at that place (tests/office/rules.tsv maps the kinds); and rules.tsv
#    lists every assertion of the Office's rules.
# Needs ../shared, jing, java with Saxon-HE and python3 (skips without);
# the Office's toolchain (about a minute of Java) runs in the plain pass.
. "$(dirname "$0")/lib.sh"
O=$SHARED/office-schema
SAXON=${SAXON_JAR:-/usr/share/java/Saxon-HE.jar}
PY=$ROOT/tests/office/office.py
XSL=$O/frus-compiled.xsl

if ! has_shared || [ ! -f "$XSL" ] || [ ! -d "$SHARED/dev-corpus" ]; then
	skip office-schema "no $O or $SHARED/dev-corpus"; exit 0
fi
for c in jing java python3; do
	command -v "$c" >/dev/null 2>&1 || { skip office-schema "$c is not installed (Debian: jing, libsaxonhe-java, python3)"; exit 0; }
done
[ -f "$SAXON" ] || { skip office-schema "no $SAXON (Debian: libsaxonhe-java)"; exit 0; }
if [ "${FRUS_PASS:-}" = asan ]; then
	skip office-schema "the Office's toolchain (Java) runs in the plain pass only"; exit 0
fi
for t in frus-txt2tei frus-volume frus-validate; do
	[ -x "$BIN/$t" ] || { notok office-schema "no $BIN/$t (run make)"; exit 0; }
done

python3 "$PY" check-catalog "$XSL" "$ROOT/tests/office/rules.tsv" "$ROOT/schemas/frus.sch"

W=$TMP/office
mkdir -p "$W/conv" "$W/meta" "$W/ours" "$W/ctl" "$W/ours-samples" "$W/ctl-samples" "$W/docs"

# assemble NAME VOLID CONVDIR TEIDIR OURSDIR CTLDIR: the converted documents
# into OURSDIR/VOLID.xml, the Office's TEI of the same documents (same file
# names, found in TEIDIR) into CTLDIR/VOLID.xml, the same way.
assemble() {
	_name=$1 _vol=$2 _conv=$3 _tei=$4 _ours=$5 _ctl=$6
	python3 "$PY" meta "$_vol" >"$W/meta/$_vol"
	: >"$W/ours.list"; : >"$W/ctl.list"
	for f in $(ls -v "$_conv"); do
		echo "$_conv/$f" >>"$W/ours.list"
		if [ -f "$_tei/$f" ]; then echo "$_tei/$f" >>"$W/ctl.list"
		else echo "# $_name: no Office TEI of $f: in our volume only"; fi
	done
	if "$BIN/frus-volume" -q --meta "$W/meta/$_vol" -o "$_ours/$_vol.xml" --files-from "$W/ours.list" 2>"$W/vol.err" &&
	   "$BIN/frus-volume" -q --meta "$W/meta/$_vol" -o "$_ctl/$_vol.xml" --files-from "$W/ctl.list" 2>>"$W/vol.err"; then
		ok "assembled: $_name ($(wc -l <"$W/ours.list") documents, control $(wc -l <"$W/ctl.list"))"
	else
		notok "assembled: $_name" "$(head -3 "$W/vol.err")"
	fi
}

# --- the converter's output of each dev-corpus volume, and of the samples
for d in "$SHARED"/dev-corpus/*/; do
	d=${d%/}
	v=$(basename "$d")
	[ -d "$d/text" ] && [ -d "$d/tei" ] || continue
	mkdir -p "$W/conv/$v"
	# A text that does not convert is left out of both volumes (and said).
	"$BIN/frus-txt2tei" -q -d "$W/conv/$v" "$d"/text/*.txt 2>"$W/conv.err" ||
		sed "s|^|# $v: did not convert: |" "$W/conv.err" | head -5
	assemble "$v" "$v" "$W/conv/$v" "$d/tei" "$W/ours" "$W/ctl"
done
mkdir -p "$W/conv/samples"
"$BIN/frus-txt2tei" -q -d "$W/conv/samples" "$ROOT"/samples/*.txt 2>"$W/conv.err" ||
	sed 's|^|# samples: did not convert: |' "$W/conv.err" | head -5
# The Office's TEI of the samples it has (documents 421 and 425 of volume XII).
mkdir -p "$W/sample-tei"
for f in "$W"/conv/samples/*.xml; do
	for t in "$SHARED"/dev-corpus/*/tei/"$(basename "$f")"; do [ -f "$t" ] && cp "$t" "$W/sample-tei/"; done
done
assemble samples frus1961-63v12 "$W/conv/samples" "$W/sample-tei" "$W/ours-samples" "$W/ctl-samples"

# --- the single documents: the Office's and the converter's
for f in "$SHARED"/dev-corpus/*/tei/*.xml; do
	v=$(basename "$(dirname "$(dirname "$f")")")
	cp "$f" "$W/docs/office.$v.$(basename "$f")"
done
for f in "$SHARED"/reference/*.xml; do cp "$f" "$W/docs/reference.$(basename "$f")"; done
# and the rule cases: each error rule's broken case is an error for the Office too
for f in "$ROOT"/tests/validate/cases/*.xml; do cp "$f" "$W/docs/case.$(basename "$f")"; done
for f in "$W"/conv/*/*.xml; do
	v=$(basename "$(dirname "$f")")
	cp "$f" "$W/docs/conv.$v.$(basename "$f")"
done

# --- the Office's toolchain: grammar (one jing for all files), rules (one
# Saxon per directory; the volume ids come from the snapshot, never the web)
ids="?vol-ids=doc('file://$O/volume-ids-snapshot.xml')//volume-id"
for dir in ours ctl ours-samples ctl-samples docs; do
	mkdir -p "$W/$dir.svrl"
	if ! java -jar "$SAXON" -s:"$W/$dir" -xsl:"$XSL" -o:"$W/$dir.svrl" "$ids" >"$W/saxon.out" 2>&1; then
		notok "the Office's rules run: $dir" "$(head -5 "$W/saxon.out")"
	fi
done
jing -c "$O/frus.rnc" "$W"/ours/*.xml "$W"/ctl/*.xml "$W"/ours-samples/*.xml "$W"/ctl-samples/*.xml \
	"$W"/docs/*.xml >"$W/jing.txt" 2>/dev/null

# --- 1. our volumes: the Office's grammar, and its rules beside the control
for f in "$W"/ours/*.xml "$W"/ours-samples/*.xml; do
	case $f in */ours-samples/*) name=samples; ctl=$W/ctl-samples/$(basename "$f") ;;
	           *) name=$(basename "$f" .xml); ctl=$W/ctl/$(basename "$f") ;; esac
	n=$(grep -c "^$f:" "$W/jing.txt")
	if [ "$n" -eq 0 ]; then ok "the Office's grammar: $name (0 errors)"
	else notok "the Office's grammar: $name ($n errors)"; grep "^$f:" "$W/jing.txt" | head -5 | sed 's/^/#   /'; fi
	svrl=$(dirname "$f").svrl/$(basename "$f")
	csvrl=$(dirname "$ctl").svrl/$(basename "$ctl")
	vol=$(basename "$f" .xml)
	if python3 "$PY" compare "$XSL" "$svrl" "$csvrl" "$f" "$ctl" "$ROOT/tests/office/converter-todo.tsv" \
	   "$name" >"$W/cmp.out" 2>&1; then
		todo=$(grep -c '^TODO' "$W/cmp.out")
		if [ "$todo" -gt 0 ]; then
			ok "the Office's rules: $name: no error kind the Office's own encoding lacks, but $todo known (converter work, TODO)"
		else
			ok "the Office's rules: $name: no error kind the Office's own encoding lacks"
		fi
	else
		notok "the Office's rules: $name: error kinds the Office's own encoding lacks ($vol.xml)"
	fi
	sed 's/^/#   /' "$W/cmp.out"
done

# --- 2. frus-validate agrees with the Office: no error of ours that the
# Office's rules or grammar do not also report
"$BIN/frus-validate" -q --format json "$W"/docs/*.xml "$W"/ours/*.xml "$W"/ctl/*.xml \
	"$W"/ours-samples/*.xml "$W"/ctl-samples/*.xml >"$W/frus.json" 2>"$W/frus.err"
python3 "$PY" agree "$XSL" "$ROOT/tests/office/rules.tsv" "$W/frus.json" "$W/jing.txt" >"$W/agree.out" 2>&1
n=$(grep -c '^ok ' "$W/agree.out")
grep -v '^ok ' "$W/agree.out"
[ "$n" -gt 0 ] && ok "frus-validate agrees with the Office: $n files without an error the Office lacks"
exit 0
