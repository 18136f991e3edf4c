#!/bin/sh
# t-epub-ace.sh — Ace by DAISY, the accessibility checker publishers use, on the books the
# tests build: the five samples in one book, the monograph (../shared), a generated
# volume and a book with figures.  Each must have 0 critical and 0 serious violations,
# and its package a conformance claim Ace accepts.  Ace is the npm package @daisy/ace
# (.ci/run installs it) run with its Puppeteer runner on the system Chromium; skipped
# with a message when it is not installed.  Plain pass only (the ASan build makes the
# same bytes).
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/epub/books.sh"
E=$BIN/frus-epub
T2T=$BIN/frus-txt2tei

if [ "${FRUS_PASS:-plain}" != plain ]; then skip "ace" "plain pass only"; exit 0; fi
ACE=${FRUS_ACE:-$(command -v ace-puppeteer || true)}
CHROME=${PUPPETEER_EXECUTABLE_PATH:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "$ACE" ] || [ ! -x "$ACE" ]; then skip "ace" "Ace by DAISY not installed (npm install -g @daisy/ace; see .ci/run)"; exit 0; fi
if [ -z "$CHROME" ]; then skip "ace" "no Chromium for Ace's Puppeteer runner"; exit 0; fi
export PUPPETEER_EXECUTABLE_PATH=$CHROME
# Chromium may take more than Ace's default 5 s to start on a busy machine.
export ACE_TIMEOUT_INITIAL=${ACE_TIMEOUT_INITIAL:-60000}

# ace NAME BOOK : Ace's report has no critical or serious violation.
ace() {
	name=$1 book=$2 out=$TMP/ace-$(basename "$2" .epub)
	rm -rf "$out"
	if ! timeout 900 "$ACE" -s -f -o "$out" -t "$TMP" "$book" >"$TMP/ace.log" 2>&1 || [ ! -f "$out/report.json" ]; then
		notok "$name" "ace failed on $book"; tail -5 "$TMP/ace.log" | sed 's/^/#   /'; return
	fi
	python3 - "$out/report.json" >"$TMP/ace.sum" <<'EOP'
import collections, json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
n = collections.Counter()
rules = collections.Counter()
for a in r.get("assertions", []):
    for b in a.get("assertions", []):
        t = b["earl:test"]
        n[t["earl:impact"]] += 1
        rules[t["earl:impact"] + " " + t["dct:title"]] += 1
missing = r.get("a11y-metadata", {}).get("missing", [])
print(n["critical"], n["serious"], n["moderate"], n["minor"],
      "claim" if "dcterms:conformsTo" not in missing else "no-claim",
      "; ".join("%s x%d" % kv for kv in sorted(rules.items())))
EOP
	read -r crit ser mod min claim rest <"$TMP/ace.sum"
	if [ "$crit" = 0 ] && [ "$ser" = 0 ] && [ "$claim" = claim ]; then
		ok "$name (critical $crit, serious $ser, moderate $mod, minor $min)"
	else
		notok "$name" "critical $crit, serious $ser, moderate $mod, minor $min, $claim: $rest"
	fi
}

[ -x "$E" ] || { notok "ace: epub binary" "no $E"; exit 0; }

if [ -x "$T2T" ]; then
	for s in "$ROOT"/samples/*.txt; do "$T2T" -q -o "$TMP/$(basename "$s" .txt).xml" "$s" 2>/dev/null; done
	check "ace: samples' book builds" "$E" -o "$TMP/samples.epub" "$TMP"/*.xml
	ace "ace samples' book" "$TMP/samples.epub"
else
	skip "ace samples' book" "no $T2T"
fi

M=$SHARED/corpus/frus-history-monograph.xml
if [ -f "$M" ]; then
	check "ace: monograph builds" "$E" -q -o "$TMP/monograph.epub" "$M"
	ace "ace monograph" "$TMP/monograph.epub"
else
	skip "ace monograph" "no $M"
fi

if gen_volume "$TMP/gen"; then
	check "ace: generated volume builds" "$E" -o "$TMP/volume.epub" "$TMP/gen/vol.xml"
	ace "ace generated volume" "$TMP/volume.epub"
else
	notok "ace generated volume" "gen-corpus.py, frus-txt2tei or frus-volume failed"
fi

figure_book "$TMP/fig"
check "ace: book with figures builds" "$E" -q -o "$TMP/figures.epub" "$TMP/fig/fig.xml"
ace "ace book with figures" "$TMP/figures.epub"
exit 0
