#!/usr/bin/env python3
"""The Office of the Historian's checks beside frus-validate (tests only).

The Office's Schematron (../shared/office-schema/frus-compiled.xsl, SchXslt
output run by Saxon) writes SVRL.  A finding there is a svrl:failed-assert
(or successful-report) after the svrl:fired-rule of its rule; its *kind* is
the assertion that failed, numbered 1, 2, ... in the order the assertions
appear in frus-compiled.xsl (tests/office/rules.tsv names every one).

  office.py catalog XSL
      every assertion of the compiled rules: number, E/W, context, test,
      message (value-of parts as ...), one TSV line each
  office.py check-catalog XSL RULES.TSV SCH
      RULES.TSV lists every assertion (same number and severity), names only
      rule ids that SCH declares, and every error rule of SCH is on the row
      of an Office error; exit 1 otherwise
  office.py kinds XSL SVRL
      the error kinds of one SVRL report, one number a line
  office.py compare XSL OURS.svrl CONTROL.svrl OURS.xml CONTROL.xml [TODO.tsv VOLUME]
      error kinds that OURS has and CONTROL has not (exit 1 if any), with
      a count and the first message of each; findings in documents the
      control lacks are left out, kinds TODO.tsv lists for VOLUME (known
      converter work) are reported as TODO, not failed
  office.py agree XSL RULES.TSV FRUS.json JING.txt
      every frus-validate error (FRUS.json: frus-validate --format json)
      is also an error of the Office: a grammar error (JING.txt: jing -c
      output) in the same file, or an Office finding of a kind RULES.TSV
      maps to that rule id, at the place RULES.TSV says.  The SVRL report
      of DIR/NAME.xml is DIR.svrl/NAME.xml (Saxon -s:DIR -o:DIR.svrl).
      Prints an "ok"/"not ok" line per file.
  office.py table RULES.TSV SCH
      the README's table of the Office's rules beside frus-validate's (markdown)
  office.py meta VOLID
      a frus-volume metadata file for a volume id, derived from the id
      (years, volume number) for the Office's header rules
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

XSL = '{http://www.w3.org/1999/XSL/Transform}'
SVRL = '{http://purl.oclc.org/dsdl/svrl}'
SCHXSLT = '{https://doi.org/10.5281/zenodo.1495494}'
SCH = '{http://purl.oclc.org/dsdl/schematron}'
NS = {'http://www.tei-c.org/ns/1.0': '', 'http://history.state.gov/frus/ns/1.0': 'frus:'}


def norm(s):
    return ' '.join((s or '').split())


def is_warning(role):
    return role in ('warn', 'warning')


def catalog(xsl):
    """[(number, severity, context, test, message)] in document order."""
    out = []
    for tpl in ET.parse(xsl).getroot().iter(XSL + 'template'):
        rules = list(tpl.iter(SCHXSLT + 'rule'))
        if not rules or tpl.get('match') is None:
            continue
        # The context as SVRL's fired-rule writes it.
        ctx = None
        for fr in tpl.iter(SVRL + 'fired-rule'):
            for a in fr.findall(XSL + 'attribute'):
                if a.get('name') == 'context':
                    ctx = norm(a.text)
        for fa in tpl.iter():
            if fa.tag not in (SVRL + 'failed-assert', SVRL + 'successful-report'):
                continue
            test = ''.join(a.text or '' for a in fa.findall(XSL + 'attribute')
                           if a.get('name') == 'test')
            txt = fa.find(SVRL + 'text')
            msg = ''
            if txt is not None:
                parts = [txt.text or '']
                for c in txt:
                    parts.append('...')
                    parts.append(c.tail or '')
                msg = norm(''.join(parts))
            sev = 'W' if is_warning(fa.get('role')) else 'E'
            out.append((len(out) + 1, sev, ctx, norm(test), msg))
    return out


def kind_index(xsl):
    idx = {}
    for n, sev, ctx, test, msg in catalog(xsl):
        idx.setdefault((ctx, test), n)
    return idx


def findings(xsl, svrl, idx=None):
    """[(number, severity, location, message)] of one SVRL report."""
    idx = idx or kind_index(xsl)
    out = []
    ctx = None
    for e in ET.parse(svrl).getroot():
        if e.tag == SVRL + 'fired-rule':
            ctx = norm(e.get('context'))
        elif e.tag in (SVRL + 'failed-assert', SVRL + 'successful-report'):
            n = idx.get((ctx, norm(e.get('test'))))
            if n is None:
                raise SystemExit(f'office.py: {svrl}: a finding of no known assertion: {e.get("test")}')
            t = e.find(SVRL + 'text')
            msg = norm(''.join(t.itertext())) if t is not None else ''
            sev = 'W' if is_warning(e.get('role')) else 'E'
            out.append((n, sev, location(e.get('location')), msg))
    return out


def location(loc):
    """Saxon's path() as frus-validate writes paths: /TEI[1]/text[1]/...,
    frus: for the FRUS namespace; attribute and text steps dropped (the
    finding belongs to their element)."""
    steps = []
    for step in re.findall(r'/(Q\{[^}]*\}[^/]*|[^/]+)', loc or ''):
        if step.startswith('@') or step.startswith('text()') or step.startswith('comment()') \
                or step.startswith('processing-instruction('):
            break
        m = re.match(r'Q\{([^}]*)\}(.*)$', step)
        if m:
            step = NS.get(m.group(1), '{' + m.group(1) + '}') + m.group(2)
        steps.append(step)
    return '/' + '/'.join(steps) if steps else '/'


def read_rules(path):
    """rules.tsv: number, severity, rule ids (comma; - for none),
    relation (self, inside, around, file; - for none), description."""
    rows = {}
    for line in open(path, encoding='utf-8'):
        if not line.strip() or line.startswith('#'):
            continue
        f = line.rstrip('\n').split('\t')
        if len(f) < 5:
            raise SystemExit(f'office.py: {path}: short line: {line!r}')
        ids = [] if f[2] == '-' else f[2].split(',')
        rows[int(f[0])] = (f[1], ids, f[3], '\t'.join(f[4:]))
    return rows


def cmd_catalog(xsl):
    for row in catalog(xsl):
        print('\t'.join(str(x) for x in row))


def cmd_check_catalog(xsl, rules_tsv, sch):
    cat = catalog(xsl)
    rows = read_rules(rules_tsv)
    text = open(sch, encoding='utf-8').read()
    decl = re.findall(r'<sch:(?:assert|report)\s+id="([^"]+)"\s+role="([^"]+)"', text)
    ids = {i for i, _ in decl}
    errors = {i for i, role in decl if role == 'error'}
    bad = 0
    for n in (0,):
        if n not in rows or rows[n][0] != 'E':
            print('not ok rules.tsv row 0 (the Office\'s grammar)')
            bad += 1
    for n, sev, ctx, test, msg in cat:
        if n not in rows:
            print(f'not ok office rule {n} listed in rules.tsv\n#   {sev} {ctx}: {msg[:90]}')
            bad += 1
            continue
        rsev, rids, rel, desc = rows[n]
        if rsev != sev:
            print(f'not ok office rule {n}: severity {rsev} in rules.tsv, {sev} in the Office\'s rules')
            bad += 1
        for r in rids:
            if r not in ids and r != 'rng':
                print(f'not ok office rule {n}: rule id {r} is not in frus.sch')
                bad += 1
        if rids and rel not in ('self', 'inside', 'around', 'near', 'file'):
            print(f'not ok office rule {n}: relation {rel!r}')
            bad += 1
        if not rids and sev == 'E' and len(desc) < 20:
            print(f'not ok office rule {n}: an error kind without a frus-validate rule needs a reason')
            bad += 1
    for n in rows:
        if n > len(cat) or n < 0:
            print(f'not ok rules.tsv row {n}: the Office has {len(cat)} assertions')
            bad += 1
    # Every error of ours is an error of the Office's: its id is on a row
    # of an Office error.
    mirrored = {r for n, (rsev, rids, rel, desc) in rows.items() if rsev == 'E' for r in rids}
    for r in sorted(errors - mirrored):
        print(f'not ok frus.sch error {r} mirrors no error of the Office (rules.tsv): make it a warning')
        bad += 1
    if not bad:
        print(f'ok rules.tsv lists the {len(cat)} assertions of the Office\'s rules; every error of frus.sch is one of them')
    return 1 if bad else 0


def error_kinds(xsl, svrl, idx=None):
    kinds = {}
    for n, sev, loc, msg in findings(xsl, svrl, idx):
        if sev == 'E':
            kinds.setdefault(n, []).append(msg)
    return kinds


def cmd_kinds(xsl, svrl):
    for n in sorted(error_kinds(xsl, svrl)):
        print(n)


def documents(xml):
    """{path: id of the document div holding it} for every element of a
    volume (paths as location() writes them), and the set of document ids."""
    where, ids = {}, set()
    def walk(e, path, doc):
        where[path] = doc
        counts = {}
        for c in e:
            if not isinstance(c.tag, str):
                continue
            m = re.match(r'\{([^}]*)\}(.*)', c.tag)
            name = (NS.get(m.group(1), '{' + m.group(1) + '}') + m.group(2)) if m else c.tag
            counts[name] = counts.get(name, 0) + 1
            d = doc
            if name == 'div' and c.get('type') in ('document', 'document-pending'):
                d = c.get('{http://www.w3.org/XML/1998/namespace}id')
                ids.add(d)
            walk(c, f'{path}/{name}[{counts[name]}]', d)
    root = ET.parse(xml).getroot()
    walk(root, '/TEI[1]', None)
    where['/'] = None
    return where, ids


def read_todo(path, volume):
    todo = {}
    if path and os.path.exists(path):
        for line in open(path, encoding='utf-8'):
            f = line.rstrip('\n').split('\t')
            if len(f) >= 3 and not line.startswith('#') and f[0] == volume:
                todo[int(f[1])] = f[2]
    return todo


def cmd_compare(xsl, ours, ctl, ours_xml, ctl_xml, todo_tsv=None, volume=None):
    """Error kinds of OURS that CONTROL lacks.  A finding inside a document
    the control does not hold (no Office TEI of it) is left out: there is
    nothing to compare it with.  Kinds listed for this volume in TODO_TSV
    (known converter work) are reported, not failed."""
    idx = kind_index(xsl)
    where, _ = documents(ours_xml)
    _, ctl_ids = documents(ctl_xml)
    a, alone = {}, {}
    for n, sev, loc, msg in findings(xsl, ours, idx):
        if sev != 'E':
            continue
        doc = where.get(loc)
        if doc is not None and doc not in ctl_ids:
            alone.setdefault(n, []).append(f'{doc}: {msg}')
        else:
            a.setdefault(n, []).append((f'{doc}: ' if doc else '') + msg)
    b = error_kinds(xsl, ctl, idx)
    todo = read_todo(todo_tsv, volume)
    failed = 0
    for n in sorted(set(a) - set(b)):
        if n in todo:
            print(f'TODO office rule {n}: {len(a[n])} x, e.g. {a[n][0][:140]} ({todo[n]})')
        else:
            print(f'office rule {n}: {len(a[n])} x, e.g. {a[n][0][:160]}')
            failed = 1
    for n in sorted(set(todo) - (set(a) - set(b))):
        print(f'FIXED office rule {n} is no longer found: remove it from {os.path.basename(todo_tsv)} ({volume})')
    for n in sorted(alone):
        print(f'NOTE office rule {n} in documents without the Office\'s TEI (not compared): {alone[n][0][:140]}')
    return failed


def under(a, b):
    """Path a is b or inside it."""
    return a == b or a.startswith(b.rstrip('/') + '/')


def cmd_agree(xsl, rules_tsv, frus_json, jing_txt):
    rows = read_rules(rules_tsv)
    by_rule = {}
    for n, (sev, ids, rel, desc) in rows.items():
        if sev != 'E':
            continue
        for r in ids:
            by_rule.setdefault(r, []).append((n, rel))
    jing = {}
    for line in open(jing_txt, encoding='utf-8', errors='replace'):
        m = re.match(r'(.*?):(\d+):(\d+): error: (.*)', line)
        if m:
            jing.setdefault(os.path.realpath(m.group(1)), []).append((int(m.group(2)), m.group(4)))
    idx = kind_index(xsl)
    report = json.load(open(frus_json, encoding='utf-8'))
    bad_total = 0
    for f in report['files']:
        name = f['file']
        errors = [d for d in f.get('diagnostics', []) if d['severity'] == 'error']
        svrl = os.path.join(os.path.dirname(name) + '.svrl', os.path.basename(name))
        office = findings(xsl, svrl, idx) if os.path.exists(svrl) else None
        bad = []
        for d in errors:
            rule, path = d['rule'], d.get('path') or ''
            if office is None:
                bad.append(f'{d["line"]}: {rule}: no Office report ({svrl})')
                continue
            wanted = by_rule.get(rule)
            if not wanted:
                bad.append(f'{d["line"]}: {rule}: no Office error kind is mapped to this rule (rules.tsv)')
                continue
            hit = False
            for n, rel in wanted:
                if n == 0:
                    if jing.get(os.path.realpath(name)):
                        hit = True
                        break
                    continue
                for on, osev, oloc, omsg in office:
                    if on != n or osev != 'E':
                        continue
                    # A grammar finding has no path: anywhere in the file.
                    if rel == 'file' or not path or (rel == 'self' and oloc == path) or \
                       (rel == 'inside' and under(oloc, path)) or \
                       (rel == 'around' and under(path, oloc)) or \
                       (rel == 'near' and (under(oloc, path) or under(path, oloc))):
                        hit = True
                        break
                if hit:
                    break
            if not hit:
                bad.append(f'{d["line"]}: {rule} at {path}: no Office error of kind '
                           f'{",".join(str(n) for n, _ in wanted)} there: {d["message"][:100]}')
        base = os.path.basename(name)
        if bad:
            bad_total += 1
            print(f'not ok agrees with the Office: {base} ({len(errors)} errors)')
            for b in bad[:10]:
                print(f'#   {b}')
        else:
            print(f'ok agrees with the Office: {base} ({len(errors)} errors)')
    return 1 if bad_total else 0


def cmd_meta(volid):
    """frus1961-63v12: years 1961-1963, Volume 12; frus1919Parisv01: 1919,
    Paris, Volume 1; frus1942China: 1942, China.  The publication date is
    not in the id: the last year of the content stands in for it (a lower
    bound), so that the Office's source-note rule applies as it would."""
    m = re.match(r'frus(\d{4})(?:-(\d{2}))?(.*)$', volid)
    if not m:
        raise SystemExit(f'office.py: {volid}: not a FRUS volume id')
    y1 = m.group(1)
    y2 = y1[:2] + m.group(2) if m.group(2) else y1
    rest = m.group(3)
    v = re.match(r'(.*?)v(\d+)$', rest)
    number = f'Volume {int(v.group(2))}' if v else 'Volume'
    title = (v.group(1) if v else rest) or number
    years = y1 if y1 == y2 else f'{y1}–{y2}'
    print(f'id: {volid}')
    complete = f'Foreign Relations of the United States, {years}, {number}'
    print(f'complete-title: {complete}' + (f', {title}' if title != number else ''))
    print('series: Foreign Relations of the United States')
    print(f'sub-series: {years}')
    print(f'volume-number: {number}')
    print(f'title: {title}')
    print('editor: The Office of the Historian:general')
    print('publisher: United States Government Printing Office')
    print('pub-place: Washington')
    print(f'date: {y2}')
    print(f'content-date: {y1}-01-01/{y2}-12-31')
    print('note: Assembled by frus-tools for a test against the Office\'s rules.')
    print('source: The documents of ../shared/dev-corpus.')


