#!/bin/sh
# tests/bench/validate.sh — frus-validate throughput: many documents in one
# process, beside xmllint --relaxng on the same files in the same run.
#
#   sh tests/bench/validate.sh [N]     N document copies (default 1000)
#
# Inputs: N copies of the Office's reference documents (../shared/reference,
# ids and numbers renumbered so that every copy is a distinct document), and
# the monograph (../shared/corpus, 2.2 MB) repeated 10 times.  Prints one
# line per run: seconds, files/s, MB/s.  Needs ../shared (skips without it).
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${FRUS_BIN:-$ROOT/tools}
SHARED=${FRUS_SHARED:-$ROOT/../shared}
N=${1:-${BENCH_VALIDATE_N:-1000}}
V=$BIN/frus-validate
export FRUS_DATADIR=$ROOT

if [ ! -d "$SHARED/reference" ]; then
	echo "validate: skipped (no $SHARED/reference)"; exit 0
fi
if [ ! -x "$V" ]; then
	echo "validate: skipped (no $V: run make)"; exit 0
fi
TMP=$(mktemp -d "${TMPDIR:-/tmp}/frus-bench-validate.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

now() { date +%s.%N; }
# run LABEL FILES CMD... : times CMD, prints seconds, files/s and MB/s.
run() {
	label=$1 nfiles=$2; shift 2
	t0=$(now)
	"$@" >"$TMP/run.out" 2>"$TMP/run.err"
	rc=$?
	t1=$(now)
	awk -v l="$label" -v n="$nfiles" -v b="$bytes" -v t0="$t0" -v t1="$t1" -v rc="$rc" 'BEGIN {
		s = t1 - t0; if (s <= 0) s = 0.000001
		printf "  %-34s %8.3f s %9.0f files/s %8.1f MB/s   (exit %d)\n", l, s, n / s, b / 1e6 / s, rc }'
}

# --- N renumbered reference documents
mkdir -p "$TMP/docs"
set -- "$SHARED"/reference/*.xml
nref=$#
awk -v n="$N" -v dir="$TMP/docs" '
	FNR == 1 { f++ }
	{ line[f, FNR] = $0; len[f] = FNR }
	END {
		for (i = 1; i <= n; i++) {
			k = (i - 1) % f + 1; out = sprintf("%s/d%05d.xml", dir, i)
			for (j = 1; j <= len[k]; j++) {
				s = line[k, j]
				gsub(/xml:id="d4[0-9][0-9]/, "xml:id=\"d" i, s)
				gsub(/xml:id="frus1961-63v12-d4[0-9][0-9]/, "xml:id=\"bench-d" i, s)
				gsub(/ n="4[0-9][0-9]"/, " n=\"" i "\"", s)
				print s > out
			}
			close(out)
		}
	}' "$@"
bytes=$(cat "$TMP"/docs/*.xml | wc -c)
echo "validate: $N documents ($nref reference documents renumbered), $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }')"
run "frus-validate (grammar + rules)" "$N" "$V" -q "$TMP"/docs/*.xml
run "frus-validate --no-rules" "$N" "$V" -q --no-rules "$TMP"/docs/*.xml
if command -v xmllint >/dev/null 2>&1; then
	run "xmllint --relaxng --noout" "$N" xmllint --noout --relaxng "$ROOT/schemas/frus-tei.rng" "$TMP"/docs/*.xml
else
	echo "  xmllint: not installed"
fi

# --- the monograph, 10 times
M=$SHARED/corpus/frus-history-monograph.xml
if [ -f "$M" ]; then
	set --
	for i in 1 2 3 4 5 6 7 8 9 10; do set -- "$@" "$M"; done
	bytes=$(( $(wc -c <"$M") * 10 ))
	echo "validate: monograph x 10, $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }')"
	run "frus-validate (grammar + rules)" 10 "$V" -q "$@"
	run "frus-validate --no-rules" 10 "$V" -q --no-rules "$@"
	command -v xmllint >/dev/null 2>&1 &&
		run "xmllint --relaxng --noout" 10 xmllint --noout --relaxng "$ROOT/schemas/frus-tei.rng" "$@"
fi
exit 0
