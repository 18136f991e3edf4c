#!/bin/sh
# The sample conversions, and every other tool that exists on the samples,
# under valgrind: no memory errors and no definite or indirect leaks
# (issue 7, point 5).  Run in the plain pass of `make check` only.
. "$(dirname "$0")/lib.sh"
if ! command -v valgrind >/dev/null; then skip valgrind "valgrind is not installed"; exit 0; fi
case ${FRUS_PASS:-plain} in asan) skip valgrind "not with the ASan build"; exit 0 ;; esac
D=$TMP
VG="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect"
GOLD=$ROOT/tests/golden/tei

# vg NAME WANT CMD...: CMD under valgrind exits WANT; 99 means valgrind found something.
vg() {
	name=$1 want=$2; shift 2
	t0=$(date +%s)
	$VG "$@" >"$D/vg.out" 2>"$D/vg.err"; rc=$?
	echo "# $name: $(( $(date +%s) - t0 ))s under valgrind"
	if [ $rc = "$want" ]; then ok "valgrind-$name"
	elif [ $rc = 99 ]; then notok "valgrind-$name" "valgrind: $*"; grep '^==' "$D/vg.err" | head -15 | sed 's/^/#   /'
	else notok "valgrind-$name" "exit $rc, expected $want: $*"; head -5 "$D/vg.err" | sed 's/^/#   /'; fi
}
have() { [ -x "$BIN/$1" ] && return 0; skip "valgrind-$1" "$1 is not built yet"; return 1; }

if have frus-txt2tei; then
	vg txt2tei-one 0 "$BIN/frus-txt2tei" -o "$D/d425.xml" "$ROOT/samples/frus1961-63v12-d425.txt"
	# every sample, in one process
	vg txt2tei-batch 0 "$BIN/frus-txt2tei" -q -d "$D/batch" "$ROOT"/samples/*.txt
	# error paths free what they allocated too (a warning made an error)
	printf '5. Title1\n\nText.2\n\n  1. Source: a.\n  3. b.\n' >"$D/bad.txt"
	vg txt2tei-error 1 "$BIN/frus-txt2tei" --strict -o "$D/bad.xml" "$D/bad.txt"
	vg txt2tei-unwritable 2 "$BIN/frus-txt2tei" -o "$D/nodir/x.xml" "$ROOT/samples/frus1961-63v12-d425.txt"
fi
if have frus-validate; then
	vg validate-golden 0 "$BIN/frus-validate" -q "$GOLD"/*.xml
	printf '<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>x</TEI>' >"$D/nwf.xml"
	vg validate-not-well-formed 2 "$BIN/frus-validate" "$D/nwf.xml"
fi
if have frus-transform; then
	for fmt in text xhtml markdown dc json; do
		if [ ! -f "$ROOT/xslt/$fmt.xsl" ] && [ ! -f "$ROOT/xslt/$fmt.chain" ]; then
			skip "valgrind-transform-$fmt" "no xslt/$fmt.xsl yet"; continue
		fi
		vg "transform-$fmt" 0 "$BIN/frus-transform" -t $fmt -q -d "$D/t-$fmt" "$GOLD"/*.xml
	done
fi
if have frus-volume; then
	vg volume 0 "$BIN/frus-volume" -q --id frus-test -o "$D/vol.xml" "$GOLD"/*.xml
	[ -f "$D/vol.xml" ] && vg volume-split 0 "$BIN/frus-volume" --split -q -d "$D/split" "$D/vol.xml"
fi
if have frus-epub; then
	vg epub 0 "$BIN/frus-epub" -q -o "$D/s.epub" "$GOLD"/frus1961-63v12-d42[15].xml
	# Images beside the input (embedded) and a missing one (a warning).
	. "$ROOT/tests/epub/books.sh"
	figure_book "$D/fig"
	vg epub-figures 0 "$BIN/frus-epub" -q -o "$D/fig.epub" "$D/fig/fig.xml"
fi
