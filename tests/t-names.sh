#!/bin/sh
# t-names.sh — the lists of persons and terms: frus-txt2tei converts the two
# list pages (entries, ids, round trip); frus-volume --persons/--terms links
# persName and gloss (hand-written cases in tests/names/, text unchanged,
# grammar, pointers, xhtml and epub links); and, with ../shared, the
# names.sh scoring on the dev volumes, which must stay above its floor.
. "$(dirname "$0")/lib.sh"
T2T=$BIN/frus-txt2tei VOL=$BIN/frus-volume TR=$BIN/frus-transform
N=$ROOT/tests/names
D=$TMP

# ids FILE ELEMENT: "id<TAB>name" for each ELEMENT with an xml:id.
ids() {
	xmllint --xpath "//*[local-name()='$2'][@xml:id]" "$1" 2>/dev/null |
		sed 's|</[a-zA-Z]*>|&\n|g' |
		sed -n 's|.*xml:id="\([^"]*\)"[^>]*>\(.*\)</[a-zA-Z]*>$|\1\t\2|p'
}

# nonl [FILE]: the text without a final newline (the round trip drops it).
nonl() {
	cat "$@" >"$D/nonl.tmp"
	if [ -n "$(tail -c1 "$D/nonl.tmp")" ]; then cat "$D/nonl.tmp"; else head -c -1 "$D/nonl.tmp"; fi
}
# names FILE ELEMENT: the names with an xml:id, whitespace collapsed, sorted.
names() {
	python3 -c 'import sys, xml.etree.ElementTree as ET
X = "{http://www.w3.org/XML/1998/namespace}id"
for e in ET.parse(sys.argv[1]).iter("{http://www.tei-c.org/ns/1.0}" + sys.argv[2]):
    if e.get(X): print(" ".join("".join(e.itertext()).split()))' "$1" "$2" | LC_ALL=C sort
}

# --- the list pages -------------------------------------------------------
for k in persons terms; do
	el=persName; [ $k = terms ] && el=term
	if $T2T -o "$D/$k.xml" "$N/$k.txt" 2>"$D/err"; then ok "txt2tei $k list"
	else notok "txt2tei $k list" "$(cat "$D/err")"; fi
	ids "$D/$k.xml" $el >"$D/$k.ids"
	same "$k list: names and ids" "$N/$k.ids" "$D/$k.ids"
	$TR -t text "$D/$k.xml" | nonl >"$D/$k.back"; nonl "$N/$k.txt" >"$D/$k.orig"
	same "$k list: text round trip" "$D/$k.orig" "$D/$k.back"
	$T2T -o "$D/$k.2.xml" "$N/$k.txt" 2>/dev/null
	same "$k list: same output on every run" "$D/$k.xml" "$D/$k.2.xml"
done
lt=$(xmllint --xpath 'string(//*[local-name()="div"]/@xml:id)' "$D/persons.xml")
[ "$lt" = persons ] && [ "$(xmllint --xpath 'string(//*[local-name()="list"]/@type)' "$D/persons.xml")" = names ] &&
	ok "persons: div xml:id=persons, list type=names" || notok "persons: div xml:id=persons, list type=names" "$lt"
check "persons list: frus-validate" $BIN/frus-validate -q "$D/persons.xml"
check "terms list: frus-validate" $BIN/frus-validate -q "$D/terms.xml"
printf 'Persons\n\n  • Smith, John, adviser\nnot an entry\n' >"$D/bad.txt"
status "a line that is no entry: exit 1" 1 $T2T -o "$D/bad.xml" "$D/bad.txt"
grep -q 'bad.txt:4:1: .*not a list entry' "$TMP/status.err" && ok "a line that is no entry: file:line:col" ||
	notok "a line that is no entry: file:line:col" "$(cat "$TMP/status.err")"
[ ! -e "$D/bad.xml" ] && ok "a bad list page: no output" || notok "a bad list page: no output"

# --- the linker on hand-written cases ------------------------------------
$VOL --link-only --persons "$N/persons.txt" --terms "$N/terms.txt" --report "$D/doc.tsv" \
	-o "$D/doc.xml" "$N/doc.xml" 2>"$D/doc.err"
same "linker: names, terms and targets (two Martins, titles, possessives, a page break, compound surnames, notes, ARA/BR, U.S., plurals; ranks in the list and before a name, Jr. after one, plural titles, dashed words, US-EC and S/S–NSC, no gloss for the President; Sir Leslie, Mr. and a name not in the list, a person in a head's parentheses, OF in capitals; Merry del Val y Alzola, R. S. Crawford)" \
	"$N/doc.expected" "$D/doc.tsv"
