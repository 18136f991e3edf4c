#!/usr/bin/env python3
"""figures.py: the figures of the "all:" table that the eval's run.sh prints.

  figures.py SUMMARY FLOORS VARIANT   one TAP line per floor of VARIANT in FLOORS (lines
                                      "variant metric column floor", column macro or micro);
                                      exit 1 when a figure falls below its floor
  figures.py SUMMARY - VARIANT        the figures, in the floors format
  figures.py SUMMARY --above BASE     one TAP line per figure of the baseline's summary BASE:
                                      ours must not be below it"""
import sys


def table(path):
    fig, inall = {}, False
    for line in open(path, encoding='utf-8'):
        if line.startswith('all:'):
            inall = True
            continue
        if inall:
            if not line.strip():
                break
            f = line.split()
            if f[0] != 'metric':
                fig[f[0]] = {'macro': f[1], 'micro': f[2]}
    return fig


def check(name, got, floor, what):
    good = got != '-' and float(got) >= float(floor)
    print('%s %s%s' % ('ok' if good else 'not ok', name,
                       '' if good else '\n#   %s is %s, %s %s' % (name, got, what, floor)))
    return good


summary, arg, variant = sys.argv[1], sys.argv[2], sys.argv[3]
fig = table(summary)
if arg == '-':
    for m, v in fig.items():
        for col in ('macro', 'micro'):
            if v[col] != '-':
                print(variant, m, col, v[col])
    sys.exit(0)
good = True
if arg == '--above':
    for m, v in table(variant).items():
        for col in ('macro', 'micro'):
            if v[col] != '-':
                good &= check('not-below-baseline-%s-%s' % (m, col), fig.get(m, {}).get(col, '-'),
                              v[col], 'the baseline')
    sys.exit(0 if good else 1)
for line in open(arg, encoding='utf-8'):
    f = line.split()
    if len(f) != 4 or f[0] != variant:
        continue
    _, m, col, floor = f
    good &= check('%s-%s-%s' % (variant, m, col), fig.get(m, {}).get(col, '-'), floor, 'the floor is')
sys.exit(0 if good else 1)
