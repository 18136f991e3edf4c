#!/usr/bin/env python3
"""figures.py SUMMARY FLOORS VARIANT: compares the "all:" table that the eval's run.sh
printed (SUMMARY) with the floors for VARIANT (FLOORS: lines "variant metric column floor",
column macro or micro); prints one TAP line per figure and exits 1 when one falls below.
With FLOORS "-", prints the figures in the floors format instead."""
import sys

summary, floors, variant = sys.argv[1], sys.argv[2], sys.argv[3]
fig = {}
inall = False
for line in open(summary, encoding='utf-8'):
    if line.startswith('all:'):
        inall = True
        continue
    if inall:
        if not line.strip():
            break
        f = line.split()
        if f[0] == 'metric':
            continue
        fig[f[0]] = {'macro': f[1], 'micro': f[2]}
if floors == '-':
    for m, v in fig.items():
        for col in ('macro', 'micro'):
            if v[col] != '-':
                print(variant, m, col, v[col])
    sys.exit(0)
bad = 0
for line in open(floors, encoding='utf-8'):
    f = line.split()
    if len(f) != 4 or f[0] != variant:
        continue
    _, m, col, floor = f
    got = fig.get(m, {}).get(col, '-')
    name = '%s-%s-%s' % (variant, m, col)
    if got == '-' or float(got) < float(floor):
        print('not ok %s\n#   %s %s is %s, the floor is %s' % (name, m, col, got, floor))
        bad = 1
    else:
        print('ok %s (%s >= %s)' % (name, got, floor))
sys.exit(bad)
