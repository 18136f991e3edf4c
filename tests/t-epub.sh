#!/bin/sh
# t-epub.sh — frus-epub: epubcheck-clean e-books (samples, all five, reference documents,
# the monograph, a generated volume), the package's files and OPF, footnote links both
# ways, page-list = pb count, reproducibility, bad input.
. "$(dirname "$0")/lib.sh"
E=$BIN/frus-epub
T2T=$BIN/frus-txt2tei

JAR=/usr/share/java/epubcheck.jar
have_epubcheck() { command -v java >/dev/null 2>&1 && [ -f "$JAR" ]; }
# epubcheck NAME BOOK : 0 errors and 0 warnings.  The ASan pass makes the same bytes, so
# only the plain pass spends the JVM's time.
epubcheck() {
	if [ "${FRUS_PASS:-plain}" = asan ]; then return 0; fi
	if ! have_epubcheck; then skip "$1" "epubcheck needs java and $JAR"; return 0; fi
	# Quick JIT and a small GC: epubcheck's run is short and the machine is shared.
	java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$JAR" "$2" >"$TMP/ec.out" 2>&1
	if grep -q 'Messages: 0 fatals / 0 errors / 0 warnings' "$TMP/ec.out"; then ok "$1"
	else notok "$1" "epubcheck $2"; grep -E 'ERROR|WARNING|FATAL' "$TMP/ec.out" | head -10 | sed 's/^/#   /'; fi
}