grep -q 'doc.xml:8:1: warning: "Raul Castro": not the list' "$D/doc.err" &&
	ok "linker: another person's name warned about at file:line:col" ||
	notok "linker: another person's name warned about at file:line:col" "$(cat "$D/doc.err")"
grep -q 'doc.xml:17:1: warning: "Cottman": not in the list of persons' "$D/doc.err" &&
	ok "linker: a name not in the list warned about at file:line:col" ||
	notok "linker: a name not in the list warned about at file:line:col" "$(cat "$D/doc.err")"
$TR -t text "$N/doc.xml" >"$D/doc.t0"; $TR -t text "$D/doc.xml" >"$D/doc.t1"
same "linker: adds no text (text round trip byte-exact)" "$D/doc.t0" "$D/doc.t1"
grep -q 'persName corresp="#p_KHA_1">Kissin<pb n="2" xml:id="pg_2"/>ger</persName>' "$D/doc.xml" &&
	ok "linker: a name split by a page break is one persName" || notok "linker: a name split by a page break is one persName"
# the same through the TEI form of the lists, in a volume
# (a volume with the Office's header: the header rules of frus-validate apply)
$VOL -q --id frus1969-76v01 --series "Foreign Relations of the United States" --sub-series 1969–1976 \
	--volume-number "Volume I" --title "Foundations of Foreign Policy, 1969–1972" \
	--editor "Louis J. Smith:primary" --publisher "United States Government Printing Office" \
	--pub-place Washington --date 2003 --content-date 1969-01-01/1972-12-31 \
	--persons "$D/persons.xml" --terms "$D/terms.xml" -o "$D/vol.xml" "$N/doc.xml" 2>"$D/vol.err"
$VOL -q --link-only --persons "$D/persons.xml" --terms "$D/terms.xml" --report "$D/vol.tsv" -o /dev/null "$N/doc.xml" 2>/dev/null
same "linker: the lists as TEI link the same" "$N/doc.expected" "$D/vol.tsv"
check "volume with lists: frus-validate (every pointer resolves)" $BIN/frus-validate -q "$D/vol.xml"
if command -v jing >/dev/null 2>&1 && has_shared; then
	check "volume with lists: the Office's grammar (jing)" jing -c "$SHARED/office-schema/frus.rnc" "$D/vol.xml"
else
	skip "volume with lists: the Office's grammar (jing)" "no jing or no ../shared"
fi
$TR -t xhtml -o "$D/vol.html" "$D/vol.xml"
grep -q '<a class="persName" href="#p_MEM_1">Martin</a>' "$D/vol.html" && grep -q 'id="p_MEM_1"' "$D/vol.html" &&
	ok "xhtml: a name links to its entry" || notok "xhtml: a name links to its entry"
check "xhtml: XHTML5 subset" xmllint --noout --relaxng "$ROOT/tests/transform/xhtml5-subset.rng" "$D/vol.html"
$BIN/frus-epub -q -o "$D/vol.epub" "$D/vol.xml"
if unzip -p "$D/vol.epub" OEBPS/text/d1.xhtml 2>/dev/null | grep -q 'href="persons.xhtml#p_MEM_1"' &&
   unzip -l "$D/vol.epub" | grep -q 'OEBPS/text/terms.xhtml'; then
	ok "epub: the lists are pages, names link to their entries"
else
	notok "epub: the lists are pages, names link to their entries"
fi
if command -v java >/dev/null 2>&1 && [ -f /usr/share/java/epubcheck.jar ]; then
	java -jar /usr/share/java/epubcheck.jar "$D/vol.epub" >"$D/ec.out" 2>&1 &&
		grep -q 'No errors or warnings' "$D/ec.out" && ok "epub with lists: epubcheck" ||
		notok "epub with lists: epubcheck" "$(tail -5 "$D/ec.out")"
else
	skip "epub with lists: epubcheck" "no epubcheck"
fi
# pipelines and errors
cat "$N/doc.xml" | $VOL -q --link-only --terms "$N/terms.txt" >"$D/pipe.xml" 2>/dev/null &&
	grep -q 'gloss target="#t_ARA_1"' "$D/pipe.xml" && ok "linker: a filter on stdin" || notok "linker: a filter on stdin"
status "missing list file: exit 2" 2 $VOL --persons "$D/nope.txt" "$N/doc.xml"
status "the terms given as persons: exit 1" 1 $VOL --persons "$N/terms.txt" "$N/doc.xml"

# --- the dev volumes: names.sh scoring, never below its floor -------------
PY=$(command -v python3 || true)
if ! has_shared || [ ! -f "$SHARED/eval/score_names.py" ] || [ -z "$PY" ]; then
	skip "dev volumes: persons and terms scoring" "no ../shared or python3"
	exit 0
