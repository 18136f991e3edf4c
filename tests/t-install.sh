#!/bin/sh
# make install honours PREFIX and DESTDIR; installed tools find their XSLT
# and schemas at the installed path (and FRUS_DATADIR overrides it).
. "$(dirname "$0")/lib.sh"
[ "${FRUS_PASS:-plain}" = asan ] && { skip install "checked in the plain pass"; exit 0; }
unset FRUS_DATADIR
P=$TMP/prefix
if make -s -C "$ROOT" O="$TMP/build" PREFIX="$P" install >"$TMP/make.out" 2>&1; then ok install-prefix
else notok install-prefix "$(tail -5 "$TMP/make.out")"; exit 0; fi
for t in "$ROOT"/tools/frus-*.c; do
	n=$(basename "$t" .c)
	[ -x "$P/bin/$n" ] && ok "installed-$n" || notok "installed-$n"
	[ -f "$P/share/man/man1/$n.1" ] && ok "installed-man-$n" || notok "installed-man-$n"
done
[ -f "$P/share/frus-tools/xslt/text.xsl" ] && ok installed-xslt || notok installed-xslt
# the installed tool uses the installed stylesheets, from anywhere
if [ -x "$P/bin/frus-transform" ]; then
	(cd / && "$P/bin/frus-transform" -t text "$ROOT/tests/golden/tei/frus1961-63v12-d425.xml") >"$TMP/t.txt" 2>"$TMP/t.err"
	same installed-finds-xslt "$ROOT/samples/frus1961-63v12-d425.txt" "$TMP/t.txt"
	mkdir -p "$TMP/alt/xslt"
	printf '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:output method="text"/><xsl:template match="/">ALT</xsl:template></xsl:stylesheet>' >"$TMP/alt/xslt/text.xsl"
	out=$(FRUS_DATADIR=$TMP/alt "$P/bin/frus-transform" -t text "$ROOT/tests/golden/tei/frus1961-63v12-d425.xml" 2>&1)
	[ "$out" = ALT ] && ok datadir-env-overrides || notok datadir-env-overrides "$out"
else
	skip installed-finds-xslt "frus-transform not built yet"
fi
# DESTDIR stages the same tree
make -s -C "$ROOT" O="$TMP/build" PREFIX=/usr DESTDIR="$TMP/stage" install >/dev/null 2>&1
[ -x "$TMP/stage/usr/bin/frus-txt2tei" ] && [ -f "$TMP/stage/usr/share/frus-tools/xslt/text.xsl" ] && ok install-destdir || notok install-destdir