# links NAME BOOK : every noteref has its footnote aside in the same file and the aside
# links back; every page-list entry and TOC entry points at an existing file and id.
links() {
	name=$1 book=$2 d=$TMP/x.$$
	rm -rf "$d"; mkdir -p "$d"
	(cd "$d" && unzip -q "$book") || { notok "$name" "unzip $book"; return; }
	bad=0
	for f in "$d"/OEBPS/text/*.xhtml; do
		grep -o 'epub:type="noteref" role="doc-noteref" id="[^"]*" href="#[^"]*"' "$f" |
			sed 's/.* id="\([^"]*\)-ref" href="#\([^"]*\)"/\1 \2/' | sort >"$d/refs"
		grep -o '<aside epub:type="footnote" role="doc-footnote" id="[^"]*" class="footnote"><[a-z]*[^>]*><a class="fn-back" href="#[^"]*-ref"' "$f" |
			sed 's/.* id="\([^"]*\)" class.*href="#\([^"]*\)-ref"/\1 \2/' | sort >"$d/backs"
		awk '$1 != $2' "$d/refs" "$d/backs" | grep -q . && { bad=1; echo "# mismatched note ids in $f"; }
		if ! cmp -s "$d/refs" "$d/backs"; then
			bad=1; echo "# $f: noterefs and footnotes differ"; diff "$d/refs" "$d/backs" | head -5 | sed 's/^/#   /'
		fi
	done
	# page-list and toc hrefs: file exists and (with a fragment) holds the id
	sed -n 's/.*<nav epub:type="page-list"\(.*\)<\/nav>.*/\1/p' "$d/OEBPS/nav.xhtml" |
		grep -o 'href="[^"]*"' | sed 's/href="//; s/"$//' >"$d/pages"
	grep -o 'href="text/[^"]*"' "$d/OEBPS/nav.xhtml" | sed 's/href="//; s/"$//' | sort -u >"$d/hrefs"
	while read -r h; do
		file=${h%%#*} frag=${h#*#}
		[ -f "$d/OEBPS/$file" ] || { bad=1; echo "# $h: no such file"; continue; }
		[ "$frag" = "$h" ] && continue
		grep -q "id=\"$frag\"" "$d/OEBPS/$file" || { bad=1; echo "# $h: no such id"; }
	done <"$d/hrefs"
	if [ $bad = 0 ]; then ok "$name"; else notok "$name" "broken links in $book"; fi
}

# pages NAME BOOK TEI... : page-list entries = pb elements in the inputs' text.
pages() {
	name=$1 book=$2; shift 2
	want=$(cat "$@" | sed -n '/<text/,$p' | grep -o '<pb[ />]' | wc -l)
	got=$(unzip -p "$book" OEBPS/nav.xhtml | sed -n 's/.*<nav epub:type="page-list"\(.*\)<\/nav>.*/\1/p' | grep -o '<li>' | wc -l)
	ncx=$(unzip -p "$book" OEBPS/toc.ncx | grep -c '<pageTarget ')
	if [ "$want" -eq "$got" ] && [ "$want" -eq "$ncx" ]; then ok "$name"
	else notok "$name" "pb in input: $want, page-list: $got, NCX pageTargets: $ncx"; fi
}

# package NAME BOOK : mimetype first, stored, no extra field; the required files; OPF.
package() {
	name=$1 book=$2
	first=$(unzip -Z1 "$book" | head -1)
	info=$(zipinfo -v "$book" mimetype 2>/dev/null)
	mt=$(unzip -p "$book" mimetype)
	opf=$(unzip -p "$book" OEBPS/content.opf)
	why=""
	[ "$first" = mimetype ] || why="$why first entry is $first;"
	printf '%s' "$info" | grep -q 'compression method: *none (stored)' || why="$why mimetype compressed;"
	printf '%s' "$info" | grep -q 'length of extra field: *0 bytes' || why="$why mimetype has an extra field;"
	[ "$mt" = application/epub+zip ] || why="$why mimetype content '$mt';"
	for f in META-INF/container.xml OEBPS/content.opf OEBPS/nav.xhtml OEBPS/toc.ncx OEBPS/style.css; do
		unzip -Z1 "$book" | grep -qx "$f" || why="$why no $f;"
	done
	for m in '<dc:identifier id="bookid">' '<dc:title' '<dc:language>' 'property="dcterms:modified"' \
	         'schema:accessMode">textual' 'schema:accessModeSufficient">textual' \
	         'schema:accessibilityFeature">tableOfContents' 'schema:accessibilityFeature">readingOrder' \
	         'schema:accessibilityFeature">structuralNavigation' 'schema:accessibilityHazard">none' \
	         'schema:accessibilitySummary' 'properties="nav"' '<spine toc="ncx">'; do
		printf '%s' "$opf" | grep -q "$m" || why="$why OPF lacks $m;"
	done
	if [ -z "$why" ]; then ok "$name"; else notok "$name" "$why"; fi
}

[ -x "$E" ] || { notok "epub binary" "no $E"; exit 0; }
status "epub --help" 0 "$E" --help
status "epub bad option" 2 "$E" --no-such-option

# ---- samples through the converter
if [ -x "$T2T" ]; then
	set --
	for s in "$ROOT"/samples/*.txt; do
		b=$(basename "$s" .txt)
		if "$T2T" -q -o "$TMP/$b.xml" "$s" 2>/dev/null; then :; else
			[ -s "$TMP/$b.xml" ] || { notok "epub sample $b" "frus-txt2tei failed"; continue; }
		fi
		set -- "$@" "$TMP/$b.xml"
		check "epub sample $b builds" "$E" -o "$TMP/$b.epub" "$TMP/$b.xml"
		epubcheck "epub sample $b epubcheck" "$TMP/$b.epub"
		links "epub sample $b links" "$TMP/$b.epub"
		pages "epub sample $b page-list" "$TMP/$b.epub" "$TMP/$b.xml"
	done
	check "epub all five samples builds" "$E" -o "$TMP/five.epub" "$@"
	epubcheck "epub all five epubcheck" "$TMP/five.epub"
	package "epub all five package" "$TMP/five.epub"
	links "epub all five links" "$TMP/five.epub"
	pages "epub all five page-list" "$TMP/five.epub" "$@"
	n=$(unzip -Z1 "$TMP/five.epub" | grep -c '^OEBPS/text/')
	[ "$n" -eq 5 ] && ok "epub all five: one content file each" || notok "epub all five: one content file each" "$n files"
else
	skip "epub samples" "no $T2T (the converter is not built)"
fi

# ---- the Office's reference documents: one, then all twelve, then one three times (ids clash)
if has_shared; then
	R=$SHARED/reference
	check "epub reference d425 builds" "$E" -o "$TMP/r1.epub" "$R/frus1961-63v12-d425.xml"
	package "epub reference d425 package" "$TMP/r1.epub"
	links "epub reference d425 links" "$TMP/r1.epub"
	pages "epub reference d425 page-list" "$TMP/r1.epub" "$R/frus1961-63v12-d425.xml"
	unzip -p "$TMP/r1.epub" OEBPS/text/d425.xhtml | grep -q '<span epub:type="pagebreak" role="doc-pagebreak" id="pg_873" aria-label="873"' &&
		ok "epub pagebreak span with printed number" || notok "epub pagebreak span with printed number"
	unzip -p "$TMP/r1.epub" OEBPS/text/d425.xhtml | grep -q '</h1><div class="source-note source" id="d425fn1"><p>Source: ' &&
		ok "epub source note under the heading" || notok "epub source note under the heading"
	unzip -p "$TMP/r1.epub" OEBPS/content.opf | grep -q '<dc:identifier id="bookid">frus1961-63v12-d425</dc:identifier>' &&
		ok "epub identifier from the TEI id" || notok "epub identifier from the TEI id"

	check "epub twelve reference documents" "$E" -o "$TMP/r12.epub" "$R"/*.xml
	links "epub twelve links" "$TMP/r12.epub"
	pages "epub twelve page-list" "$TMP/r12.epub" "$R"/*.xml
	unzip -p "$TMP/r12.epub" OEBPS/content.opf | grep -q '<dc:identifier id="bookid">urn:uuid:[0-9a-f]\{8\}-[0-9a-f]\{4\}-5[0-9a-f]\{3\}-[89ab][0-9a-f]\{3\}-[0-9a-f]\{12\}<' &&
		ok "epub several inputs: v5 UUID identifier" || notok "epub several inputs: v5 UUID identifier"

	check "epub same document thrice" "$E" -o "$TMP/dup.epub" "$R/frus1961-63v12-d425.xml" "$R/frus1961-63v12-d425.xml" "$R/frus1961-63v12-d425.xml"
	epubcheck "epub clashing ids epubcheck" "$TMP/dup.epub"
	links "epub clashing ids links" "$TMP/dup.epub"

	# reproducible: twice, and in another time zone, the same bytes
	"$E" -o "$TMP/r12b.epub" "$R"/*.xml
	same "epub reproducible" "$TMP/r12.epub" "$TMP/r12b.epub"
	TZ=Pacific/Kiritimati "$E" -o "$TMP/r12c.epub" "$R"/*.xml
	same "epub reproducible in another time zone" "$TMP/r12.epub" "$TMP/r12c.epub"
	SOURCE_DATE_EPOCH=1700000000 "$E" -o "$TMP/sde.epub" "$R/frus1961-63v12-d425.xml"
	unzip -p "$TMP/sde.epub" OEBPS/content.opf | grep -q 'dcterms:modified">2023-11-14T22:13:20Z<' &&
		ok "epub SOURCE_DATE_EPOCH" || notok "epub SOURCE_DATE_EPOCH"
	"$E" --modified 2024-02-03 --title 'My "Book" & more' -o "$TMP/mod.epub" "$R/frus1961-63v12-d425.xml"
	unzip -p "$TMP/mod.epub" OEBPS/content.opf | grep -q 'dcterms:modified">2024-02-03T00:00:00Z<' &&
		unzip -p "$TMP/mod.epub" OEBPS/content.opf | grep -q '<dc:title id="title">My "Book" &amp; more</dc:title>' &&
		ok "epub --modified and --title" || notok "epub --modified and --title"
	status "epub bad --modified" 2 "$E" --modified yesterday -o "$TMP/no.epub" "$R/frus1961-63v12-d425.xml"

	# cover and css
	printf 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==' |
		base64 -d >"$TMP/cover.png"
	printf 'body { color: black; }\n' >"$TMP/my.css"
	check "epub --cover --css" "$E" --cover "$TMP/cover.png" --css "$TMP/my.css" -o "$TMP/cov.epub" "$R/frus1961-63v12-d425.xml"
	epubcheck "epub cover epubcheck" "$TMP/cov.epub"
	unzip -p "$TMP/cov.epub" OEBPS/style.css | cmp -s - "$TMP/my.css" &&
		unzip -p "$TMP/cov.epub" OEBPS/content.opf | grep -q 'properties="cover-image"' &&
		ok "epub cover and css in the package" || notok "epub cover and css in the package"
	status "epub cover not an image" 2 "$E" --cover "$TMP/my.css" -o "$TMP/no.epub" "$R/frus1961-63v12-d425.xml"
else
	skip "epub reference" "no $SHARED/reference"
fi

# ---- volume-sized: the monograph (front/body/back, nested divs, ~1000 notes, tables, figures)
M=$SHARED/corpus/frus-history-monograph.xml
if [ -f "$M" ]; then
	check "epub monograph builds" "$E" -o "$TMP/mono.epub" "$M"
	epubcheck "epub monograph epubcheck" "$TMP/mono.epub"
	package "epub monograph package" "$TMP/mono.epub"
	links "epub monograph links" "$TMP/mono.epub"
	divs=$(grep -o '<div[ >]' "$M" | wc -l)
	toc=$(unzip -p "$TMP/mono.epub" OEBPS/nav.xhtml | sed -n 's/.*<nav epub:type="toc"\(.*\)<\/nav><nav epub:type="landmarks".*/\1/p' | grep -o '<li>' | wc -l)
	[ "$toc" -eq $((divs + 1)) ] && ok "epub monograph: every division in the toc" ||
		notok "epub monograph: every division in the toc" "$divs divs (+ title page), $toc entries"
	notes=$(sed -n '/<text>/,$p' "$M" | grep -o '<note\([^S]\|$\)' | wc -l)
	asides=$(unzip -p "$TMP/mono.epub" 'OEBPS/text/*.xhtml' | grep -o '<aside epub:type="footnote"' | wc -l)
	[ "$asides" -eq "$notes" ] && ok "epub monograph: every note a footnote" ||
		notok "epub monograph: every note a footnote" "$notes notes, $asides footnotes"
	big=$(unzip -Zl "$TMP/mono.epub" | awk '$NF ~ /xhtml$/ && $4 > 1000000' | wc -l)
	[ "$big" -eq 0 ] && ok "epub monograph: no content file over 1 MB" || notok "epub monograph: no content file over 1 MB"
else
	skip "epub monograph" "no $M"
fi
V=$ROOT/tests/bench/out/volume-10.xml
if [ -f "$V" ]; then
	check "epub generated volume builds" "$E" -o "$TMP/vol.epub" "$V"
	epubcheck "epub generated volume epubcheck" "$TMP/vol.epub"
	links "epub generated volume links" "$TMP/vol.epub"
	pages "epub generated volume page-list" "$TMP/vol.epub" "$V"
else
	skip "epub generated volume" "no $V (make bench generates it)"
fi

# ---- bad input: located message, exit status, no output file left
printf '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>oops</body></text></TEI>\n' >"$TMP/bad.xml"
status "epub not XML: exit 2" 2 "$E" -o "$TMP/bad.epub" "$TMP/bad.xml"
grep -q "bad.xml:1:[0-9]*: " "$TMP/status.err" && ok "epub not XML: file:line:col message" ||
	notok "epub not XML: file:line:col message" "$(head -1 "$TMP/status.err")"
[ ! -e "$TMP/bad.epub" ] && [ -z "$(ls -A "$TMP" | grep '^\.bad\.epub')" ] && ok "epub not XML: no output file" ||
	notok "epub not XML: no output file"
printf '<html/>\n' >"$TMP/html.xml"
status "epub not TEI: exit 1" 1 "$E" -o "$TMP/html.epub" "$TMP/html.xml"
status "epub missing input: exit 2" 2 "$E" -o "$TMP/missing.epub" "$TMP/no-such.xml"
if has_shared; then
	status "epub unwritable -o: exit 2" 2 "$E" -o "$TMP/no-such-dir/x.epub" "$SHARED/reference/frus1961-63v12-d425.xml"
	[ ! -e "$TMP/no-such-dir" ] && ok "epub unwritable -o: nothing created" || notok "epub unwritable -o: nothing created"
fi
exit 0
