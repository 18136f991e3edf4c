# tests/bench/lib.sh — sourced by tests/bench/run.sh and the per-tool scripts
# (validate.sh, transform.sh, epub.sh).  run.sh exports:
#   ROOT BIN SHARED        source tree, tools, ../shared
#   BENCH_OUT              tests/bench/out (generated data, results.csv)
#   BENCH_SIZES            "10 100 1000 10000"
#   BENCH_CORPUS           $BENCH_OUT: corpus-N/txt/*.txt and corpus-N/tei/*.xml
#   BENCH_VOLUME           a 1,000-document volume (frus-volume)
#   BENCH_MONOGRAPH        ../shared/corpus/frus-history-monograph.xml (may be absent)
#   BENCH_CSV              results.csv: one row per measured run
#
# bench_run TOOL SIZE DOCS BYTES CMD...
#   Runs CMD (stdout to /dev/null, stderr kept in $BENCH_OUT/last.err) and
#   keeps the fastest of BENCH_REPEAT runs (default 3) when one takes under a
#   second, since such short runs vary by a third from one to the next;
#   measures (measure.py: getrusage) wall time, CPU time (user + system)
#   and peak RSS, prints one
#   table row and appends it to $BENCH_CSV (columns: see run.sh).  MB/s is
#   given both ways: on this machine's disk, writing thousands of small
#   files makes wall time up to 3x the CPU time.  SIZE is the label of the x axis (the corpus size, or a name
#   such as "volume" or "monograph"); BYTES is the input size.
#   Returns CMD's exit status.

bench_bytes() { # FILE... : total size in bytes
	for f in "$@"; do printf '%s\n' "$f"; done | tr '\n' '\0' | xargs -0 stat -c %s | awk '{s += $1} END {print s + 0}'
}

bench_header() {
	printf '%-24s %9s %6s %8s %8s %8s %8s %8s %8s %8s %7s\n' \
		tool size docs MB wall_s cpu_s MB/s cpuMB/s docs/s cpu_ms/d RSS_MB
}

bench_run() {
	_tool=$1 _size=$2 _docs=$3 _bytes=$4; shift 4
	python3 "$ROOT/tests/bench/measure.py" "$BENCH_OUT/time.txt" "$@" 2>"$BENCH_OUT/last.err"
	read -r _wall _cpu _rss _rc <"$BENCH_OUT/time.txt"
	_left=$((${BENCH_REPEAT:-3} - 1))
	while [ "$_left" -gt 0 ] && awk -v w="$_wall" 'BEGIN { exit !(w < 1) }'; do
		python3 "$ROOT/tests/bench/measure.py" "$BENCH_OUT/time.txt" "$@" 2>"$BENCH_OUT/last.err"
		read -r _w _c _r _rc <"$BENCH_OUT/time.txt"
		if awk -v a="$_c" -v b="$_cpu" 'BEGIN { exit !(a < b) }'; then _wall=$_w _cpu=$_c _rss=$_r; fi
		_left=$((_left - 1))
	done
	_row=$(awk -v t="$_tool" -v s="$_size" -v d="$_docs" -v b="$_bytes" -v sec="$_wall" \
	           -v cpu="$_cpu" -v rss="$_rss" -v rc="$_rc" 'BEGIN {
		if (sec <= 0) sec = 1e-6
		c = cpu; if (c <= 0) c = 1e-6
		printf "%s,%s,%d,%d,%.4f,%.4f,%.2f,%.2f,%.1f,%.4f,%d,%d", t, s, d, b, sec, cpu,
		       b / 1e6 / sec, b / 1e6 / c, d / sec, 1000 * c / (d ? d : 1), rss, rc }')
	echo "$_row" >>"$BENCH_CSV"
	echo "$_row" | awk -F, '{ printf "%-24s %9s %6d %8.2f %8.3f %8.2f %8.1f %8.1f %8.1f %8.3f %7.1f%s\n",
		$1, $2, $3, $4 / 1e6, $5, $6, $7, $8, $9, $10, $11 / 1024, ($12 != 0 ? "  (exit " $12 ")" : "") }'
	if [ "$_rc" -ne 0 ]; then head -n 3 "$BENCH_OUT/last.err" | sed 's/^/    # /'; fi
	return "$_rc"
}
