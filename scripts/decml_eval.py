"""Does a statistical decision reader trained on the web gold carry over better than the rules?

    PYTHONPATH=. .venv/bin/python scripts/decml_eval.py [--out /tmp/decml.json]

Reads the web gold folders whose texts exist under `--texts` (/work/webprobe), cuts every
text into candidate units and trains `woo_eval.decision_model` (hashed bag of words,
multinomial logistic regression: none / besluit / actie / afspraak). Temporal split: for
test round R the model is trained only on folders written before R; its L2 weight and
threshold are chosen on those folders by leave-one-group-out (groups: the rounds, the
folders before round A in two halves), never on R. Compared on each test round with the
rules at the time (the held-out databases, `RULES_AT_THE_TIME`), the model alone, and two
combinations: `add` (rule rows plus model rows no rule row covers) and `filter` (rule rows
the model does not reject), whose thresholds are chosen walk-forward on the rounds held out
before R (rules and model as they were then). The development view: leave-one-round-out
over every round, one threshold fitted to the pooled predictions. Deterministic (no
sampling; fixed order). Report: docs/decml.md.

Two scorers: `strict` is `woo_eval.structure._match_decisions` (same kind, ratio >= 85 on
normalised text); `real` is `woo_eval.real.decisions.score_decisions` (token-set ratio >=
80, any kind), behind every documented real-gold figure. False decisions in files whose
gold lists none are counted as false positives in both (the documented headline counts
them apart, as `decisions_where_gold_none`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
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
    DecisionModel,
    TextFile,
    candidates,
    featurize,
    label_candidates,
    load_files,
    locate,
    select,
)
from woo_eval.real.decisions import _printed, score_decisions  # noqa: E402
from woo_eval.real.metrics import finish, greedy_match, prf  # noqa: E402
from woo_eval.real.report import figure_cell  # noqa: E402
from woo_eval.structure import _match_decisions, _norm_text  # noqa: E402

S18 = Path("/tmp/me/s18")
#: the rules' held-out output of each folder: the database scored when the batch arrived
RULES_AT_THE_TIME = {
    **{n: S18 / f"h{n}.duckdb" for n in range(49, 54)},  # round A at 8e5f3fd
    **{n: S18 / f"h{n}.duckdb" for n in range(54, 59)},  # round B at 0f1a4b3
    **{n: S18 / f"h{n}.duckdb" for n in range(59, 66)},  # round C, web64/65 at 7214585
    **{n: S18 / f"hb-web{n}.duckdb" for n in range(66, 72)},  # 6af3267
    **{n: S18 / f"hb-web{n}.duckdb" for n in range(72, 75)},  # 56a6635's parent
    **{n: S18 / "f1-all.duckdb" for n in range(75, 81)},  # 1af439a
    **{n: S18 / "g1-all.duckdb" for n in range(81, 84)},  # 823a52b
}
#: the rules of main after every wave (development on every folder)
RULES_NOW = S18 / "final.duckdb"

#: rounds by first and last folder; the folders before round A are two groups of a writer each
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
}
TEST_ROUNDS = ("A", "B", "C", "D", "E", "F", "G")
L2_GRID = (1e-4, 1e-3)
#: the model's thresholds on P(decision); the combinations may also choose to change nothing
THRESHOLDS = (0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
NO_ADDITION, NO_FILTER = 1.01, 0.0


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


# -- rules' rows -------------------------------------------------------------------------


def rule_rows(db: Path, files: list[TextFile]) -> dict[str, list[dict]]:
    """The decision rows a rules database holds for each file (by file name and path)."""
    if not db.exists():
        raise SystemExit(f"{db} missing: run /tmp/me/webeval.sh (see the brief)")
    con = duckdb.connect(str(db), read_only=True)
    out: dict[str, list[dict]] = {}
    try:
        for f in files:
            name = Path(f.source).name
            found = con.execute(
                "SELECT source_id, path FROM sources WHERE file_name = ? AND status = 'ok'",
                [name],
            ).fetchall()
            exact = [sid for sid, path in found if str(path).endswith(f.source)]
            if not exact:
                continue
            rows = con.execute(
                "SELECT kind, text FROM decisions WHERE source_id = ? ORDER BY decision_id",
                [exact[0]],
            ).fetchall()
            out[f.source] = [{"kind": k, "text": t} for k, t in rows]
    finally:
        con.close()
    return out


# -- model ---------------------------------------------------------------------------------


def fit(files: list[TextFile], l2: float) -> DecisionModel:
    cands = [c for f in files for c in f.candidates]
    return DecisionModel(l2=l2).fit(featurize(cands), [c.kind for c in cands])


def predict(model: DecisionModel, files: list[TextFile]) -> dict[str, np.ndarray]:
    return {f.source: model.probabilities(featurize(f.candidates)) for f in files}


def rule_probs(
    model: DecisionModel, files: list[TextFile], rules: dict[str, list[dict]]
) -> dict[str, np.ndarray]:
    """P(decision) of each rule row, read as the unit of its text it is most like."""
    out = {}
    for f in files:
        rows = rules.get(f.source, [])
        if rows and f.candidates:
            located = [locate(f.lines, f.candidates, r["text"]) for r in rows]
            out[f.source] = 1.0 - model.probabilities(featurize(located))[:, 0]
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


def out_of_group(files: list[TextFile], l2: float) -> dict[str, np.ndarray]:
    """Predictions for every file by a model trained without its group."""
    probs = {}
    groups = groups_of(files)
    for name, held in groups.items():
        model = fit([f for g, fs in groups.items() if g != name for f in fs], l2)
        probs.update(predict(model, held))
    return probs


def best_threshold(score, grid=THRESHOLDS) -> tuple[float, float]:
    """(threshold, strict F1) of the grid point with the best strict F1 (first on ties)."""
    return max(((t, f1(score(t)["strict"])) for t in grid), key=lambda x: (x[1], -grid.index(x[0])))


def choose(files: list[TextFile], log: list[str]) -> dict:
    """L2 weight and the model's threshold, by leave-one-group-out on `files` only."""
    best: dict | None = None
    for l2 in L2_GRID:
        probs = out_of_group(files, l2)
        t_model, f_model = best_threshold(
            lambda t, p=probs: counts(files, model_rows(files, p, t), real=False)
        )
        log.append(f"  l2 {l2:g}: threshold {t_model}, out-of-group strict F1 {f_model:.3f}")
        if best is None or f_model > best["f_model"]:
            best = {"l2": l2, "t_model": t_model, "f_model": round(f_model, 3)}
    assert best is not None
    return best


