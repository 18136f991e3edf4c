# tests/epub/books.sh — sourced by t-epub.sh and t-epub-ace.sh (after lib.sh): the test
# books that need more than one command to make.

# gen_volume DIR : DIR/vol.xml, a 10-document volume assembled by frus-volume from text
# that tests/bench/gen-corpus.py generates (two chapters, page breaks, footnotes, a title
# page and the printed contents).  Returns non-zero when a step fails.
gen_volume() {
	gd=$1
	rm -rf "$gd"; mkdir -p "$gd/tei"
	python3 "$ROOT/tests/bench/gen-corpus.py" --seed 10 "$ROOT/samples" 10 "$gd/txt" >/dev/null &&
		"$BIN/frus-txt2tei" -q -d "$gd/tei" "$gd"/txt/*.txt || return 1
	cat >"$gd/meta" <<'EOM'
id: test-volume
series: Foreign Relations of the United States
sub-series: 1961–1963
volume-number: Volume XCIX
title: Generated Documents
editor: Jane Doe
editor: John Roe:general
publisher: Office of the Historian
pub-place: Washington
date: 2024
EOM
	printf 'chapter: Before\nd1..d5\nchapter: After\nd6..d10\n' >"$gd/outline"
	"$BIN/frus-volume" -q --meta "$gd/meta" --outline "$gd/outline" -o "$gd/vol.xml" \
		"$gd"/tei/*.xml 2>/dev/null
}

# figure_book DIR : DIR/fig.xml, a document with an image beside it (fig1.png, named
# with its extension), one named without (chart -> chart.svg), one that is missing
# (missing.png), and DIR/fig/... none of it from ../shared.
figure_book() {
	fd=$1
	rm -rf "$fd"; mkdir -p "$fd"
	# A 64x40 PNG of four coloured squares, written with zlib (no imaging library needed).
	python3 -c '
import struct, sys, zlib
w, h = 64, 40
def px(x, y):
    return [(200, 40, 40), (40, 160, 60), (40, 60, 200), (250, 250, 250)][(x >= w // 2) + 2 * (y >= h // 2)]
raw = b"".join(b"\0" + bytes(c for x in range(w) for c in px(x, y)) for y in range(h))
def chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
sys.stdout.buffer.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                       + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
' >"$fd/fig1.png" || return 1
	cat >"$fd/chart.svg" <<'EOS'
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">
  <title>Volumes published per decade</title>
  <rect x="10" y="30" width="20" height="30" fill="#336"/>
  <rect x="50" y="10" width="20" height="50" fill="#336"/>
  <rect x="90" y="20" width="20" height="40" fill="#336"/>
</svg>
EOS
	cat >"$fd/fig.xml" <<'EOT'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="figures">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>A Document With Figures</title><author>Ann Example</author></titleStmt>
      <publicationStmt><publisher>frus-tools tests</publisher><date when="2020-05">May 2020</date></publicationStmt>
      <sourceDesc><p>Made by tests/epub/books.sh.</p></sourceDesc>
    </fileDesc>
  </teiHeader>
  <text>
    <body>
      <div type="chapter" xml:id="ch1">
        <head>Figures</head>
        <p>The first figure is a small picture.</p>
        <figure xml:id="fig-1">
          <graphic url="fig1.png"/>
          <head>Figure 1. Four squares</head>
          <figDesc>Four coloured squares: red, green, blue and white.</figDesc>
        </figure>
        <p>The second is a chart whose file name has no extension.</p>
        <figure>
          <graphic url="chart"/>
          <head>Figure 2. Volumes per decade</head>
          <figDesc>A bar chart of three bars, the middle one highest.</figDesc>
        </figure>
        <p>The third is not at hand.</p>
        <figure>
          <graphic url="missing.png"/>
          <head>Figure 3. Not included</head>
          <figDesc>A photograph that is not part of this test.</figDesc>
        </figure>
        <p>The first figure again: <figure><graphic url="./fig1.png"/><figDesc>The four squares once more.</figDesc></figure></p>
      </div>
    </body>
  </text>
</TEI>
EOT
}
