"""A statistical decision reader trained on the hand-written web gold (issue 8 experiment).

Not part of a run: `scripts/decml_eval.py` measures whether it carries over to batches
written later better than the rules do. Three steps, each a small function:

- `candidates`: the units a writer may cut a decision as, from one text's printed lines: the
  line without its bullet or number, its sentences (`pipeline.nlp.split_sentences`), the
  text after a field label (`Besluit: ...`, `**Jan:** ...`) and the clauses a colon or
  semicolon parts; each with the context a reader has (the line above, the last short
  heading above, the text's first line, the label before the colon);
- `features` / `DecisionModel`: a multinomial logistic regression over hashed bag-of-words
  features (none / besluit / actie / afspraak, exclusive), trained by full-batch Adam in
  numpy: the linear model of spaCy's `TextCatBOW`, written out so that it is deterministic
  and its weights can be read;
- `select`: the candidates whose decision probability reaches a threshold, overlapping
  units of a line resolved to the most probable one.

Gold decisions label the candidate of their line (or the lines around it) that matches best
(rapidfuzz ratio >= 85 on the scorer's normalised text); every other candidate is `none`.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

from pipeline.documents import without_markdown
from pipeline.nlp import split_sentences
from woo_eval.real.decisions import _printed
from woo_eval.structure import TEXT_MATCH_THRESHOLD, _norm_text

CLASSES = ("none", "besluit", "actie", "afspraak")

#: hashed feature space (2^18 buckets x 4 classes)
N_BUCKETS = 1 << 18

#: a bullet, a list number (`1.`, `2)`, `1.2`, `a.`, `(iii)`), a markdown heading or quote
BULLET_RE = re.compile(
    r"^\s*(?:(?:[-*•·▪■●–>]|\d{1,3}[.)]|\d{1,3}\.\d{1,2}\.?|[a-z][.)]|\(\w{1,3}\)|#+)\s*)+"
)
#: a field label before a colon that opens the line (`Besluit:`, `Actie Jan:`, `**Wout:**`)
LABEL_RE = re.compile(r"^(?:\*\*)?(?P<label>[^:]{1,40}?)(?:\*\*)?\s*:\s*(?:\*\*)?\s+(?=\S)")
#: where a colon or semicolon parts a sentence into clauses
CLAUSE_RE = re.compile(r"\s*[:;]\s+")
WORD_RE = re.compile(r"[^\W\d_]+|\d+")
#: a heading above a unit: a line of at most this many words
HEADING_WORDS = 8
#: how far above a unit its heading is looked for (lines)
HEADING_REACH = 30
#: how far from the gold decision's line its unit is looked for (lines)
LABEL_REACH = 2


@dataclass
class Candidate:
    """One unit of a text a decision may be cut as, with the context a reader sees."""

    line: int  # 0-based line of the printed text
    start: int  # span in the line's normalised text: units of a line that overlap compete
    end: int
    text: str
    unit: str  # line / label / sentence / clause
    label: str  # the field label before the line's colon ('' when none)
    bullet: str  # the bullet or number that opened the line ('' when none)
    above: str  # the filled line above
    heading: str  # the last short line above (within HEADING_REACH)
    title: str  # the text's first filled line
    position: str  # first / later: where the unit starts in its line
    kind: str = "none"  # the gold label (training) or the prediction
    #: what the rules said of the whole text (its doc_type, whether they found decisions or a
    #: meeting): a prior on "does this text hold decisions at all"; empty when not used
    doc: tuple[str, ...] = ()


@dataclass
class TextFile:
    """One gold file whose text is on this machine: its folder, lines and gold decisions."""

    folder: str
    number: int  # the folder's number (webN); time order
    source: str
    lines: list[str]
    gold: list[dict]
    candidates: list[Candidate] = field(default_factory=list)


def printed_lines(raw: str) -> list[str]:
    """The lines as a reader sees them printed (markdown marks and links dropped), one per
    line of the file, so that gold line numbers still point at them."""
    lines = raw.split("\n")
    shown = without_markdown(raw).split("\n")
    if len(shown) < len(lines) and not any(lines[len(shown) :]):
        shown += [""] * (len(lines) - len(shown))
    return shown if len(shown) == len(lines) else lines


def folder_number(folder: str) -> int:
    digits = folder.removeprefix("web")
    return int(digits) if digits else 1


def load_files(gold_root: Path, texts_root: Path, folders: Iterable[str]) -> list[TextFile]:
    """Every gold file of `folders` whose text exists under `texts_root`, in folder order."""
    out = []
    for folder in sorted(folders, key=folder_number):
        for path in sorted((gold_root / folder).glob("*.json")):
            gold = json.loads(path.read_text("utf-8"))
            text = texts_root / gold["source"]
            if not text.is_file():
                continue
            lines = printed_lines(text.read_text("utf-8", errors="replace"))
            out.append(
                TextFile(folder, folder_number(folder), gold["source"], lines, gold["decisions"])
            )
    return out


def _units(text: str) -> list[tuple[str, str]]:
    """(unit kind, text) of one line without its bullet: the line, the text after its field
    label, their sentences and the clauses of those."""
    units = [("line", text)]
    m = LABEL_RE.match(text)
    if m:
        units.append(("label", text[m.end() :]))
    for _, whole in list(units):
        sentences = split_sentences(whole)
        if len(sentences) > 1:
            units += [("sentence", s) for s in sentences]
    for _, whole in list(units):
        clauses = CLAUSE_RE.split(whole)
        if len(clauses) > 1:
            units += [("clause", c) for c in clauses]
    return units


def candidates(lines: Sequence[str]) -> list[Candidate]:
    """The candidate units of a text, each once per line and span."""
    out: list[Candidate] = []
    title = next((line.strip() for line in lines if line.strip()), "")
    above, heading, heading_at = "", "", -HEADING_REACH - 1
    for i, raw in enumerate(lines):
        plain = re.sub(r"\s+", " ", raw).strip()
        if not plain:
            continue
        m = BULLET_RE.match(plain)
        bullet = m.group(0).strip() if m else ""
        body = plain[m.end() :] if m else plain
        label_m = LABEL_RE.match(body)
        label = label_m["label"] if label_m else ""
        seen: set[tuple[int, int]] = set()
        for unit, text in _units(body):
            text = text.strip()
            start = body.find(text)
            span = (start, start + len(text))
            if not re.search(r"[^\W\d_]{2}", text) or span in seen:
                continue
            seen.add(span)
            out.append(
                Candidate(
                    line=i,
                    start=span[0],
                    end=span[1],
                    text=text,
                    unit=unit,
                    label=label,
                    bullet=bullet,
                    above=above,
                    heading=heading if i - heading_at <= HEADING_REACH else "",
                    title=title,
                    position="first" if span[0] <= (label_m.end() if label_m else 0) else "later",
                )
            )
        above = plain
        if len(plain.split()) <= HEADING_WORDS:
            heading, heading_at = plain, i
    return out


def label_candidates(file: TextFile) -> None:
    """Give each gold decision's kind to the candidate that matches it best near its line
    (anywhere in the text when none near matches); the others stay `none`."""
    cands = file.candidates
    norm = [_norm_text(c.text) for c in cands]
    for c in cands:
        c.kind = "none"
    for g in file.gold:
        target = _norm_text(g["text"])
        line = (g.get("line") or 0) - 1
        near = [k for k, c in enumerate(cands) if abs(c.line - line) <= LABEL_REACH]
        for pool in (near, range(len(cands))):
            scored = [(fuzz.ratio(target, norm[k]), -k) for k in pool if cands[k].kind == "none"]
            best = max(scored, default=(0, 0))
            if best[0] >= TEXT_MATCH_THRESHOLD:
                cands[-best[1]].kind = g["kind"]
                break


def _words(text: str, limit: int | None = None) -> list[str]:
    words = WORD_RE.findall(text.casefold())
    return words[:limit] if limit else words


def _participle(word: str) -> bool:
    """`goedgekeurd`, `vastgesteld`, `besproken`: a past participle's shape."""
    return len(word) > 5 and word[-1] in "dtn" and ("ge" in word[:6] or word.startswith("be"))


