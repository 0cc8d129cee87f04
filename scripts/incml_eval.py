"""Incident figures: does a statistical number classifier carry over better than the rules?

    PYTHONPATH=. .venv/bin/python scripts/incml_eval.py diagnose --rules-map MAP.json
    PYTHONPATH=. .venv/bin/python scripts/incml_eval.py eval --rules-map MAP.json \
        --rules-today base.duckdb                                # the tables of docs/incml.md

Data: the web gold (`tests/gold/webN/*.json`) whose texts exist under `--texts`
(/work/webprobe); folder order is time order. Every number token of a text is a candidate
(`pipeline.incidents.numbers._NUMBER_RE`, plus a few Dutch number words and other readings of
glued or space-grouped digits); a candidate is positive when the file's gold lists its value at
its line (gold `line`). A logistic regression (numpy, fixed seed, full-batch Adam) over the
words around the number scores the candidates; a second one (softmax) picks the category, a
third one the year. The other fields of an added figure come from named fillers
(`fill_fields`). Tuples are scored by `woo_eval.real.incidents` (gold multiset per file against
found facts deduplicated per document; false figures in files whose gold lists none count).

Rules at the time: `--rules-map`, a JSON object from a round's name to the databases its texts
were scored in when the round arrived (held-out runs of `scripts/real_eval.py`; a file is read
from the first database that holds its source); `--rules-today`: one database of today's rules
over every folder. Model outputs are cached under `--cache` (keyed by the script's own text).
Texts are third-party and read in place, never copied.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import math
import pickle
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from models.db import query_rows  # noqa: E402
from pipeline.incidents.numbers import _NUMBER_RE  # noqa: E402
from woo_eval.incidents import fact_of  # noqa: E402
from woo_eval.real import db as real_db  # noqa: E402
from woo_eval.real.incidents import score_incidents  # noqa: E402
from woo_eval.real.metrics import finish, prf  # noqa: E402
from woo_eval.real.report import figure_cell  # noqa: E402

#: rounds of hand gold by folder, in time order (docs/held-out-rounds.md)
ROUNDS: dict[str, range] = {
    name: range(first, last + 1)
    for name, first, last in (
        ("pre1", 25, 36), ("pre2", 37, 48), ("A", 49, 53), ("B", 54, 58), ("C", 59, 63),
        ("D", 64, 68), ("E", 69, 74), ("F", 75, 80), ("G", 81, 83), ("H-K", 84, 94),
        ("L", 95, 96), ("M", 97, 102), ("N", 103, 106), ("O-P", 107, 114), ("Q", 115, 118),
        ("R", 119, 121), ("S", 122, 124), ("T", 125, 127), ("U", 128, 130), ("V", 131, 133),
        ("W", 134, 136), ("X", 137, 139), ("Y", 140, 142), ("Z", 143, 147), ("AA", 148, 152),
        ("AB", 153, 157), ("AC", 158, 162), ("AD", 163, 170), ("AE", 171, 174),
        ("AF", 175, 180), ("AG", 181, 183), ("AH", 184, 188), ("AI", 189, 193),
    )
}  # fmt: skip
TEST_ROUNDS = ("Y", "Z", "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI")
#: the recent, product-genre-heavy rounds, pooled on their own
RECENT = ("AD", "AE", "AF", "AG", "AH", "AI")
SEED = 20261203
FIELDS = ("period", "category", "unit", "scope")

#: Dutch number words a count is written in (`bijna honderd klachten`); `een`/`één` left out
NUMBER_WORDS = {
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20,
    "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
    "negentig": 90, "honderd": 100, "duizend": 1000,
}  # fmt: skip
_WORD_NUMBER_RE = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
#: a share with two decimals (`(32,82%)`), which `_NUMBER_RE` leaves out
_TWO_DECIMALS_RE = re.compile(r"(?<![\w.,])(\d{1,3}),(\d\d)\s?(%|procent\b)")
_YEAR_RE = re.compile(r"(?<!\d)(19[5-9]\d|20[0-3]\d)(?!\d)")
#: other readings of digits `_NUMBER_RE` leaves out or reads one way only (the gold of later
#: rounds holds each kind): a cell glued to its label (`Zwolle341`, `Overig8`), a year glued to
#: its count (`20177163`), a plain run of five to seven digits (`16900 meldingen`), digits
#: grouped by spaces (`198 781` one number, `72 111` two cells)
_GLUED_RE = re.compile(r"(?<=[^\W\d_])\d{1,6}(?![\d]|[.,]\d)")
_YEAR_GLUED_RE = re.compile(r"(?<![\w.,])(?:19[5-9]\d|20[0-3]\d)(\d{1,5})(?![\w]|[.,]\d)")
_LONG_RE = re.compile(r"(?<![\w.,])\d{5,7}(?![\w]|[.,]\d)")
_SPACED_RE = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\w]|[.,]\d)")
_GROUP_RE = re.compile(r"\d+")
#: table cells glued into one run (`Eindtotaal28.24925.33223.372`): thousands with a dot, each
_GLUED_CELLS_RE = re.compile(r"(?:\d{1,3}\.\d{3}){2,}")
_CELL_RE = re.compile(r"\d{1,3}\.\d{3}")
_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+|[%€()|:;+-]")


# --------------------------------------------------------------------------- data


@dataclass
class GoldFile:
    folder: int
    name: str
    source: str
    lines: list[str]
    figures: list[dict]
    cands: list[Candidate] = field(default_factory=list)

    @property
    def round(self) -> str:
        return next((r for r, span in ROUNDS.items() if self.folder in span), "dev")


@dataclass
class Candidate:
    line: int  # 1-based
    start: int  # in the line
    end: int
    value: float
    percent: bool
    word: bool
    reading: str = "plain"
    label: int = 0
    gold: dict | None = None
    cat: str = "total"
    year: int | None = None
    feats: list[str] = field(default_factory=list)
    prob: float = 0.0


def load_files(gold_root: Path, texts_root: Path) -> list[GoldFile]:
    files = []
    for folder_dir in sorted(gold_root.glob("web*")):
        num = int(folder_dir.name[3:] or 1)
        for path in sorted(folder_dir.glob("*.json")):
            gold = json.loads(path.read_text("utf-8"))
            text_path = texts_root / gold["source"]
            if not text_path.is_file():
                continue
            lines = text_path.read_text("utf-8").split("\n")
            figures = gold.get("incident_counts") or []
            files.append(
                GoldFile(num, f"{folder_dir.name}/{path.stem}", gold["source"], lines, figures)
            )
    return files


def number_value(m: re.Match) -> tuple[float, bool]:
    digits = re.sub(r"[.,\s\u00a0\u202f]", "", m.group(1))
    return float(f"{digits}.{m.group(2) or 0}"), m.group(3) is not None


def candidates_of(lines: list[str]) -> list[Candidate]:
    out = []
    for no, line in enumerate(lines, 1):
        for m in _NUMBER_RE.finditer(line):
            value, percent = number_value(m)
            end = m.end(3) if m.group(3) else m.end()
            out.append(Candidate(no, m.start(), end, value, percent, False))
        for m in _TWO_DECIMALS_RE.finditer(line):
            out.append(Candidate(no, m.start(), m.end(), float(f"{m[1]}.{m[2]}"), True, False))
        for m in _WORD_NUMBER_RE.finditer(line):
            after = line[m.end() : m.end() + 12]
            percent = re.match(r"\s?(%|procent)", after) is not None
            out.append(
                Candidate(no, m.start(), m.end(), NUMBER_WORDS[m.group(1).lower()], percent, True)
            )
        out += other_readings(no, line, out)
    return out


def other_readings(no: int, line: str, found: list[Candidate]) -> list[Candidate]:
    """Candidates of the digits `_NUMBER_RE` reads another way or not at all (`_GLUED_RE` ..
    `_SPACED_RE`), each marked with its `reading`; none where a candidate of the same value
    already stands at the same place."""
    taken = {(c.start, c.value) for c in found if c.line == no}
    out: list[Candidate] = []

    def add(start: int, end: int, value: float, reading: str) -> None:
        if (start, value) not in taken:
            taken.add((start, value))
            out.append(Candidate(no, start, end, value, False, False, reading))

    for m in _GLUED_RE.finditer(line):
        add(m.start(), m.end(), float(m.group(0)), "glued")
    for m in _YEAR_GLUED_RE.finditer(line):
        add(m.start(1), m.end(), float(m.group(1)), "year_glued")
    for m in _LONG_RE.finditer(line):
        add(m.start(), m.end(), float(m.group(0)), "long")
    for m in _SPACED_RE.finditer(line):
        add(m.start(), m.end(), float(re.sub(r"\D", "", m.group(0))), "spaced")
        for g in _GROUP_RE.finditer(m.group(0)):
            add(m.start() + g.start(), m.start() + g.end(), float(g.group(0)), "split")
    for m in _GLUED_CELLS_RE.finditer(line):
        for g in _CELL_RE.finditer(m.group(0)):
            value = float(g.group(0).replace(".", ""))
            add(m.start() + g.start(), m.start() + g.end(), value, "glued_cells")
    return out


def label_candidates(f: GoldFile) -> int:
    """Mark each gold figure's candidate: same value on its line, else the nearest line within
    2; returns how many gold figures have no candidate."""
    missing = 0
    for g in f.figures:
        value = round(float(g["value"]), 2)
        near = [c for c in f.cands if round(c.value, 2) == value and abs(c.line - g["line"]) <= 2]
        if not near:
            missing += 1
            continue
        best = min(near, key=lambda c: (abs(c.line - g["line"]), c.label))
        best.label, best.gold = 1, g
    return missing


# --------------------------------------------------------------------------- features


def _words(text: str) -> list[str]:
    """Lower-cased words; a digit run stands as `<year>` or `<num>` (a weight on one number,
    `192`, learns one text and carries over to none)."""
    return [
        t.lower() if not t.isdigit() else ("<year>" if _YEAR_RE.fullmatch(t) else "<num>")
        for t in _TOKEN_RE.findall(text)
    ]


def _shape(value: float, word: bool) -> str:
    if word:
        return "word"
    if 1950 <= value <= 2039 and value == int(value):
        return "year"
    return f"mag{min(int(math.log10(value + 1)), 4)}"


def features(f: GoldFile, c: Candidate) -> list[str]:
    line = f.lines[c.line - 1]
    left = _words(line[: c.start])[-6:]
    right = _words(line[c.end :])[:6]
    feats = ["bias", f"shape={_shape(c.value, c.word)}", f"pct={c.percent}", f"reading={c.reading}"]
    for k, w in enumerate(reversed(left)):
        feats.append(f"L{min(k, 2)}={w}")
        feats.append(f"Lw={w}")
    for k, w in enumerate(right):
        feats.append(f"R{min(k, 2)}={w}")
        feats.append(f"Rw={w}")
    if not left:
        feats.append("line_start")
    if not right:
        feats.append("line_end")
    n_numbers = sum(1 for d in f.cands if d.line == c.line)
    feats.append(f"nums_in_line={min(n_numbers, 5)}")
    feats.append(f"line_len={min(len(line) // 40, 5)}")
    if "|" in line or "\t" in line:
        feats.append("table_sep")
    if re.search(r"\bvan\s*$", line[: c.start]) and re.match(r"\s*(naar|tot)\b", line[c.end :]):
        feats.append("from_to")
    prev = f.lines[c.line - 2] if c.line >= 2 else ""
    for w in set(_words(prev)[-8:]):
        feats.append(f"P={w}")
    years = [m for m in _YEAR_RE.finditer(line) if not (m.start() <= c.start < m.end())]
    feats.append(f"year_in_line={bool(years)}")
    for w in set(_words(line)):
        feats.append(f"S={w}")
    return feats


# --------------------------------------------------------------------------- model


class Vectorizer:
    def __init__(self, min_count: int = 2) -> None:
        self.min_count = min_count
        self.index: dict[str, int] = {}

    def fit(self, rows: list[list[str]]) -> Vectorizer:
        counts = Counter(f for row in rows for f in set(row))
        kept = sorted(f for f, n in counts.items() if n >= self.min_count)
        self.index = {f: i for i, f in enumerate(kept)}
        return self

    def transform(self, rows: list[list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        indptr, indices = [0], []
        for row in rows:
            idx = sorted({self.index[f] for f in row if f in self.index})
            indices.extend(idx)
            indptr.append(len(indices))
        ind = np.asarray(indices, dtype=np.int64)
        return np.asarray(indptr, dtype=np.int64), ind, np.ones(len(ind))


def _dot(X, W: np.ndarray) -> np.ndarray:
    """Rows of sparse binary X times W (n_features x k)."""
    indptr, ind, _ = X
    n = len(indptr) - 1
    rows = np.repeat(np.arange(n), np.diff(indptr))
    return np.stack([np.bincount(rows, W[ind, j], minlength=n) for j in range(W.shape[1])], 1)


def _grad(X, err: np.ndarray, n_features: int) -> np.ndarray:
    indptr, ind, _ = X
    rows = np.repeat(np.arange(len(indptr) - 1), np.diff(indptr))
    cols = [np.bincount(ind, err[rows, j], minlength=n_features) for j in range(err.shape[1])]
    return np.stack(cols, 1)


class LogReg:
    """Softmax (k >= 2) regression on binary sparse features, L2, full-batch Adam."""

    def __init__(self, l2: float = 1.0, epochs: int = 300, lr: float = 0.1) -> None:
        self.l2, self.epochs, self.lr = l2, epochs, lr
        self.vec = Vectorizer()
        self.classes: list = []

    def fit(self, rows: list[list[str]], y: list, weights: list[float] | None = None) -> LogReg:
        self.vec.fit(rows)
        X = self.vec.transform(rows)
        self.classes = sorted(set(y), key=str)
        k, n = len(self.classes), len(self.vec.index)
        Y = np.zeros((len(y), k))
        Y[np.arange(len(y)), [self.classes.index(c) for c in y]] = 1
        sw = np.ones(len(y)) if weights is None else np.asarray(weights)
        rng = np.random.default_rng(SEED)
        self.W = rng.normal(0, 0.01, (n, k))
        m, v = np.zeros_like(self.W), np.zeros_like(self.W)
        for t in range(1, self.epochs + 1):
            P = _softmax(_dot(X, self.W))
            g = _grad(X, (P - Y) * sw[:, None], n) / sw.sum() + self.l2 * self.W / sw.sum()
            m = 0.9 * m + 0.1 * g
            v = 0.999 * v + 0.001 * g * g
            self.W -= self.lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
        return self

    def predict_proba(self, rows: list[list[str]]) -> np.ndarray:
        if not rows:
            return np.zeros((0, len(self.classes)))
        return _softmax(_dot(self.vec.transform(rows), self.W))

    def top_features(self, cls, n: int = 15) -> list[tuple[str, float]]:
        names = sorted(self.vec.index, key=self.vec.index.get)
        col = self.classes.index(cls)
        w = self.W[:, col] - self.W.mean(axis=1)
        order = np.argsort(-w)
        return [(names[i], round(float(w[i]), 2)) for i in order[:n]]


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


# --------------------------------------------------------------------------- rules and scoring


def load_rules_map(path: Path) -> dict[str, list[Path]]:
    """A round's name -> the databases of the rules at its time (`--rules-map`)."""
    raw = json.loads(path.read_text("utf-8"))
    unknown = sorted(set(raw) - set(ROUNDS))
    if unknown:
        raise SystemExit(f"error: {path} names rounds that do not exist: {unknown}")
    return {name: [Path(p) for p in paths] for name, paths in raw.items()}


