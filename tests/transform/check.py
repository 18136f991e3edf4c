#!/usr/bin/env python3
"""Checks for tests/t-transform.sh: one subcommand per property.

  words TEI OUT FORMAT   every word of the TEI <text> (notes included) occurs
                         in the output at least as often (nothing dropped)
  links HTML             every href="#x" has an id="x"; ids are unique
  xhtml HTML             <!DOCTYPE html> first (what a schema cannot see);
                         the elements, attributes and content models are
                         checked by xmllint against xhtml5-subset.rng
  json TEI JSON          parses; one object per document; notes counted
  md TEI MD              cmark parses it; footnote refs and definitions match
Exit 0 when the property holds, 1 (with the reason on stderr) otherwise.
"""
import collections
import html.parser
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

TEI = "{http://www.tei-c.org/ns/1.0}"
XHTML = "{http://www.w3.org/1999/xhtml}"
WORD = re.compile(r"\w+", re.UNICODE)


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def tei_text(path):
    root = ET.parse(path).getroot()
    text = root.find(TEI + "text")
    return " ".join(text.itertext()) if text is not None else ""


def tei_docs_notes(path):
    root = ET.parse(path).getroot()
    docs = [d for d in root.iter(TEI + "div") if d.get("type") == "document"]
    units = docs or [root.find(TEI + "text")]
    return units, [len(list(u.iter(TEI + "note"))) for u in units]


class TextOf(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(s):
    p = TextOf()
    p.feed(s)
    return " ".join(p.parts)


def cmark(path):
    r = subprocess.run(["cmark", "--to", "html", path], capture_output=True, text=True)
    if r.returncode != 0:
        fail("cmark failed: " + r.stderr)
    return r.stdout


def json_strings(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, list):
        for x in v:
            yield from json_strings(x)
    elif isinstance(v, dict):
        for x in v.values():
            yield from json_strings(x)


def words(tei, out, fmt):
    want = collections.Counter(WORD.findall(tei_text(tei)))
    if fmt == "xhtml":
        got_text = " ".join(ET.parse(out).getroot().find(XHTML + "body").itertext())
    elif fmt == "markdown":
        got_text = html_text(cmark(out))
    elif fmt == "json":
        got_text = " ".join(json_strings(json.load(open(out, encoding="utf-8"))))
    else:
        got_text = open(out, encoding="utf-8").read()
    got = collections.Counter(WORD.findall(got_text))
    missing = {w: n - got[w] for w, n in want.items() if got[w] < n}
    if missing:
        fail("words lost in %s: %s" % (out, sorted(missing.items())[:20]))


def links(path):
    s = open(path, encoding="utf-8").read()
    ids = re.findall(r'\bid="([^"]+)"', s)
    dup = [k for k, n in collections.Counter(ids).items() if n > 1]
    if dup:
        fail("duplicate ids: %s" % dup[:10])
    bad = [h for h in re.findall(r'href="#([^"]*)"', s) if h not in set(ids)]
    if bad:
        fail("links to missing ids: %s" % bad[:10])
    if not re.search(r'href="#[^"]+"', s):
        fail("no internal links at all")


def xhtml(path):
    s = open(path, encoding="utf-8").read()
    if not s.startswith("<!DOCTYPE html>"):
        fail("no <!DOCTYPE html> at the start")
    root = ET.fromstring(s)
    if root.tag != XHTML + "html":
        fail("root is %s, not XHTML html" % root.tag)


def js(tei, path):
    units, notes = tei_docs_notes(tei)
    data = json.load(open(path, encoding="utf-8"))
    objs = data if isinstance(data, list) else [data]
    if len(objs) != len(units):
        fail("%d objects for %d documents" % (len(objs), len(units)))
    keys = {"id", "number", "title", "date", "place", "participants", "subject", "notes", "pages", "text"}
    for o, n in zip(objs, notes):
        if not keys <= set(o):
            fail("missing keys: %s" % (keys - set(o)))
        if len(o["notes"]) != n:
            fail("%s: %d notes, TEI has %d" % (o["id"], len(o["notes"]), n))
        if not o["title"] or not o["text"]:
            fail("empty title or text")


def md(tei, path):
    units, notes = tei_docs_notes(tei)
    out = cmark(path)
    src = open(path, encoding="utf-8").read()
    refs = re.findall(r"\[\^([^\]\s]+)\](?!:)", src)
    defs = re.findall(r"^\[\^([^\]\s]+)\]:", src, re.M)
    if len(defs) != sum(notes):
        fail("%d footnote definitions, TEI has %d notes" % (len(defs), sum(notes)))
    if sorted(set(refs)) != sorted(set(defs)) or len(refs) != len(defs):
        fail("footnote references and definitions differ")
    if out.count("<p>") < len(defs):
        fail("too few paragraphs in cmark's rendering")
    h = len(re.findall(r"<h[1-6]>", out))
    if h < len(units):
        fail("%d headings for %d documents" % (h, len(units)))


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    {"words": words, "links": links, "xhtml": xhtml, "json": js, "md": md}[cmd](*args)


if __name__ == "__main__":
    main()
