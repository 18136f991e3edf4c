#!/bin/sh
# Atomic outputs (issue 7, point 3): a run killed mid-way leaves the old
# output file as it was and no temporary file (.NAME.XXXXXX) behind.
#
# To be sure the signal lands while the output is being written, the test
# waits until the temporary file exists, stops the tool (SIGSTOP), checks
# the temporary file is there, sends the signal and lets it go on (SIGCONT).
# Batches are killed while blocked reading a FIFO input.
. "$(dirname "$0")/lib.sh"
T2T=$BIN/frus-txt2tei
D=$TMP
OLD=$ROOT/tests/golden/tei/frus1961-63v12-d421.xml
S=$ROOT/samples/frus1961-63v12-d425.txt

have() {
	[ -x "$BIN/$1" ] && return 0
	skip "$1-atomic" "$1 is not built yet"
	return 1
}

# temps DIR NAME: lists temporary files of output NAME left in DIR.
temps() { ls -a "$1" | grep "^\.$2\." ; }

# killmid SIG DIR NAME CMD...: runs CMD, signals it while .NAME.* exists
# in DIR.  Sets KILLED=1 when the signal landed mid-write, RC to the status.
killmid() {
	sig=$1 dir=$2 kname=$3; shift 3
	KILLED=0
	"$@" >/dev/null 2>"$D/kill.err" &
	pid=$!
	while kill -0 $pid 2>/dev/null; do
		if temps "$dir" "$kname" >/dev/null; then
			kill -STOP $pid 2>/dev/null
			temps "$dir" "$kname" >/dev/null && KILLED=1
			kill -"$sig" $pid 2>/dev/null
			kill -CONT $pid 2>/dev/null
			break
		fi
	done
	wait $pid
	RC=$?
}

# atomic NAME SIG DIR OUT CMD...: the whole check, retried when the tool
# was too quick to be caught.
atomic() {
	name=$1 sig=$2 dir=$3 out=$4; shift 4
	for try in 1 2 3 4 5; do
		cp "$OLD" "$dir/$out"
		killmid "$sig" "$dir" "$out" "$@"
		[ $KILLED = 1 ] && break
	done
	if [ $KILLED != 1 ]; then skip "$name" "the run always finished before the signal"; return; fi
	if [ $RC -le 128 ]; then notok "$name" "exit status $RC: the tool was not killed by SIG$sig"; return; fi
	left=$(temps "$dir" "$out")
	if [ -n "$left" ]; then notok "$name" "temporary file left: $left"; return; fi
	if cmp -s "$OLD" "$dir/$out"; then ok "$name"; else notok "$name" "the old output was changed"; fi
}

if have frus-txt2tei; then
	# ~100 MB of output: the write takes long enough to be caught.
	awk 'BEGIN { printf "1. Title1\n\n"; for (i = 0; i < 150000; i++) printf "word word word word word word word word word word word word word word word word word word word word word word\n\n"; printf "  1. Source: x.\n" }' >"$D/big.txt"
	mkdir -p "$D/o"
	atomic txt2tei-sigterm-mid-write TERM "$D/o" out.xml "$T2T" -o "$D/o/out.xml" "$D/big.txt"
	atomic txt2tei-sighup-mid-write HUP "$D/o" out.xml "$T2T" -o "$D/o/out.xml" "$D/big.txt"
	# (a background job starts with SIGINT ignored, and a shell cannot
	# undo that: perl resets it to the default before exec)
	if command -v perl >/dev/null; then
		atomic txt2tei-sigint-mid-write INT "$D/o" out.xml perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV' "$T2T" -o "$D/o/out.xml" "$D/big.txt"
	else
		skip txt2tei-sigint-mid-write "no perl to reset SIGINT"
	fi
	atomic txt2tei-batch-sigterm-mid-write TERM "$D/o" big.xml "$T2T" -q -d "$D/o" "$S" "$D/big.txt"

	# A signal that was ignored when the tool started (nohup) stays
	# ignored: the run completes.
	cp "$OLD" "$D/o/out.xml"
	KILLED=0
	for try in 1 2 3; do
		killmid HUP "$D/o" out.xml sh -c 'trap "" HUP; exec "$@"' sh "$T2T" -o "$D/o/out.xml" "$D/big.txt"
		[ $KILLED = 1 ] && break
	done
	if [ $KILLED != 1 ]; then skip txt2tei-nohup "the run always finished before the signal"
	elif [ $RC = 0 ] && tail -c 7 "$D/o/out.xml" | grep -q '</TEI>' && [ -z "$(temps "$D/o" out.xml)" ]; then ok txt2tei-nohup-completes
	else notok txt2tei-nohup-completes "exit $RC"; fi
	rm -f "$D/o/out.xml"

	# A batch killed while blocked on an input (a FIFO nobody writes):
	# the outputs already made are whole, the pending one keeps its old
	# content, nothing temporary is left.
	mkfifo "$D/fifo.txt"
	cp "$OLD" "$D/o/fifo.xml"
	rm -f "$D/o/frus1961-63v12-d425.xml"
	"$T2T" -q -d "$D/o" "$S" "$D/fifo.txt" 2>/dev/null &
	pid=$!
	n=0
	while [ ! -e "$D/o/frus1961-63v12-d425.xml" ] && [ $n -lt 500 ]; do sleep 0.01; n=$((n + 1)); done
	sleep 0.1
	kill -TERM $pid; wait $pid; rc=$?
	[ $rc -gt 128 ] && ok batch-fifo-killed || notok batch-fifo-killed "exit $rc"
	"$T2T" -o "$D/ref.xml" "$S"
	same batch-fifo-first-output-whole "$D/ref.xml" "$D/o/frus1961-63v12-d425.xml"
	same batch-fifo-old-output-kept "$OLD" "$D/o/fifo.xml"
	left=$(ls -a "$D/o" | grep '^\.')
	[ "$left" = "$(printf '.\n..')" ] && ok batch-fifo-no-temp || notok batch-fifo-no-temp "left: $left"
	rm -f "$D/fifo.txt"

	# A failed conversion in a batch leaves the old output of that input.
	printf '' >"$D/empty.txt"
	cp "$OLD" "$D/o/empty.xml"
	"$T2T" -q -d "$D/o" "$S" "$D/empty.txt" 2>/dev/null
	same batch-failed-input-keeps-old-output "$OLD" "$D/o/empty.xml"
fi

# frus-epub writes its zip through libzip to frus_out_tmppath(): killed
# mid-write, neither that file nor libzip's own temporary may remain.
if have frus-epub; then
	mkdir -p "$D/e"
	set --
	i=0
	while [ $i -lt 300 ]; do set -- "$@" "$ROOT/tests/golden/tei/frus1961-63v12-d425.xml"; i=$((i + 1)); done
	atomic epub-sigterm-mid-write TERM "$D/e" out.epub "$BIN/frus-epub" -o "$D/e/out.epub" "$@"
	left=$(ls -a "$D/e" | grep '^\.' | grep -v '^\.\.\?$')
	[ -z "$left" ] && ok epub-no-temp-at-all || notok epub-no-temp-at-all "left: $left"
fi
