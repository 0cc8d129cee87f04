"""Does a statistical decision reader trained on the web gold carry over better than the rules?

    PYTHONPATH=. .venv/bin/python scripts/decml_eval.py [--out /tmp/decml.json]

Reads the web gold folders whose texts exist under `--texts` (/work/webprobe), cuts every
text into candidate units and trains `woo_eval.decision_model` (hashed bag of words,
multinomial logistic regression: none / besluit / actie / afspraak), in two variants:
`text` (the unit and its context) and `doc` (the same plus what the rules said of the whole
text: its doc_type, whether they found decisions, a meeting). Temporal split: the model run
on round R is trained only on folders written before R. It is run on every round of the
chain (`CHAIN`, from H-K on) in time order; its threshold is chosen walk-forward on the
rounds of the chain held out before R (each predicted by its own model trained before it),
never on R. Compared on each test round with the rules at the time (`--rules-at-the-time`,
a JSON map of folders to the databases scored when each round arrived), the model alone,
and two combinations per variant: `add` (rule rows plus model rows no rule row covers) and
`filter` (rule rows the model does not reject), whose thresholds are chosen walk-forward on
the rounds held out before R that have rules at the time. A learning curve: the `text`
model trained on the folders before several cut-offs, all read on the pooled test rounds.
Deterministic (no sampling; fixed order). Fitted models are cached under `--cache` (keyed
by their training files and the model's code), so a second run only scores. Report:
docs/decml.md.

Two scorers: `strict` is `woo_eval.structure._match_decisions` (same kind, ratio >= 85 on
normalised text); `real` is `woo_eval.real.decisions.score_decisions` (token-set ratio >=
80, any kind), behind every documented real-gold figure and the one thresholds are chosen
on (`--select-on`). False decisions in files whose gold lists none are counted as false
positives in both (the documented headline counts them apart, as
`decisions_where_gold_none`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb
import numpy as np
from rapidfuzz import fuzz

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.nlp import split_sentences  # noqa: E402
from woo_eval.decision_model import (  # noqa: E402
    BULLET_RE,
    CLASSES,
    CLAUSE_RE,
    LABEL_RE,
    N_BUCKETS,
    DecisionModel,
    Matrix,
    TextFile,
    candidates,
    featurize,
    label_candidates,
    load_files,
    locate,
    select,
    stack,
)
from woo_eval.real.decisions import _printed, score_decisions  # noqa: E402
from woo_eval.real.metrics import finish, greedy_match, prf  # noqa: E402
from woo_eval.real.report import figure_cell  # noqa: E402
from woo_eval.structure import _match_decisions, _norm_text  # noqa: E402

#: rounds by first and last folder (docs/held-out-rounds.md); the folders before round A
#: are two groups of a writer each
ROUNDS = {
    "pre1": (25, 36),
    "pre2": (37, 48),
    "A": (49, 53),
    "B": (54, 58),
    "C": (59, 63),
    "D": (64, 68),
    "E": (69, 74),
    "F": (75, 80),
    "G": (81, 83),
    "H-K": (84, 94),
    "L": (95, 96),
    "M": (97, 102),
    "N": (103, 106),
    "O-P": (107, 114),
    "Q": (115, 118),
    "R": (119, 121),
    "S": (122, 124),
    "T": (125, 127),
    "U": (128, 130),
    "V": (131, 133),
    "W": (134, 136),
    "X": (137, 139),
    "Y": (140, 142),
    "Z": (143, 147),
    "AA": (148, 152),
    "AB": (153, 157),
    "AC": (158, 162),
    "AD": (163, 170),
    "AE": (171, 174),
    "AF": (175, 180),
    "AG": (181, 183),
    "AH": (184, 188),
    "AI": (189, 193),
}
#: the rounds the model is run on, held out, in time order: the ones before the test rounds
#: only give the walk-forward choice of the model's threshold its material
CHAIN = tuple(list(ROUNDS)[list(ROUNDS).index("H-K") :])
TEST_ROUNDS = tuple(list(ROUNDS)[list(ROUNDS).index("Y") :])
POOLS = {"Y-AI": TEST_ROUNDS, "AD-AI": TEST_ROUNDS[TEST_ROUNDS.index("AD") :]}
VARIANTS = ("text", "doc")
#: one L2 weight: the first run chose 1e-4 from 500 training files on; a grid of two would
#: double the fits (the grid shrunk for run time, docs/decml.md)
L2 = 1e-4
#: the model's thresholds on P(decision); the combinations may also choose to change nothing
THRESHOLDS = (0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
NO_ADDITION, NO_FILTER = 1.01, 0.0
#: the model's threshold where no earlier round can choose one (the chain's first round)
FIRST_THRESHOLD = 0.1
#: learning curve: the `text` model trained on the folders before each cut-off, read on the
#: pooled test rounds (140 is round Y's own model)
CURVE_CUTOFFS = (49, 64, 84, 107, 140)
MODEL_CODE = REPO / "woo_eval" / "decision_model.py"


def round_of(number: int) -> str:
    return next(name for name, (lo, hi) in ROUNDS.items() if lo <= number <= hi)


# -- scoring ---------------------------------------------------------------------------


def counts(
    files: list[TextFile], found: dict[str, list[dict]], real: bool = True
) -> dict[str, Counter]:
    """tp/fp/fn of both scorers (only the strict one without `real`) over `files` (found
    rows by source); fp_none: false rows in files whose gold lists no decision."""
    out = {"strict": Counter(), "real": Counter()}
    for f in files:
        rows = [{"is_proposal": False, "page_no": 1, **r} for r in found.get(f.source, [])]
        tps = [("strict", len(_match_decisions(f.gold, rows)))]
        if real:
            tps.append(("real", score_decisions(f.gold, rows, "text")["decisions"]["tp"]))
        for name, tp in tps:
            c = out[name]
            c["tp"] += tp
            c["fp"] += len(rows) - tp
            c["fn"] += len(f.gold) - tp
            c["fp_none"] += 0 if f.gold else len(rows)
    return out


def cell(c: Counter) -> str:
    return figure_cell(finish(prf(c["tp"], c["fp"], c["fn"])))


def f1(c: Counter) -> float:
    return finish(prf(c["tp"], c["fp"], c["fn"]))["f1"] or 0.0


# -- rules' rows and what they said of each text ----------------------------------------


def load_rules_map(path: Path) -> dict[int, Path]:
    """Folder number -> rules database, from a JSON map of `first-last` (or `n`) to a path,
    where `{n}` stands for the folder number."""
    out: dict[int, Path] = {}
    for key, template in json.loads(path.read_text("utf-8")).items():
        if key.startswith("_"):
            continue
        lo, _, hi = key.partition("-")
        for n in range(int(lo), int(hi or lo) + 1):
            out[n] = Path(template.format(n=n))
    return out


def _source_ids(con: duckdb.DuckDBPyConnection, files: list[TextFile]) -> dict[str, str]:
    """source_id of each file's text in a rules database (by file name, then path)."""
    out = {}
    for f in files:
        found = con.execute(
            "SELECT source_id, path FROM sources WHERE file_name = ? AND status = 'ok'",
            [Path(f.source).name],
        ).fetchall()
        exact = [sid for sid, path in found if str(path).endswith(f.source)]
        if exact:
            out[f.source] = exact[0]
    return out


