"""Throughput of the document model and the extractor components, in text pages per second.

Reads the text-layer pages of the given PDFs (or folders) once, untimed, then times on one
core (this process): building every document's `Doc` from its page words, and building
plus running every registered extractor (`pipeline.structure.extract_structure`, which
also splits the pages into documents). Plain-text releases (`.txt`) are timed the same way.
Target: at least 100 text pages/s for the full extraction.

    .venv/bin/python scripts/bench_docmodel.py data/sample/digital \
        ../shared/reference/svmn-release-ocr.txt

Numbers on a shared, loaded machine are noisy: re-run on an idle one for the record.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

import pdfplumber

from pipeline.docmodel import assign_lines, build_doc
from pipeline.documents import segment_documents
from pipeline.inputs import read_text
from pipeline.pdf_text import choose_text_method, text_layer_text, text_layer_words
from pipeline.structure import extract_structure, extraction_pipeline
from pipeline.text_release import read_text_release


def text_layer_pages(path: Path) -> list[dict[str, Any]]:
    """The pages of a PDF that have a usable text layer, as the flow hands them over."""
    pages = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            text = text_layer_text(page)
            width, height = float(page.width), float(page.height)
            if choose_text_method(text, page.images, width, height) != "text_layer":
                continue
            words = assign_lines(text_layer_words(page), "text_layer")
            pages.append(
                {"source_id": path.name, "page_no": page.page_number, "text": text,
                 "text_method": "text_layer", "words": words, "width": width, "height": height}
            )  # fmt: skip
    return pages


def load_sources(paths: list[str]) -> list[tuple[list[dict[str, Any]], list[dict] | None]]:
    """(pages, documents or None) per source."""
    sources = []
    for name in paths:
        path = Path(name)
        files = sorted(path.rglob("*.pdf")) if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() == ".txt":
                release = read_text_release(read_text(file), file.name)
                sources.append((release["structure_pages"], release["documents"]))
            else:
                pages = text_layer_pages(file)
                if pages:
                    sources.append((pages, None))
    return sources


def time_it(run, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="PDFs, folders of PDFs, or .txt releases")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs")
    args = parser.parse_args()
    sources = load_sources(args.paths)
    n_pages = sum(len(pages) for pages, _ in sources)
    if not n_pages:
        raise SystemExit("no text pages found")
    nlp = extraction_pipeline()
    segmented = [(pages, docs or segment_documents(pages)) for pages, docs in sources]
    n_docs = sum(len(docs) for _, docs in segmented)

    def build_only() -> None:
        for pages, docs in segmented:
            for d in docs:
                in_doc = [p for p in pages if d["first_page"] <= p["page_no"] <= d["last_page"]]
                build_doc(nlp.vocab, in_doc, d)

    def full() -> None:
        for pages, docs in sources:
            extract_structure(pages, docs)

    extract_structure(*sources[0])  # warm-up: pattern files, compiled rules
    build = time_it(build_only, args.repeat)
    total = time_it(full, args.repeat)
    print(
        f"{n_pages} text pages, {n_docs} documents, {len(sources)} sources (best of {args.repeat})"
    )
    print(f"build documents:              {build:7.3f} s  {n_pages / build:8.1f} pages/s")
    print(f"segment + build + components: {total:7.3f} s  {n_pages / total:8.1f} pages/s")


if __name__ == "__main__":
    main()
