"""Decision pages read without a decision label, from real texts of web117, web105, web126
and web138: a decision list laid out as a table (`Nr.` / `Onderwerp` / `Besluit`) that the web
page's text flattens one cell per line, a Flemish council's articles drafted as infinitive
clauses in a portal's table cells (`Art. 1: | Kennis te nemen van ... |`), a point's title
printed again over its vote, and a task table whose rule row the text lost."""

from __future__ import annotations

from pipeline.structure import extract_structure
from pipeline.text_release import read_text_release


def _read(text: str) -> list[tuple[str, str | None, bool, str]]:
    """(kind, number, is_proposal, text) of each decision of a plain-text release."""
    release = read_text_release(text, "d" * 16)
    out = extract_structure(release["structure_pages"], release["documents"])
    return [(d["kind"], d["number"], d["is_proposal"], d["text"]) for d in out["decisions"]]


# web117 coevorden-bw-2023: the college's decision list, its table flattened one cell per
# line: each row's number alone, its subject (and case number), then its decision cell
FLAT_TABLE = "\n".join(
    [
        "BenW besluitenlijst 28 maart 2023",
        "",
        "Besluitenlijst",
        "",
        "van de vergadering van burgemeester en wethouders op dinsdag 28 maart 2023.",
        "",
        "Nr.",
        "",
        "Onderwerp",
        "",
        "Besluit",
        "",
        "1",
        "",
        "Vaststelling agenda",
        "",
        "Agendapunt 4.7 is als college voorstel geagendeerd.",
        "",
        "2",
        "",
        "Besluitenlijst van de vergadering van dinsdag 21 maart 2023",
        "",
        "Onveranderd vastgesteld.",
        "",
        " ",
        "",
        "4.1",
        "",
        "Bestuurlijke afspraken college B&W 2023-2026",
        "",
        "Zaaknummer 19913-2023",
        "",
        "Vast te stellen",
        "",
        "1.    de portefeuilleverdeling",
        "",
        "2.    de vervangingsregeling",
        "",
        "Met de afspraak dat de wijzigingen per mail worden geaccordeerd",
        "",
        "4.2",
        "",
        "Ledenraadpleging Cao Gemeenten 2023",
        "",
        "Zaaknummer 18859-2023",
        "",
        "1.    In te stemmen met Cao Gemeenten 2023",
        "",
        "4.4",
        "",
        "Eindevaluatie Maatwerkfonds Vaste lasten",
        "",
        "Zaaknummer 18587-2023",
        "",
        "Bijgaande brief vast te stellen en met de eindevaluatie Maatwerkfonds Vaste lasten "
        "aan de gemeenteraad te sturen.",
    ]
)


def test_a_flattened_tables_decision_cells_are_its_decisions():
    assert _read(FLAT_TABLE) == [
        ("besluit", "1", False, "Agendapunt 4.7 is als college voorstel geagendeerd."),
        ("besluit", "2", False, "Onveranderd vastgesteld."),
        ("besluit", "4.1", False,
         "Vast te stellen 1. de portefeuilleverdeling 2. de vervangingsregeling"),
        ("afspraak", "4.1", False,
         "Met de afspraak dat de wijzigingen per mail worden geaccordeerd"),
        ("besluit", "1", False, "In te stemmen met Cao Gemeenten 2023"),
        ("besluit", "4.4", False,
         "Bijgaande brief vast te stellen en met de eindevaluatie Maatwerkfonds Vaste lasten "
         "aan de gemeenteraad te sturen."),
    ]  # fmt: skip


def test_a_column_header_over_no_numbered_row_heads_no_table():
    # the cells' names without rows below them: `Besluit` stays the field it reads as
    text = FLAT_TABLE.replace("\n1\n", "\nEen\n", 1)
    found = _read(text)
    assert ("besluit", "1", False, "In te stemmen met Cao Gemeenten 2023") not in found


# web105 gavere-gr-2022: a council's notulen page, each point's articles as table cells
ARTICLES = "\n".join(
    [
        "De voorzitter opent de zitting op 12/09/2022 om 20:00.",
        "Decreet van 22 december 2017 over het lokaal bestuur, artikel 32.",
        "Elk gemeenteraadslid heeft het recht tijdens de vergadering opmerkingen te maken over "
        "de redactie van de notulen en het zittingsverslag van de vorige vergadering.",
        "Art. 1: |",
        "De notulen van de zitting van de gemeenteraad van 20 juni 2022 goed te keuren. |",
        "Art. 2: |",
        "Het verslag van de zitting van de gemeenteraad van 20 juni 2022 goed te keuren. |",
        "Decreet van 22 december 2017 over het lokaal bestuur, artikel 13.",
        "Mevrouw Nele Melkebeke deelde haar ontslag schriftelijk mee aan de voorzitter van de "
        "gemeenteraad op 27 juli 2022.",
        "Art. 1: | Kennis te nemen van het ontslag van gemeenteraadslid Nele Melkebeke. Het "
        "gemeenteraadslid blijft zijn mandaat uitoefenen tot zijn opvolger is geïnstalleerd. |",
        "Art. 2: | Een afschrift van deze beslissing over te maken aan de afdeling interne "
        "zaken en aan mevrouw Nele Melkebeke. |",
    ]
)