def _connect(db: Path) -> duckdb.DuckDBPyConnection:
    if not db.exists():
        raise SystemExit(f"{db} missing: see --rules-at-the-time / --rules-now")
    return duckdb.connect(str(db), read_only=True)


def rule_rows(db: Path, files: list[TextFile]) -> dict[str, list[dict]]:
    """The decision rows a rules database holds for each file (by file name and path)."""
    con = _connect(db)
    try:
        return {
            source: [
                {"kind": k, "text": t}
                for k, t in con.execute(
                    "SELECT kind, text FROM decisions WHERE source_id = ? ORDER BY decision_id",
                    [sid],
                ).fetchall()
            ]
            for source, sid in _source_ids(con, files).items()
        }
    finally:
        con.close()


def _count_bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2-4" if n <= 4 else "5+"


def doc_signals(db: Path, files: list[TextFile]) -> dict[str, tuple[str, ...]]:
    """What the rules said of each whole text: its documents' doc_types, how many decisions
    and whether a meeting they found (`type:minutes`, `dec:0`, `meet:1`)."""
    con = _connect(db)
    out = {}
    try:
        for source, sid in _source_ids(con, files).items():
            types = sorted(
                {
                    t
                    for (t,) in con.execute(
                        "SELECT doc_type FROM documents WHERE source_id = ?", [sid]
                    ).fetchall()
                }
            )
            (n_dec,) = con.execute(
                "SELECT count(*) FROM decisions WHERE source_id = ?", [sid]
            ).fetchone()
            (n_meet,) = con.execute(
                "SELECT count(*) FROM meetings WHERE source_id = ?", [sid]
            ).fetchone()
            out[source] = (
                *(f"type:{t}" for t in types),
                f"dec:{_count_bucket(n_dec)}",
                f"meet:{min(n_meet, 1)}",
            )
    finally:
        con.close()
    return out


