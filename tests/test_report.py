"""`woo report`: the HTML report of a real (small) ingested release, checked in its DOM and
in a real headless Chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest
from PIL import Image, ImageStat

from pipeline.cli import main
from woo_eval.sample import write_sample_release

REPO = Path(__file__).resolve().parents[1]
#: An e-mail with many boxes, minutes with a meeting and decisions, a report with figures.
SAMPLE_PICKS = [
    "01_mail_agenda_bobp_13-04-2022.pdf",
    "05_verslag_bobp_13-04-2022.pdf",
    "08_directiebeoordeling_2021.pdf",
]
CHROMIUM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]


class Elements(HTMLParser):
    """Every start tag as (tag, attrs) in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {name: value or "" for name, value in attrs}))

    def with_class(self, tag: str, css_class: str) -> list[dict[str, str]]:
        return [a for t, a in self.elements if t == tag and css_class in a.get("class", "").split()]


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


def ingest(files: list[Path], db: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "OMP_THREAD_LIMIT": "1",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "240",
    }
    command = [sys.executable, "-m", "pipeline", "ingest", *map(str, files), "--db", str(db)]
    done = subprocess.run(
        [*command, "--quiet", "--workers", "2"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-3000:]


@pytest.fixture(scope="module")
def release_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("report")
    write_sample_release(root / "sample", scanned=False)
    db = root / "release.duckdb"
    ingest([root / "sample" / "digital" / name for name in SAMPLE_PICKS], db)
    return db


@pytest.fixture(scope="module")
def report(release_db: Path, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("report-out")
    assert main(["report", "--db", str(release_db), "--out", str(out)]) == 0
    index = out / "index.html"
    return index, parse(index.read_text("utf-8"))


def db_value(db: Path, sql: str):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchone()[0]


def test_cli_prints_the_index_path(release_db: Path, tmp_path: Path, capsys) -> None:
    assert main(["report", "--db", str(release_db), "--out", str(tmp_path / "r")]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "r" / "index.html")


def test_every_page_has_a_rendered_thumbnail(report, release_db: Path) -> None:
    index, dom = report
    figures = dom.with_class("figure", "page")
    assert len(figures) == db_value(release_db, "SELECT count(*) FROM pages") >= len(SAMPLE_PICKS)
    images = [a["src"] for t, a in dom.elements if t == "img"]
    assert len(images) == len(figures)
    for src in images:
        with Image.open(index.parent / src) as thumb:
            assert thumb.width >= 200 and ImageStat.Stat(thumb.convert("L")).var[0] > 10


def test_redaction_boxes_are_drawn_in_their_ground_colour(report, release_db: Path) -> None:
    _, dom = report
    boxes = dom.with_class("span", "box")
    assert len(boxes) == db_value(
        release_db, "SELECT count(*) FROM redactions WHERE x0 IS NOT NULL"
    )
    assert len(boxes) > 10
    legend = {c for a in dom.with_class("span", "swatch") for c in a["class"].split()}
    grounds = {c for box in boxes for c in box["class"].split() if c.startswith("g-")}
    assert "g-5-1-2-e" in grounds and grounds <= legend
    for box in boxes:
        left = float(box["style"].split("left:")[1].split("%")[0])
        assert 0 <= left < 100


def test_charts_are_inline_svg_and_nothing_is_fetched(report) -> None:
    index, dom = report
    ids = {a.get("id") for _, a in dom.elements}
    for chart in ("chart-grounds", "chart-density", "chart-incidents", "chart-meetings"):
        assert chart in ids
    assert sum(1 for t, _ in dom.elements if t == "svg") >= 4
    assert not [t for t, _ in dom.elements if t in ("script", "link", "iframe")]
    for _, attrs in dom.elements:
        for name in ("src", "href", "xlink:href"):
            assert not attrs.get(name, "").startswith(("http:", "https:", "//")), attrs


def test_every_figure_links_to_an_existing_page_anchor(report) -> None:
    _, dom = report
    ids = {a["id"] for _, a in dom.elements if "id" in a}
    links = [a.get("href") or a.get("xlink:href") for t, a in dom.elements if t == "a"]
    page_links = [link for link in links if link and link.startswith("#p-")]
    assert len(page_links) > 20
    assert [link for link in links if link and link.startswith("#") and link[1:] not in ids] == []
    # the charts' marks link too (Vega wraps a mark with an href in <a>)
    svg_links = [a["xlink:href"] for t, a in dom.elements if t == "a" and "xlink:href" in a]
    assert any(link.startswith("#p-") for link in svg_links)


def test_a_moved_source_file_is_named_on_its_pages(release_db: Path, tmp_path: Path) -> None:
    moved = tmp_path / "moved.duckdb"
    shutil.copy(release_db, moved)
    with duckdb.connect(str(moved)) as con:
        con.execute("UPDATE sources SET path = '/nowhere/' || file_name")
    index = Path(main_output(moved, tmp_path / "out"))
    html = index.read_text("utf-8")
    assert html.count("source file not found: /nowhere/") == len(SAMPLE_PICKS)
    assert "page not rendered" in html


def main_output(db: Path, out: Path) -> str:
    assert main(["report", "--db", str(db), "--out", str(out)]) == 0
    return str(out / "index.html")


def test_an_empty_database_says_none(tmp_path: Path) -> None:
    from models.schema import create_statements

    db = tmp_path / "empty.duckdb"
    with duckdb.connect(str(db)) as con:
        for statement in create_statements():
            con.execute(statement)
    html = Path(main_output(db, tmp_path / "out")).read_text("utf-8")
    for section in ("No documents", "No redactions", "No incident counts", "No meetings",
                    "No e-mails", "No files"):  # fmt: skip
        assert section in html


def test_a_missing_database_is_one_line(tmp_path: Path, capsys) -> None:
    assert main(["report", "--db", str(tmp_path / "nope.duckdb"), "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "database not found" in err


def find_chromium() -> str:
    for name in CHROMIUM_NAMES:
        if path := shutil.which(name):
            return path
    pytest.skip(f"no headless browser found (looked for {', '.join(CHROMIUM_NAMES)}): "
                "`make system-deps` installs Debian's chromium")  # fmt: skip


def chromium(url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    command = [
        find_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", *args, url,
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=180)


def test_the_report_renders_in_headless_chromium(report, release_db: Path, tmp_path: Path):
    index, _ = report
    png = tmp_path / "shot.png"
    shot = chromium(index.as_uri(), tmp_path, f"--screenshot={png}", "--window-size=1280,2000")
    assert png.is_file(), shot.stderr[-2000:]
    with Image.open(png) as image:
        assert image.size == (1280, 2000)
        assert ImageStat.Stat(image.convert("L")).var[0] > 100  # not a blank page
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 50  # text, tables and charts
    dumped = chromium(index.as_uri(), tmp_path, "--dump-dom")
    dom = parse(dumped.stdout)
    assert len(dom.with_class("figure", "page")) == db_value(
        release_db, "SELECT count(*) FROM pages"
    )
    assert len(dom.with_class("span", "box")) > 10
    assert sum(1 for t, _ in dom.elements if t == "svg") >= 4