def _norm_ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def rule_rows(files: list[GoldFile], dbs: list[Path]) -> dict[str, list[dict]]:
    """Each file's incident mentions (with the line its evidence starts on, or None), read
    from the first of `dbs` that holds its source; a file none holds is left out (and said)."""
    out: dict[str, list[dict]] = {}
    cons = [duckdb.connect(str(path), read_only=True) for path in dbs]
    for f in files:
        con, sid = next(
            ((con, sid) for con in cons if (sid := real_db.find_source(con, f.source))),
            (None, None),
        )
        if con is None:
            continue
        rows = query_rows(
            con,
            "SELECT document_id, page_no, period_start, period_end, category, value, unit, "
            "scope, evidence FROM incident_mentions WHERE source_id = ?",
            [sid],
        )
        norm_lines = [_norm_ws(line) for line in f.lines]
        for r in rows:
            head = _norm_ws(r.get("evidence") or "")[:40]
            r["line"] = next((i for i, t in enumerate(norm_lines, 1) if head and head in t), None)
        out[f.name] = rows
    for con in cons:
        con.close()
    missing = [f.name for f in files if f.name not in out]
    if missing:
        print(
            f"  ({len(missing)} of {len(files)} files in none of {[str(p) for p in dbs]}: "
            f"{missing[:3]} ...; scored as found nothing)"
        )
    return out