def rules_by_folder(
    read, files: list[TextFile], rules_map: dict[int, Path], fallback: Path | None = None
) -> dict:
    """`read(db, files)` of each folder's database (the rules at the time; `fallback`, the
    rules now, for a folder the map does not hold)."""
    out: dict = {}
    by_db: dict[Path, list[TextFile]] = {}
    for f in files:
        db = rules_map.get(f.number, fallback)
        if db is not None:
            by_db.setdefault(db, []).append(f)
    for db, fs in sorted(by_db.items()):
        out.update(read(db, fs))
    return out


# -- model ---------------------------------------------------------------------------------


class Data:
    """The gold files, what the rules said of each whole text, and each file's hashed
    features per variant (each text featurized once)."""

    def __init__(self, files: list[TextFile], signals: dict[str, tuple[str, ...]]) -> None:
        self.files = files
        self.signals = signals
        self._x: dict[tuple[str, str], Matrix] = {}

    def with_doc(self, f: TextFile, cands: list, variant: str) -> list:
        if variant == "text":
            return cands
        doc = self.signals.get(f.source, ("unknown",))
        return [replace(c, doc=doc) for c in cands]

    def matrix(self, f: TextFile, variant: str) -> Matrix:
        key = (variant, f.source)
        if key not in self._x:
            self._x[key] = featurize(self.with_doc(f, f.candidates, variant))
        return self._x[key]


def fitted(
    data: Data, variant: str, cutoff: int, cache: Path | None, log: list[str]
) -> DecisionModel:
    """The model of `variant` trained on the folders before `cutoff` (from the cache when
    the same files, signals and model code were trained on before)."""
    train = [f for f in data.files if f.number < cutoff]
    key = json.dumps(
        [
            variant,
            L2,
            cutoff,
            [f.source for f in train],
            MODEL_CODE.read_text("utf-8"),
            [data.signals.get(f.source) for f in train] if variant == "doc" else None,
        ]
    )
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    path = cache / f"{variant}-{cutoff}-{digest}.npz" if cache else None
    model = DecisionModel(l2=L2)
    if path is not None and path.exists():
        stored = np.load(path)
        model.weights = np.zeros((N_BUCKETS, len(CLASSES)), dtype=np.float64)
        model.weights[stored["used"]] = stored["w"]
        return model
    started = time.perf_counter()
    x = stack([data.matrix(f, variant) for f in train])
    model.fit(x, [c.kind for f in train for c in f.candidates])
    assert model.weights is not None
    if path is not None:
        used = np.flatnonzero(np.any(model.weights != 0, axis=1))
        np.savez(path, used=used, w=model.weights[used])
    took = time.perf_counter() - started
    print(f"  fitted {variant} < web{cutoff}: {len(train)} files, {took:.0f} s", flush=True)
    log.append(f"  fitted {variant} < web{cutoff} on {len(train)} files")
    return model


def predict(
    model: DecisionModel, data: Data, variant: str, files: list[TextFile]
) -> dict[str, np.ndarray]:
    return {f.source: model.probabilities(data.matrix(f, variant)) for f in files}


def rule_probs(
    model: DecisionModel,
    data: Data,
    variant: str,
    files: list[TextFile],
    rules: dict[str, list[dict]],
) -> dict[str, np.ndarray]:
    """P(decision) of each rule row, read as the unit of its text it is most like."""
    out = {}
    for f in files:
        rows = rules.get(f.source, [])
        if rows and f.candidates:
            located = [locate(f.lines, f.candidates, r["text"]) for r in rows]
            x = featurize(data.with_doc(f, located, variant))
            out[f.source] = 1.0 - model.probabilities(x)[:, 0]
    return out


