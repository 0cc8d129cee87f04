"""Turn a born-digital sample PDF into a 'scanned' twin: image-only, slightly rotated, noisy.

Deterministic: the same input bytes and seed give the same output bytes.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from pipeline.render import render_page

SCAN_DPI = 200
JPEG_QUALITY = 60


def rotate_box(
    box: dict, angle_deg: float, width: float, height: float
) -> tuple[float, float, float, float]:
    """Axis-aligned bounds of `box` (points, top-left origin) after PIL's rotate(angle_deg).

    PIL rotates counter-clockwise about the image centre; with y pointing down a point at
    offset (dx, dy) from the centre moves to (dx cos + dy sin, -dx sin + dy cos). Scaling
    points to pixels and back is uniform, so the rotation can be applied in points.
    """
    t = math.radians(angle_deg)
    cx, cy = width / 2, height / 2
    xs, ys = [], []
    for x in (box["x0"], box["x1"]):
        for y in (box["top"], box["bottom"]):
            dx, dy = x - cx, y - cy
            xs.append(cx + dx * math.cos(t) + dy * math.sin(t))
            ys.append(cy - dx * math.sin(t) + dy * math.cos(t))
    return (
        max(0.0, min(xs)),
        max(0.0, min(ys)),
        min(width, max(xs)),
        min(height, max(ys)),
    )


def scan_angles(seed: int, file_index: int, n_pages: int) -> list[float]:
    """Deterministic skew per page for `scan_pdf`."""
    rng = np.random.default_rng([seed, 1000 + file_index])
    # between 0.2 and 1 degree either way: visibly skewed, as a real scanner leaves it
    magnitudes = rng.uniform(0.2, 1.0, n_pages)
    signs = rng.choice([-1.0, 1.0], n_pages)
    return [float(round(m * s, 4)) for m, s in zip(magnitudes, signs, strict=True)]


def _scan_image(digital: Path, page_no: int, angle: float, rng: np.random.Generator) -> bytes:
    image = render_page(digital, page_no, dpi=SCAN_DPI).convert("L")
    image = image.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    pixels = np.asarray(image, dtype=np.float32)
    # mild sensor noise, a slightly grey paper and a few dark specks
    pixels = pixels * 0.94 + 6 + rng.normal(0.0, 4.0, pixels.shape)
    n_specks = int(rng.integers(15, 40))
    ys = rng.integers(0, pixels.shape[0], n_specks)
    xs = rng.integers(0, pixels.shape[1], n_specks)
    for y, x in zip(ys, xs, strict=True):
        pixels[y : y + 2, x : x + 2] = 40
    noisy = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")
    out = io.BytesIO()
    noisy.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=False)
    return out.getvalue()


def scan_pdf(digital: Path, scanned: Path, angles: list[float], seed: int) -> None:
    """Write `scanned`: each page of `digital` as a rotated, noisy JPEG of the same size."""
    pdf = pdfium.PdfDocument(str(digital))
    try:
        sizes = [pdf[index].get_size() for index in range(len(pdf))]
    finally:
        pdf.close()
    canvas = Canvas(str(scanned), invariant=1, pageCompression=1)
    canvas.setCreator("woo-pipeline sample scanner")
    for index, (width, height) in enumerate(sizes):
        rng = np.random.default_rng([seed, index])
        jpeg = _scan_image(digital, index + 1, angles[index], rng)
        canvas.setPageSize((width, height))
        canvas.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width, height)
        canvas.showPage()
    canvas.save()