def rules_at_time(files: list[GoldFile], rules_map: dict[str, list[Path]]) -> dict:
    """The rules' figures of every file of a round the map names, from that round's databases."""
    out: dict[str, list[dict]] = {}
    for name, dbs in rules_map.items():
        out |= rule_rows([f for f in files if f.round == name], dbs)
    return out


def score(gold: list[dict], found: list[dict], scoped: bool = True) -> tuple[int, int, int]:
    """tp, fp, fn of one file as `woo_eval.real.incidents` counts them (false figures of a
    file whose gold lists none count as false)."""
    figure = score_incidents(gold, found)[
        "incident_counts" if scoped else "incident_counts.unscoped"
    ]
    return figure["tp"], figure["fp"], figure["fn"]


def prf_cell(tp: int, fp: int, fn: int) -> str:
    return figure_cell(finish(prf(tp, fp, fn)))


def total(files: list[GoldFile], found: dict[str, list[dict]], scoped: bool = True) -> tuple:
    sums = np.zeros(3, dtype=int)
    for f in files:
        sums += score(f.figures, found.get(f.name, []), scoped)
    return tuple(int(x) for x in sums)


# --------------------------------------------------------------------------- diagnosis

_COMPARISON = re.compile(
    r"\bvan\s+[\d.]+\s+(?:\(?\d{4}\)?\s+|in\s+\d{4}\s+)?(?:naar|tot)\b|ten\s+opzichte|t\.o\.v\.|"
    r"tegenover|vergeleken|\bdan\s+in\b|stijging|daling|toename|afname|gestegen|gedaald|"
    r"\bwaren\s+(?:dat|er)\b|\bnog\s+\d",
    re.IGNORECASE,
)


def _differing(g: dict, r: dict) -> tuple[str, ...]:
    gf, rf = fact_of(g), fact_of(r)
    out = []
    if gf[:2] != rf[:2]:
        out.append("period")
    if gf[2] != rf[2]:
        out.append("category")
    if gf[4] != rf[4]:
        out.append("unit")
    if gf[5] != rf[5]:
        out.append("scope")
    return tuple(out)


def construction(f: GoldFile, g: dict) -> str:
    """What holds a gold figure the rules did not extract at all."""
    value = round(float(g["value"]), 2)
    cands = [c for c in f.cands if round(c.value, 2) == value and abs(c.line - g["line"]) <= 2]
    if not cands:
        line = f.lines[g["line"] - 1] if g["line"] <= len(f.lines) else ""
        if value == 0 and re.search(r"\bgeen\b", line, re.IGNORECASE):
            return "no candidate: `geen` (zero)"
        if any(round(c.value, 2) == value for c in f.cands):
            return "no candidate near its line: value printed elsewhere only"
        return "no candidate: glued table cells (`Q111327%11526%`), a sum"
    c = min(cands, key=lambda c: abs(c.line - g["line"]))
    line = f.lines[c.line - 1]
    n_numbers = sum(1 for d in f.cands if d.line == c.line and not d.word)
    if c.word:
        return "number word"
    next_is_number = re.match(r"\s*[\d(]", line[c.end :]) is not None
    if "|" in line or "\t" in line or (n_numbers >= 3 and next_is_number) or len(line.strip()) < 60:
        return "table / list row"
    if g["unit"] == "percent" or c.percent:
        return "percentage in a sentence"
    if _COMPARISON.search(line[max(0, c.start - 80) : c.end + 60]):
        return "comparison (van X naar Y, t.o.v., waren er nog)"
    return "sentence (N noun / noun: N)"


