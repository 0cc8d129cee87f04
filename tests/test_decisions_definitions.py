"""A sentence that defines a kind of thing, or tells a body's standing task, is help text on how
decisions are made and takes none itself (decFP60, `definition_regex`): a province's page on
its papers (zuidholland-staten-stukken-negatief, texts231, AR), a council's news item that
explains its `hamerstukken` (hoekschewaard-raad-zeven-besluiten, texts256, AW) and a water
board's decision list whose item opens with the board's task (wshd-collegebesluiten-2021-02-09,
texts170, AE). The lines are real; the decision beside them stays."""

from __future__ import annotations

from tests.test_decisions_headings import _decisions

ZUIDHOLLAND = (
    "Stukken\n\n"
    " • PS besluiten zijn besluiten die in de Statenvergadering zijn bekrachtigd en ondertekend "
    "door de Commissaris van de Koning en de Statengriffier. Het zijn de formele besluiten "
    "genomen door Provinciale Staten.\n"
)

HOEKSCHEWAARD = (
    "Raad neemt in sneltreinvaart 7 besluiten\n\n"
    "Hamerstukken\n\n"
    "Hamerstukken zijn voorstellen van het college waarover de fracties niet meer in de "
    "besluitvormende vergadering hoeven te discussiëren en worden aanvaard zonder dat er "
    "gestemd hoeft te worden.\n"
)

WSHD = (
    "Het college van dijkgraaf en heemraden nam in de vergadering op dinsdag 9 februari de "
    "volgende besluiten:\n\n"
    "Methodiek peilbesluiten herzien\n\n"
    "Het is een van de taken van het waterschap om peilbesluiten vast te stellen. In zo’n "
    "peilbesluit staat hoe hoog of hoe laag het water in een bepaalde sloot of rivier moet "
    "staan.\n\n"
    "Daarom heeft het dagelijks bestuur besloten de bestaande nota peilbesluiten (uit 2013) te "
    "herzien.\n"
)


def test_a_kind_of_paper_defined_is_no_decision():
    for doc_type in ("minutes", "other"):
        texts = [t for _, _, t in _decisions(ZUIDHOLLAND, doc_type)]
        assert not any(t.startswith("PS besluiten zijn") for t in texts)
        texts = [t for _, _, t in _decisions(HOEKSCHEWAARD, doc_type)]
        assert not any(t.startswith("Hamerstukken zijn") for t in texts)


def test_a_bodys_standing_task_is_no_decision_but_the_decision_after_it_stays():
    texts = [t for _, _, t in _decisions(WSHD, "decision_list")]
    assert not any(t.startswith("Het is een van de taken") for t in texts)
    assert any(t.startswith("Daarom heeft het dagelijks bestuur besloten") for t in texts)


def test_a_participle_before_the_copula_opens_a_decision_still():
    # gkv-gouda-klankbordgroep-bijeenkomst (texts179, AF): `Afgesproken is dat ...` is no
    # definition, though a word, a copula and `dat` open it
    line = (
        "Afgesproken is dat gemeenteleden met vragen en opmerkingen over de verbouwing terecht "
        "kunnen bij de leden van de klankbordgroep.\n"
    )
    assert [t for _, _, t in _decisions(line)] == [line.strip()]
