#!/bin/sh
# t-epub.sh — frus-epub: epubcheck-clean e-books (samples, all five, reference documents,
# the monograph, a generated volume, a book with figures), the package's files and OPF,
# metadata, reading order, title page (and a headless-Chromium screenshot of it), index
# landmark, footnote links both ways, page-list = pb count, reproducibility, bad input.
# Ace by DAISY runs on the same books in t-epub-ace.sh.
. "$(dirname "$0")/lib.sh"
. "$ROOT/tests/epub/books.sh"
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

# opf_has NAME BOOK PATTERN... : the package document matches every grep pattern.
opf_has() {
	name=$1 book=$2; shift 2
	opf=$(unzip -p "$book" OEBPS/content.opf) miss=""
	for m in "$@"; do printf '%s' "$opf" | grep -q -- "$m" || miss="$miss [$m]"; done
	if [ -z "$miss" ]; then ok "$name"; else notok "$name" "OPF lacks$miss"; fi
}
# opf_lacks NAME BOOK PATTERN : the package document does not match.
opf_lacks() {
	if unzip -p "$2" OEBPS/content.opf | grep -q -- "$3"; then notok "$1" "OPF has [$3]"; else ok "$1"; fi
}
# spine NAME BOOK : the idrefs of the spine, one a line, "(no)" after a non-linear one.
spine() { unzip -p "$1" OEBPS/content.opf | sed -n 's/.*<itemref idref="\([^"]*\)"\( linear="no"\)\{0,1\}.*/\1\2/p' | sed 's/ linear="no"/ (no)/'; }
# no_heading_only NAME BOOK : no content document holds only headings.
no_heading_only() {
	d=$TMP/ho.$$; rm -rf "$d"; mkdir -p "$d"; (cd "$d" && unzip -q "$2")
	bad=$(python3 - "$d"/OEBPS/text/*.xhtml <<'EOP'
import re, sys
for f in sys.argv[1:]:
    s = open(f, encoding="utf-8").read()
    s = re.sub(r"(?s)<head>.*?</head>|<h([1-6])\b.*?</h\1>", "", s)
    if not re.sub(r"<[^>]*>", "", s).strip():
        print(f.rsplit("/", 1)[-1])
EOP
)
	if [ -z "$bad" ]; then ok "$1"; else notok "$1" "only a heading: $bad"; fi
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
	# A set of documents: a title naming them, not a list of their headings.
	opf_has "epub all five: default title" "$TMP/five.epub" \
		'<dc:title id="title">Foreign Relations of the United States: 5 Documents</dc:title>'
	opf_has "epub all five: identifier a urn:uuid" "$TMP/five.epub" '<dc:identifier id="bookid">urn:uuid:'
	opf_has "epub all five: source of the page numbers" "$TMP/five.epub" '<dc:source id="source-1">.' \
		'<meta refines="#source-1" property="source-of">pagination</meta>'
	opf_has "epub all five: conformance claim" "$TMP/five.epub" \
		'<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>' \
		'<meta property="a11y:certifiedBy">'
	# No title page: the text comes first, the contents are out of the linear order.
	[ "$(spine "$TMP/five.epub" | head -1)" = u-f1-d421 ] && [ "$(spine "$TMP/five.epub" | tail -1)" = "nav (no)" ] &&
		ok "epub all five: spine starts with the text, nav not linear" ||
		notok "epub all five: spine starts with the text, nav not linear" "$(spine "$TMP/five.epub" | tr '\n' ' ')"
	# Footnote links are underlined (not told apart by colour alone).
	unzip -p "$TMP/five.epub" OEBPS/style.css | grep -q '^a { text-decoration: underline; }' &&
		! unzip -p "$TMP/five.epub" OEBPS/style.css | grep -q 'text-decoration: none' &&
		ok "epub links underlined in the style sheet" || notok "epub links underlined in the style sheet"
	# Numbered documents in ascending order: "Documents 286–425"; two: "Documents 421 and 425".
	d=$TMP
	check "epub four numbered documents builds" "$E" -o "$TMP/four.epub" "$d/peru-1973-05-16-telegram-d286.xml" \
		"$d/peru-1976-06-memcon-d320.xml" "$d/frus1961-63v12-d421.xml" "$d/frus1961-63v12-d425.xml"
	opf_has "epub four documents: title with the range" "$TMP/four.epub" \
		'<dc:title id="title">Foreign Relations of the United States: Documents 286–425</dc:title>'
	"$E" -o "$TMP/two.epub" "$d/frus1961-63v12-d421.xml" "$d/frus1961-63v12-d425.xml"
	opf_has "epub two documents: title with both numbers" "$TMP/two.epub" \
		'<dc:title id="title">Foreign Relations of the United States: Documents 421 and 425</dc:title>'
	"$T2T" -q --volume frus1961-63v12 -o "$TMP/v425.xml" "$ROOT/samples/frus1961-63v12-d425.txt"
	"$E" -o "$TMP/v425.epub" "$TMP/v425.xml"
	opf_has "epub converted with --volume: history.state.gov identifier and source" "$TMP/v425.epub" \
		'<dc:identifier id="bookid">https://history.state.gov/historicaldocuments/frus1961-63v12/d425</dc:identifier>' \
		'<dc:source id="source-1">https://history.state.gov/historicaldocuments/frus1961-63v12</dc:source>' \
		'<dc:title id="title">425. Memorandum of Conversation</dc:title>'
	printf 'a { color: red; }\n' >"$TMP/plain.css"
	"$E" --css "$TMP/plain.css" -o "$TMP/css.epub" "$d/frus1961-63v12-d425.xml"
	opf_lacks "epub with another style sheet: no conformance claim" "$TMP/css.epub" 'dcterms:conformsTo' 
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
	opf_has "epub identifier from the TEI id, a URL" "$TMP/r1.epub" \
		'<dc:identifier id="bookid">https://history.state.gov/historicaldocuments/frus1961-63v12/d425</dc:identifier>' \
		'<dc:source id="source-1">https://history.state.gov/historicaldocuments/frus1961-63v12</dc:source>' 

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
	# Metadata: the four authors of the title page, the date as precise as given, a URI.
	opf_has "epub monograph: creators from the title page" "$TMP/mono.epub" \
		'<dc:creator id="creator-1">William B. McAllister</dc:creator>' \
		'<dc:creator id="creator-2">Joshua Botts</dc:creator>' \
		'<dc:creator id="creator-3">Peter Cozzens</dc:creator>' \
		'<dc:creator id="creator-4">Aaron W. Marrs</dc:creator>' \
		'<meta refines="#creator-1" property="role" scheme="marc:relators">edt</meta>'
	opf_has "epub monograph: date 2015 stays 2015" "$TMP/mono.epub" '<dc:date>2015</dc:date>'
	opf_has "epub monograph: identifier the volume's address" "$TMP/mono.epub" \
		'<dc:identifier id="bookid">https://history.state.gov/historicaldocuments/frus-history</dc:identifier>'
	opf_has "epub monograph: conformance claim, index feature" "$TMP/mono.epub" \
		'dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 Level AA<' 'a11y:certifiedBy' \
		'schema:accessibilityFeature">index<'
	# Reading order: the title page, then the contents, then the text.
	[ "$(spine "$TMP/mono.epub" | head -3 | tr '\n' ' ')" = "u-titlePage-3 nav u-epigraph " ] &&
		ok "epub monograph: title page first, contents second" ||
		notok "epub monograph: title page first, contents second" "$(spine "$TMP/mono.epub" | head -3 | tr '\n' ' ')"
	tp=$(unzip -p "$TMP/mono.epub" OEBPS/text/titlePage-3.xhtml | tr -s ' \n' '  ')
	printf '%s' "$tp" | grep -q '<section id="titlePage-3" epub:type="titlepage" class="titlepage main">' &&
		printf '%s' "$tp" | grep -q '<div class="docImprint"><p class="publisher">Office of the Historian<br/>Bureau of Public Affairs<br/>U.S. Department of State</p><p class="pubPlace">Washington, D.C.</p><p class="docDate">2015</p></div>' &&
		unzip -p "$TMP/mono.epub" OEBPS/style.css | grep -q '^\.titlepage { text-align: center;' &&
		ok "epub monograph: title page styled, imprint one line each" ||
		notok "epub monograph: title page styled, imprint one line each" "$(printf '%s' "$tp" | head -c 600)"
	# The index is marked as one, and a landmark.
	unzip -p "$TMP/mono.epub" OEBPS/text/index.xhtml | grep -q '<section id="index" epub:type="index" role="doc-index"' &&
		unzip -p "$TMP/mono.epub" OEBPS/nav.xhtml | grep -q '<li><a epub:type="index" href="text/index.xhtml">Index</a></li>' &&
		ok "epub monograph: index marked, index landmark" || notok "epub monograph: index marked, index landmark"
	# A part that holds only its heading opens its first chapter's file.
	! unzip -Z1 "$TMP/mono.epub" | grep -qx 'OEBPS/text/part-1.xhtml' &&
		unzip -p "$TMP/mono.epub" OEBPS/text/chapter-1.xhtml | grep -q '<body><section id="part-1" epub:type="part" role="doc-part" class="part"><h1>Part I: .*</h1><section id="chapter-1" epub:type="chapter" role="doc-chapter" class="chapter"><h2>' &&
		unzip -p "$TMP/mono.epub" OEBPS/nav.xhtml | grep -q '<a href="text/chapter-1.xhtml#part-1">Part I: ' &&
		ok "epub monograph: a part's heading opens its first chapter" || notok "epub monograph: a part's heading opens its first chapter"
	no_heading_only "epub monograph: no file holds only a heading" "$TMP/mono.epub"
	# The monograph's two figures name files that are not at hand: placeholder and warning.
	"$E" -o "$TMP/mono2.epub" "$M" 2>"$TMP/mono.err"
	[ "$(grep -c 'frus-history-monograph.xml:[0-9]*: warning: image "frus-\(lag\|production\)" not found beside the document' "$TMP/mono.err")" = 2 ] &&
		[ "$(unzip -p "$TMP/mono2.epub" OEBPS/text/appendix-a.xhtml | grep -o '\[Image not included: frus-[a-z]*\]' | wc -l)" = 2 ] &&
		ok "epub monograph: missing images warned about, placeholders kept" ||
		notok "epub monograph: missing images warned about, placeholders kept" "$(cat "$TMP/mono.err")"
else
	skip "epub monograph" "no $M"
fi

# ---- a generated volume (tests/bench/gen-corpus.py → frus-txt2tei → frus-volume)
if gen_volume "$TMP/gen"; then
	V=$TMP/gen/vol.xml
	check "epub generated volume builds" "$E" -o "$TMP/vol.epub" "$V"
	epubcheck "epub generated volume epubcheck" "$TMP/vol.epub"
	package "epub generated volume package" "$TMP/vol.epub"
	links "epub generated volume links" "$TMP/vol.epub"
	pages "epub generated volume page-list" "$TMP/vol.epub" "$V"
	opf_has "epub generated volume: editors, date, identifier, source" "$TMP/vol.epub" \
		'<dc:creator id="creator-1">Jane Doe</dc:creator>' \
		'<meta refines="#creator-1" property="role" scheme="marc:relators">edt</meta>' \
		'<dc:contributor id="contributor-1">John Roe</dc:contributor>' \
		'<dc:date>2024</dc:date>' '<dc:identifier id="bookid">urn:uuid:' \
		'<dc:source id="source-1">The printed edition of Foreign Relations of the United States, 1961–1963, Volume XCIX, Generated Documents</dc:source>' \
		'<dc:title id="title">Foreign Relations of the United States, 1961–1963, Volume XCIX, Generated Documents</dc:title>'
	[ "$(spine "$TMP/vol.epub" | head -3 | tr '\n' ' ')" = "u-titlePage-3 nav u-d1 " ] &&
		ok "epub generated volume: title page, contents, first document" ||
		notok "epub generated volume: title page, contents, first document" "$(spine "$TMP/vol.epub" | head -3 | tr '\n' ' ')"
	# One Contents only: the navigation document's, not the volume's printed one too.
	n=$(unzip -p "$TMP/vol.epub" 'OEBPS/text/*.xhtml' | grep -c '>Contents<')
	[ "$n" = 0 ] && [ "$(unzip -p "$TMP/vol.epub" OEBPS/nav.xhtml | grep -c '<h1>Contents</h1>')" = 1 ] &&
		ok "epub generated volume: one Contents" || notok "epub generated volume: one Contents" "$n in the text"
	unzip -p "$TMP/vol.epub" OEBPS/text/titlePage-3.xhtml |
		grep -q '<div class="docImprint"><p class="publisher">Office of the Historian</p><p class="pubPlace">Washington</p><p class="docDate">2024</p></div>' &&
		ok "epub generated volume: imprint one line each" || notok "epub generated volume: imprint one line each"
	no_heading_only "epub generated volume: no file holds only a heading" "$TMP/vol.epub"
	unzip -p "$TMP/vol.epub" OEBPS/text/d1.xhtml | grep -q '<body><section id="ch1" epub:type="chapter" role="doc-chapter" class="chapter"><h1>Before</h1><section id="d1" class="document"><h2>1\. ' &&
		ok "epub generated volume: chapter heading opens its first document" ||
		notok "epub generated volume: chapter heading opens its first document"
else
	notok "epub generated volume" "gen-corpus.py, frus-txt2tei or frus-volume failed"
fi

# ---- figures: images beside the TEI are embedded, a missing one stays a placeholder
figure_book "$TMP/fig"
"$E" -o "$TMP/fig.epub" "$TMP/fig/fig.xml" 2>"$TMP/fig.err"; rc=$?
[ $rc = 0 ] && [ -s "$TMP/fig.epub" ] && ok "epub figures builds" || notok "epub figures builds" "exit $rc"
grep -qx "frus-epub: $TMP/fig/fig.xml:[0-9]*: warning: image \"missing.png\" not found beside the document: a placeholder is kept" "$TMP/fig.err" &&
	[ "$(wc -l <"$TMP/fig.err")" = 1 ] && ok "epub figures: a missing image is warned about" ||
	notok "epub figures: a missing image is warned about" "$(cat "$TMP/fig.err")"
epubcheck "epub figures epubcheck" "$TMP/fig.epub"
ch=$(unzip -p "$TMP/fig.epub" OEBPS/text/ch1.xhtml)
printf '%s' "$ch" | grep -q '<img src="../images/fig1.png" alt="Four coloured squares: red, green, blue and white."/><figcaption>Figure 1. Four squares</figcaption>' &&
	printf '%s' "$ch" | grep -q '<img src="../images/chart.svg" alt="A bar chart of three bars, the middle one highest."/>' &&
	printf '%s' "$ch" | grep -q '<img src="../images/fig1.png" alt="The four squares once more."/>' &&
	printf '%s' "$ch" | grep -q '\[Image not included: missing.png\]</span><span class="figdesc">A photograph' &&
	ok "epub figures: img with alt from figDesc, placeholder for the missing one" ||
	notok "epub figures: img with alt from figDesc, placeholder for the missing one" "$(printf '%s' "$ch" | head -c 800)"
unzip -p "$TMP/fig.epub" OEBPS/images/fig1.png | cmp -s - "$TMP/fig/fig1.png" &&
	unzip -p "$TMP/fig.epub" OEBPS/images/chart.svg | cmp -s - "$TMP/fig/chart.svg" &&
	[ "$(unzip -Z1 "$TMP/fig.epub" | grep -c '^OEBPS/images/')" = 2 ] &&
	ok "epub figures: each image file once, bytes as they are" || notok "epub figures: each image file once, bytes as they are"
opf_has "epub figures: manifest media types, metadata" "$TMP/fig.epub" \
	'<item id="img-1" href="images/fig1.png" media-type="image/png"/>' \
	'<item id="img-2" href="images/chart.svg" media-type="image/svg+xml"/>' \
	'schema:accessMode">visual<' 'schema:accessibilityFeature">alternativeText<' \
	'<dc:creator id="creator-1">Ann Example</dc:creator>' '<dc:date>2020-05</dc:date>' 'dcterms:conformsTo'
(cd "$TMP/fig" && "$E" -q -o "$TMP/fig-stdin.epub" - <fig.xml)
same "epub figures: from stdin, images relative to the current directory" "$TMP/fig.epub" "$TMP/fig-stdin.epub"

# ---- the title page as a reader shows it: a headless-Chromium screenshot (tests/out/epub/),
# its ink centred on the page
CHROME=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -n "$CHROME" ] && [ "${FRUS_PASS:-plain}" = plain ]; then
	SHOTS=$ROOT/tests/out/epub; mkdir -p "$SHOTS"
	for b in mono vol; do
		[ -f "$TMP/$b.epub" ] || continue
		d=$TMP/shot-$b; rm -rf "$d"; mkdir -p "$d"; (cd "$d" && unzip -q "$TMP/$b.epub")
		prof=$(mktemp -d "$TMP/chrome.XXXXXX")
		timeout 60 "$CHROME" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
			--disable-background-networking --disable-component-update --disable-sync \
			--user-data-dir="$prof" --hide-scrollbars --window-size=600,800 \
			--screenshot="$SHOTS/titlepage-$b.png" "file://$d/OEBPS/text/titlePage-3.xhtml" >/dev/null 2>&1
		ink=$(python3 "$ROOT/tests/epub/png-ink.py" "$SHOTS/titlepage-$b.png" 2>&1)
		# ink: width height left top right bottom of the non-white pixels
		if echo "$ink" | awk '{ w = $1; l = $3; r = $5; t = $4; b = $6
			exit !(NF == 6 && r - l > w / 3 && (l - (w - 1 - r)) ^ 2 < (w / 20) ^ 2 && b - t > 200) }'; then
			ok "epub $b: title page screenshot, text centred ($SHOTS/titlepage-$b.png)"
		else
			notok "epub $b: title page screenshot, text centred" "ink box: $ink"
		fi
	done
else
	skip "epub title page screenshot" "no chromium (or not the plain pass)"
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
