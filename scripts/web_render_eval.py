"""Web gold in three renderings: the plain text, a born-digital PDF of it, and its scan.

    .venv/bin/python scripts/web_render_eval.py --folders web66 web67 --examples
    .venv/bin/python scripts/web_render_eval.py --limit 3 --json /tmp/render.json
    .venv/bin/python scripts/web_render_eval.py --reuse       # score the last databases again

The web gold (`tests/gold/webN/*.json`, texts under `--reference`, default `$WOO_WEB_TEXTS`
or /work/webprobe) is written for plain texts. Each text is also drawn as an A4 PDF with a
text layer (`woo_eval.sample.text_pdf`: DejaVu Sans 10.5 pt, lines wrapped at the page
width, an empty line an empty PDF line, a new page when full) and that PDF rendered as a
200-dpi scan (`real_eval.render_scans`: grey JPEG, slight skew, noise; deterministic from
`--seed` and the folder's number, so a folder's scans do not depend on the other folders
rendered). The gold follows: `kind: pdf` and every line position as its page. The three
renderings are ingested into three databases with the real flow (`OMP_THREAD_LIMIT=1`) and
scored side by side, overall and per folder. PDFs, scans and databases go to `--out-dir`.
`--wrapped` adds a fourth rendering that needs no PDF: each text wrapped as its PDF wraps
it, without empty lines (as PDFium reads a page), ingested as a text; it scores like the
born-digital PDF and takes seconds, so it measures a fix for wrapped constructions.
`--renderings text wrapped` scores only the renderings named (no PDF drawn or scanned when
neither `born-digital` nor `scanned` is asked for): wrapping measured in a minute or two.
Exits 0 with a message when the texts are absent (a user's clone has none).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from real_eval import ingest, render_scans  # noqa: E402

from woo_eval.real import evaluate_golds  # noqa: E402
from woo_eval.real.report import format_report, format_side_by_side  # noqa: E402
from woo_eval.sample.text_pdf import (  # noqa: E402
    gold_as_pdf,
    gold_renumbered,
    render_text_pdf,
    wrapped_text,
)

#: The fast proxy of the born-digital PDF (`--wrapped`): its wrapping as a plain text.
WRAPPED = "wrapped text"
#: The renderings `--renderings` names, in the order they are scored and shown.
RENDERINGS = {
    "text": "text",
    "wrapped": WRAPPED,
    "born-digital": "born-digital",
    "scanned": "scanned",
}
#: Rounds D-G: gold written by several sessions, the most recent development folders.
DEFAULT_FOLDERS = [f"web{n}" for n in range(66, 84)]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folders", nargs="+", default=DEFAULT_FOLDERS)
    parser.add_argument("--limit", type=int, help="only the first N gold files of each folder")
    parser.add_argument("--gold-root", type=Path, default=REPO / "tests" / "gold")
    parser.add_argument(
        "--reference",
        type=Path,
        default=Path(os.environ.get("WOO_WEB_TEXTS", "/work/webprobe")),
        help="the folder holding textsN/*.txt (the gold's `source` paths)",
    )
    parser.add_argument("--out-dir", type=Path, default=Path("/tmp/woo-web-render"))
    parser.add_argument("--seed", type=int, default=20221, help="seed of the scan rendering")
    parser.add_argument("--json", type=Path, help="also write every score to this file")
    parser.add_argument("--examples", action="store_true", help="misses of the scanned run")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="score the databases an earlier run left, ingest no other",
    )
    parser.add_argument(
        "--document-pages",
        action="store_true",
        help="start each gold document on a new page, as a bundle does",
    )
    parser.add_argument(
        "--wrapped",
        action="store_true",
        help="also score each text wrapped as its PDF is, as a text (no PDF): the cost of wrapping",
    )
    parser.add_argument(
        "--renderings",
        nargs="+",
        choices=list(RENDERINGS),
        help="score only these renderings (default: text, born-digital, scanned, and wrapped "
        "with --wrapped); without born-digital and scanned no PDF is drawn",
    )
    return parser.parse_args(argv)


def chosen_renderings(args: argparse.Namespace) -> list[str]:
    """The column names of the renderings to score, in `RENDERINGS` order."""
    if args.renderings:
        asked = set(args.renderings)
    else:
        asked = {"text", "born-digital", "scanned"} | ({"wrapped"} if args.wrapped else set())
    return [column for key, column in RENDERINGS.items() if key in asked]


def folder_golds(args: argparse.Namespace, folder: str) -> list[dict[str, Any]]:
    """The gold files of `folder` whose text exists, in name order, at most `--limit`."""
    golds = []
    for path in sorted((args.gold_root / folder).glob("*.json")):
        gold = json.loads(path.read_text("utf-8")) | {"gold_file": path.name, "folder": folder}
        if (args.reference / gold["source"]).is_file():
            golds.append(gold)
    return golds[: args.limit] if args.limit else golds


def folder_seed(seed: int, folder: str) -> int:
    """The scan seed of one folder: from its number, not its place in `--folders`, so that
    a folder scored alone and in a longer run is the same scan."""
    digits = "".join(ch for ch in folder if ch.isdigit())
    return seed + 1000 * int(digits or 0)


def render_folder(args: argparse.Namespace, golds: list[dict], seed: int) -> list[dict]:
    """Born-digital PDFs (and their scans) of a folder's texts; the gold in PDF form."""
    pdf_golds = [rendered_gold(args, gold, args.out_dir / "born-digital") for gold in golds]
    if pdf_golds:
        pdfs = [args.out_dir / "born-digital" / g["source"] for g in pdf_golds]
        scan_dir = args.out_dir / "scanned" / Path(pdf_golds[0]["source"]).parent
        render_scans(pdfs, scan_dir, seed)
    return pdf_golds


