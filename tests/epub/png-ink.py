#!/usr/bin/env python3
"""png-ink.py — where the ink is on a screenshot.

    png-ink.py FILE.png

Prints "WIDTH HEIGHT LEFT TOP RIGHT BOTTOM": the image size and the box of the pixels
that are not (nearly) white.  Reads 8-bit RGB/RGBA PNGs (what Chromium writes) with zlib
alone, so the tests need no imaging library.
"""
import struct
import sys
import zlib


def rows(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(path + ": not a PNG")
    i, idat, w = 8, b"", 0
    while i < len(data):
        n, kind = struct.unpack(">I4s", data[i:i + 8])
        body = data[i + 8:i + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or ctype not in (2, 6) or interlace:
                sys.exit(path + ": not an 8-bit RGB(A) non-interlaced PNG")
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        i += 12 + n
    raw = zlib.decompress(idat)
    stride = w * bpp
    prev = bytearray(stride)
    out = []
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[x] = (line[x] + pr) & 255
        out.append(line)
        prev = line
    return w, h, bpp, out


def main():
    w, h, bpp, lines = rows(sys.argv[1])
    left, top, right, bottom = w, h, -1, -1
    for y, line in enumerate(lines):
        for x in range(w):
            r, g, b = line[x * bpp:x * bpp + 3]
            if r < 200 or g < 200 or b < 200:
                left, right = min(left, x), max(right, x)
                top, bottom = min(top, y), max(bottom, y)
    print(w, h, left, top, right, bottom)


main()