def diagnose(files: list[GoldFile], rules: dict[str, list[dict]], rounds: tuple[str, ...]) -> None:
    kinds: Counter[str] = Counter()
    fields: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    n_missed = n_gold = 0
    for f in files:
        if f.round not in rounds or not f.figures:
            continue
        found = rules.get(f.name, [])
        gold_left = Counter(fact_of(g) for g in f.figures) - Counter(
            k for _, k in {(r.get("document_id"), fact_of(r)) for r in found}
        )
        n_gold += len(f.figures)
        for g in f.figures:
            fact = fact_of(g)
            if gold_left[fact] <= 0:
                continue
            gold_left[fact] -= 1
            n_missed += 1
            same = [r for r in found if round(float(r["value"]), 2) == fact[3]]
            if same:
                diff = min((_differing(g, r) for r in same), key=len)
                kind = "value found, wrong " + "+".join(diff) if diff else "value found, dup"
                for fld in diff:
                    fields[fld] += 1
            else:
                kind = "value not extracted: " + construction(f, g)
            kinds[kind] += 1
            line = f.lines[g["line"] - 1][:110] if g["line"] <= len(f.lines) else ""
            examples[kind].append(f"{f.name}:{g['line']} {fact} | {line}")
    print(f"rounds {'+'.join(rounds)}: {n_missed} of {n_gold} gold figures missed (scoped tuple)")
    extras: Counter[str] = Counter()
    for f in files:
        if f.round not in rounds:
            continue
        gold_values = {round(float(g["value"]), 2) for g in f.figures}
        _, fp, _ = score(f.figures, rules.get(f.name, []))
        found = {(r.get("document_id"), fact_of(r)) for r in rules.get(f.name, [])}
        left = Counter(k for _, k in found) - Counter(fact_of(g) for g in f.figures)
        for fact in left.elements():
            extras[
                "extra, value in gold (a field wrong)"
                if fact[3] in gold_values
                else "extra, value not in gold"
            ] += 1
    print("  extras:", dict(extras))
    tp, fp, fn = total([f for f in files if f.round in rounds], rules)
    bound = extras["extra, value not in gold"]
    print(
        f"  rules {prf_cell(tp, fp, fn)}; a perfect value filter (drops the {bound} extras whose "
        f"value gold lacks): {prf_cell(tp, fp - bound, fn)}"
    )
    for kind, n in kinds.most_common():
        print(f"  {n:4d}  {kind}")
    print("  wrong fields among values found (a miss may have several):", dict(fields))
    for kind, rows in sorted(examples.items()):
        print(f"\n## {kind}")
        for row in rows[:6]:
            print("   ", row)


# --------------------------------------------------------------------------- fields of a figure


def _period(year: int) -> tuple[str, str]:
    return f"{year}-01-01", f"{year}-12-31"


def doc_year(f: GoldFile) -> int | None:
    """The year a text names most often (the latest of equals)."""
    years = Counter(int(m.group(1)) for line in f.lines for m in _YEAR_RE.finditer(line))
    if not years:
        return None
    return max(years, key=lambda y: (years[y], y))


def line_year(f: GoldFile, c: Candidate) -> int | None:
    """The year nearest the number on its line (not the number itself), else the last year
    of the three lines above."""
    line = f.lines[c.line - 1]
    years = [m for m in _YEAR_RE.finditer(line) if not (c.start <= m.start() < c.end)]
    if years:
        near = min(years, key=lambda m: min(abs(m.start() - c.end), abs(c.start - m.end())))
        return int(near.group(1))
    for back in range(c.line - 2, max(-1, c.line - 5), -1):
        found = list(_YEAR_RE.finditer(f.lines[back]))
        if found:
            return int(found[-1].group(1))
    return None


_PUB_DATE = re.compile(r"^\s*date\s+((?:19|20)\d\d)-\d\d")
_RELATIVE = re.compile(
    r"vorig\s+jaar|afgelopen\s+jaar|een\s+jaar\s+(?:eerder|ervoor|daarvoor)|het\s+jaar\s+erop|"
    r"dit\s+jaar|jaar\s+later",
    re.IGNORECASE,
)


_YEARS_CACHE: dict[str, tuple] = {}


def _text_years(f: GoldFile) -> tuple[Counter, int | None, int | None, list[int]]:
    if f.name not in _YEARS_CACHE:
        order = [int(m.group(1)) for line in f.lines for m in _YEAR_RE.finditer(line)]
        pub = next((int(m.group(1)) for m in map(_PUB_DATE.match, f.lines[:2]) if m), None)
        _YEARS_CACHE[f.name] = (Counter(order), pub, doc_year(f), order)
    return _YEARS_CACHE[f.name]


def year_options(f: GoldFile, c: Candidate) -> list[tuple[int, list[str]]]:
    """The years a figure may cover, each with the features of (number, year): the years the
    text names and the year before each; where they stand from the number; the text's
    publication date (` date 2019-12` heading), most named, first and last year; relative
    words on the line (`vorig jaar`)."""
    named, pub, mode, order = _text_years(f)
    if not named:
        return []
    line = f.lines[c.line - 1]
    in_line = sorted(
        (
            (
                min(abs(m.start() - c.end), abs(c.start - m.end())),
                int(m.group(1)),
                "R" if m.start() >= c.end else "L",
            )
            for m in _YEAR_RE.finditer(line)
            if not c.start <= m.start() < c.end
        ),
    )
    relative = {m.group(0).split()[0].lower() for m in _RELATIVE.finditer(line)}
    above = [
        int(m.group(1))
        for back in range(max(0, c.line - 4), c.line - 1)
        for m in _YEAR_RE.finditer(f.lines[back])
    ]
    options = []
    for y in sorted(set(named) | {y - 1 for y in named}):
        fs = ["bias"]
        if y not in named:
            fs.append("not_named")
        for rank, (dist, year, side) in enumerate(in_line):
            if year == y:
                fs += [
                    f"line_rank={min(rank, 2)}",
                    f"line_side={side}",
                    f"line_dist={min(dist // 15, 4)}",
                ]
                if side == "R" and re.match(r"\s*\(\s*$", line[c.end : c.end + 3]):
                    fs.append("paren_after")
                if rank == 0:
                    fs.append(f"nearest_{side}_d{min(dist // 15, 4)}")
                break
        if not in_line:
            fs.append("line_has_no_year")
        if y in above:
            fs.append("above" + ("_last" if above[-1] == y else ""))
        for name, ref in (("pub", pub), ("mode", mode), ("max", max(named)), ("first", order[0])):
            if ref is not None and y - ref in (-1, 0):
                fs.append(f"{name}{y - ref}")
                fs += [f"{name}{y - ref}&rel={w}" for w in relative]
                if not in_line:
                    fs.append(f"{name}{y - ref}&noyear")
        options.append((y, fs))
    return options


class PeriodModel:
    """Picks the calendar year of a figure among `year_options` (a logistic regression over
    (number, year) pairs, argmax per number)."""

    def fit(self, files: list[GoldFile]) -> PeriodModel:
        rows, y = [], []
        for f in files:
            for c in f.cands:
                g = c.gold
                if (
                    not c.label
                    or g["period_start"][5:] != "01-01"
                    or g["period_end"][5:] != "12-31"
                ):
                    continue
                gy = int(g["period_start"][:4])
                for year, fs in year_options(f, c):
                    rows.append(fs)
                    y.append(int(year == gy and g["period_end"][:4] == str(gy)))
        self.model = LogReg().fit(rows, y)
        return self

    def predict(self, f: GoldFile, c: Candidate) -> int | None:
        options = year_options(f, c)
        if not options:
            return None
        probs = self.model.predict_proba([fs for _, fs in options])[:, self.model.classes.index(1)]
        return options[int(np.argmax(probs))][0]