def test_articles_drafted_as_infinitive_clauses_decide_without_a_label():
    assert _read(ARTICLES) == [
        ("besluit", "1", False,
         "De notulen van de zitting van de gemeenteraad van 20 juni 2022 goed te keuren."),
        ("besluit", "2", False,
         "Het verslag van de zitting van de gemeenteraad van 20 juni 2022 goed te keuren."),
        ("besluit", "1", False,
         "Kennis te nemen van het ontslag van gemeenteraadslid Nele Melkebeke. Het "
         "gemeenteraadslid blijft zijn mandaat uitoefenen tot zijn opvolger is geïnstalleerd."),
    ]  # fmt: skip


def test_an_article_of_the_text_a_dictum_adopts_is_no_decision():
    # web99 kraainem-rmw-2025: the regulation's own articles state rules, no dictum; a cited
    # article (`artikel 32.`) has no colon after its number
    text = "\n".join(
        [
            "De voorzitter opent de zitting op 12/09/2022 om 20:00.",
            "Art. 3: |",
            "De raad vergadert zo dikwijls als de zaken die tot zijn bevoegdheid behoren het "
            "vereisen, en ten minste tien keer per jaar. |",
            "Decreet van 22 december 2017 over het lokaal bestuur, artikel 32.",
        ]
    )
    assert _read(text) == []


# web126 vilvoorde-gr-2023: a Flemish portal's page of one point prints its title again over
# the point's vote
REPEATED_TITLE = "\n".join(
    [
        "Terug",
        "Gepubliceerd op 27/10/2023",
        "",
        "2023_GR_00103 - Goedkeuren van de notulen van de openbare zitting van 25 september "
        "2023. - Beslissing",
        "",
        "gemeenteraad",
        "ma 23/10/2023 - 20:00 Raadszaal",
        "Goedgekeurd",
        "",
        "Stemming op het agendapunt",
        "",
        "2023_GR_00103 - Goedkeuren van de notulen van de openbare zitting van 25 september "
        "2023. - Beslissing",
        "",
        "Stemmen voor 25",
    ]
)


def test_a_points_title_printed_again_over_its_vote_is_one_decision():
    [(kind, _, _, text)] = _read(REPEATED_TITLE)
    assert kind == "besluit"
    assert text.startswith("2023_GR_00103 - Goedkeuren van de notulen")


# web138 hoboken-districtscollege-2017-12: the college's task table, its pipes kept by the
# web page's text, no rule row under its header
TASK_TABLE = "\n".join(
    [
        "Het districtscollege vergaderde op 5 december 2017. Iedereen was aanwezig.",
        "Het districtscollege keurt de notulen van 5 december 2017 goed.",
        "Het districtscollege geeft opdracht aan:",
        "| Dienst | Taak |",
        "| Districtssecretaris | De notulen binnen de wettelijk voorgeschreven termijn te "
        "bezorgen aan de districtsraadsleden. |",
    ]
)


def test_a_task_table_without_its_rule_row_gives_its_tasks():
    assert ("actie", None, False,
            "De notulen binnen de wettelijk voorgeschreven termijn te bezorgen aan de "
            "districtsraadsleden.") in _read(TASK_TABLE)  # fmt: skip


# web109 hilversum-bw-2024: the college's decision field puts points to the council
PROPOSED_TO_COUNCIL = "\n".join(
    [
        "Agendapunten",
        "",
        " 1. 1",
        "",
        "  Het bestuur van de Stichting Gemeentelijk Gymnasium Hilversum (GGH) verzoekt de "
        "gemeenteraad haar begroting 2024 goed te keuren.",
        "",
        "  Besluit",
        "",
        "  I. De raad voor te stellen:",
        "  1. De conceptbegroting 2024 van Stichting Gemeentelijk Gymnasium Hilversum op grond "
        "van artikel 21 sub 2 van de statuten van de stichting goed te keuren.",
        "  II. Het voorstel rechtstreeks agenderen voor de raad.",
        "",
        "  Akkoord.",
    ]
)


def test_a_decision_fields_points_the_college_puts_to_the_council_are_its_decisions():
    assert ("besluit", "1", False,
            "De conceptbegroting 2024 van Stichting Gemeentelijk Gymnasium Hilversum op grond "
            "van artikel 21 sub 2 van de statuten van de stichting goed te keuren.",
            ) in _read(PROPOSED_TO_COUNCIL)  # fmt: skip
