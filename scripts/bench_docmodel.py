"""Throughput of the document model and the extractor components, in text pages per second.

Reads the text-layer pages of the given PDFs (or folders) once, untimed, then times on one
core (this process): building every document's `Doc` from its page words, and building
plus running every registered extractor (`pipeline.structure.extract_structure`, which
also splits the pages into documents). Plain-text releases (`.txt`) are timed the same way.
Then the CPU time per page of each stage: splitting into documents, building, and each
component in registry order. Target: at least 100 text pages/s for the full extraction.

    .venv/bin/python scripts/bench_docmodel.py ../shared/reference/svmn-release-ocr.txt
    .venv/bin/python scripts/bench_docmodel.py ../shared/reference/real-wob-dev/bundles \
        ../shared/reference/real-wob
    .venv/bin/python scripts/bench_docmodel.py data/sample/digital   # after `woo sample`

Numbers on a shared, loaded machine are noisy (CPU time too: the cores' caches are
shared): the load is printed; take the best of several runs, or re-run on an idle machine.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from pipeline.dates import clear_caches
from pipeline.docmodel import assign_lines, build_doc
from pipeline.documents import segment_documents
from pipeline.inputs import read_text
from pipeline.pdf_text import choose_text_method, read_text_layer
from pipeline.structure import extract_structure, extraction_pipeline
from pipeline.text_release import read_text_release


def text_layer_pages(path: Path) -> list[dict[str, Any]]:
    """The pages of a PDF that have a usable text layer, as the flow reads them."""
    pages = []
    pdf = pdfium.PdfDocument(path)
    try:
        for n in range(len(pdf)):
            layer = read_text_layer(pdf[n])
            width, height = layer["width"], layer["height"]
            if choose_text_method(layer["text"], layer["images"], width, height) != "text_layer":
                continue
            pages.append(
                {"source_id": path.name, "page_no": n + 1, "text": layer["text"],
                 "text_method": "text_layer", "words": assign_lines(layer["words"], "text_layer"),
                 "width": width, "height": height}
            )  # fmt: skip
    finally:
        pdf.close()
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


def time_it(run, repeat: int) -> tuple[float, float]:
    """Best (wall seconds, CPU seconds of this process) of `repeat` runs. CPU time is what
    one core spends: on a loaded machine the wall time also counts the waiting."""
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        clear_caches()  # what dateparser read in the run before counts in none of them
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return best_wall, best_cpu


def stage_times(nlp, sources, docs_pages, repeat: int) -> dict[str, float]:
    """Best CPU seconds of each stage over `repeat` runs: splitting the PDFs' pages into
    documents, building the documents, and each component (as `nlp.pipe` runs them)."""
    best: dict[str, float] = {}
    for _ in range(repeat):
        clear_caches()
        spent: dict[str, float] = defaultdict(float)
        for pages, docs in sources:
            if docs is None:
                start = time.process_time()
                segment_documents(pages)
                spent["segment documents"] += time.process_time() - start
        for in_doc, d in docs_pages:
            start = time.process_time()
            doc = build_doc(nlp.vocab, in_doc, d)
            spent["build documents"] += time.process_time() - start
            for name, component in nlp.pipeline:
                start = time.process_time()
                doc = component(doc)
                spent[name] += time.process_time() - start
        for stage, seconds in spent.items():
            best[stage] = min(best.get(stage, seconds), seconds)
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
    docs_pages = [
        ([p for p in pages if d["first_page"] <= p["page_no"] <= d["last_page"]], d)
        for pages, docs in segmented
        for d in docs
    ]
    # pages whose words do not reproduce their text are read as plain text (no boxes)
    unboxed = sum(
        info.synthetic and bool(page["words"])
        for in_doc, d in docs_pages
        for page, info in zip(in_doc, build_doc(nlp.vocab, in_doc, d)._.pages, strict=True)
    )

    def build_only() -> None:
        for in_doc, d in docs_pages:
            build_doc(nlp.vocab, in_doc, d)

    def full() -> None:
        for pages, docs in sources:
            extract_structure(pages, docs)

    extract_structure(*sources[0])  # warm-up: pattern files, compiled rules
    load = "/".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"{n_pages} text pages, {n_docs} documents, {len(sources)} sources "
        f"(best of {args.repeat}); machine: {os.cpu_count()} cores, load {load} (1/5/15 min)"
    )
    print(f"pages whose words did not reproduce their text (read as text, no boxes): {unboxed}")
    for label, run in [("build documents", build_only), ("segment + build + components", full)]:
        wall, cpu = time_it(run, args.repeat)
        print(
            f"{label:30} wall {wall:7.2f} s = {n_pages / wall:7.1f} pages/s; "
            f"one core's CPU {cpu:7.2f} s = {n_pages / cpu:7.1f} pages/s"
        )
    print("CPU per page of each stage (best of each):")
    for stage, seconds in stage_times(nlp, sources, docs_pages, args.repeat).items():
        print(f"  {stage:28} {1000 * seconds / n_pages:6.2f} ms")


if __name__ == "__main__":
    main()
