"""`woo report`: a static HTML picture of a release (index.html, page thumbnails, SVG charts).

The page works offline and without JavaScript: charts are inline SVG, the CSS is inline,
thumbnails are PNG files next to index.html, and every figure links to the anchor of the
page it came from (`#p-<source_id[:12]>-<page_no>`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jinja2

from pipeline.report import charts
from pipeline.report.data import ReportError, connect, read_release
from pipeline.report.thumbs import THUMB_WIDTH_PX, find_source_file, render_thumbnails

PAGES_DIR = "pages"
UNKNOWN_GROUND = "unknown"
#: Tableau 10: distinct on screen and in print; more grounds than this repeat colours.
PALETTE = [
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#17becf",
]  # fmt: skip
UNKNOWN_COLOUR = "#7f7f7f"
UNKNOWN_MEANINGS = {UNKNOWN_GROUND: "no ground printed on or next to the box, or none readable"}


def page_anchor(source_id: str, page_no: int | None) -> str:
    """The id of a page's thumbnail in the report."""
    return f"p-{source_id[:12]}-{page_no if page_no is not None else 1}"


def ground_key(ground: str | None) -> str:
    """The ground a box is coloured by: its first printed ground ('unknown' when none)."""
    return ground.split(";")[0].strip() if ground else UNKNOWN_GROUND


def ground_class(key: str) -> str:
    return "g-" + re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")


def ground_colours(redactions: list[dict]) -> dict[str, str]:
    """{ground: colour}, the most frequent ground first; 'unknown' always grey."""
    counts = Counter(ground_key(box["ground"]) for box in redactions)
    known = [key for key, _ in counts.most_common() if key != UNKNOWN_GROUND]
    colours = {key: PALETTE[i % len(PALETTE)] for i, key in enumerate(known)}
    if UNKNOWN_GROUND in counts:
        colours[UNKNOWN_GROUND] = UNKNOWN_COLOUR
    return colours


def document_of_page(documents: list[dict]) -> dict[tuple[str, int], dict]:
    """{(source_id, page_no): document} for every page inside a document's range."""
    pages = {}
    for doc in documents:
        if doc["first_page"] is None:
            continue
        for page_no in range(doc["first_page"], (doc["last_page"] or doc["first_page"]) + 1):
            pages[(doc["source_id"], page_no)] = doc
    return pages


def document_counts(release: dict[str, Any]) -> dict[str, Counter]:
    """{document_id: Counter(redactions=, meetings=, decisions=, incident_counts=, emails=)}:
    a row counts for the document its page lies in (or the one it names)."""
    doc_at = document_of_page(release["documents"])
    counts: dict[str, Counter] = defaultdict(Counter)
    for box in release["redactions"]:
        if doc := doc_at.get((box["source_id"], box["page_no"])):
            counts[doc["document_id"]]["redactions"] += 1
    for table in ("meetings", "decisions", "incident_counts", "emails"):
        for row in release[table]:
            doc = doc_at.get((row["source_id"], row["page_no"]))
            doc_id = row["document_id"] or (doc and doc["document_id"])
            counts[doc_id][table] += 1
    return counts


def document_rows(release: dict[str, Any]) -> list[dict]:
    """The documents table: one row per document with its counts, by file and page."""
    file_names = {s["source_id"]: s["file_name"] for s in release["sources"]}
    counts = document_counts(release)
    rows = []
    for doc in release["documents"]:
        if doc["first_page"] is None:
            continue
        n_pages = (doc["last_page"] or doc["first_page"]) - doc["first_page"] + 1
        rows.append(
            {
                **doc,
                "file_name": file_names.get(doc["source_id"], doc["source_id"][:12]),
                "n_pages": n_pages,
                "counts": counts[doc["document_id"]],
                "per_page": counts[doc["document_id"]]["redactions"] / n_pages,
                "href": "#" + page_anchor(doc["source_id"], doc["first_page"]),
            }
        )
    return sorted(rows, key=lambda row: (row["file_name"], row["first_page"]))


def box_on_page(box: dict, page: dict) -> dict | None:
    """A redaction box as percentages of its page (PDF points, origin top-left)."""
    width, height = page["width"], page["height"]
    if not width or not height or None in (box["x0"], box["top"], box["x1"], box["bottom"]):
        return None
    key = ground_key(box["ground"])
    return {
        "left": 100 * box["x0"] / width,
        "top": 100 * box["top"] / height,
        "width": 100 * (box["x1"] - box["x0"]) / width,
        "height": 100 * (box["bottom"] - box["top"]) / height,
        "ground": box["ground"] or UNKNOWN_GROUND,
        "css": ground_class(key),
    }