def rendered_gold(args: argparse.Namespace, gold: dict, pdf_dir: Path) -> dict:
    """Draw the text of `gold` as `pdf_dir`/textsN/name.pdf; the gold in PDF form."""
    source = str(Path(gold["source"]).with_suffix(".pdf"))
    text = (args.reference / gold["source"]).read_text("utf-8")
    starts = {d["first_line"] for d in gold["documents"] if d.get("first_line")}
    new_pages = frozenset(starts) if args.document_pages else frozenset()
    spans = render_text_pdf(text, pdf_dir / source, new_pages=new_pages)
    return gold_as_pdf(gold, spans, source)


def wrap_texts(args: argparse.Namespace, golds: list[dict]) -> list[dict]:
    """Each text rewrapped as its PDF (`--wrapped`), under `--out-dir`/wrapped; its gold."""
    out = []
    for gold in golds:
        text, where = wrapped_text((args.reference / gold["source"]).read_text("utf-8"))
        path = args.out_dir / "wrapped" / gold["source"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        out.append(gold_renumbered(gold, where, gold["source"]))
    return out


def input_files(args: argparse.Namespace, golds: dict[str, list[dict]]) -> dict[str, list[Path]]:
    """The files each rendering ingests: the texts themselves, else those under `--out-dir`."""
    return {
        name: [
            args.reference / g["source"]
            if name == "text"
            else args.out_dir / name.split()[0] / g["source"]
            for g in rendered
        ]
        for name, rendered in golds.items()
    }


def figures_with_gold(columns: dict[str, dict[str, dict]]) -> dict[str, dict[str, dict]]:
    """Drop the figures no column has gold or a finding for (a folder without e-mails)."""

    def present(figure: dict | None) -> bool:
        return bool(figure) and any(figure.get(k) for k in ("tp", "fp", "fn", "total"))

    keep = {n for figures in columns.values() for n, f in figures.items() if present(f)}
    return {
        col: {n: f for n, f in figures.items() if n in keep} for col, figures in columns.items()
    }


def score(args: argparse.Namespace, golds: dict[str, list[dict]]) -> dict[str, Any]:
    """Overall and per-folder scores of each rendering."""
    result: dict[str, Any] = {"overall": {}, "by_folder": {}, "files": {}}
    for name, gold in golds.items():
        db = _db(args, name)
        scores = evaluate_golds(gold, db)
        result["overall"][name] = scores["overall"]
        result["files"][name] = scores
        for folder in args.folders:
            part = [g for g in gold if g["folder"] == folder]
            if part:
                by_folder = result["by_folder"].setdefault(folder, {})
                by_folder[name] = evaluate_golds(part, db)["overall"]
    return result


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.reference.is_dir():
        print(f"web texts not present ({args.reference}): nothing to render; skipped")
        return 0
    text_golds = [g for folder in args.folders for g in folder_golds(args, folder)]
    if not text_golds:
        print(f"no gold file of {args.folders} has its text under {args.reference}; skipped")
        return 0
    names = chosen_renderings(args)
    pdf_golds = []
    # PDFs are drawn (and scanned, slowly) only for the renderings that read them
    needs_pdf = "born-digital" in names or "scanned" in names
    for folder in args.folders if needs_pdf else []:
        part = [g for g in text_golds if g["folder"] == folder]
        if not args.reuse:
            pdf_golds += render_folder(args, part, folder_seed(args.seed, folder))
        else:
            # the line map again, from a scratch rendering (deterministic, same map)
            pdf_golds += [rendered_gold(args, g, args.out_dir / "scratch") for g in part]
    every = {"text": text_golds, "born-digital": pdf_golds, "scanned": pdf_golds}
    if WRAPPED in names:
        every[WRAPPED] = wrap_texts(args, text_golds)
    golds = {name: every[name] for name in names}
    print(f"{len(text_golds)} texts of {len(args.folders)} folders; files in {args.out_dir}")
    for name, files in input_files(args, golds).items():
        if not (args.reuse and _db(args, name).exists()):
            seconds = ingest(files, _db(args, name))
            print(f"ingested {name}: {len(files)} files in {seconds:.0f} s")
    result = score(args, golds)
    print("\n## all folders\n\n" + format_side_by_side(result["overall"]))
    for folder, columns in result["by_folder"].items():
        print(f"\n## {folder}\n\n" + format_side_by_side(figures_with_gold(columns)))
    if args.examples:
        shown = "scanned" if "scanned" in golds else names[-1]
        print(f"\n# {shown}\n" + format_report(result["files"][shown], examples=True))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, default=str))
    return 0


def _db(args: argparse.Namespace, rendering: str) -> Path:
    return args.out_dir / f"{rendering.replace(' ', '-')}.duckdb"


if __name__ == "__main__":
    sys.exit(main())