def nearest_rule(c: Candidate, rules: list[dict]) -> dict | None:
    located = [r for r in rules if r.get("line") is not None]
    if not located:
        return rules[0] if rules else None
    return min(located, key=lambda r: abs(r["line"] - c.line))


def fill_fields(f: GoldFile, c: Candidate, category: str, rules: list[dict], how: str) -> dict:
    """A figure of candidate `c`: value and unit from the number (`%`/`procent` -> percent),
    category as given; period and scope by `how`:
    - `text`: the year nearest the number on its line (else the three lines above, else the
      text's most named year), scope NULL;
    - `rule`: period and scope of the rule figure whose evidence line is nearest, where the
      file has one, else as `text`;
    - `model`: the year `PeriodModel` picks (set on the candidate as `year`), scope NULL;
    - `table`: in a table row (`table_fields`) the year of its column and the row's label as
      scope, else as `model`."""
    near = nearest_rule(c, rules) if how == "rule" else None
    cell = table_fields(f, c) if how == "table" else None
    if cell is not None:
        (start, end), scope = _period(cell[0] or c.year or 1900), cell[1]
    elif how in ("model", "table"):
        start, end = _period(c.year or 1900)
        scope = None
    elif near is not None:
        start, end, scope = near["period_start"], near["period_end"], near.get("scope")
    else:
        year = line_year(f, c) or doc_year(f)
        if year is None:
            year = 1900  # no year anywhere: a period no gold has
        (start, end), scope = _period(year), None
    return {
        "document_id": "model",
        "period_start": start,
        "period_end": end,
        "category": category,
        "value": c.value,
        "unit": "percent" if c.percent else "count",
        "scope": scope,
    }


#: a row label that names what is counted or a total, not a unit (no scope)
_NOT_A_SCOPE = re.compile(
    r"totaa?l|aantal|klacht|melding|verzoek|datalek|incident|bezwa|overig|som\b|jaar|^\W*$",
    re.IGNORECASE,
)


def _cells(f: GoldFile, c: Candidate) -> list[Candidate]:
    """The cells of `c`'s row: the numbers on its line read the way `c` is read (the groups of
    a space-grouped run where `c` is one), years and number words left out."""
    kinds = ("split",) if c.reading == "split" else ("plain", "glued", "glued_cells")
    cells = [
        d
        for d in f.cands
        if d.line == c.line
        and d.reading in kinds
        and not d.word
        and not d.percent
        and _shape(d.value, False) != "year"
    ]
    return sorted(cells, key=lambda d: d.start)


def table_fields(f: GoldFile, c: Candidate) -> tuple[int | None, str | None] | None:
    """The year of `c`'s column and its row's label, where `c` stands in a table row (two or
    more cells) under a header line that names two or more years (within 20 lines above);
    None elsewhere. The k-th cell takes the k-th year of the header; the label is the text
    before the first cell unless it names a total or what is counted (`_NOT_A_SCOPE`)."""
    cells = _cells(f, c)
    if len(cells) < 2 or c not in cells:
        return None
    header = None
    for back in range(c.line - 2, max(-1, c.line - 22), -1):
        years = [int(m.group(1)) for m in _YEAR_RE.finditer(f.lines[back])]
        if len(years) >= 2:
            header = years
            break
    if header is None:
        return None
    k = cells.index(c)
    year = header[k] if k < len(header) else None
    label = re.sub(r"[\s:|]+$", "", f.lines[c.line - 1][: cells[0].start]).strip(" |:\t")
    scope = None if _NOT_A_SCOPE.search(label) else label
    return year, scope


def field_accuracy(files: list[GoldFile], rules: dict[str, list[dict]], how: str) -> Counter:
    """How often each filler gives the gold field, over the gold figures' candidates."""
    hits: Counter[str] = Counter()
    for f in files:
        for c in f.cands:
            if not c.label:
                continue
            g = c.gold
            row = fill_fields(f, c, g["category"], rules.get(f.name, []), how)
            gf, rf = fact_of(g), fact_of(row)
            hits["n"] += 1
            hits["period"] += gf[:2] == rf[:2]
            hits["unit"] += gf[4] == rf[4]
            hits["scope"] += gf[5] == rf[5]
            hits["all_but_category"] += (gf[:2], gf[4:]) == (rf[:2], rf[4:])
    return hits


# --------------------------------------------------------------------------- training


def _rows(files: list[GoldFile]) -> tuple[list[list[str]], list[int]]:
    cands = [c for f in files for c in f.cands]
    return [c.feats for c in cands], [c.label for c in cands]


def fit_models(train: list[GoldFile]) -> tuple[LogReg, LogReg, PeriodModel]:
    X, y = _rows(train)
    value_model = LogReg().fit(X, y)
    pos = [c for f in train for c in f.cands if c.label]
    cat_model = LogReg().fit([c.feats for c in pos], [c.gold["category"] for c in pos])
    return value_model, cat_model, PeriodModel().fit(train)


def apply_models(files: list[GoldFile], models: tuple[LogReg, LogReg, PeriodModel]) -> None:
    """Sets each candidate's `prob` (a gold value at its line), `cat` (its category) and
    `year` (its period's year)."""
    value_model, cat_model, period_model = models
    for f in files:
        if not f.cands:
            continue
        feats = [c.feats for c in f.cands]
        probs = value_model.predict_proba(feats)[:, value_model.classes.index(1)]
        cats = cat_model.predict_proba(feats).argmax(axis=1)
        for c, p, k in zip(f.cands, probs, cats, strict=True):
            c.prob, c.cat = float(p), cat_model.classes[k]
            c.year = period_model.predict(f, c)


#: outputs of a trained model on a test set: per file, each candidate's (prob, cat, year)
Outputs = dict[str, list[tuple[float, str, int | None]]]


def _model_key() -> str:
    """What a model's outputs depend on: the code of the candidates, features, labels and
    models and the patterns they use (edits elsewhere keep the cache)."""
    parts = [
        inspect.getsource(obj)
        for obj in (candidates_of, other_readings, label_candidates, features, _words, _shape)
        + (LogReg, Vectorizer, PeriodModel, year_options, _text_years, doc_year)
        + (fit_models, apply_models, _dot, _grad, _softmax)
    ]
    patterns = (_NUMBER_RE, _TWO_DECIMALS_RE, _WORD_NUMBER_RE, _YEAR_RE, _TOKEN_RE, _PUB_DATE)
    patterns += (_RELATIVE, _GLUED_RE, _YEAR_GLUED_RE, _LONG_RE, _SPACED_RE, _GROUP_RE)
    parts += [p.pattern for p in (*patterns, _GLUED_CELLS_RE, _CELL_RE)]
    parts += [repr(NUMBER_WORDS), str(SEED)]
    return hashlib.sha1("".join(parts).encode()).hexdigest()[:12]