def source_sections(release: dict[str, Any], out_dir: Path, db_dir: Path) -> list[dict]:
    """One section per source: its pages with thumbnail, boxes and document title."""
    boxes: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for box in release["redactions"]:
        boxes[(box["source_id"], box["page_no"])].append(box)
    doc_at = document_of_page(release["documents"])
    pages_by_source: dict[str, list[dict]] = defaultdict(list)
    for page in release["pages"]:
        pages_by_source[page["source_id"]].append(page)
    sections = []
    for source in release["sources"]:
        pages = pages_by_source.get(source["source_id"], [])
        thumbs, problem = source_thumbnails(source, pages, out_dir, db_dir)
        cards = [page_card(page, boxes, doc_at, thumbs.get(page["page_no"])) for page in pages]
        sections.append({**source, "pages": cards, "problem": problem})
    return sections


def source_thumbnails(
    source: dict, pages: list[dict], out_dir: Path, db_dir: Path
) -> tuple[dict[int, str], str | None]:
    """({page_no: thumbnail path relative to out_dir}, why there are none)."""
    if not pages:
        return {}, None
    if source["kind"] == "text":
        return {}, "a text release: no PDF pages to show"
    pdf_path = find_source_file(source["path"], db_dir)
    if pdf_path is None:
        return {}, f"source file not found: {source['path']}"
    rendered = render_thumbnails(
        pdf_path, source["source_id"], [p["page_no"] for p in pages], out_dir / PAGES_DIR
    )
    if isinstance(rendered, str):
        return {}, rendered
    return {page_no: f"{PAGES_DIR}/{name}" for page_no, name in rendered.items()}, None


def page_card(page: dict, boxes: dict, doc_at: dict, thumbnail: str | None) -> dict:
    key = (page["source_id"], page["page_no"])
    doc = doc_at.get(key)
    drawn = [b for box in boxes.get(key, []) if (b := box_on_page(box, page))]
    width, height = page["width"] or 595, page["height"] or 842
    return {
        **page,
        "anchor": page_anchor(*key),
        "thumbnail": thumbnail,
        "boxes": drawn,
        "aspect": f"{width:.1f} / {height:.1f}",
        "document": doc["title"] or doc["doc_type"] if doc else None,
    }


def email_threads(emails: list[dict], recipients: list[dict]) -> list[dict]:
    """Threads newest first (by their latest message), each message newest first.
    `emails` come newest first and carry their page link (`with_href`)."""
    to_by_email: dict[str, list[str]] = defaultdict(list)
    for person in recipients:
        to_by_email[person["email_id"]].append(
            "[redacted]" if person["redacted"] else person["address"] or "?"
        )
    threads: dict[str, list[dict]] = defaultdict(list)
    for mail in emails:  # read newest first
        thread = mail["thread_id"] or mail["email_id"]
        threads[thread].append(
            {
                **mail,
                "to": to_by_email.get(mail["email_id"], []),
                "sent": mail["sent_at"].strftime("%Y-%m-%d %H:%M") if mail["sent_at"] else "",
                "from": "[redacted]" if mail["sender_redacted"] else sender_label(mail),
            }
        )
    return [
        {"thread_id": thread_id, "subject": messages[-1]["subject"], "messages": messages}
        for thread_id, messages in threads.items()
    ]


def sender_label(mail: dict) -> str:
    name, address = mail["sender_name"], mail["sender"]
    if name and address and name != address:
        return f"{name} <{address}>"
    return name or address or ""


def with_href(rows: list[dict], file_names: dict[str, str]) -> list[dict]:
    """Rows with the anchor of their page and a label naming it (file and page)."""
    return [
        {
            **row,
            "href": "#" + page_anchor(row["source_id"], row["page_no"]),
            "where": f"{file_names.get(row['source_id'], row['source_id'][:12])} "
            f"p. {row['page_no']}",
        }
        for row in rows
    ]