def model_rows(files, probs, threshold) -> dict[str, list[dict]]:
    return {f.source: select(f.candidates, probs[f.source], threshold) for f in files}


def added(rules: list[dict], model: list[dict]) -> list[dict]:
    """Rule rows plus the model rows no rule row covers (token-set ratio >= 80, the real
    scorer's pairing: such a row would pair with the same gold decision)."""
    texts = [_printed(r["text"]) for r in rules]
    extra = [
        m for m in model if all(fuzz.token_set_ratio(_printed(m["text"]), t) < 80 for t in texts)
    ]
    return rules + extra


def combine_add(files, rules, rows) -> dict[str, list[dict]]:
    return {f.source: added(rules.get(f.source, []), rows.get(f.source, [])) for f in files}


def combine_filter(files, rules, rprobs, threshold) -> dict[str, list[dict]]:
    out = {}
    for f in files:
        rows = rules.get(f.source, [])
        p = rprobs.get(f.source)
        out[f.source] = [r for k, r in enumerate(rows) if p is None or p[k] >= threshold]
    return out


def groups_of(files: list[TextFile]) -> dict[str, list[TextFile]]:
    out: dict[str, list[TextFile]] = {}
    for f in files:
        out.setdefault(round_of(f.number), []).append(f)
    return out


def precision(c: Counter) -> float:
    """Precision of counts (1.0 when nothing was found: no row is no false row)."""
    value = finish(prf(c["tp"], c["fp"], c["fn"]))["precision"]
    return 1.0 if value is None else value


def best_threshold(
    score, grid=THRESHOLDS, on: str = "real", floor: float = 0.0
) -> tuple[float, float]:
    """(threshold, F1 of scorer `on`) of the grid point with the best F1 (first on ties)
    among those whose precision reaches `floor` (the grid's first point always counts)."""
    scored = [(t, score(t)[on]) for t in grid]
    kept = [scored[0]] + [(t, c) for t, c in scored[1:] if precision(c) >= floor]
    t, c = max(kept, key=lambda x: (f1(x[1]), -grid.index(x[0])))
    return t, f1(c)


@dataclass
class HeldOut:
    """One round as it was held out, for one variant: its files, the rules' rows at the
    time (empty when the round has none), the temporal model's probabilities for its units
    and for the rules' rows."""

    files: list[TextFile]
    rules: dict[str, list[dict]] | None
    probs: dict[str, np.ndarray]
    rule_probs: dict[str, np.ndarray]


def _pooled(earlier: list[HeldOut]):
    files = [f for h in earlier for f in h.files]
    rules = {k: v for h in earlier for k, v in (h.rules or {}).items()}
    probs = {k: v for h in earlier for k, v in h.probs.items()}
    rprobs = {k: v for h in earlier for k, v in h.rule_probs.items()}
    return files, rules, probs, rprobs


def choose_model(earlier: list[HeldOut], on: str) -> tuple[float, float | None]:
    """The model's threshold on the rounds held out before (walk forward), and its F1."""
    if not earlier:
        return FIRST_THRESHOLD, None
    files, _, probs, _ = _pooled(earlier)
    return best_threshold(lambda t: counts(files, model_rows(files, probs, t), on == "real"), on=on)


def choose_combinations(earlier: list[HeldOut], on: str) -> dict:
    """Thresholds of `add` and `filter`, on the rounds held out before that have rules at
    the time (walk forward): both the rules and the model as they were then; no change when
    there is none before."""
    earlier = [h for h in earlier if h.rules is not None]
    if not earlier:
        return {"t_add": NO_ADDITION, "t_add_floor": NO_ADDITION, "t_filter": NO_FILTER}
    files, rules, probs, rprobs = _pooled(earlier)
    real = on == "real"
    adding = (NO_ADDITION, *THRESHOLDS[::-1])

    def add_score(t):
        return counts(files, combine_add(files, rules, model_rows(files, probs, t)), real)

    t_add, _ = best_threshold(add_score, adding, on)
    # the rules' own precision on those rounds as a floor: an addition that may not cost
    # precision (added after the first full run, to test the integration criterion)
    floor = precision(counts(files, rules, real)[on])
    t_add_floor, _ = best_threshold(add_score, adding, on, floor)
    t_filter, _ = best_threshold(
        lambda t: counts(files, combine_filter(files, rules, rprobs, t), real),
        (NO_FILTER, *THRESHOLDS),
        on,
    )
    return {"t_add": t_add, "t_add_floor": t_add_floor, "t_filter": t_filter}


