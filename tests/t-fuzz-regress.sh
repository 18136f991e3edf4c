#!/bin/sh
# Every input the fuzzers ever found a problem with (tests/fuzz/regress/
# TARGET/*, minimised) goes through the tools: exit 0, 1 or 2 with a
# message, never a crash, a sanitizer report or a hang.  Run with the ASan
# build too (tests/run.sh --all), which is where a regression shows.
. "$(dirname "$0")/lib.sh"
R=$ROOT/tests/fuzz/regress
# A sanitizer report must not pass for "input invalid" (status 1).
export ASAN_OPTIONS="$ASAN_OPTIONS:exitcode=86"
export UBSAN_OPTIONS="$UBSAN_OPTIONS:exitcode=86"

run() { # NAME CMD...
	name=$1; shift
	timeout 60 "$@" >/dev/null 2>"$TMP/err" </dev/null; rc=$?
	if [ $rc -le 2 ] && ! grep -q 'Sanitizer\|runtime error' "$TMP/err"; then ok "$name"
	else notok "$name" "exit $rc: $*"; grep -m3 'ERROR\|runtime error\|SUMMARY' "$TMP/err" | sed 's/^/#   /'; fi
}

n=0
for f in "$R"/text/* "$R"/notes/*; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	[ -x "$BIN/frus-txt2tei" ] && run "txt2tei-$(basename "$(dirname "$f")")-$(basename "$f")" "$BIN/frus-txt2tei" -o "$TMP/out.xml" "$f"
done
for f in "$R"/xml/*; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	b=$(basename "$f")
	[ -x "$BIN/frus-validate" ] && run "validate-$b" "$BIN/frus-validate" "$f"
	[ -x "$BIN/frus-transform" ] && run "transform-$b" "$BIN/frus-transform" -t text -o "$TMP/out.txt" "$f"
	[ -x "$BIN/frus-volume" ] && run "volume-$b" "$BIN/frus-volume" -o "$TMP/vol.xml" "$f"
	[ -x "$BIN/frus-epub" ] && run "epub-$b" "$BIN/frus-epub" -o "$TMP/out.epub" "$f"
done
[ $n = 0 ] && skip fuzz-regress "no fuzz findings in tests/fuzz/regress/ yet"
exit 0
