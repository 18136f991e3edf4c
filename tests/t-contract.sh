#!/bin/sh
# The error contract, for every tool that exists (tools/frus-*.c): --help
# prints usage on stdout and exits 0; --version prints "NAME (frus-tools)
# VERSION" and exits 0; an unknown option gives usage on stderr and exit 2
# with nothing on stdout; a missing input file exits 2 with
# "tool: FILE: cannot read: ..."; and every man page has an EXIT STATUS
# section that describes 0, 1 and 2.
. "$(dirname "$0")/lib.sh"

# Options some tools need before they read anything.
needs() {
	case $1 in
	frus-transform) echo "-t text" ;;
	frus-epub) echo "-o $TMP/contract.epub" ;;
	esac
}

for src in "$ROOT"/tools/frus-*.c; do
	[ -e "$src" ] || continue
	t=$(basename "$src" .c)
	if [ ! -x "$BIN/$t" ]; then skip "$t" "not built yet ($BIN/$t)"; continue; fi

	"$BIN/$t" --help >"$TMP/out" 2>"$TMP/err"; rc=$?
	if [ $rc = 0 ] && grep -qi '^usage: *'"$t" "$TMP/out" && [ ! -s "$TMP/err" ]; then ok "$t-help"
	else notok "$t-help" "exit $rc; stdout: $(head -1 "$TMP/out"); stderr: $(head -1 "$TMP/err")"; fi

	"$BIN/$t" --version >"$TMP/out" 2>"$TMP/err"; rc=$?
	if [ $rc = 0 ] && grep -Eq "^$t \(frus-tools\) [0-9]+\.[0-9]+" "$TMP/out"; then ok "$t-version"
	else notok "$t-version" "exit $rc; stdout: $(head -1 "$TMP/out")"; fi

	"$BIN/$t" --no-such-option x >"$TMP/out" 2>"$TMP/err" </dev/null; rc=$?
	if [ $rc = 2 ] && [ ! -s "$TMP/out" ] && grep -qi 'usage' "$TMP/err"; then ok "$t-unknown-option"
	else notok "$t-unknown-option" "exit $rc (want 2, usage on stderr, nothing on stdout)" "$(head -2 "$TMP/err")"; fi

	"$BIN/$t" -Z >"$TMP/out" 2>"$TMP/err" </dev/null; rc=$?
	if [ $rc = 2 ] && [ ! -s "$TMP/out" ] && head -1 "$TMP/err" | grep -q "^$t: "; then ok "$t-unknown-short-option"
	else notok "$t-unknown-short-option" "exit $rc (want 2, nothing on stdout, message starting '$t: ')" "$(head -1 "$TMP/err")"; fi

	"$BIN/$t" $(needs "$t") "$TMP/no-such-file" >"$TMP/out" 2>"$TMP/err" </dev/null; rc=$?
	if [ $rc = 2 ] && grep -q "^$t: $TMP/no-such-file: cannot read: No such file or directory\$" "$TMP/err"; then
		ok "$t-missing-input"
	else notok "$t-missing-input" "exit $rc (want 2)" "$(head -2 "$TMP/err")"; fi

	man=$ROOT/tools/$t.1
	if [ ! -f "$man" ]; then notok "$t-man-page" "no $man"; continue; fi
	# the EXIT STATUS section: from its .SH to the next .SH
	awk '/^\.SH/ { p = ($0 ~ /EXIT STATUS/); next } p' "$man" >"$TMP/exit"
	if [ ! -s "$TMP/exit" ]; then notok "$t-man-exit-status" "no .SH EXIT STATUS in $man"; continue; fi
	miss=
	for s in 0 1 2; do
		grep -Eq "(^|[^0-9.])$s([^0-9.]|$)" "$TMP/exit" || miss="$miss $s"
	done
	if [ -z "$miss" ]; then ok "$t-man-exit-status"
	else notok "$t-man-exit-status" "EXIT STATUS of $man does not describe:$miss"; fi
done