def held_out_outputs(train: list[GoldFile], test: list[GoldFile], cache: Path) -> Outputs:
    """The outputs on `test` of the models trained on `train`, cached on disk (a model is
    deterministic, so its outputs are a function of this script and the two file lists)."""
    names = repr(([f.name for f in train], [f.name for f in test]))
    key = hashlib.sha1(f"{_model_key()}{names}".encode()).hexdigest()[:20]
    path = cache / f"{key}.pkl"
    if path.is_file():
        return pickle.loads(path.read_bytes())
    t0 = time.monotonic()
    apply_models(test, fit_models(train))
    out = {f.name: [(c.prob, c.cat, c.year) for c in f.cands] for f in test}
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(out))
    print(
        f"  (trained on {len(train)} files, applied to {len(test)}: {time.monotonic() - t0:.0f} s)",
        flush=True,
    )
    return out


def set_outputs(files: list[GoldFile], outputs: Outputs) -> None:
    for f in files:
        for c, (prob, cat, year) in zip(f.cands, outputs.get(f.name, []), strict=False):
            c.prob, c.cat, c.year = prob, cat, year


#: inner folds for the model-alone threshold: the training folders in this many blocks of
#: consecutive folders (the old per-round folds cost one fit per round: 35 before AI)
INNER_FOLDS = 5


def groups_of(train: list[GoldFile]) -> list[list[int]]:
    """The training folders in `INNER_FOLDS` blocks of consecutive folders, about equal in files."""
    per_folder = Counter(f.folder for f in train)
    target = len(train) / INNER_FOLDS
    blocks: list[list[int]] = [[]]
    seen = 0
    for folder in sorted(per_folder):
        if seen >= target * len(blocks) and len(blocks) < INNER_FOLDS:
            blocks.append([])
        blocks[-1].append(folder)
        seen += per_folder[folder]
    return blocks


def model_figures(
    f: GoldFile, t: float, rules: list[dict], how: str, add_only: bool, guard: bool = False
) -> list[dict]:
    """Figures of the candidates at or over `t`; `add_only`: only values no rule figure of the
    file has (the model adds what the rules did not find); `guard`: only in a file where the
    rules found a figure (a text the rules take for a count text)."""
    if guard and not rules:
        return []
    taken = {round(float(r["value"]), 2) for r in rules} if add_only else set()
    out = []
    for c in f.cands:
        if c.prob >= t and round(c.value, 2) not in taken:
            taken.add(round(c.value, 2))  # two readings of one number add it once
            out.append(fill_fields(f, c, c.cat, rules, how))
    return out


THRESHOLDS = [round(0.05 * k, 2) for k in range(2, 20)]
#: an add threshold over every probability: add nothing
NO_ADD = 1.01


def _f1(counts: tuple[int, int, int]) -> float:
    tp, fp, fn = counts
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose_alone_threshold(train: list[GoldFile], cache: Path) -> float:
    """Out-of-fold probabilities over the training folders (`groups_of`), then the threshold
    that maximises the model-alone tuple F1 there."""
    for group in groups_of(train):
        inner_test = [f for f in train if f.folder in group]
        inner_train = [f for f in train if f.folder not in group]
        set_outputs(inner_test, held_out_outputs(inner_train, inner_test, cache))
    scores = {}
    for t in THRESHOLDS:
        found = {f.name: model_figures(f, t, [], "model", False) for f in train}
        scores[t] = _f1(total(train, found))
    return max(THRESHOLDS, key=lambda t: (scores[t], -t))


# --------------------------------------------------------------------------- combinations


def rule_candidate(f: GoldFile, r: dict) -> Candidate | None:
    """The candidate a rule figure was read from: its value on the line its evidence starts
    on or the three after it."""
    if r.get("line") is None:
        return None
    value = round(float(r["value"]), 2)
    near = [c for c in f.cands if round(c.value, 2) == value and 0 <= c.line - r["line"] <= 3]
    return min(near, key=lambda c: (c.line - r["line"], c.reading != "plain"), default=None)


def _years_on_line(f: GoldFile, c: Candidate) -> int:
    line = f.lines[c.line - 1]
    return len({m.group(1) for m in _YEAR_RE.finditer(line) if not c.start <= m.start() < c.end})


def _calendar_year(r: dict) -> bool:
    start, end = str(r["period_start"])[:10], str(r["period_end"])[:10]
    return start[5:] == "01-01" and end[5:] == "12-31" and start[:4] == end[:4]


#: when the period model's year replaces a rule figure's calendar year: never, where the
#: number's line names two or more years, or where it names any number but one
REDATE = ("off", "multi", "not_one")


def redated(f: GoldFile, rows: list[dict], when: str) -> list[dict]:
    """The rule figures with the period model's year where `when` says (a calendar-year period
    only; the old doc's proposal: the rules keep the year when it is the only one on the line)."""
    if when == "off":
        return rows
    out = []
    for r in rows:
        c = rule_candidate(f, r)
        n_years = _years_on_line(f, c) if c else 1
        wanted = n_years >= 2 or (when == "not_one" and n_years == 0)
        if c and c.year and _calendar_year(r) and wanted:
            start, end = _period(c.year)
            r = {**r, "period_start": start, "period_end": end}
        out.append(r)
    return out


def filtered(f: GoldFile, rows: list[dict], t: float) -> list[dict]:
    """The rule figures whose number the value model scores at `t` or over (a figure whose
    number is not found among the candidates is kept)."""
    out = []
    for r in rows:
        c = rule_candidate(f, r)
        if c is None or c.prob >= t:
            out.append(r)
    return out


@dataclass(frozen=True)
class Combo:
    """Rules, then re-dated (`redate`), filtered at `filter_t`, plus additions at `add_t`."""

    redate: str = "off"
    filter_t: float = 0.0
    add_t: float = NO_ADD
    guard: bool = False

    def found(self, files: list[GoldFile], rules: dict) -> dict[str, list[dict]]:
        out = {}
        for f in files:
            rows = filtered(f, redated(f, rules.get(f.name, []), self.redate), self.filter_t)
            out[f.name] = rows + model_figures(f, self.add_t, rows, "model", True, self.guard)
        return out

    def label(self) -> str:
        parts = [f"re-date {self.redate}"] if self.redate != "off" else []
        parts += [f"filter t={self.filter_t}"] if self.filter_t else []
        parts += [f"add t={self.add_t}"] if self.add_t < NO_ADD else []
        return ", ".join(parts + (["guard"] if self.guard else [])) or "rules as they are"


def choose(earlier: list[tuple[list[GoldFile], dict]], options: list[Combo]) -> Combo:
    """The option that maximises pooled tuple F1 over the rounds held out before (each with
    its rules at the time and its own held-out model outputs); the first option (doing
    nothing) when none was held out before or none beats it."""
    if not earlier:
        return options[0]
    scores = []
    for combo in options:
        sums = np.zeros(3, dtype=int)
        for files, rules in earlier:
            sums += total(files, combo.found(files, rules))
        scores.append(_f1(tuple(sums)))
    best = max(range(len(options)), key=lambda k: (scores[k], -k))
    return options[best]


