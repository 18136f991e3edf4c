#!/bin/sh
# tests/fuzz/run.sh — builds the libFuzzer targets (tests/fuzz/fuzz-*.c)
# into tools/fuzz/ and runs each for FUZZ_TIME seconds (default 60), one
# at a time, on a corpus kept in tools/fuzz/corpus/NAME (seeded from
# samples/, tests/golden/tei/ and tests/fuzz/regress/).
#
#   FUZZ_TIME=600 sh tests/fuzz/run.sh          all targets
#   FUZZ_TIME=600 sh tests/fuzz/run.sh notes    one target
#   FUZZ_BUILD_ONLY=1 sh tests/fuzz/run.sh      build, do not run
#
# A finding leaves tools/fuzz/crash-* (or leak-*, timeout-*, oom-*) and
# makes the script exit 1; minimise it (tools/fuzz/fuzz-NAME
# -minimize_crash=1 FILE), commit it under tests/fuzz/regress/ and add a
# test (tests/t-fuzz-regress.sh runs every file there through the tools).
cd "$(dirname "$0")/../.." || exit 2
ROOT=$(pwd)
FUZZ_TIME=${FUZZ_TIME:-60}
CC=${FUZZ_CC:-clang}
OUT=tools/fuzz
mkdir -p "$OUT/lib" "$OUT/corpus"

SAN='-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all'
CFLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -O1 -g -fno-omit-frame-pointer $SAN -Iinclude \
 $(pkg-config --cflags libxml-2.0 libxslt libexslt libzip) -DFRUS_VERSION=\"fuzz\" \
 -DFRUS_DATADIR=\"$ROOT\" -DFUZZ_ROOT=\"$ROOT\""
LIBS="$(pkg-config --libs libxml-2.0 libxslt libexslt libzip) -lm"

# The library, file by file: a file another engineer is still writing may
# not compile yet; the targets that do not need it are still built.
objs=
for c in tools/lib/*.c; do
	o=$OUT/lib/$(basename "$c" .c).o
	if [ ! -f "$o" ] || [ "$c" -nt "$o" ] || [ -n "$(find include/frus -newer "$o" -name '*.h')" ]; then
		if ! $CC $CFLAGS -w -c -o "$o" "$c" 2>"$OUT/lib/$(basename "$c" .c).err"; then
			echo "fuzz: $c does not compile; left out" >&2
			rm -f "$o"
			continue
		fi
	fi
	objs="$objs $o"
done
defs=
[ -f "$OUT/lib/xslt.o" ] && defs="$defs -DFUZZ_HAVE_XSLT"
[ -f "$OUT/lib/valid.o" ] && defs="$defs -DFUZZ_HAVE_VALID"

targets=${*:-$(ls tests/fuzz/fuzz-*.c | sed 's|.*/fuzz-||; s|\.c$||')}
built=
for t in $targets; do
	if $CC $CFLAGS -Wall -Wextra -Werror $defs -fsanitize=fuzzer -o "$OUT/fuzz-$t" "tests/fuzz/fuzz-$t.c" $objs $LIBS \
	   2>"$OUT/fuzz-$t.build.log"; then
		built="$built $t"
	else
		echo "fuzz: cannot build fuzz-$t (see $OUT/fuzz-$t.build.log)" >&2
		rc_build=1
	fi
done
[ -n "${FUZZ_BUILD_ONLY:-}" ] && exit ${rc_build:-0}

seed() { # target
	d=$OUT/corpus/$1
	[ -d "$d" ] && return
	mkdir -p "$d"
	case $1 in
	text)
		cp samples/*.txt "$d/" ;;
	notes)
		# one byte: the number of notes, then the body with lines cut at '|'
		for f in samples/*.txt; do
			n=$(grep -c '^  [0-9]*\. ' "$f")
			{ printf "\\$(printf %03o $(( (n + 63) % 64 )))"; tr '\n' '|' <"$f"; } >"$d/$(basename "$f")"
		done ;;
	xml)
		cp tests/golden/tei/*.xml "$d/" ;;
	esac
	[ -d "tests/fuzz/regress/$1" ] && cp tests/fuzz/regress/"$1"/* "$d/" 2>/dev/null
	return 0
}

status=${rc_build:-0}
for t in $built; do
	seed "$t"
	dict=
	[ -f "tests/fuzz/$t.dict" ] && dict=-dict=tests/fuzz/$t.dict
	case $t in notes) maxlen=4096 ;; *) maxlen=32768 ;; esac
	log=$OUT/fuzz-$t.log
	echo "fuzz: $t for ${FUZZ_TIME}s (log $log)"
	FRUS_DATADIR=$ROOT ASAN_OPTIONS=detect_leaks=1 \
	"$OUT/fuzz-$t" -max_total_time="$FUZZ_TIME" -max_len=$maxlen -timeout=10 \
		-rss_limit_mb=2048 -close_fd_mask=3 -print_final_stats=1 \
		-artifact_prefix="$OUT/" $dict "$OUT/corpus/$t" >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	echo "fuzz: $t: exit $rc, $execs execs, corpus $(ls "$OUT/corpus/$t" | wc -l) files"
	[ "$rc" -ne 0 ] && { status=1; grep -E '^(==|SUMMARY|artifact)' "$log" | head -5; }
done
exit $status