# -- tables --------------------------------------------------------------------------------


def oracle_table(files: list[TextFile]) -> list[str]:
    """What share of gold decisions some candidate matches (strict), per round, and how many
    candidates a text gives; the same for the rules' rows now."""
    out = [
        "| round | files (with decisions) | gold | candidates | labelled (oracle, strict) |",
        "|---|---|---|---|---|",
    ]
    for name, fs in groups_of(files).items():
        gold = sum(len(f.gold) for f in fs)
        labelled = sum(c.kind != "none" for f in fs for c in f.candidates)
        out.append(
            f"| {name} | {len(fs)} ({sum(bool(f.gold) for f in fs)}) | {gold} | "
            f"{sum(len(f.candidates) for f in fs)} | {labelled} ({labelled / max(gold, 1):.2f}) |"
        )
    return out


SEGMENTATIONS = (
    "line (bullet off)",
    "+ sentences",
    "+ text after a field label",
    "+ clauses at : and ; (used)",
    "+ two-sentence windows, line joined to the next",
    "+ clauses at commas and `en`",
)


def _segment(lines: list[str], level: int) -> list[str]:
    """The units of one text at a segmentation `level` (an index of SEGMENTATIONS)."""
    out = []
    for i, raw in enumerate(lines):
        line = BULLET_RE.sub("", re.sub(r"\s+", " ", raw).strip())
        if not line:
            continue
        units = {line}
        if level >= 1:
            units.update(split_sentences(line))
        if level >= 2 and (m := LABEL_RE.match(line)):
            units.add(line[m.end() :])
            units.update(split_sentences(line[m.end() :]))
        if level >= 3:
            units.update(c for u in list(units) for c in CLAUSE_RE.split(u))
        if level >= 4:
            sentences = split_sentences(line)
            units.update(f"{a} {b}" for a, b in zip(sentences, sentences[1:], strict=False))
            if i + 1 < len(lines) and lines[i + 1].strip():
                units.add(f"{line} {lines[i + 1].strip()}")
        if level >= 5:
            units.update(c for u in list(units) for c in re.split(r",\s+|\s+en\s+(?=[a-z])", u))
        out += [u for u in units if re.search(r"[^\W\d_]{2}", u)]
    return out


def segmentation_table(files: list[TextFile]) -> list[str]:
    """Share of gold decisions that equal some unit (strict: ratio >= 85) per segmentation,
    on the folders before round D (where it was chosen) and on rounds D-G."""
    out = [
        "| segmentation | units (< web64) | oracle < web64 | units (D-G) | oracle D-G |",
        "|---|---|---|---|---|",
    ]
    parts = [[f for f in files if f.number < 64], [f for f in files if f.number >= 64]]
    for level, name in enumerate(SEGMENTATIONS):
        cells = []
        for part in parts:
            n_units = hit = n_gold = 0
            for f in part:
                units = [_norm_text(u) for u in _segment(f.lines, level)]
                n_units += len(units)
                for g in f.gold:
                    n_gold += 1
                    target = _norm_text(g["text"])
                    hit += any(fuzz.ratio(target, u) >= 85 for u in units)
            cells += [str(n_units), f"{hit / n_gold:.3f}"]
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    return out