@dataclass
class HeldOut:
    """One round as it was held out: its files, the rules' rows at the time, the temporal
    model's probabilities for its units and for the rules' rows."""

    files: list[TextFile]
    rules: dict[str, list[dict]]
    probs: dict[str, np.ndarray]
    rule_probs: dict[str, np.ndarray]


def choose_combinations(earlier: list[HeldOut]) -> dict:
    """Thresholds of `add` and `filter`, on the rounds held out before (walk forward): both
    the rules and the model as they were then; no change when there is none before."""
    if not earlier:
        return {"t_add": NO_ADDITION, "t_filter": NO_FILTER}
    files = [f for h in earlier for f in h.files]
    rules = {k: v for h in earlier for k, v in h.rules.items()}
    probs = {k: v for h in earlier for k, v in h.probs.items()}
    rprobs = {k: v for h in earlier for k, v in h.rule_probs.items()}
    t_add, _ = best_threshold(
        lambda t: counts(files, combine_add(files, rules, model_rows(files, probs, t)), False),
        (NO_ADDITION, *THRESHOLDS[::-1]),
    )
    t_filter, _ = best_threshold(
        lambda t: counts(files, combine_filter(files, rules, rprobs, t), False),
        (NO_FILTER, *THRESHOLDS),
    )
    return {"t_add": t_add, "t_filter": t_filter}


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


def top_features(model: DecisionModel, files: list[TextFile], n: int = 15) -> list[str]:
    names: dict[int, str] = {}
    featurize([c for f in files for c in f.candidates], names)
    assert model.weights is not None
    out = []
    for k, kind in enumerate(CLASSES[1:], start=1):
        margin = model.weights[:, k] - model.weights[:, 0]
        best = [b for b in np.argsort(-margin) if b in names][:n]
        out.append(f"- {kind} vs none: " + ", ".join(f"`{names[b]}` {margin[b]:.2f}" for b in best))
    margin = model.weights[:, 0] - model.weights[:, 1:].max(axis=1)
    best = [b for b in np.argsort(-margin) if b in names][:n]
    out.append("- none: " + ", ".join(f"`{names[b]}` {margin[b]:.2f}" for b in best))
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=REPO / "tests" / "gold")
    parser.add_argument("--texts", type=Path, default=Path("/work/webprobe"))
    parser.add_argument("--out", type=Path, help="write every figure as JSON")
    parser.add_argument("--rounds", nargs="*", default=list(TEST_ROUNDS))
    parser.add_argument("--skip-loro", action="store_true")
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
    print("\n".join(oracle_table(files)) + "\n")
    now = rule_rows(RULES_NOW, files)
    report: dict = {"rounds": {}}
    log: list[str] = []
    table, last_model, last_train = held_out_rounds(files, now, args.rounds, report, log)
    print("## Held out (temporal split)\n")
    print("\n".join(table) + "\n")
    print("\n".join(log) + "\n")
    if not args.skip_loro:
        print("## Development view: leave one round out\n")
        print(loro(files, now, report))
    if last_model is not None:
        print(f"\n## Top features (model of the last round, trained on {len(last_train)} files)\n")
        print("\n".join(top_features(last_model, last_train)))
    print(f"\n{time.perf_counter() - started:.0f} s")
    if args.out:
        args.out.write_text(json.dumps(report, indent=2, default=str))
    return 0


POOLS = {"D-G": ("D", "E", "F", "G"), "A-G": tuple("ABCDEFG")}


