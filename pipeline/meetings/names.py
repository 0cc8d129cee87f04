"""A person's name as minutes print it: initials (`J.P.`, `Th.`), tussenvoegsels (`van der`,
`in 't`, `v.d.`) and a surname (`J.P. van der Berg`, `mevr. A. de Vries`, `K. KOK`). The one
reader of those parts: the regex pieces the list, roll and table readers build their name
patterns from, and the word tests the walkers over a name's words use. The tussenvoegsels
are one vocabulary, `name_particles` of `patterns/meeting_rules.json`."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from pipeline.meetings.rules import _rules
from pipeline.nlp import longest_first

#: one initial: a capital and its full stop (`J.`)
CAPITAL_INITIAL = r"[A-Z]\."
#: one initial where a given name is shortened to two letters too (`Th.`, `Ph.`); a title
#: (`Mr.`, `Dr.`) has this shape as well, so a reader that meets titles there uses
#: `CAPITAL_INITIAL`
INITIAL = r"[A-Z][a-z]?\."

_INITIALS_WORD_RE = re.compile(rf"(?:{INITIAL})+")
_CAPITAL_INITIALS_WORD_RE = re.compile(rf"(?:{CAPITAL_INITIAL})+")


def initials(most: int | None = 5, *, short_names: bool = False, spaced: bool = True) -> str:
    """A run of initials as a regex: up to `most` (any number for None), each a capital and
    its full stop, two letters where `short_names` (`Th.`), a space after each where `spaced`
    (`J. P.` as `J.P.`)."""
    one = INITIAL if short_names else CAPITAL_INITIAL
    space = r"\s?" if spaced else ""
    count = "+" if most is None else f"{{1,{most}}}"
    return rf"(?:{one}{space}){count}"


def is_initials(word: str, *, short_names: bool = True) -> bool:
    """The word is initials only (`J.`, `J.P.`, `Th.`; with `short_names` off not `Jr.`)."""
    word_re = _INITIALS_WORD_RE if short_names else _CAPITAL_INITIALS_WORD_RE
    return word_re.fullmatch(word) is not None


def particles() -> set[str]:
    """The tussenvoegsels, in lower case."""
    return _rules()["particles"]


def is_particle(word: str) -> bool:
    """The word is a tussenvoegsel (`van`, `De`, `'t`, `v.d.`), in any case."""
    return word.lower() in _rules()["particles"]


@cache
def particles_alternation() -> str:
    """The tussenvoegsels as a regex alternation, the longest first (`ten` before `te`)."""
    return longest_first(map(re.escape, _rules()["particles"]))


def particle_run(*, any_case: bool = False) -> str:
    """The tussenvoegsels between initials or a given name and the surname, as a regex:
    none or more, each with the space after it (`van der `); `any_case` for a list that
    prints them capitalised (`Van den Brande`)."""
    alternation = particles_alternation()
    return rf"(?:(?{'i' if any_case else ''}:{alternation})\s+)*"


@cache
def glued_initials_re() -> re.Pattern[str]:
    """A name whose initials OCR or the typist glued to its surname, read as one piece
    (`C.A.P.Rombouts`, `N.Littooij`, `PS.F.M.Vorstenbosch`, `J.M.de Leeuw`, also where OCR
    lost a full stop between two initials: `A.JG.Hurks`): initials, the particles, and a
    surname that ends in a lower-case letter (`Polet-Musler`), so not a sentence's start."""
    return re.compile(
        rf"(?:[A-Z]{{1,2}}\.){{1,5}}(?:(?:{particles_alternation()})\s*)*[A-Z][\w'-]*[a-zß-ÿ]"
    )


@cache
def initialled_name_re() -> re.Pattern[str]:
    """One name as an old roll prints it: a title perhaps, initials, tussenvoegsels and a
    surname, a double one too (`mr. F.X.A.M. van Hasselt`, `E.M.C. Kemperman-de Vet`, `A. H.
    v. d. Wiel`)."""
    run = particle_run()
    return re.compile(
        rf"(?:(?i:{_rules()['academic_alt']})\.\s*)?"
        rf"{initials(5, short_names=True)}\s*{run}[A-Z][\w'’]+(?:-{run}[A-Za-z][\w'’]+)*"
    )


def glued_names(text: str) -> list[str]:
    """The names of `text` where it is two or more initialled names with nothing between
    them (`R. de Gassen D. A. Geleijns`, a roll typed without commas: `P.C. Boden P.A. Bogers
    M.M. Goossens`); [text] for anything else."""
    names = [m[0] for m in re.finditer(rf"{initialled_name_re().pattern}(?=\s|$)", text)]
    if len(names) < 2 or " ".join(names) != " ".join(text.split()):
        return [text]
    return names


def surname_then_rest(text: str) -> tuple[str, str]:
    """(the surname that opens `text`, with its initials and tussenvoegsels, the rest):
    `Van Dobben de Bruijn, de` -> the name; `Van Lingen VVD` -> (`Van Lingen`, `VVD`);
    `Oosterop-van Leussen` whole; ('', text) where no capitalised surname opens it."""
    words = text.split()
    k = _past(words, _past(words, 0, is_initials), is_particle)
    if k >= len(words) or not re.match(r"[A-Z][a-zà-ÿ]", words[k]):
        return "", text
    k += 1
    while k < len(words) and not words[k - 1].endswith(","):
        j = _past(words, k, is_particle)
        joined = is_particle(words[k - 1].rsplit("-", 1)[-1])  # `Oosterop-van`
        if j < len(words) and (j > k or joined) and re.match(r"[A-Z][a-zà-ÿ]", words[j]):
            k = j + 1
            continue
        break
    comma = "," if words[k - 1].endswith(",") else ""  # `Bos, VVD`: her comma part
    return " ".join(words[:k]).rstrip(","), f"{comma} {' '.join(words[k:])}".strip()


def _past(words: list[str], k: int, test: Callable[[str], bool]) -> int:
    """The index of the first word from `k` on that `test` does not hold for: past a name's
    initials, past its tussenvoegsels."""
    while k < len(words) and test(words[k]):
        k += 1
    return k
