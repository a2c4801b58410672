"""Generates tones.wav for the audio-segments demo sample: 10 s, 8 kHz, mono, 16-bit PCM (160 KB).

Speech-like chirps (two "words" gliding in pitch with syllable-rate loudness), a hiss of noise and
a beep, at known times, so segments have something visible to cover. Deterministic: run again and
the bytes are the same.  python3 examples/samples/audio-segments/generate.py
"""
import math
import os
import random
import struct
import wave

RATE = 8000
SECONDS = 10
samples = [0.0] * (RATE * SECONDS)


def add(start, end, fn):
    for i in range(int(start * RATE), int(end * RATE)):
        t = i / RATE - start
        samples[i] += fn(t, end - start)


def word(f0, f1, syllables):
    """A glide from f0 to f1 Hz with `syllables` loudness bumps and a few harmonics."""

    def fn(t, length):
        f = f0 + (f1 - f0) * t / length
        phase = 2 * math.pi * (f0 * t + (f1 - f0) * t * t / (2 * length))
        envelope = abs(math.sin(math.pi * syllables * t / length)) ** 0.6
        return 0.55 * envelope * (math.sin(phase) + 0.4 * math.sin(2 * phase) + 0.2 * math.sin(3 * phase))

    return fn


rng = random.Random(7)
add(0.6, 2.1, word(140, 220, 3))
add(2.6, 4.4, word(200, 130, 4))
add(5.2, 6.4, lambda t, length: 0.25 * (rng.random() * 2 - 1) * min(1, t * 8, (length - t) * 8))
add(7.0, 8.6, word(160, 260, 5))
add(9.1, 9.4, lambda t, length: 0.7 * math.sin(2 * math.pi * 1000 * t))

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tones.wav")
with wave.open(path, "wb") as out:
    out.setnchannels(1)
    out.setsampwidth(2)
    out.setframerate(RATE)
    out.writeframes(b"".join(struct.pack("<h", max(-32767, min(32767, round(v * 32767)))) for v in samples))
print(path, os.path.getsize(path), "bytes")
