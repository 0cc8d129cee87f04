"""Write the whole sample release: digital PDFs, their scanned twins and gold.json."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from woo_eval.sample.documents import SAMPLE_FILES
from woo_eval.sample.gold import FileGold
from woo_eval.sample.layout import PAGE_HEIGHT, PAGE_WIDTH, FileWriter, PageGold
from woo_eval.sample.scan import rotate_box, scan_angles, scan_pdf
from woo_eval.sample.varied import varied_sample_files

GENERATOR = "woo-pipeline sample v1"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _page_gold(page: PageGold, text_method: str, angle: float | None) -> dict:
    redactions = page.redactions
    leaks = page.leaks
    if angle is not None:
        redactions = []
        for box in page.redactions:
            x0, top, x1, bottom = rotate_box(box, angle, PAGE_WIDTH, PAGE_HEIGHT)
            redactions.append(
                {**box, "x0": round(x0, 2), "top": round(top, 2), "x1": round(x1, 2),
                 "bottom": round(bottom, 2)}
            )  # fmt: skip
        # an image has no text under its boxes: nothing can leak from a scan
        leaks = []
    record = {
        "page_no": page.page_no,
        "width": round(PAGE_WIDTH, 2),
        "height": round(PAGE_HEIGHT, 2),
        "text_method": text_method,
        "words": list(page.words),
        "redactions": redactions,
        "leaks": leaks,
    }
    if angle is not None:
        record["rotation_deg"] = round(angle, 4)
    return record


def write_sample_release(
    out_dir: Path, seed: int = 20221, vary_content: bool = False, scanned: bool = True
) -> dict:
    """Write DIR/digital/*.pdf, DIR/scanned/*.pdf and DIR/gold.json; return the gold dict.

    The same seed gives byte-identical files (and so the same source_ids) on every run.
    By default the seed changes only the scans; with `vary_content` it also draws the
    documents themselves (people, dates, figures, headers, grounds, bundle; see `varied.py`),
    a held-out release for measuring extractors tuned on the default one.
    `scanned=False` writes only the born-digital files (the scans take most of the time).
    """
    out_dir = Path(out_dir)
    digital_dir = out_dir / "digital"
    scanned_dir = out_dir / "scanned"
    digital_dir.mkdir(parents=True, exist_ok=True)
    scanned_dir.mkdir(parents=True, exist_ok=True)
    digital_files: list[dict] = []
    scanned_files: list[dict] = []
    samples = varied_sample_files(seed) if vary_content else SAMPLE_FILES
    for index, sample in enumerate(samples):
        digital_path = digital_dir / sample.name
        scanned_path = scanned_dir / sample.name
        writer = FileWriter(digital_path, sample.title, sample.default_style)
        file_gold = FileGold(writer)
        sample.draw(writer, file_gold)
        pages = writer.close()
        structure = file_gold.as_dict()
        angles = scan_angles(seed, index, len(pages))
        if scanned:
            scan_pdf(digital_path, scanned_path, angles, seed + index)
        digital_rel = f"digital/{sample.name}"
        scanned_rel = f"scanned/{sample.name}"
        digital_files.append(
            {
                "path": digital_rel,
                "source_id": _sha256(digital_path),
                "variant": "digital",
                "twin": scanned_rel if scanned else None,
                "n_pages": len(pages),
                "pages": [_page_gold(p, "text_layer", None) for p in pages],
                **json.loads(json.dumps(structure)),
            }
        )
        if not scanned:
            continue
        scanned_files.append(
            {
                "path": scanned_rel,
                "source_id": _sha256(scanned_path),
                "variant": "scanned",
                "twin": digital_rel,
                "n_pages": len(pages),
                "pages": [
                    _page_gold(p, "ocr", angle) for p, angle in zip(pages, angles, strict=True)
                ],
                **json.loads(json.dumps(structure)),
            }
        )
    gold = {"generator": GENERATOR, "seed": seed, "files": digital_files + scanned_files}
    if vary_content:
        # only the held-out release says so: the default gold.json stays byte-identical
        gold = {"generator": GENERATOR, "seed": seed, "vary_content": True,
                "files": digital_files + scanned_files}  # fmt: skip
    (out_dir / "gold.json").write_text(
        json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return gold
