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

from woo_eval.sample import write_sample_release
from woo_eval.sample.layout import STYLES

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


def _leak_under(page: pdfplumber.page.Page, box: dict, path: str) -> str:
    """The text-layer characters under a gold box other than its printed label ('' when
    none), once the box is found among the page's drawn rects."""
    assert any(
        all(abs(r[k] - box[k]) < 0.5 for k in ("x0", "top", "x1", "bottom")) for r in page.rects
    ), (path, box)
    under = "".join(c["text"] for c in page.chars if _inside(c, box)).replace(" ", "")
    return "" if under == (box["ground_raw"] or "").replace(" ", "") else under


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
                    # only the printed label may stand inside a box
                    under = _leak_under(page, box, f["path"])
                    if under:
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


# ----------------------------------------------------------------------------------------
# the held-out release: content drawn from the seed (vary_content=True)

HELDOUT_SEEDS = (7, 11)


@pytest.fixture(scope="module")
def heldout(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[Path, dict]]:
    releases = {}
    for seed in HELDOUT_SEEDS:
        out = tmp_path_factory.mktemp(f"heldout{seed}")
        releases[seed] = (out, write_sample_release(out, seed=seed, vary_content=True))
    return releases


def _facts(gold: dict) -> dict[tuple, float]:
    """Every incident figure of the digital files; one period-category states one value."""
    facts: dict[tuple, float] = {}
    for f in _files(gold, "digital"):
        for c in f["incident_counts"]:
            key = (c["period_start"], c["period_end"], c["category"], c["unit"], c["scope"])
            assert facts.setdefault(key, c["value"]) == c["value"], (f["path"], c)
    return facts


def test_heldout_is_deterministic_per_seed_and_differs_between_seeds(heldout, tmp_path) -> None:
    out, gold = heldout[7]
    again = write_sample_release(tmp_path, seed=7, vary_content=True)
    assert (tmp_path / "gold.json").read_bytes() == (out / "gold.json").read_bytes()
    assert [f["source_id"] for f in again["files"]] == [f["source_id"] for f in gold["files"]]
    other = heldout[11][1]
    assert gold["vary_content"] is True
    words = [Counter(w for f in _files(g, "digital") for p in f["pages"] for w in p["words"])
             for g in (gold, other)]  # fmt: skip
    # different people, places and figures: a large part of the words differs
    shared = sum((words[0] & words[1]).values())
    assert shared / sum(words[0].values()) < 0.9
    assert _facts(gold) != _facts(other)
    assert {f["path"] for f in gold["files"]} != {f["path"] for f in other["files"]}


def test_heldout_words_and_boxes_match_the_pdfs(heldout) -> None:
    for out, gold in heldout.values():
        expected = found = 0
        leaky = 0
        for f in _files(gold, "digital"):
            with pdfplumber.open(out / f["path"]) as pdf:
                assert len(pdf.pages) == f["n_pages"]
                for page, page_gold in zip(pdf.pages, f["pages"], strict=True):
                    text_words = Counter(w["text"] for w in page.extract_words())
                    gold_words = Counter(page_gold["words"])
                    expected += sum(gold_words.values())
                    found += sum((gold_words & text_words).values())
                    for box in page_gold["redactions"]:
                        if _leak_under(page, box, f["path"]):
                            leaky += 1
                            assert any(_inside(k, box, 0.5) for k in page_gold["leaks"])
                        assert (box["ground"] is None) == (box["style"] == "no_code")
            # documents tile the file
            pages = [p for d in f["documents"] for p in range(d["first_page"], d["last_page"] + 1)]
            assert pages == list(range(1, f["n_pages"] + 1)), f["path"]
        assert expected > 1000
        assert found / expected >= 0.99
        assert leaky == sum(len(p["leaks"]) for f in _files(gold, "digital") for p in f["pages"])


def _sum(facts: dict, periods: list[tuple[str, str]], category: str) -> float | None:
    values = [facts.get((*p, category, "count", None)) for p in periods]
    return None if None in values else sum(values)


def test_heldout_incident_figures_are_consistent(heldout) -> None:
    from calendar import monthrange

    categories = ["wrong_recipient", "wrong_data", "lost_letter", "lost_device", "theft", "other"]
    for _, gold in heldout.values():
        facts = _facts(gold)
        periods = {(k[0], k[1]) for k in facts}
        checked = 0
        for start, end in periods:
            total = facts.get((start, end, "total", "count", None))
            if total is None:
                continue
            parts = _sum(facts, [(start, end)], categories[0])
            if all((start, end, c, "count", None) in facts for c in categories):
                assert sum(facts[(start, end, c, "count", None)] for c in categories) == total
                checked += 1
            # the periods that tile this one (quarters, halves, months) add up to it
            year, m0 = int(start[:4]), int(start[5:7])
            m1 = int(end[5:7])
            for step in (6, 3, 1):
                if m1 - m0 + 1 <= step:
                    continue
                subs = [
                    (f"{year}-{m:02d}-01", f"{year}-{m + step - 1:02d}-"
                     f"{monthrange(year, m + step - 1)[1]:02d}")
                    for m in range(m0, m1 + 1, step)
                ]  # fmt: skip
                parts = _sum(facts, subs, "total")
                if parts is not None:
                    assert parts == total, (start, end, step)
                    checked += 1
            for category in ("reported_to_ap", "wrong_recipient"):
                percent = facts.get((start, end, category, "percent", None))
                count = facts.get((start, end, category, "count", None))
                if percent is not None and count is not None:
                    assert percent == int(100 * count / total + 0.5)
                    checked += 1
            for scope in ("SAVE", "Veilig Thuis"):
                assert facts.get((start, end, "total", "count", scope), 0) < total
        assert checked >= 8


def test_heldout_weekdays_fit_the_dates(heldout) -> None:
    from datetime import date

    from woo_eval.sample.mail import DUTCH_DAYS, DUTCH_MONTHS, EN_LONG_DAYS, EN_LONG_MONTHS

    en_months = [m[:3] for m in EN_LONG_MONTHS]
    checked = 0
    for _, gold in heldout.values():
        for f in _files(gold, "digital"):
            words = [w for p in f["pages"] for w in p["words"]]
            for n, word in enumerate(words[:-4]):
                if word not in ("Sent:", "Verzonden:", "Datum:"):
                    continue
                day_name, a, b, c = (w.strip(",") for w in words[n + 1 : n + 5])
                if day_name in DUTCH_DAYS:  # maandag 14 februari 2022
                    printed = date(int(c), DUTCH_MONTHS.index(b) + 1, int(a))
                    assert DUTCH_DAYS[printed.weekday()] == day_name, words[n : n + 5]
                elif day_name in EN_LONG_DAYS:  # Thursday, February 17, 2022
                    printed = date(int(c), EN_LONG_MONTHS.index(a) + 1, int(b))
                    assert EN_LONG_DAYS[printed.weekday()] == day_name, words[n : n + 5]
                elif day_name in [d[:3] for d in EN_LONG_DAYS]:  # Tue, 29 Mar 2022
                    printed = date(int(c), en_months.index(b) + 1, int(a))
                    assert EN_LONG_DAYS[printed.weekday()][:3] == day_name, words[n : n + 5]
                else:
                    continue
                checked += 1
    assert checked >= 8
