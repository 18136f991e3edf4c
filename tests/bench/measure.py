#!/usr/bin/env python3
"""measure.py OUTFILE CMD... — runs CMD once (stdout to /dev/null, stderr
kept) and writes "wall_s cpu_s peak_rss_kb exit_status" to OUTFILE.

CPU time (user + system) comes from wait4() in microseconds (GNU time
rounds to 10 ms, too coarse for small corpora); peak RSS from GNU time's
%M, because a child forked from Python starts with Python's pages counted
in its ru_maxrss."""
import os
import subprocess
import sys
import time

out, cmd = sys.argv[1], sys.argv[2:]
rssfile = out + ".rss"
t0 = time.perf_counter()
try:
    p = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", rssfile] + cmd,
                         stdout=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    rc = os.waitstatus_to_exitcode(status)
except OSError as e:
    print("measure.py: %s" % e, file=sys.stderr)
    sys.exit(2)
wall = time.perf_counter() - t0
try:
    with open(rssfile) as f:
        rss = int(f.read().split()[-1])
    os.unlink(rssfile)
except (OSError, ValueError, IndexError):
    rss = 0
with open(out, "w") as f:
    f.write("%.6f %.6f %d %d\n" % (wall, ru.ru_utime + ru.ru_stime, rss, rc))