def _length_bucket(n: int) -> str:
    return next(str(b) for b in (2, 4, 7, 12, 20, 35, 60, 10**9) if n <= b)


def features(c: Candidate) -> list[str]:
    """The named features of a candidate: its words and word pairs, how it opens and ends,
    its unit, bullet and label, and the words of its context."""
    words = _words(c.text)
    feats = ["bias", f"unit:{c.unit}", f"pos:{c.position}", f"len:{_length_bucket(len(words))}"]
    feats += [f"w:{w}" for w in words]
    feats += [f"bi:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    feats += [f"first:{w}" for w in words[:1]] + ["first2:" + "_".join(words[:2])]
    feats += [f"last:{w}" for w in words[-1:]]
    # word endings carry over to words no text used before: participles, infinitives
    feats += [f"suffix:{w[-3:]}" for w in words if len(w) > 4]
    feats += [f"last_suffix:{w[-3:]}" for w in words[-1:]]
    feats += [f"participle:{w[-1]}" for w in words if _participle(w)]
    feats.append(f"ends:{c.text[-1:] if c.text[-1:] in '.:;?!)' else 'other'}")
    feats.append(f"cap:{c.text[:1].isupper()}")
    feats.append(f"bullet:{'num' if c.bullet[:1].isdigit() else c.bullet[:1] or 'none'}")
    feats += [f"label:{w}" for w in _words(c.label)] or ["label:none"]
    feats += [f"above:{w}" for w in _words(c.above, 12)]
    feats.append(f"above_ends:{c.above[-1:] if c.above[-1:] in '.:;?!' else 'other'}")
    feats += [f"head:{w}" for w in _words(c.heading)]
    feats += [f"title:{w}" for w in _words(c.title, 10)]
    feats += [f"doc:{d}" for d in c.doc]
    return feats


def _bucket(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) % N_BUCKETS


BIAS = _bucket("bias")


def shared_buckets(groups: Sequence[Sequence[Candidate]], min_groups: int) -> set[int]:
    """Buckets seen in at least `min_groups` of `groups` (a name, a place, one writer's
    habit seen in one folder only is not learnt)."""
    seen: dict[int, int] = {}
    for cands in groups:
        for b in {_bucket(f) for c in cands for f in features(c)}:
            seen[b] = seen.get(b, 0) + 1
    return {b for b, n in seen.items() if n >= min_groups}


@dataclass
class Matrix:
    """Hashed binary features of rows, CSR-like: row k holds indices[ptr[k]:ptr[k+1]]."""

    indices: np.ndarray
    ptr: np.ndarray
    rows: np.ndarray  # row of every index


def featurize(
    cands: Sequence[Candidate],
    names: dict[int, str] | None = None,
    keep: set[int] | None = None,
) -> Matrix:
    """The hashed features of `cands`; with `keep`, only those buckets (and `bias`)."""
    indices, ptr = [], [0]
    for c in cands:
        buckets = sorted({_bucket(f) for f in features(c)})
        if keep is not None:
            buckets = [b for b in buckets if b in keep or b == BIAS]
        if names is not None:
            for f in features(c):
                names.setdefault(_bucket(f), f)
        indices += buckets
        ptr.append(len(indices))
    ptr_a = np.array(ptr, dtype=np.int64)
    return Matrix(
        np.array(indices, dtype=np.int64), ptr_a, np.repeat(np.arange(len(cands)), np.diff(ptr_a))
    )


def stack(parts: Sequence[Matrix]) -> Matrix:
    """The rows of several matrices one after the other (one text's rows are featurized once)."""
    ptrs, offset, shift = [np.zeros(1, dtype=np.int64)], 0, 0
    for m in parts:
        ptrs.append(m.ptr[1:] + offset)
        offset += int(m.ptr[-1])
    rows = [m.rows + 0 for m in parts]
    for k, m in enumerate(parts):
        rows[k] += shift
        shift += len(m.ptr) - 1
    empty = np.zeros(0, dtype=np.int64)
    return Matrix(
        np.concatenate([m.indices for m in parts] or [empty]),
        np.concatenate(ptrs),
        np.concatenate(rows or [empty]),
    )


@dataclass
class DecisionModel:
    """Multinomial logistic regression over hashed features, trained full-batch by Adam."""

    l2: float = 1e-4
    steps: int = 150
    rate: float = 0.05
    positive_weight: float = 1.0  # weight of a decision row against a `none` row
    weights: np.ndarray | None = None

    def scores(self, x: Matrix) -> np.ndarray:
        assert self.weights is not None
        # every row holds `bias`: no row is empty, so reduceat sums each row's weights
        return np.add.reduceat(self.weights[x.indices], x.ptr[:-1], axis=0)

    def fit(self, x: Matrix, kinds: Sequence[str]) -> DecisionModel:
        """Adam on the buckets the rows use only (a bucket no row holds has no gradient and
        stays 0, so the result equals training on all buckets, in a fraction of the time)."""
        y = np.array([CLASSES.index(k) for k in kinds])
        onehot = np.eye(len(CLASSES))[y]
        row_weight = np.where(y > 0, self.positive_weight, 1.0)
        row_weight = row_weight / row_weight.sum()
        used, compact = np.unique(x.indices, return_inverse=True)
        idx = compact.astype(np.int64)
        # one row per class (classes x buckets): gathering a class's weights row by row is
        # several times faster than gathering 4-wide rows of a (buckets x classes) array
        w = np.zeros((len(CLASSES), len(used)), dtype=np.float64)
        m = np.zeros_like(w)
        v = np.zeros_like(w)
        beta1, beta2, eps = 0.9, 0.999, 1e-8
        for step in range(1, self.steps + 1):
            scores = [np.add.reduceat(w[k][idx], x.ptr[:-1]) for k in range(len(CLASSES))]
            p = self.probabilities_from(np.stack(scores, axis=1))
            delta = ((p - onehot) * row_weight[:, None]).T
            grad = np.stack(
                [
                    np.bincount(idx, weights=delta[k][x.rows], minlength=len(used))
                    for k in range(len(CLASSES))
                ]
            )
            grad += self.l2 * w
            m = beta1 * m + (1 - beta1) * grad
            v = beta2 * v + (1 - beta2) * grad * grad
            m_hat = m / (1 - beta1**step)
            v_hat = v / (1 - beta2**step)
            w -= self.rate * m_hat / (np.sqrt(v_hat) + eps)
        self.weights = np.zeros((N_BUCKETS, len(CLASSES)), dtype=np.float64)
        self.weights[used] = w.T
        return self

    @staticmethod
    def probabilities_from(scores: np.ndarray) -> np.ndarray:
        z = scores - scores.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def probabilities(self, x: Matrix) -> np.ndarray:
        return self.probabilities_from(self.scores(x))


def select(cands: Sequence[Candidate], probs: np.ndarray, threshold: float) -> list[dict]:
    """Decision rows of one text: candidates whose decision probability (1 - P(none))
    reaches `threshold`, the most probable first; a unit that overlaps one already taken in
    its line is left out. Each row: kind (the most probable decision class), text, line,
    probability."""
    p_dec = 1.0 - probs[:, 0]
    order = sorted(range(len(cands)), key=lambda k: (-p_dec[k], k))
    taken: dict[int, list[tuple[int, int]]] = {}
    rows = []
    for k in order:
        if p_dec[k] < threshold:
            break
        c = cands[k]
        spans = taken.setdefault(c.line, [])
        if any(c.start < e and s < c.end for s, e in spans):
            continue
        spans.append((c.start, c.end))
        kind = CLASSES[1 + int(np.argmax(probs[k, 1:]))]
        rows.append({"kind": kind, "text": c.text, "line": c.line + 1, "p": float(p_dec[k])})
    return sorted(rows, key=lambda r: r["line"])


def locate(lines: Sequence[str], cands: Sequence[Candidate], text: str) -> Candidate:
    """A found decision's text (a rule's row) as a candidate: the candidate of the text most
    like it, carrying that candidate's context, with the row's own text."""
    target = _printed(text)
    best = max(
        range(len(cands)),
        key=lambda k: (fuzz.ratio(target, _printed(cands[k].text)), -k),
        default=None,
    )
    if best is None:
        return Candidate(0, 0, len(text), text, "line", "", "", "", "", "", "first")
    return replace(cands[best], text=text)