def cutting_table(files: list[TextFile], rules: dict[str, list[dict]]) -> list[str]:
    """How rule rows that pair with gold under the real scorer fail the strict one: same
    text cut differently (ratio < 85) or another kind."""
    c = Counter()
    for f in files:
        rows = [{"is_proposal": False, "page_no": 1, **r} for r in rules.get(f.source, [])]
        strict = _match_decisions(f.gold, rows)
        real = score_decisions(f.gold, rows, "text")
        c["rows"] += len(rows)
        c["strict"] += len(strict)
        c["real"] += real["decisions"]["tp"]

        def score(g, r):
            ratio = fuzz.token_set_ratio(_printed(g["text"]), _printed(r["text"]))
            return ratio if ratio >= 80 else None

        for gi, ri in greedy_match(f.gold, rows, score):
            g, r = f.gold[gi], rows[ri]
            same = fuzz.ratio(_norm_text(g["text"]), _norm_text(r["text"])) >= 85
            c["kind_wrong" if same and g["kind"] != r["kind"] else "cut" if not same else "ok"] += 1
    return [
        f"rule rows {c['rows']}: paired by the real scorer {c['real']}, by the strict one "
        f"{c['strict']}; of the real pairs, {c['cut']} are cut differently (ratio < 85) and "
        f"{c['kind_wrong']} have another kind"
    ]


def top_features(
    model: DecisionModel, data: Data, variant: str, files: list[TextFile], n: int = 15
) -> list[str]:
    """The features that most favour each decision class over none, and none over all; for
    the `doc` variant also the weights of the document signals."""
    names: dict[int, str] = {}
    featurize([c for f in files for c in data.with_doc(f, f.candidates, variant)], names)
    assert model.weights is not None
    out = []
    for k, kind in enumerate(CLASSES[1:], start=1):
        margin = model.weights[:, k] - model.weights[:, 0]
        best = [b for b in np.argsort(-margin) if b in names][:n]
        out.append(f"- {kind} vs none: " + ", ".join(f"`{names[b]}` {margin[b]:.2f}" for b in best))
    margin = model.weights[:, 0] - model.weights[:, 1:].max(axis=1)
    best = [b for b in np.argsort(-margin) if b in names][:n]
    out.append("- none: " + ", ".join(f"`{names[b]}` {margin[b]:.2f}" for b in best))
    docs = sorted((f, b) for b, f in names.items() if f.startswith("doc:"))
    if docs:
        decision = model.weights[:, 1:].max(axis=1) - model.weights[:, 0]
        out.append(
            "- doc signals (best decision class vs none): "
            + ", ".join(f"`{f}` {decision[b]:.2f}" for f, b in docs)
        )
    return out


def kind_confusion(files: list[TextFile], rows: dict[str, list[dict]]) -> Counter:
    """Model rows paired by the real scorer with gold of another kind, and strict misses."""
    c = Counter()
    for f in files:
        found = [{"is_proposal": False, "page_no": 1, **r} for r in rows.get(f.source, [])]
        result = score_decisions(f.gold, found, "text")
        c["kind_pairs"] += result["decision_kind"]["total"]
        c["kind_right"] += result["decision_kind"]["correct"]
    return c


@dataclass
class Setting:
    """What every round shares: the data, the rules, the cache and the scorer to choose on."""

    data: Data
    rules_map: dict[int, Path]
    now: dict[str, list[dict]]
    cache: Path | None
    on: str


def held_out_round(
    s: Setting, name: str, earlier: dict[str, list[HeldOut]], log: list[str]
) -> tuple[dict[str, HeldOut], dict]:
    """Round `name` held out: per variant the model trained on the folders before it, its
    threshold and the combinations' chosen on the rounds held out before; the rules at the
    time where the map holds the round."""
    lo, _ = ROUNDS[name]
    test = [f for f in s.data.files if round_of(f.number) == name]
    n_train = sum(f.number < lo for f in s.data.files)
    log.append(f"round {name}: train {n_train} files (< web{lo}), test {len(test)}")
    has_rules = all(f.number in s.rules_map for f in test)
    at_time = rules_by_folder(rule_rows, test, s.rules_map) if has_rules else None
    if at_time is not None and (missing := [f.source for f in test if f.source not in at_time]):
        log.append(f"  not in the held-out databases (counted as no rows): {missing}")
    helds: dict[str, HeldOut] = {}
    systems: dict[str, dict[str, list[dict]]] = {}
    chosen: dict[str, dict] = {}
    if at_time is not None:
        systems["rules at the time"] = at_time
    for variant in VARIANTS:
        model = fitted(s.data, variant, lo, s.cache, log)
        probs = predict(model, s.data, variant, test)
        rprobs = rule_probs(model, s.data, variant, test, at_time) if at_time else {}
        helds[variant] = HeldOut(test, at_time, probs, rprobs)
        t_model, f_before = choose_model(earlier[variant], s.on)
        c = {"t_model": t_model, "f_before": f_before and round(f_before, 3)}
        found = model_rows(test, probs, t_model)
        systems[f"model ({variant})"] = found
        if at_time is not None:
            c |= choose_combinations(earlier[variant], s.on)
            rows = model_rows(test, probs, c["t_add"])
            systems[f"add ({variant})"] = combine_add(test, at_time, rows)
            rows = model_rows(test, probs, c["t_add_floor"])
            systems[f"add, P floor ({variant})"] = combine_add(test, at_time, rows)
            systems[f"filter ({variant})"] = combine_filter(test, at_time, rprobs, c["t_filter"])
        chosen[variant] = c
        log.append(f"  {variant}: chosen {c}")
        k = kind_confusion(test, found)
        log.append(
            f"  {variant} model kind right on {k['kind_right']} of {k['kind_pairs']} real pairs"
        )
    systems["rules now (development)"] = {f.source: s.now.get(f.source, []) for f in test}
    if at_time is not None:
        log.append("  rules at the time: " + cutting_table(test, at_time)[0])
    result = {
        "chosen": chosen,
        "train_files": n_train,
        "test_files": len(test),
        "gold": sum(len(f.gold) for f in test),
        "counts": {system: counts(test, rows) for system, rows in systems.items()},
    }
    return helds, result


