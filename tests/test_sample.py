"""The generated sample release: deterministic, and its gold matches what the PDFs contain."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
import pytest

from pipeline.sample import write_sample_release
from pipeline.sample.layout import STYLES

# names that only ever stand under a box (file 13 leaks its own, different names)
HIDDEN_NAMES = ["Hoekstra", "Vermeulen", "Bakkali", "Koopman", "Smeets", "Verbeek", "Wouters"]
LEAKED_NAMES = ["Jeroen Smit", "Karin de Wit"]


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("sample")
    gold = write_sample_release(out)
    return out, gold


def _files(gold: dict, variant: str) -> list[dict]:
    return [f for f in gold["files"] if f["variant"] == variant]


def _inside(obj: dict, box: dict, slack: float = 0.1) -> bool:
    return (
        obj["x0"] >= box["x0"] - slack
        and obj["x1"] <= box["x1"] + slack
        and obj["top"] >= box["top"] - slack
        and obj["bottom"] <= box["bottom"] + slack
    )


def test_same_seed_gives_same_bytes(release, tmp_path: Path) -> None:
    out, gold = release
    again = write_sample_release(tmp_path)
    assert [f["source_id"] for f in again["files"]] == [f["source_id"] for f in gold["files"]]
    assert (tmp_path / "gold.json").read_bytes() == (out / "gold.json").read_bytes()


def test_gold_file_and_size(release) -> None:
    out, gold = release
    assert json.loads((out / "gold.json").read_text(encoding="utf-8")) == gold
    digital, scanned = _files(gold, "digital"), _files(gold, "scanned")
    assert 10 <= len(digital) == len(scanned) <= 14
    assert 20 <= sum(f["n_pages"] for f in digital) <= 30
    paths = {f["path"] for f in gold["files"]}
    for f in gold["files"]:
        data = (out / f["path"]).read_bytes()
        assert f["source_id"] == hashlib.sha256(data).hexdigest()
        assert f["twin"] in paths
        assert len(f["pages"]) == f["n_pages"]


def test_digital_words_are_in_the_text_layer(release) -> None:
    out, gold = release
    expected = found = 0
    for f in _files(gold, "digital"):
        with pdfplumber.open(out / f["path"]) as pdf:
            assert len(pdf.pages) == f["n_pages"]
            for page, page_gold in zip(pdf.pages, f["pages"], strict=True):
                assert page_gold["text_method"] == "text_layer"
                assert (round(page.width, 2), round(page.height, 2)) == (
                    page_gold["width"],
                    page_gold["height"],
                )
                text_words = Counter(w["text"] for w in page.extract_words())
                gold_words = Counter(page_gold["words"])
                expected += sum(gold_words.values())
                found += sum((gold_words & text_words).values())
    assert expected > 2000
    assert found / expected >= 0.99


def test_boxes_are_drawn_rects_hiding_no_text_except_in_the_leaky_file(release) -> None:
    out, gold = release
    leaky_files = []
    for f in _files(gold, "digital"):
        with pdfplumber.open(out / f["path"]) as pdf:
            text = "\n".join(p.extract_text() for p in pdf.pages)
            file_leaks = 0
            for page, page_gold in zip(pdf.pages, f["pages"], strict=True):
                for box in page_gold["redactions"]:
                    assert any(
                        all(abs(r[k] - box[k]) < 0.5 for k in ("x0", "top", "x1", "bottom"))
                        for r in page.rects
                    ), (f["path"], box)
                    under = "".join(c["text"] for c in page.chars if _inside(c, box))
                    under = under.replace(" ", "")
                    if under:
                        # only the printed label may stand inside a box
                        label = (box["ground_raw"] or "").replace(" ", "")
                        if under != label:
                            file_leaks += 1
                            leak = next(k for k in page_gold["leaks"] if _inside(k, box, 0.5))
                            assert leak["n_chars"] == len(under)
        if file_leaks or any(p["leaks"] for p in f["pages"]):
            assert file_leaks == sum(len(p["leaks"]) for p in f["pages"])
            leaky_files.append(f["path"])
            assert all(name in text for name in LEAKED_NAMES)
        for name in HIDDEN_NAMES:
            assert name not in text, (f["path"], name)
    assert len(leaky_files) == 1


def test_every_redaction_style_and_ground_shape_occurs(release) -> None:
    _, gold = release
    boxes = [b for f in _files(gold, "digital") for p in f["pages"] for b in p["redactions"]]
    assert {b["style"] for b in boxes} == set(STYLES)
    grounds = {b["ground"] for b in boxes}
    assert {"5.1.2.e", "10.2.e", "out_of_scope", None} <= grounds
    assert any(g and ";" in g for g in grounds)
    assert {b["ground_raw"] for b in boxes} >= {"10.1.b;10.2.g", "5.1.2.e, 5.1.1.c", "5.1.2e"}
    for b in boxes:
        assert (b["ground"] is None) == (b["style"] == "no_code")
    assert any(not p["redactions"] for f in _files(gold, "digital") for p in f["pages"])


def test_scanned_twins_are_image_only_with_rotated_boxes(release) -> None:
    out, gold = release
    by_path = {f["path"]: f for f in gold["files"]}
    for f in _files(gold, "scanned"):
        twin = by_path[f["twin"]]
        assert f["n_pages"] == twin["n_pages"]
        with pdfplumber.open(out / f["path"]) as pdf:
            assert len(pdf.pages) == f["n_pages"]
            assert all(not p.chars for p in pdf.pages)
        for page_gold, twin_page in zip(f["pages"], twin["pages"], strict=True):
            assert page_gold["text_method"] == "ocr"
            assert page_gold["words"] == twin_page["words"]
            assert 0.2 <= abs(page_gold["rotation_deg"]) <= 1.0
            assert not page_gold["leaks"]
            for box, flat in zip(page_gold["redactions"], twin_page["redactions"], strict=True):
                # rotated bounds enclose a box of the same size, near where it was
                assert box["x1"] - box["x0"] >= flat["x1"] - flat["x0"] - 0.02
                assert abs(box["top"] - flat["top"]) < 12
    # the scanned box really is dark where the gold says (checks the rotation's sign)
    f = by_path["scanned/01_mail_agenda_bobp_13-04-2022.pdf"]
    pdf = pdfium.PdfDocument(str(out / f["path"]))
    scale = 100 / 72
    image = np.asarray(pdf[0].render(scale=scale, grayscale=True).to_pil().convert("L"))
    pdf.close()
    for box in f["pages"][0]["redactions"]:
        if box["style"] != "black_white_label":
            continue
        y = int((box["top"] + box["bottom"]) / 2 * scale)
        x_left = int((box["x0"] + 3) * scale)
        assert image[y, x_left] < 90, box


def test_structural_gold(release) -> None:
    _, gold = release
    digital = _files(gold, "digital")
    doc_types = {d["doc_type"] for f in digital for d in f["documents"]}
    assert {"email", "minutes", "decision_list", "agenda", "letter", "report", "memo"} <= doc_types
    for f in digital:
        # documents tile the file: back to back, no gaps, no overlap
        pages = [p for d in f["documents"] for p in range(d["first_page"], d["last_page"] + 1)]
        assert pages == list(range(1, f["n_pages"] + 1)), f["path"]
    bundle = next(f for f in digital if "bundel" in f["path"])
    assert len(bundle["documents"]) >= 3
    # one conversation printed in two files
    thread_files = Counter()
    for f in digital:
        for key in {e["thread_key"] for e in f["emails"]}:
            thread_files[key] += 1
    assert max(thread_files.values()) >= 2
    emails = [e for f in digital for e in f["emails"]]
    assert any(e["position"] > 0 for e in emails)
    recipients = [r for e in emails for r in e["recipients"]]
    assert any(r["redacted"] and r["domain"] == "utrecht.nl" for r in recipients)
    assert any(not r["redacted"] and r["address"] for r in recipients)
    assert any(e["attachments"] and len(e["attachments"]) > 3 for e in emails)
    # the 2021 total is stated in several files
    total_2021 = [
        f["path"]
        for f in digital
        if any(
            c["category"] == "total" and c["period_start"] == "2021-01-01"
            and c["period_end"] == "2021-12-31" and c["scope"] is None and c["value"] == 73
            for c in f["incident_counts"]
        )
    ]  # fmt: skip
    assert len(total_2021) >= 2
    counts = [c for f in digital for c in f["incident_counts"]]
    assert {c["category"] for c in counts} == {
        "total", "wrong_recipient", "wrong_data", "lost_letter", "lost_device", "theft",
        "other", "reported_to_ap",
    }  # fmt: skip
    assert {c["scope"] for c in counts} == {None, "SAVE", "Veilig Thuis"}
    assert {c["unit"] for c in counts} == {"count", "percent"}
    meetings = [m for f in digital for m in f["meetings"]]
    participants = [p for m in meetings for p in m["participants"]]
    assert any(p["redacted"] and p["name"] is None for p in participants)
    assert {p["status"] for p in participants} == {"present", "absent", "invited"}
    decisions = [d for f in digital for d in f["decisions"]]
    assert {d["kind"] for d in decisions} == {"besluit", "actie", "afspraak"}
    assert any(d["number"] == "1" for d in decisions)