def held_out_round(files, name, now, earlier: list[HeldOut], log) -> tuple[HeldOut, dict]:
    """Round `name` held out: the model trained on the folders before it, the rules at the
    time, the combinations with thresholds from the rounds held out before."""
    lo, _ = ROUNDS[name]
    train = [f for f in files if f.number < lo]
    test = [f for f in files if round_of(f.number) == name]
    log.append(f"round {name}: train {len(train)} files (< web{lo}), test {len(test)}")
    chosen = choose(train, log)
    model = fit(train, chosen["l2"])
    probs = predict(model, test)
    at_time: dict[str, list[dict]] = {}
    for n in sorted({f.number for f in test}):
        at_time.update(rule_rows(RULES_AT_THE_TIME[n], [f for f in test if f.number == n]))
    missing = [f.source for f in test if f.source not in at_time]
    if missing:
        log.append(f"  not in the held-out databases (counted as no rows): {missing}")
    held = HeldOut(test, at_time, probs, rule_probs(model, test, at_time))
    chosen |= choose_combinations(earlier)
    log.append(f"  chosen {chosen}")
    found = model_rows(test, probs, chosen["t_model"])
    systems = {
        "rules at the time": at_time,
        "model": found,
        "rules + model, add": combine_add(test, at_time, model_rows(test, probs, chosen["t_add"])),
        "rules + model, filter": combine_filter(test, at_time, held.rule_probs, chosen["t_filter"]),
        "rules now (development)": {f.source: now.get(f.source, []) for f in test},
    }
    k = kind_confusion(test, found)
    log.append(f"  model kind right on {k['kind_right']} of {k['kind_pairs']} real pairs")
    log.append("  rules at the time: " + cutting_table(test, at_time)[0])
    log.append("  model: " + cutting_table(test, found)[0])
    result = {"chosen": chosen, "model": model, "train": train}
    result["counts"] = {system: counts(test, rows) for system, rows in systems.items()}
    return held, result


def held_out_rounds(files, now, rounds, report, log):
    """Every round in time order, then the pooled rounds; the table's lines, the last model
    and its training files."""
    table = [
        "| round | system | strict P / R / F1 (tp/fp/fn) | real P / R / F1 (tp/fp/fn) | "
        "false where gold none (strict) |",
        "|---|---|---|---|---|",
    ]
    earlier: list[HeldOut] = []
    results = {}
    for name in sorted(rounds, key=list(ROUNDS).index):
        held, results[name] = held_out_round(files, name, now, earlier, log)
        earlier.append(held)
    for name, result in results.items():
        report["rounds"][name] = {
            "chosen": result["chosen"],
            **{k: {s: dict(c) for s, c in v.items()} for k, v in result["counts"].items()},
        }
        for system, c in result["counts"].items():
            table.append(
                f"| {name} | {system} | {cell(c['strict'])} | {cell(c['real'])} | "
                f"{c['strict']['fp_none']} |"
            )
    for pool, members in POOLS.items():
        if not all(r in results for r in members):
            continue
        for system in results[members[0]]["counts"]:
            c = {
                s: sum((results[r]["counts"][system][s] for r in members), Counter())
                for s in ("strict", "real")
            }
            report["rounds"].setdefault(pool, {})[system] = {s: dict(v) for s, v in c.items()}
            table.append(
                f"| {pool} | {system} | {cell(c['strict'])} | {cell(c['real'])} | "
                f"{c['strict']['fp_none']} |"
            )
    last = results[max(results, key=list(ROUNDS).index)] if results else None
    return table, last and last["model"], last["train"] if last else []


def loro(files: list[TextFile], now: dict[str, list[dict]], report: dict) -> str:
    """Each round predicted by a model trained on all others (future rounds included), one
    L2 weight and threshold fitted to the pooled predictions: development figures."""
    groups = groups_of(files)
    best = None
    for l2 in L2_GRID:
        probs = {}
        for name, held in groups.items():
            model = fit([f for g, fs in groups.items() if g != name for f in fs], l2)
            probs.update(predict(model, held))
        t, score = best_threshold(
            lambda t, p=probs: counts(files, model_rows(files, p, t), real=False)
        )
        if best is None or score > best[2]:
            best = (l2, t, score, probs)
    l2, t, _, probs = best
    lines = [
        f"l2 {l2:g}, threshold {t} (fitted to the pooled predictions of all rounds)\n",
        "| round | model strict P / R / F1 (tp/fp/fn) | model real | rules now strict "
        "(development) | rules now real |",
        "|---|---|---|---|---|",
    ]
    report["loro"] = {"l2": l2, "threshold": t}
    for name, held in [*groups.items(), ("all", files)]:
        c = counts(held, model_rows(held, probs, t))
        r = counts(held, {f.source: now.get(f.source, []) for f in held})
        report["loro"][name] = {"model": dict(c["strict"]), "rules_now": dict(r["strict"])}
        lines.append(
            f"| {name} | {cell(c['strict'])} | {cell(c['real'])} | {cell(r['strict'])} | "
            f"{cell(r['real'])} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