def choices(earlier: list[tuple[list[GoldFile], dict]]) -> dict[str, Combo]:
    """Each combination's settings, chosen on the earlier rounds only."""
    adds = [Combo()] + [Combo(add_t=t) for t in THRESHOLDS]
    guards = [Combo()] + [Combo(add_t=t, guard=True) for t in THRESHOLDS]
    filters = [Combo()] + [Combo(filter_t=t) for t in THRESHOLDS[:10]]
    out = {
        "rules + adds": choose(earlier, adds),
        "rules + adds, guard": choose(earlier, guards),
        "rules filtered": choose(earlier, filters),
        "rules re-dated": choose(earlier, [Combo(redate=w) for w in REDATE]),
    }
    when = out["rules re-dated"].redate
    best_add = out["rules + adds, guard"] if _better_guard(earlier, out) else out["rules + adds"]
    both = [Combo(redate=when)] + [
        Combo(redate=when, add_t=t, guard=best_add.guard) for t in THRESHOLDS
    ]
    out["rules re-dated + adds"] = choose(earlier, both)
    return out


def _better_guard(earlier: list, out: dict[str, Combo]) -> bool:
    if not earlier:
        return False
    plain, guard = out["rules + adds"], out["rules + adds, guard"]
    return choose(earlier, [plain, guard]) == guard


# --------------------------------------------------------------------------- evaluation


def value_prf(files: list[GoldFile], t: float) -> str:
    tp = sum(1 for f in files for c in f.cands if c.prob >= t and c.label)
    fp = sum(1 for f in files for c in f.cands if c.prob >= t and not c.label)
    fn = sum(1 for f in files for c in f.cands if c.prob < t and c.label)
    return prf_cell(tp, fp, fn)


def average_precision(files: list[GoldFile]) -> float:
    """Value level, free of a threshold: the mean precision at each gold candidate's rank."""
    ranked = sorted((c for f in files for c in f.cands), key=lambda c: -c.prob)
    hits, precisions = 0, []
    for k, c in enumerate(ranked, 1):
        if c.label:
            hits += 1
            precisions.append(hits / k)
    return float(np.mean(precisions)) if precisions else 0.0


def rule_value_prf(files: list[GoldFile], rules: dict[str, list[dict]]) -> str:
    """The rules' numbers alone: a gold figure counts as found when some rule figure of its
    file has its value; a rule value is right when the file's gold has it."""
    tp = fp = fn = 0
    for f in files:
        found = {round(float(r["value"]), 2) for r in rules.get(f.name, [])}
        gold = [round(float(g["value"]), 2) for g in f.figures]
        hit = sum(v in found for v in gold)
        tp, fn = tp + hit, fn + len(gold) - hit
        fp += len(found - set(gold))
    return prf_cell(tp, fp, fn)