def cmd_table(rules_tsv, sch):
    """Rows of rules.tsv in order; neighbours with the same rules and
    severity in one row (51-55)."""
    text = open(sch, encoding='utf-8').read()
    roles = dict(re.findall(r'<sch:(?:assert|report)\s+id="([^"]+)"\s+role="([^"]+)"', text))
    rows = read_rules(rules_tsv)
    sev = {'E': 'error', 'W': 'warning'}
    groups = []
    for n in sorted(rows):
        rsev, ids, rel, desc = rows[n]
        key = (rsev, tuple(ids))
        if ids and groups and groups[-1][0] == key and groups[-1][2] == n - 1:
            groups[-1][2] = n
        else:
            groups.append([key, n, n, desc])
    print('| Office rule | what it checks | Office | frus-validate | ours |')
    print('|---|---|---|---|---|')
    for (rsev, ids), a, b, desc in groups:
        num = 'grammar' if a == 0 else (str(a) if a == b else f'{a}–{b}')
        ours = ', '.join(f'`{i}`' for i in ids) if ids else '—'
        oursev = ', '.join('error' if i == 'rng' else roles.get(i, '?') for i in ids) if ids else 'not mirrored'
        print(f'| {num} | {desc.replace("|", "/")} | {sev[rsev]} | {ours} | {oursev} |')


def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    cmd, args = argv[1], argv[2:]
    if cmd == 'catalog' and len(args) == 1:
        return cmd_catalog(*args)
    if cmd == 'check-catalog' and len(args) == 3:
        return cmd_check_catalog(*args)
    if cmd == 'kinds' and len(args) == 2:
        return cmd_kinds(*args)
    if cmd == 'compare' and len(args) in (5, 7):
        return cmd_compare(*args)
    if cmd == 'agree' and len(args) == 4:
        return cmd_agree(*args)
    if cmd == 'table' and len(args) == 2:
        return cmd_table(*args)
    if cmd == 'meta' and len(args) == 1:
        return cmd_meta(*args)
    raise SystemExit(__doc__)


if __name__ == '__main__':
    sys.exit(main(sys.argv) or 0)
