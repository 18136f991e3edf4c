#!/bin/sh
# frus-txt2tei on the development corpus (../shared/dev-corpus: 123 real
# documents of 11 volumes, 1870-1980, with the Office's own TEI): the eval's
# scorer (../shared/eval/run.sh) on the plain copies and on every other way
# of copying them (variants.py: trim, nbsp, bullets, wrap, spaced, crlf);
# every figure must stay at or above its floor (tests/corpus/floors.txt),
# and the converter must beat the naive baseline.  Then the text transform
# must give every development text back byte for byte.  Skips without
# ../shared.  The ASan pass scores the plain copies only.
. "$(dirname "$0")/lib.sh"
EVAL=$SHARED/eval
CORPUS=$SHARED/dev-corpus
if [ ! -x "$EVAL/run.sh" ] || [ ! -d "$CORPUS" ]; then
	skip corpus "no ../shared/eval or ../shared/dev-corpus"
	exit 0
fi
if ! command -v python3 >/dev/null; then
	skip corpus "no python3 (the scorer needs it)"
	exit 0
fi
variants="plain trim nbsp bullets wrap spaced crlf"
[ "${FRUS_PASS:-plain}" = asan ] && variants=plain

for v in $variants; do
	"$EVAL/run.sh" --variant "$v" --keep "$TMP/$v" "$BIN/frus-txt2tei -q" >"$TMP/$v.out" 2>"$TMP/$v.err"
	failed=$(sed -n 's/^documents the tool failed on: //p' "$TMP/$v.out")
	[ "$failed" = 0 ] && ok "corpus-$v-every-document-converts" ||
		notok "corpus-$v-every-document-converts" "$failed failed" "$(head -3 "$TMP/$v.err")"
	python3 "$ROOT/tests/corpus/figures.py" "$TMP/$v.out" "$ROOT/tests/corpus/floors.txt" "$v"
	sed -n '/^all:/,/^$/p' "$TMP/$v.out" | grep -E '^(identical|note_place |signed_ok|para_F1)' |
		sed "s/^/# $v: /"
done

# Never below the naive converter the eval ships (plain copies).
if [ "${FRUS_PASS:-plain}" != asan ]; then
	"$EVAL/run.sh" --baseline >"$TMP/base.out" 2>/dev/null
	python3 "$ROOT/tests/corpus/figures.py" "$TMP/plain.out" --above "$TMP/base.out"
fi

# text -> TEI -> text gives back every development text
n=0 bad=0
for f in "$TMP"/plain/*/cand/*.xml; do
	vol=$(basename "$(dirname "$(dirname "$f")")")
	b=$(basename "$f" .xml)
	n=$((n + 1))
	if ! "$BIN/frus-transform" -t text "$f" 2>/dev/null | cmp -s - "$CORPUS/$vol/text/$b.txt"; then
		bad=$((bad + 1))
		echo "# round trip differs: $vol/$b"
	fi
done
[ "$n" -gt 0 ] && [ "$bad" = 0 ] && ok "corpus-round-trip-$n-texts-byte-for-byte" ||
	notok corpus-round-trip "$bad of $n texts differ"
