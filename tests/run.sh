#!/bin/sh
# tests/run.sh — runs every tests/t-*.sh and the C unit tests, and ends with
# the one line CI reads: "N passed, N failed".
#
#   tests/run.sh            plain build (tools/)
#   tests/run.sh --all      plain build, then again with the ASan+UBSan build
#                           (tools/.asan), valgrind included in the plain pass
#   tests/run.sh t-foo.sh   only the named scripts
cd "$(dirname "$0")/.." || exit 2
all=0
if [ "${1:-}" = "--all" ]; then all=1; shift; fi
scripts=${*:-$(ls tests/t-*.sh)}
mkdir -p tests/out
log=tests/out/run.log
: >"$log"

pass=0 fail=0 skipped=0
run_pass() { # label bin
	for s in $scripts; do
		case $s in tests/*) ;; *) s=tests/$s ;; esac
		# The valgrind script is slow and checks the plain build only.
		if [ "$1" = asan ]; then case $s in *t-valgrind.sh|*t-bench*) continue ;; esac; fi
		out=$(FRUS_BIN=$2 FRUS_PASS=$1 sh "$s" 2>>"$log")
		rc=$?
		printf '%s\n' "$out" | sed "s|^|[$1] $(basename "$s" .sh): |" >>"$log"
		p=$(printf '%s\n' "$out" | grep -c '^ok ')
		f=$(printf '%s\n' "$out" | grep -c '^not ok ')
		k=$(printf '%s\n' "$out" | grep -c '^skip ')
		if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
			f=1; out="$out
not ok $(basename "$s") exited with status $rc"
		fi
		printf '%s\n' "$out" | grep -E '^(not ok|skip|#)' | sed "s|^|[$1] $(basename "$s" .sh): |"
		printf '[%s] %-28s %3d passed, %d failed, %d skipped\n' "$1" "$(basename "$s" .sh)" "$p" "$f" "$k"
		pass=$((pass + p)); fail=$((fail + f)); skipped=$((skipped + k))
	done
}

for u in tools/unit/*; do
	[ -x "$u" ] || continue
	out=$("$u" 2>>"$log"); rc=$?
	p=$(printf '%s\n' "$out" | grep -c '^ok ')
	f=$(printf '%s\n' "$out" | grep -c '^not ok ')
	[ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
	printf '%s\n' "$out" | grep -E '^(not ok|#)' | sed "s|^|[unit] $(basename "$u"): |"
	printf '[unit] %-28s %3d passed, %d failed\n' "$(basename "$u")" "$p" "$f"
	pass=$((pass + p)); fail=$((fail + f))
done

run_pass plain tools
if [ $all = 1 ]; then
	if [ -d tools/.asan ]; then
		run_pass asan tools/.asan
	else
		echo "not ok asan build missing (make asan-build)"; fail=$((fail + 1))
	fi
fi
echo "(details: $log; $skipped skipped)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
