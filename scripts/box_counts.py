"""Redactions per page of any PDFs, as a run finds them, and what changed against an earlier
listing: the check beyond the gold that a redaction rule fires nowhere new.

    python scripts/box_counts.py FILES... --out new.json [--compare old.json]

Each page is read as `flows.page_reader` reads it (text layer or OCR, the page image where a
run renders one) and `redact_page` runs on it; the listing holds every redaction (method,
x0, top, x1, bottom, ground) per `folder/file#page`. Make the old listing on a checkout of
the old code (`git worktree` or `git archive`), the new one on yours, and compare: every
page whose redactions differ is printed with what came and went, to be looked at on the
page. No gold is read. Slow where pages need OCR (a few seconds a page).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from flows.page_reader import text_layer_of  # noqa: E402
from pipeline.docmodel import assign_lines  # noqa: E402
from pipeline.pdf_text import SCAN_IMAGE_COVERAGE, choose_text_method, image_coverage  # noqa: E402
from pipeline.redactions import read_scan_boxes_blanked, redact_page  # noqa: E402
from pipeline.render import MAX_OCR_DPI, downsample, ocr_dpi, render_open_page  # noqa: E402


def page_inputs(pdf: Any, path: Path, page_no: int) -> dict[str, Any]:
    """`redact_page`'s arguments for one page, as `flows.page_reader.read_open_page` makes
    them."""
    page = pdf[page_no - 1]
    layer = text_layer_of(page, str(path), page_no)
    width, height = layer["width"], layer["height"]
    method = choose_text_method(layer["text"], layer["images"], width, height)
    image = scale = None
    if method == "ocr" or image_coverage(layer["images"], width, height) >= SCAN_IMAGE_COVERAGE:
        image = render_open_page(page, MAX_OCR_DPI)
        scale = width / image.width
    geometry: dict[str, Any] = {}
    if method == "ocr":
        text_image = downsample(image.convert("L"), width, ocr_dpi(layer["images"], width, height))
        # the words the redaction reader gets: read with the black, empty boxes blanked
        words = read_scan_boxes_blanked(np.asarray(image), scale, text_image, width).read_words
    else:
        words = assign_lines(layer["words"], method)
        geometry = {"rects": layer["rects"], "chars": layer["chars"]}
    return {
        "width": width,
        "height": height,
        "words": words,
        "image": None if image is None else np.asarray(image),
        "scale": scale,
        **geometry,
    }


def listing(files: list[Path]) -> dict[str, list[list[Any]]]:
    """Every redaction of every page of `files`, keyed `folder/file#page`."""
    out: dict[str, list[list[Any]]] = {}
    for path in files:
        pdf = pdfium.PdfDocument(str(path))
        try:
            for page_no in range(1, len(pdf) + 1):
                found, _ = redact_page(**page_inputs(pdf, path, page_no))
                out[f"{path.parent.name}/{path.name}#{page_no}"] = [
                    [r["method"], *(round(r[k], 1) for k in ("x0", "top", "x1", "bottom"))]
                    + [r["ground"]]
                    for r in found
                ]
        finally:
            pdf.close()
        print(f"{path.name}: read", file=sys.stderr)
    return out


def compare(old: dict[str, list], new: dict[str, list]) -> list[str]:
    """Lines telling each page whose redactions differ, and the totals."""
    lines = []
    for key in sorted(set(old) | set(new)):
        before, after = old.get(key, []), new.get(key, [])
        if sorted(map(str, before)) == sorted(map(str, after)):
            continue
        lines.append(f"{key}: {len(before)} -> {len(after)}")
        lines += [f"   + {r}" for r in after if r not in before]
        lines += [f"   - {r}" for r in before if r not in after]
    total_old = sum(map(len, old.values()))
    total_new = sum(map(len, new.values()))
    lines.append(f"total {total_old} -> {total_new} redactions on {len(new)} pages")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True, help="write the listing here")
    parser.add_argument("--compare", type=Path, help="an earlier listing to compare with")
    args = parser.parse_args(argv)
    new = listing(args.files)
    args.out.write_text(json.dumps(new, indent=0))
    if args.compare:
        print("\n".join(compare(json.loads(args.compare.read_text()), new)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
