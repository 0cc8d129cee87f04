"""The one reader of a person's name (`pipeline.meetings.names`): initials, tussenvoegsels
and a surname, as the list, roll and table readers of minutes and the rules of other
documents (a minister's signature, a decision's owner) build their name patterns from it.
Lines quoted from real texts of the dev set."""

from __future__ import annotations

import re

from pipeline.meetings.names import (
    glued_initials_re,
    glued_names,
    initials,
    is_initials,
    is_particle,
    particle_run,
    particles_alternation,
    surname_then_rest,
)
from pipeline.nlp import load_patterns


def _initialled_name() -> re.Pattern[str]:
    return re.compile(rf"{initials(4)}{particle_run()}[A-Z][a-zà-ÿ]+")


def test_initials_particles_and_surname_read_as_one_name():
    """`M.A. v.d. Bosch` (Oudenbosch council, 1953: a vote's count after the name), `mevr. E.
    van der Reijden` (Hollandse Delta, 2013): the shortened particle is a tussenvoegsel as
    the written one is."""
    line = "De stemming levert het volgende resultaat op; M.A. v.d. Bosch 9 stemmen J.A.J.P, Keij 1"
    assert _initialled_name().search(line)[0] == "M.A. v.d. Bosch"
    line = (
        "AANWEZIG P.J.J. Kome (voorzitter, Waterschapspartij), mevr. E. van der Reijden "
        "(secretaris)"
    )
    assert [m[0] for m in _initialled_name().finditer(line)] == [
        "P.J.J. Kome",
        "E. van der Reijden",
    ]


def test_a_word_in_lower_case_between_initials_is_no_tussenvoegsel():
    """`T. en W. Garrevoet`, `C. en G. van Lettow` (an entomologists' meeting, 2000: two
    people by their initials with one surname): only a tussenvoegsel stands between initials
    and a surname, so the first initials alone are no name (a couple the item reader parts)."""
    line = "Van Deventer, T. en W. Garrevoet, Gielis, Kuchlein, C. en G. van Lettow, Van Loh"
    assert [m[0] for m in _initialled_name().finditer(line)] == [
        "W. Garrevoet",
        "G. van Lettow",
    ]


def test_initials_words():
    """`J.P.`, `Th.` are initials; `Jr.` is one only where a short given name may be."""
    assert is_initials("J.P.") and is_initials("Th.")
    assert is_initials("Jr.") and not is_initials("Jr.", short_names=False)
    assert not is_initials("Bos") and not is_initials("J.P.Bos")


def test_particles_in_any_case_and_shortened():
    assert all(is_particle(w) for w in ("van", "De", "'t", "v.d.", "ten"))
    assert not is_particle("en") and not is_particle("Bos")
    # the longest first, so that `ten` is not read as `te` and an `n`
    alternation = particles_alternation().split("|")
    assert alternation.index("ten") < alternation.index("te")


def test_glued_initials_are_one_name():
    """`C.A.P.Rombouts`, `J.M.de Leeuw`: initials glued to the surname, its particle too."""
    assert glued_initials_re().fullmatch("C.A.P.Rombouts")
    assert glued_initials_re().fullmatch("J.M.de Leeuw")


def test_surname_then_rest_of_a_party_headed_row():
    """Zuid-Holland's committee (2015), a party's name after its last member: `de heer Van
    Lingen VVD mevrouw Van Dobben de Bruijn, ...`, `mevrouw Oosterop-van Leussen, ...`."""
    assert surname_then_rest("Van Lingen VVD") == ("Van Lingen", "VVD")
    assert surname_then_rest("Van Dobben de Bruijn, de heer Brill") == (
        "Van Dobben de Bruijn",
        ", de heer Brill",
    )
    assert surname_then_rest("Oosterop-van Leussen, mevrouw Meurs")[0] == "Oosterop-van Leussen"
    assert surname_then_rest("50PLUS de heer Bakx") == ("", "50PLUS de heer Bakx")


def test_rules_of_other_documents_read_the_same_particles():
    """The signer of a minister's letter (`doc_types.json`) and a decision's owner
    (`decision_labels.json`) take their tussenvoegsels from the one vocabulary: `ten`
    (`mw. A. ten Cate`, Moerdijk's Wmo council, 2021) and `v.d.` (`T. v.d. Wal`) too, which
    their own lists lacked."""
    signer = re.compile(load_patterns("doc_types.json")["signer_name_regex"], re.I)
    assert signer.match("A. ten Cate") and signer.match("T. v.d. Wal")
    assert signer.match("E. van Middelkoop")
    owner = re.compile(load_patterns("decision_labels.json")["owner_line_regex"], re.I)
    assert owner.match("A. ten Cate")
    assert "{name_particles}" not in load_patterns("decision_labels.json")["owner_line_regex"]


def test_initialled_names_typed_without_separators_are_parted():
    # web282 klundert-raad-1938-05-18 (`..., R. de Gassen D. A. Geleijns.`) and
    # wouw-raad-besloten-1979-09-27 (a roll without commas, a title, a double surname)
    assert glued_names("R. de Gassen D. A. Geleijns") == ["R. de Gassen", "D. A. Geleijns"]
    assert glued_names("P.C. Boden mr. F.X.A.M. van Hasselt E.M.C. Kemperman-de Vet") == [
        "P.C. Boden",
        "mr. F.X.A.M. van Hasselt",
        "E.M.C. Kemperman-de Vet",
    ]
    assert glued_names("A. H. v. d. Wiel") == ["A. H. v. d. Wiel"]
    assert glued_names("Jan Bos Piet Kok") == ["Jan Bos Piet Kok"]
