#!/usr/bin/env python3
"""Writes N mutants of FRUS TEI files, for comparing frus-validate's two
engines (the built-in rules and the compiled Schematron) on documents
neither was written for.

    mutate.py SEED N OUTDIR FILE...

Each mutant is one input with 1-8 random changes that keep it well formed:
a quotation mark, space or punctuation put into a text; an attribute set to
a value FRUS rules look at (ids, numbers, targets, dates, types, rend ...);
an element removed, copied, or inserted (pb, note, persName, date, signed,
head, div ...); a comment or processing instruction; a frus:attachment; a
TEI element written with a tei: prefix.  The same SEED gives the same files.
"""
import os
import random
import sys
from xml.dom import minidom

TEI = 'http://www.tei-c.org/ns/1.0'
FRUS = 'http://history.state.gov/frus/ns/1.0'
CHARS = ['“', '”', '‘', '’', "'", '"', ' ', '.', ',', ' . . .', '–', '\n', 'x', '5', ')', 'Z',
         '9', '’6', '“ ', ' ”a', ' ,', 'Source: ']
VALUES = {
    'n': ['1', '2', '3', '[4]', 'x', '', '425', '426'],
    'xml:id': ['d1', 'd425', 'd425fn2', 'pg_873', 'pg_873_1', 'p_BGW1', 't_OAS1', 'terms', 'persons',
               'dup', 'right'],
    'target': ['#d1', '#d425', '#pg_873', '#pg_874', 'frus1961-63v12#d1', 'http://x', 'x',
               '#range(d425,d426)', '#range(a,b)', '#right'],
    'when': ['1962', '1962-08', '1962-08-02', '1962-8-2', '1962-08-02T10:00:00Z', '--08-02',
             '10:00:00', 'x'],
    'from': ['1962-08-02', '1962-08-03T10:00:00', '1962', 'bad'],
    'to': ['1962-08-01', '1962-08-02', '1962-08-03T09:00:00'],
    'notBefore': ['1962-08-01', '1962-09-01'],
    'notAfter': ['1962-08-31', '1962-08-01'],
    'ana': ['#date_x', 'date_x', '#signed-exception_multiple-consecutive-persnames'],
    'type': ['document', 'source', 'chapter', 'historical-document', 'participants', 'bogus',
             'shortened-for-running-head', 'content-date', 'publication-date', 'complete'],
    'subtype': ['historical-document', 'editorial-note', 'index'],
    'rend': ['inline', 'strong', 'italic', 'bold'],
    'rendition': ['#right', 'right', '#a #b'],
    'corresp': ['#p_BGW1', '#x', 'p_x', 'frusx#p'],
    'calendar': ['gregorian', 'solar', 'julian gregorian'],
    'rows': ['1', '2', 'x'],
    'cols': ['1', '2'],
    'role': ['primary', 'author'],
}
NEW = ['pb', 'lb', 'note', 'persName', 'hi', 'date', 'dateline', 'head', 'p', 'seg', 'signed',
       'closer', 'list', 'item', 'table', 'ref', 'gloss', 'term', 'affiliation', 'space', 'div',
       'editor', 'title', 'cell', 'category', 'rendition']
TEXTS = ['Rusk', '2', '–', 'n', 'Source: x', 'undated', ' ', 'August 2', '“', 'Editorial Note']


def elements(n):
    out = []
    for c in n.childNodes:
        if c.nodeType == c.ELEMENT_NODE:
            out.append(c)
            out.extend(elements(c))
    return out


def texts(n):
    out = []
    for c in n.childNodes:
        if c.nodeType == c.TEXT_NODE:
            out.append(c)
        elif c.nodeType == c.ELEMENT_NODE:
            out.extend(texts(c))
    return out


def put(parent, node, rnd):
    kids = parent.childNodes
    pos = rnd.randint(0, len(kids))
    if pos < len(kids):
        parent.insertBefore(node, kids[pos])
    else:
        parent.appendChild(node)


def mutate(d, rnd):
    root = d.documentElement
    es, ts = elements(root), texts(root)
    inner = [e for e in es if e.parentNode is not None and e.parentNode is not d]
    op = rnd.random()
    if op < 0.3 and ts:
        t = rnd.choice(ts)
        p = rnd.randint(0, len(t.data))
        t.data = t.data[:p] + rnd.choice(CHARS) + t.data[p:]
    elif op < 0.55 and es:
        name = rnd.choice(list(VALUES))
        rnd.choice(es).setAttribute(name, rnd.choice(VALUES[name]))
    elif op < 0.62 and inner:
        e = rnd.choice(inner)
        e.parentNode.removeChild(e)
    elif op < 0.82 and es:
        e = d.createElementNS(TEI, rnd.choice(NEW))
        if rnd.random() < 0.7:
            e.appendChild(d.createTextNode(rnd.choice(TEXTS)))
        put(rnd.choice(es), e, rnd)
    elif op < 0.9 and inner:
        e = rnd.choice(inner)
        e.parentNode.insertBefore(e.cloneNode(True), e)
    elif op < 0.94 and es:
        c = rnd.choice([d.createComment(rnd.choice([' ', 'note', 'Source: x'])),
                        d.createProcessingInstruction('pi', 'x')])
        put(rnd.choice(es), c, rnd)
    elif op < 0.97 and es:
        a = d.createElementNS(FRUS, 'frus:attachment')
        h = d.createElementNS(TEI, 'head')
        h.appendChild(d.createTextNode(rnd.choice(['[Tab A]', 'Editorial Note', ' '])))
        a.appendChild(h)
        rnd.choice(es).appendChild(a)
    elif inner:
        e = rnd.choice(inner)
        p = d.createElementNS(TEI, 'tei:' + rnd.choice(['note', 'pb', 'persName', 'hi', 'p', 'date']))
        p.setAttribute('xmlns:tei', TEI)
        p.setAttribute('n', rnd.choice(['1', '2', '3']))
        e.parentNode.insertBefore(p, e)


def main(argv):
    if len(argv) < 5:
        raise SystemExit(__doc__)
    rnd = random.Random(int(argv[1]))
    n, out, sources = int(argv[2]), argv[3], sorted(argv[4:])
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        d = minidom.parse(rnd.choice(sources))
        for _ in range(rnd.randint(1, 8)):
            mutate(d, rnd)
        with open(os.path.join(out, f'm{i:04d}.xml'), 'w', encoding='utf-8') as f:
            f.write(d.toxml())


if __name__ == '__main__':
    main(sys.argv)
