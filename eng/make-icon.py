#!/usr/bin/env python3
"""Draws the package icon (eng/icon.png, 128×128): a ledger-red square with three rising white bars and a check mark,
written as PNG bytes with the standard library only (no image tools needed). Run: python3 eng/make-icon.py"""
import os, struct, zlib

SIZE = 128
RED, WHITE, GOLD = (178, 34, 34), (255, 255, 255), (255, 205, 80)


def pixel(x, y):
    # Rounded square (radius 20) on a transparent background.
    r = 20
    cx = min(max(x, r), SIZE - 1 - r)
    cy = min(max(y, r), SIZE - 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return (0, 0, 0, 0)
    # Three bars rising from the base line (income, expenditure, balance).
    for left, top in ((24, 70), (50, 52), (76, 34)):
        if left <= x < left + 18 and top <= y < 104:
            return WHITE + (255,)
    # A gold check mark over the tallest bar: two thick strokes.
    def near(ax, ay, bx, by, width=5):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= width * width
    if near(62, 24, 74, 36) or near(74, 36, 104, 8):
        return GOLD + (255,)
    return RED + (255,)


rows = b"".join(b"\x00" + bytes(c for x in range(SIZE) for c in pixel(x, y)) for y in range(SIZE))


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png"), "wb") as f:
    f.write(png)
