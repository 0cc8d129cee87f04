"""Finding input files, inspecting them (hash, page count), and explaining in plain words
why one cannot be read."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.pdf_text import sha256_file


class UnreadablePdf(Exception):
    """A file that cannot be processed; the message is meant for the person running the job."""


def find_pdfs(paths: Iterable[Path | str]) -> list[Path]:
    """PDF files named directly or found (recursively) in folders, sorted, without repeats.

    A named file is taken whatever its extension, so a mislabelled file gets a clear error
    instead of being silently ignored.
    """
    found: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() == ".pdf":
                    found[child.resolve()] = None
        elif path.exists():
            found[path.resolve()] = None
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")
    return list(found)


def check_pdf_bytes(path: Path) -> None:
    """Reject files that are certainly not PDFs before any parser sees them."""
    size = path.stat().st_size
    if size == 0:
        raise UnreadablePdf("empty file (0 bytes): nothing to read; re-download the document")
    with open(path, "rb") as handle:
        head = handle.read(1024)
        handle.seek(max(0, size - 2048))
        tail = handle.read()
    if b"%PDF-" not in head:
        kind = "text" if _looks_like_text(head) else "binary data"
        raise UnreadablePdf(
            f"not a PDF: the file holds {kind}, not a PDF header (%PDF-); "
            "check that the right file was saved under this name"
        )
    if b"%%EOF" not in tail and b"startxref" not in tail:
        raise UnreadablePdf(
            "truncated PDF: the end of the file is missing (no %%EOF); "
            "the download or copy was probably interrupted: fetch the file again"
        )


def explain_open_error(exc: BaseException) -> str:
    """A sentence a person understands for an exception raised while opening a PDF."""
    text = f"{type(exc).__name__}: {exc}"
    low = text.lower()
    if "password" in low or "encrypt" in low:
        return (
            "encrypted PDF: it needs a password to open; ask the publisher for an unprotected "
            f"copy or decrypt it (qpdf --decrypt) ({text})"
        )
    if "format" in low or "syntax" in low or "xref" in low or "eof" in low:
        return f"damaged PDF: its structure cannot be parsed ({text})"
    return f"could not open the PDF ({text})"


def _looks_like_text(data: bytes) -> bool:
    if not data:
        return False
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in data)
    return printable / len(data) > 0.9


def inspect_source(path: Path, source_id: str | None = None) -> dict[str, Any]:
    """Hash a file (unless its `source_id` hash is given) and count its pages; a file that
    cannot be opened comes back failed."""
    stat = path.stat()
    source = {
        "source_id": source_id or sha256_file(path),
        "path": str(path),
        "file_name": path.name,
        "file_size": stat.st_size,
        "n_pages": None,
        "status": "ok",
        "error": None,
        "pipeline_version": __version__,
    }
    if path.suffix.lower() == ".txt":
        source["kind"] = "text"
        try:
            read_text(path)
        except UnreadablePdf as exc:
            source.update(status="failed", error=str(exc))
        return source
    source["kind"] = "pdf"
    try:
        check_pdf_bytes(path)
        from pipeline.render import count_pages  # PDFium: not needed to skip unchanged files

        source["n_pages"] = count_pages(path)
        if source["n_pages"] == 0:
            raise UnreadablePdf(NO_PAGES)
    except UnreadablePdf as exc:
        source.update(status="failed", error=str(exc))
    except Exception as exc:  # noqa: BLE001 - any parser error means this one file failed
        error = NO_PAGES if _has_no_pages(path) else explain_open_error(exc)
        source.update(status="failed", error=error)
    return source


NO_PAGES = "the PDF has no pages (its page tree is empty): there is nothing to read"


def _has_no_pages(path: Path) -> bool:
    """PDFium refuses a document without pages with the message "PDFium: Success"; pdfminer
    opens it and counts zero."""
    import pdfplumber

    try:
        with pdfplumber.open(path) as pdf:
            return len(pdf.pages) == 0
    except Exception:  # noqa: BLE001 - unreadable to both: not the no-pages case
        return False


def read_text(path: Path) -> str:
    """A plain-text release (UTF-8, else Windows-1252 as older Dutch exports use)."""
    data = path.read_bytes()
    if not data.strip():
        raise UnreadablePdf("empty text file: nothing to read")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