def oracle(files: list[GoldFile], rules: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The bound: the rules plus every gold value they missed, fields filled as `model`."""
    out = {}
    for f in files:
        rows = rules.get(f.name, [])
        taken = {round(float(r["value"]), 2) for r in rows}
        extra = [
            fill_fields(f, c, c.cat, rows, "model")
            for c in f.cands
            if c.label and round(c.value, 2) not in taken
        ]
        out[f.name] = rows + extra
    return out


def systems(files: list[GoldFile], rules: dict, alone_t: float, combos: dict) -> dict:
    """The found figures of each system, per file."""
    out: dict[str, dict] = {"rules": rules}
    out["model alone"] = {f.name: model_figures(f, alone_t, [], "model", False) for f in files}
    for name, combo in combos.items():
        out[name] = combo.found(files, rules)
    out["bound: rules + every missed gold value"] = oracle(files, rules)
    return out


def report_fields(files: list[GoldFile], rules: dict) -> None:
    pos = [c for f in files for c in f.cands if c.label]
    if not pos:
        return
    right = sum(c.cat == c.gold["category"] for c in pos)
    base = sum(c.gold["category"] == "total" for c in pos)
    print(f"category of the gold values: classifier {right}/{len(pos)}, all `total` {base}")
    for how in ("text", "rule", "model", "table"):
        acc = field_accuracy(files, rules, how)
        shown = ("period", "unit", "scope", "all_but_category")
        listed = ", ".join(f"{k} {acc[k]}/{acc['n']}" for k in shown)
        print(f"fields filled `{how}` on the gold values: {listed}")
    print(f"rule figures re-dated: {redate_effect(files, rules)}")


def redate_effect(files: list[GoldFile], rules: dict) -> str:
    """How re-dating changes the rule figures' periods: to right, to wrong, other changes."""
    parts = []
    for when in REDATE[1:]:
        moves: Counter[str] = Counter()
        for f in files:
            gold = {fact_of(g) for g in f.figures}
            rows = rules.get(f.name, [])
            for old, new in zip(rows, redated(f, rows, when), strict=True):
                if old is new:
                    continue
                was, now = fact_of(old) in gold, fact_of(new) in gold
                moves["same" if fact_of(old) == fact_of(new) else f"{was:d}->{now:d}"] += 1
        parts.append(f"`{when}` {dict(sorted(moves.items()))}")
    return "; ".join(parts) + " (1 = the tuple is in gold)"


def report_round(name: str, files: list[GoldFile], rules: dict, th: dict) -> dict[str, tuple]:
    n_fig = sum(len(f.figures) for f in files)
    print(f"\n### {name}: {len(files)} files, {n_fig} gold figures, alone threshold {th['alone']}")
    for sys_name, combo in th["combos"].items():
        print(f"  {sys_name}: {combo.label()}")
    print(
        f"value level, model (a gold value at its line): {value_prf(files, th['alone'])}, "
        f"average precision {average_precision(files):.2f}"
    )
    print(f"value level, rules (a gold value in the file): {rule_value_prf(files, rules)}")
    report_fields(files, rules)
    print("| system | tuple P / R / F1 (tp/fp/fn) | unscoped |")
    print("|---|---|---|")
    out = {}
    for sys_name, found in systems(files, rules, th["alone"], th["combos"]).items():
        scoped, unscoped = total(files, found), total(files, found, scoped=False)
        out[sys_name] = (scoped, unscoped)
        print(f"| {sys_name} | {prf_cell(*scoped)} | {prf_cell(*unscoped)} |")
    return out


def held_out(files: list[GoldFile], rules: dict, rounds: list[str], cache: Path) -> tuple:
    """Walk forward over `rounds`: train on the folders before each, settings chosen on the
    rounds before it; returns each round's results, settings and (files, rules)."""
    held: dict[str, tuple[list[GoldFile], dict]] = {}
    saved: dict[str, Outputs] = {}
    results: dict[str, dict] = {}
    settings: dict[str, dict] = {}
    for r in rounds:
        train = [f for f in files if f.folder < min(ROUNDS[r])]
        test = [f for f in files if f.round == r]
        print(f"round {r}: training on {len(train)} files", flush=True)
        th = {"alone": choose_alone_threshold(train, cache)}
        saved[r] = held_out_outputs(train, test, cache)
        for k, (fs, _) in held.items():  # the inner folds overwrote the outputs
            set_outputs(fs, saved[k])
        th["combos"] = choices(list(held.values()))
        set_outputs(test, saved[r])
        held[r] = (test, {f.name: rules.get(f.name, []) for f in test})
        settings[r] = th
        if r in TEST_ROUNDS:
            results[r] = report_round(
                f"round {r} held out ({len(train)} training files)", test, held[r][1], th
            )
    return results, settings, held, saved


def development(today: dict, settings: dict, held: dict, saved: dict) -> dict:
    """The test rounds with today's rules (fitted to them since): the same held-out model
    outputs and settings as held out."""
    results = {}
    for r in TEST_ROUNDS:
        test, _ = held[r]
        set_outputs(test, saved[r])
        rules = {f.name: today.get(f.name, []) for f in test}
        results[r] = report_round(f"round {r}, rules of today", test, rules, settings[r])
    return results


def learning_curve(files: list[GoldFile], rules: dict, cache: Path) -> None:
    """Held-out value and tuple figures of the model on rounds AD-AI pooled, trained on the
    first N files (time order) before AD."""
    test = [f for f in files if f.round in RECENT]
    before = [f for f in files if f.folder < min(ROUNDS[RECENT[0]])]
    print(
        f"\n## Learning curve: test AD-AI ({len(test)} files), train on the first N of "
        f"{len(before)} files before AD"
    )
    print(
        "| training files | value AP | value P / R / F1 at the alone threshold | model alone "
        "tuple P / R / F1 | rules at the time + adds, t = 0.8 fixed |"
    )
    print("|---|---|---|---|---|")
    for n in (150, 300, 573, 850, len(before)):
        train = before[:n]
        t = choose_alone_threshold(train, cache)
        set_outputs(test, held_out_outputs(train, test, cache))
        found = {f.name: model_figures(f, t, [], "model", False) for f in test}
        add = LC_ADD_T.found(test, rules)
        print(
            f"| {n} | {average_precision(test):.2f} | {value_prf(test, t)} (t={t}) | "
            f"{prf_cell(*total(test, found))} | {prf_cell(*total(test, add))} |",
            flush=True,
        )


#: rules + adds in the learning curve: one fixed setting (the old run's add threshold), so that
#: only the training size moves
LC_ADD_T = Combo(add_t=0.8)


def summary(title: str, results: dict[str, dict], pools: tuple[tuple[str, ...], ...]) -> None:
    """Tuple F1 per round and system (unscoped in brackets), and the counts pooled."""
    names = list(next(iter(results.values())))
    heads = [f"pooled {p[0]}-{p[-1]} P / R / F1" for p in pools]
    print(f"\n## Summary, {title}: tuple F1 (unscoped)")
    print("| system | " + " | ".join(results) + " | " + " | ".join(heads) + " |")
    print("|---" * (len(results) + len(pools) + 1) + "|")
    for name in names:
        cells = [f"{_f1(v[name][0]):.2f} ({_f1(v[name][1]):.2f})" for v in results.values()]
        pooled = [prf_cell(*np.sum([results[r][name][0] for r in p], axis=0)) for p in pools]
        print(f"| {name} | " + " | ".join(cells) + " | " + " | ".join(pooled) + " |")


def show_features(models: tuple[LogReg, LogReg, PeriodModel]) -> None:
    value_model, cat_model, period_model = models
    print("\n## What the models of the last round learned (top weights)")
    print("value, for a gold value:", value_model.top_features(1, 25))
    print("value, against:", value_model.top_features(0, 15))
    for cat in cat_model.classes:
        print(f"category {cat}:", cat_model.top_features(cat, 12))
    print("period, the figure's year:", period_model.model.top_features(1, 15))


def evaluate(files: list[GoldFile], args: argparse.Namespace) -> int:
    t0 = time.monotonic()
    rules = rules_at_time(files, load_rules_map(args.rules_map))
    order = [r for r in ROUNDS if r in load_rules_map(args.rules_map)]
    rounds = [r for r in order if not args.rounds or r in args.rounds or r not in TEST_ROUNDS]
    print("\n## Held out: train on the folders before the round, rules at the time")
    print(f"(settings chosen on the rounds held out before; rounds walked: {rounds})")
    results, settings, held, saved = held_out(files, rules, rounds, args.cache)
    pools = (TEST_ROUNDS, RECENT) if not args.rounds else (tuple(results),)
    summary("held out (rules at the time)", results, pools)
    if args.rules_today:
        today = rule_rows([f for f in files if f.round in results], [args.rules_today])
        dev = development(today, settings, held, saved) if not args.rounds else {}
        if dev:
            summary("rules of today on the test rounds (development)", dev, pools)
    if not args.rounds:
        learning_curve(files, rules, args.cache)
        last = [f for f in files if f.folder < min(ROUNDS[TEST_ROUNDS[-1]])]
        show_features(fit_models(last))
    print(f"\n(eval: {time.monotonic() - t0:.0f} s)")
    return 0


def prepare(args: argparse.Namespace) -> list[GoldFile]:
    files = load_files(args.gold, args.texts)
    no_cand = 0
    for f in files:
        f.cands = candidates_of(f.lines)
        no_cand += label_candidates(f)
        for c in f.cands:
            c.feats = features(f, c)
    n_fig = sum(len(f.figures) for f in files)
    n_cand = sum(len(f.cands) for f in files)
    readings = Counter(c.reading for f in files for c in f.cands if c.label)
    print(
        f"{len(files)} files with texts, {n_fig} gold figures, {n_cand} candidates; "
        f"{no_cand} gold figures with no candidate within 2 lines; "
        f"gold figures by reading: {dict(readings)}"
    )
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("diagnose", "eval"))
    parser.add_argument("--gold", type=Path, default=REPO / "tests" / "gold")
    parser.add_argument("--texts", type=Path, default=Path("/work/webprobe"))
    parser.add_argument(
        "--rules-map",
        type=Path,
        required=True,
        help="JSON: round name -> databases of the rules at its time",
    )
    parser.add_argument("--rules-today", type=Path, help="a database of today's rules")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/incml_cache"))
    parser.add_argument(
        "--rounds",
        nargs="*",
        default=[],
        help="only these test rounds (and the rounds before them, walked for the settings)",
    )
    args = parser.parse_args(argv)
    files = prepare(args)
    if args.command == "diagnose":
        rules = rules_at_time(files, load_rules_map(args.rules_map))
        for rounds in (*((r,) for r in RECENT), RECENT, TEST_ROUNDS[:5]):
            diagnose(files, rules, rounds)
            print()
        return 0
    return evaluate(files, args)


if __name__ == "__main__":
    sys.exit(main())