def chain(s: Setting, last: str, log: list[str]) -> dict[str, dict]:
    """Every round of the chain up to `last`, in time order, each choosing on those before."""
    earlier: dict[str, list[HeldOut]] = {v: [] for v in VARIANTS}
    results = {}
    for name in CHAIN[: CHAIN.index(last) + 1]:
        started = time.perf_counter()
        helds, results[name] = held_out_round(s, name, earlier, log)
        for variant, held in helds.items():
            earlier[variant].append(held)
        c = results[name]["counts"]
        line = ", ".join(f"{k} {f1(v['real']):.2f}" for k, v in c.items())
        print(f"round {name} ({time.perf_counter() - started:.0f} s): real F1 {line}", flush=True)
    return results


def held_out_table(results: dict[str, dict], rounds: list[str], report: dict) -> list[str]:
    """The test rounds, then the pooled ones: every system, both scorers."""
    table = [
        "| round | system | strict P / R / F1 (tp/fp/fn) | real P / R / F1 (tp/fp/fn) | "
        "false where gold none (real) |",
        "|---|---|---|---|---|",
    ]
    for name in rounds:
        result = results[name]
        report["rounds"][name] = {
            "chosen": result["chosen"],
            **{k: {sc: dict(c) for sc, c in v.items()} for k, v in result["counts"].items()},
        }
        for system, c in result["counts"].items():
            table.append(
                f"| {name} | {system} | {cell(c['strict'])} | {cell(c['real'])} | "
                f"{c['real']['fp_none']} |"
            )
    for pool, members in POOLS.items():
        if not all(r in rounds for r in members):
            continue
        for system in results[members[0]]["counts"]:
            c = {
                sc: sum((results[r]["counts"][system][sc] for r in members), Counter())
                for sc in ("strict", "real")
            }
            report["rounds"].setdefault(pool, {})[system] = {sc: dict(v) for sc, v in c.items()}
            table.append(
                f"| **{pool}** | {system} | {cell(c['strict'])} | {cell(c['real'])} | "
                f"{c['real']['fp_none']} |"
            )
    return table


