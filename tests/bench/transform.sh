#!/bin/sh
# tests/bench/transform.sh — a chain of three stylesheets (tests/xslt/step1,
# step2, step3) in one frus-transform run, beside the same chain as three
# piped xsltproc runs, on the same input in the same run.  The outputs are
# compared (they must be identical), then each way is timed R times (best
# and median wall time and the CPU time of the best run are printed) and the ratio is
# printed.  Also: the xhtml, json, markdown and dc formats on the same
# input (markdown against the TEI Consortium's stylesheets under Saxon,
# about 2.6 s on the monograph: the target is half of that or less).
#
#   sh tests/bench/transform.sh [INPUT...]
#
# Inputs: the monograph (../shared/corpus, 2.2 MB) and, when `make bench`
# made it, the 1,000-document volume ($BENCH_VOLUME).  R: BENCH_REPEAT
# (default 5).
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${FRUS_BIN:-$ROOT/tools}
SHARED=${FRUS_SHARED:-$ROOT/../shared}
R=${BENCH_REPEAT:-5}
T=$BIN/frus-transform
X=$ROOT/tests/xslt
export FRUS_DATADIR=$ROOT

if [ ! -x "$T" ]; then echo "transform: skipped (no $T: run make)"; exit 0; fi
if ! command -v xsltproc >/dev/null; then echo "transform: skipped (no xsltproc)"; exit 0; fi
if [ $# -eq 0 ]; then
	[ -f "$SHARED/corpus/frus-history-monograph.xml" ] && set -- "$SHARED/corpus/frus-history-monograph.xml"
	[ -n "${BENCH_VOLUME:-}" ] && [ -f "$BENCH_VOLUME" ] && set -- "$@" "$BENCH_VOLUME"
fi
if [ $# -eq 0 ]; then echo "transform: skipped (no input: ../shared/corpus missing)"; exit 0; fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/frus-bench-transform.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# timeit LABEL CMD : runs the shell command R times; prints best/median wall
# and CPU (user+sys of the whole pipeline, children included) of the best.
timeit() {
	label=$1 cmd=$2
	: >"$TMP/t"
	i=0
	while [ $i -lt "$R" ]; do
		python3 - "$cmd" >>"$TMP/t" <<'EOF'
import os, subprocess, sys, time
t0 = time.perf_counter(); c0 = os.times()
rc = subprocess.call(sys.argv[1], shell=True)
t1 = time.perf_counter(); c1 = os.times()
cpu = (c1.children_user - c0.children_user) + (c1.children_system - c0.children_system)
print("%.4f %.4f %d" % (t1 - t0, cpu, rc))
EOF
		i=$((i + 1))
	done
	sort -n "$TMP/t" | awk -v l="$label" -v r="$R" '
		{ w[NR] = $1; c[NR] = $2; if ($3 != 0) bad = 1 }
		END { printf "  %-44s best %7.3f s  median %7.3f s  cpu %7.3f s%s\n", l, w[1], w[int((r + 1) / 2)], c[1], bad ? "  (FAILED)" : "" }'
	sort -n "$TMP/t" | head -1 | cut -d' ' -f1 >"$TMP/best"
}

echo "== frus-transform: 3-step chain in one process vs 3 piped xsltproc runs (best of $R)"
for in in "$@"; do
	mb=$(stat -c %s "$in" | awk '{printf "%.1f", $1 / 1e6}')
	echo "input: $in ($mb MB)"
	chain="'$T' -p tag=bench -x '$X/step1.xsl' -x '$X/step2.xsl' -x '$X/step3.xsl' '$in'"
	pipe="xsltproc --stringparam tag bench '$X/step1.xsl' '$in' | xsltproc --stringparam tag bench '$X/step2.xsl' - | xsltproc --stringparam tag bench '$X/step3.xsl' -"
	sh -c "$chain" >"$TMP/a.xml"; sh -c "$pipe" >"$TMP/b.xml"
	if cmp -s "$TMP/a.xml" "$TMP/b.xml"; then echo "  outputs identical"; else echo "  OUTPUTS DIFFER"; fi
	timeit "frus-transform -x a -x b -x c" "$chain >/dev/null"; a=$(cat "$TMP/best")
	timeit "xsltproc a | xsltproc b | xsltproc c" "$pipe >/dev/null"; b=$(cat "$TMP/best")
	awk -v a="$a" -v b="$b" 'BEGIN { printf "  ratio (xsltproc pipeline / frus-transform): %.2fx %s\n", b / a, (a < b ? "(frus-transform faster)" : "(frus-transform NOT faster)") }'
	timeit "frus-transform -t xhtml" "'$T' -q -t xhtml '$in' >/dev/null"
	timeit "frus-transform -t json" "'$T' -q -t json '$in' >/dev/null"
	timeit "frus-transform -t markdown" "'$T' -q -t markdown '$in' >/dev/null"
	case $in in *frus-history-monograph.xml)
		awk -v a="$(cat "$TMP/best")" 'BEGIN { printf "  markdown target: well under 2.6 s (TEI stylesheets under Saxon, text/Markdown): %.2f s %s\n", a, (a < 1.3 ? "(met)" : "(NOT met)") }' ;;
	esac
	timeit "frus-transform -t dc" "'$T' -q -t dc '$in' >/dev/null"
done
