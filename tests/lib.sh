# tests/lib.sh — sourced by every tests/t-*.sh.
#
# A test script reports one line per check on stdout:
#   ok NAME | not ok NAME | skip NAME: why
# and tests/run.sh adds them up.  Diagnostics go to stderr (or after "#").
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${FRUS_BIN:-$ROOT/tools}
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac
SHARED=${FRUS_SHARED:-$ROOT/../shared}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/frus-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export FRUS_DATADIR=$ROOT
# Sanitizer runs: leaks are errors too.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

ok()   { echo "ok $1"; }
notok() { echo "not ok $1"; shift; [ $# -gt 0 ] && printf '#   %s\n' "$@"; return 0; }
skip() { echo "skip $1: $2"; }

# check NAME CMD... : passes when CMD exits 0.
check() {
	name=$1; shift
	if "$@" >"$TMP/check.out" 2>&1; then ok "$name"
	else notok "$name" "command failed: $*"; sed 's/^/#   /' "$TMP/check.out" | head -20; fi
}

# same NAME EXPECTED_FILE ACTUAL_FILE : byte-for-byte comparison.
same() {
	if cmp -s "$2" "$3"; then ok "$1"
	else notok "$1" "differs: $2 $3"; diff -u "$2" "$3" 2>&1 | head -30 | sed 's/^/#   /'; fi
}

# status NAME EXPECTED CMD... : exit status equals EXPECTED.
status() {
	name=$1 want=$2; shift 2
	"$@" >"$TMP/status.out" 2>"$TMP/status.err"; got=$?
	if [ "$got" = "$want" ]; then ok "$name"
	else notok "$name" "exit status $got, expected $want: $*"; head -5 "$TMP/status.err" | sed 's/^/#   /'; fi
}

# has_shared : the ../shared material (reference TEI, corpus) is present.
has_shared() { [ -d "$SHARED/reference" ]; }