def chain_table(results: dict[str, dict]) -> list[str]:
    """Per round of the chain: training size and the real F1 of the models and the rules."""
    out = [
        "| round | train files | test files (gold) | model text (real) | model doc (real) | "
        "rules at the time (real) | threshold text / doc |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        c = r["counts"]
        rules = cell(c["rules at the time"]["real"]) if "rules at the time" in c else ""
        out.append(
            f"| {name} | {r['train_files']} | {r['test_files']} ({r['gold']}) | "
            f"{cell(c['model (text)']['real'])} | {cell(c['model (doc)']['real'])} | {rules} | "
            f"{r['chosen']['text']['t_model']} / {r['chosen']['doc']['t_model']} |"
        )
    return out


def learning_curve(s: Setting, rounds: list[str], threshold: float, log: list[str]) -> list[str]:
    """The `text` model trained on the folders before each cut-off, read on the pooled test
    rounds: at the threshold chosen walk-forward for the first test round, and at the best
    threshold in hindsight (the curve's shape only: chosen on the test rounds)."""
    test = [f for f in s.data.files if round_of(f.number) in rounds]
    out = [
        f"| trained on folders before | train files | real at t={threshold} | "
        f"strict at t={threshold} | real F1 at the best t in hindsight (t) |",
        "|---|---|---|---|---|",
    ]
    for cutoff in CURVE_CUTOFFS:
        model = fitted(s.data, "text", cutoff, s.cache, log)
        probs = predict(model, s.data, "text", test)
        c = counts(test, model_rows(test, probs, threshold))
        t_best, f_best = best_threshold(lambda t, p=probs: counts(test, model_rows(test, p, t)))
        n = sum(f.number < cutoff for f in s.data.files)
        cells = f"{cell(c['real'])} | {cell(c['strict'])} | {f_best:.2f} ({t_best})"
        out.append(f"| web{cutoff} | {n} | {cells} |")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=REPO / "tests" / "gold")
    parser.add_argument("--texts", type=Path, default=Path("/work/webprobe"))
    parser.add_argument(
        "--rules-at-the-time",
        type=Path,
        default=REPO / "scripts" / "decml_rules_at_the_time.json",
        help="JSON: folders (first-last) -> the rules database scored when they arrived",
    )
    parser.add_argument(
        "--rules-now",
        type=Path,
        default=Path("/tmp/me/s39/base16.duckdb"),
        help="rules of main on every folder (development); doc signals where the map has none",
    )
    parser.add_argument("--cache", type=Path, default=Path("/tmp/me/s39/decml2/cache"))
    parser.add_argument("--select-on", choices=("real", "strict"), default="real")
    parser.add_argument("--out", type=Path, help="write every figure as JSON")
    parser.add_argument("--rounds", nargs="*", default=list(TEST_ROUNDS))
    parser.add_argument("--no-curve", action="store_true", help="skip the learning curve")
    parser.add_argument(
        "--segmentations", action="store_true", help="only the oracle of each segmentation"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    folders = [p.name for p in args.gold.glob("web*") if p.is_dir()]
    files = [f for f in load_files(args.gold, args.texts, folders) if f.number >= 25]
    for f in files:
        f.candidates = candidates(f.lines)
        label_candidates(f)
    print(f"{len(files)} gold files with texts, {sum(len(f.gold) for f in files)} decisions\n")
    if args.segmentations:
        print("\n".join(segmentation_table(files)))
        return 0
    print("## Candidate units: oracle\n")
    print("\n".join(oracle_table(files)) + "\n", flush=True)
    rules_map = load_rules_map(args.rules_at_the_time)
    signals = rules_by_folder(doc_signals, files, rules_map, args.rules_now)
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    s = Setting(
        Data(files, signals),
        rules_map,
        rule_rows(args.rules_now, files),
        args.cache,
        args.select_on,
    )
    rounds = sorted(args.rounds, key=list(ROUNDS).index)
    log: list[str] = []
    results = chain(s, rounds[-1], log)
    report: dict = {"rounds": {}, "select_on": args.select_on, "l2": L2}
    print("\n## Held out (temporal split)\n")
    print("\n".join(held_out_table(results, rounds, report)) + "\n")
    print("## Every round of the chain (the model's learning curve by round)\n")
    print("\n".join(chain_table(results)) + "\n")
    print("\n".join(log) + "\n")
    if not args.no_curve:
        curve = learning_curve(s, rounds, results[rounds[0]]["chosen"]["text"]["t_model"], log)
        print(f"## Learning curve (pooled {rounds[0]}-{rounds[-1]})\n")
        print("\n".join(curve) + "\n")
        report["curve"] = curve
    for variant in VARIANTS:
        lo = ROUNDS[rounds[-1]][0]
        train = [f for f in files if f.number < lo]
        model = fitted(s.data, variant, lo, s.cache, log)
        print(f"\n## Top features ({variant} model of round {rounds[-1]}, {len(train)} files)\n")
        print("\n".join(top_features(model, s.data, variant, train)))
    print(f"\n{time.perf_counter() - started:.0f} s")
    if args.out:
        args.out.write_text(json.dumps(report, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