def grounds_counts(release: dict[str, Any], colours: dict[str, str]) -> list[dict]:
    """Redactions per ground, with its meaning and the first page it appears on."""
    meanings = {g["ground"]: g["meaning"] for g in release["grounds"]}
    first_box: dict[str, dict] = {}
    counts = Counter()
    for box in release["redactions"]:
        key = ground_key(box["ground"])
        counts[key] += 1
        first_box.setdefault(key, box)
    return [
        {
            "ground": key,
            "n": counts[key],
            "meaning": meanings.get(key) or UNKNOWN_MEANINGS.get(key, ""),
            "css": ground_class(key),
            "colour": colours[key],
            "href": "#" + page_anchor(first_box[key]["source_id"], first_box[key]["page_no"]),
        }
        for key in colours
    ]


def density_segments(documents: list[dict], release: dict[str, Any]) -> list[dict]:
    """Per document and ground: redactions per page of that document."""
    doc_at = document_of_page(release["documents"])
    per_doc: dict[str, Counter] = defaultdict(Counter)
    for box in release["redactions"]:
        if doc := doc_at.get((box["source_id"], box["page_no"])):
            per_doc[doc["document_id"]][ground_key(box["ground"])] += 1
    segments = []
    for doc in documents:
        label = f"{doc['file_name'][:40]} p{doc['first_page']}-{doc['last_page']}"
        for key, n in per_doc[doc["document_id"]].items():
            segments.append(
                {"document": label, "ground": key, "per_page": n / doc["n_pages"],
                 "href": doc["href"]}
            )  # fmt: skip
    return segments


def json_ready(rows: list[dict]) -> list[dict]:
    """Dates as ISO strings (Vega-Lite data is JSON)."""
    return [
        {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in row.items()}
        for row in rows
    ]


def optional_sections(tables: dict[str, list[dict]], file_names: dict[str, str]) -> list[dict]:
    """Newer tables as plain tables; rows with a source page link to it."""
    sections = []
    for name, table_rows in tables.items():
        columns = list(table_rows[0]) if table_rows else []
        linked = {"source_id", "page_no"} <= set(columns)
        sections.append(
            {
                "name": name,
                "columns": [c for c in columns if c != "source_id"] if linked else columns,
                "rows": with_href(table_rows, file_names) if linked else table_rows,
                "linked": linked,
            }
        )
    return sections


def build_context(release: dict[str, Any], out_dir: Path, db_path: Path) -> dict[str, Any]:
    colours = ground_colours(release["redactions"])
    documents = document_rows(release)
    grounds = grounds_counts(release, colours)
    file_names = {s["source_id"]: s["file_name"] or s["source_id"][:12] for s in release["sources"]}
    incidents = with_href(release["incident_counts"], file_names)
    meetings = with_href(release["meetings"], file_names)
    timeline = [
        {"date": m["meeting_date"], "body": m["body"] or "(no body)", "href": m["href"]}
        for m in meetings
    ]
    return {
        "db_path": db_path,
        "generated": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "sources": source_sections(release, out_dir, db_path.parent),
        "documents": documents,
        "grounds": grounds,
        "thumb_width": THUMB_WIDTH_PX,
        "n_pages": len(release["pages"]),
        "n_redactions": len(release["redactions"]),
        "grounds_svg": charts.grounds_chart(json_ready(grounds), colours),
        "density_svg": charts.density_chart(density_segments(documents, release), colours),
        "incidents": incidents,
        "incidents_svg": charts.incidents_chart(json_ready(incidents)),
        "meetings": meetings,
        "meetings_svg": charts.meetings_timeline(json_ready(timeline)),
        "decisions": with_href(release["decisions"], file_names),
        "threads": email_threads(
            with_href(release["emails"], file_names), release["email_recipients"]
        ),
        "optional": optional_sections(release["optional"], file_names),
    }


def render_html(context: dict[str, Any]) -> str:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("pipeline.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("index.html.j2").render(**context)


def write_report(db_path: Path | str, out_dir: Path | str) -> Path:
    """Write out_dir/index.html (and out_dir/pages/*.png) for the release in `db_path`."""
    db_path, out_dir = Path(db_path), Path(out_dir)
    con = connect(db_path)
    try:
        release = read_release(con)
    finally:
        con.close()
    try:
        (out_dir / PAGES_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportError(f"cannot write to {out_dir}: {exc.strerror or exc}") from exc
    index = out_dir / "index.html"
    index.write_text(render_html(build_context(release, out_dir, db_path)), "utf-8")
    return index
