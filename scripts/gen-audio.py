#!/usr/bin/env python3
"""Writes test audio: a mono 16-bit WAV of tones, one pitch per chapter, so
a test (or an ear) can tell where in the recording the player is. Nothing
is downloaded; the standard library writes it.

    python3 scripts/gen-audio.py OUT.wav [--seconds 120] [--chapter 30]

Chapter k (from 0) is a sine at 220 * 2**(k/4) Hz, with a short fade at
each edge so seeking into it never clicks. 8 kHz keeps the file small
(two minutes are 1.9 MB) while every browser here still plays it.
"""

import argparse
import math
import struct
import wave

RATE = 8000
FADE = 0.02


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--seconds", type=int, default=120)
    parser.add_argument("--chapter", type=int, default=30, help="seconds per pitch")
    args = parser.parse_args()
    frames = bytearray()
    for n in range(args.seconds * RATE):
        t = n / RATE
        chapter = int(t // args.chapter)
        into = t - chapter * args.chapter
        edge = min(into, args.chapter - into, FADE) / FADE
        pitch = 220 * 2 ** (chapter / 4)
        frames += struct.pack("<h", int(0.3 * 32767 * edge * math.sin(2 * math.pi * pitch * t)))
    with wave.open(args.out, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    print(f"{args.out}: {args.seconds} s of tones, {len(frames) + 44} bytes")


if __name__ == "__main__":
    main()