fi
for vdir in "$SHARED"/dev-corpus/*/; do
	[ -f "$vdir/front/persons.txt" ] || continue
	v=$(basename "$vdir")
	mkdir -p "$D/$v" "$D/$v.base"
	for k in persons terms; do
		el=persName; [ $k = terms ] && el=term
		$T2T -o "$D/$v-$k.xml" "$vdir/front/$k.txt" 2>/dev/null
		names "$D/$v-$k.xml" $el >"$D/$v-$k.ours"
		names "$vdir/front/$k.xml" $el >"$D/$v-$k.office"
		if [ $k = persons ]; then
			same "$v: $k list converted, the same names as the Office's" "$D/$v-$k.office" "$D/$v-$k.ours"
		else
			# the Office leaves the "J" of "J or JC" untagged; we keep both
			extra=$(comm -13 "$D/$v-$k.office" "$D/$v-$k.ours" | tr '\n' ' ')
			missing=$(comm -23 "$D/$v-$k.office" "$D/$v-$k.ours" | tr '\n' ' ')
			[ -z "$missing" ] && [ "$(echo "$extra" | wc -w)" -le 1 ] &&
				ok "$v: $k list converted, the Office's terms" ||
				notok "$v: $k list converted, the Office's terms" "missing: $missing" "extra: $extra"
		fi
		$TR -t text "$D/$v-$k.xml" >"$D/$v-$k.back"
		# the round trip drops a final newline, by design
		nonl "$vdir/front/$k.txt" >"$D/$v-$k.orig"; nonl "$D/$v-$k.back" >"$D/$v-$k.b2"
		same "$v: $k list text round trip" "$D/$v-$k.orig" "$D/$v-$k.b2"
	done
	$T2T -q -d "$D/$v" "$vdir"/text/*.txt
	docs=$(ls "$D/$v"/*.xml | sort -V)
	# shellcheck disable=SC2086
	$VOL -q -o "$D/$v.plain.xml" $docs
	# shellcheck disable=SC2086
	$VOL -q --persons "$vdir/front/persons.txt" --terms "$vdir/front/terms.txt" -o "$D/$v.xml" $docs
	$TR -t text "$D/$v.plain.xml" >"$D/$v.t0"; $TR -t text "$D/$v.xml" >"$D/$v.t1"
	same "$v: linking adds no text (volume text round trip byte-exact)" "$D/$v.t0" "$D/$v.t1"
	$PY "$SHARED/eval/baseline_names.py" "$D/$v.plain.xml" "$vdir/front/persons.txt" "$vdir/front/terms.txt" >"$D/$v.base.xml"
	for who in ours base; do
		f=$D/$v.xml; [ $who = base ] && f=$D/$v.base.xml
		$PY "$SHARED/eval/score_names.py" "$f" "$vdir/tei" "$vdir/front/persons.xml" "$vdir/front/terms.xml" --json >"$D/$v.$who.json"
	done
	res=$($PY - "$D/$v.ours.json" "$D/$v.base.json" <<'EOF'
import json, sys
o, b = (json.load(open(f)) for f in sys.argv[1:3])
need = {'persName': 0.95, 'gloss': 0.97}
bad = []
for k, floor in need.items():
    for m in ('F1', 'link_recall'):
        v, w = o[k][m] or 0, b[k][m] or 0
        if v < floor or v < w:
            bad.append('%s %s %.1f%% (floor %.0f%%, naive %.1f%%)' % (k, m, 100 * v, 100 * floor, 100 * w))
print('; '.join(bad) if bad else 'ok ' + ' '.join('%s F1 %.1f%% links %.1f%%' % (k, 100 * o[k]['F1'], 100 * o[k]['link_recall']) for k in need))
EOF
)
	case $res in
	ok*) ok "$v: names.sh figures at or above the floor and the naive linker (${res#ok })" ;;
	*) notok "$v: names.sh figures at or above the floor and the naive linker" "$res" ;;
	esac
	if command -v jing >/dev/null 2>&1; then
		check "$v: linked volume passes the Office's grammar" jing -c "$SHARED/office-schema/frus.rnc" "$D/$v.xml"
	fi
	$BIN/frus-validate "$D/$v.xml" >"$D/$v.val" 2>/dev/null
	grep 'frus-ref-resolve\|does not resolve' "$D/$v.val" | grep -q '#[pt]_' &&
		notok "$v: every list pointer resolves" "$(grep '#[pt]_' "$D/$v.val" | head -3)" ||
		ok "$v: every list pointer resolves"
done
