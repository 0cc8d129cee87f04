"""A news item on figures is headed by what the figures did (`Meer meldingen ...`), and that
headline may stand a few lines down, below the site's furniture or a lead: its figures are
news (tests/gold/README.md rule 20 (1): `other`), not the organisation's own report. Lines
quoted from development texts."""

from __future__ import annotations

import pytest

from pipeline.documents import classify_document
from pipeline.documents.shapes import _headed_by_a_finding

# texts269/fod-economie-meldpunt-meldingen-2022 (round AZ), lines 1-8: a newsroom's
# subscription line over the headline
FOD_ECONOMIE = (
    "Blijf op de hoogte\n\n\n"
    "Bijna 10 % meer meldingen over misleiding en oplichting in 2022\n\n"
    "23 % van de meldingen gaan over phishing\n\n"
    "In 2022 ontving de Economische Inspectie van de FOD Economie bijna 52.000 meldingen over "
    "misleidende handelspraktijken en oplichting. Dat is een stijging van 8,25 % ten opzichte "
    "van 2021. 23 % daarvan gaat over phishing (11.923 meldingen). De top 3 wordt "
    "vervolledigd door meldingen over ongewenste telefoontjes en verkoopfraude.\n\n"
    "In 2022 ontving de Economische Inspectie van de FOD Economie 51.874 meldingen via het "
    "Meldpunt. Dat is een aanzienlijke stijging van 8,25 %.\n"
)

# texts207/ggdhollandsnoorden-vangnet-meldingen-oggz-2020 (round AM), lines 1-9 (line 9
# shortened): the site's section tabs over the headline
GGD_HOLLANDS_NOORDEN = (
    "BOUWSTEEN 3 - VROEGTIJDIGE SIGNALERING\n\n"
    "BOUWSTEEN 4 - MELDING\n\n"
    "Meer zorgen over kwetsbare inwoners\n\n"
    "Een melding bij een van de teams Vangnet & Advies van GGD Hollands Noorden kan het "
    "startpunt zijn van de nodige hulpverlening aan mensen die daar zelf misschien niet om "
    "zouden vragen. Ook in 2020 zagen we weer een stijging in het aantal meldingen bij deze "
    "meldpunten voor Openbare Geestelijke Gezondheidszorg in onze regio.\n\n"
    "In 2020 waren er ongeveer 3000 meldingen, 500 meer dan het jaar daarvoor. De helft "
    "hiervan was afkomstig van de politie.\n"
)

# texts186/pz-waasland-noord-jaarcijfers-2022 (round AH), lines 1-9: a police zone's post
# announcing its figures, the finding under its lead
PZ_WAASLAND_NOORD = (
    "Onze jaarcijfers zijn er\n\n"
    "De jaarcijfers van 2022 zijn er. In een korte animatievideo geven we een beknopt "
    "overzicht. \n\n"
    "Dit was 2022\n\n"
    "Meer meldingen en meer interventies\n\n"
    "Het aantal meldingen aan onze politiedienst steeg in 2022 (17.708) toch vrij aanzienlijk "
    "met 7% tegenover 2021 (16.544). Deze meldingen resulteerden in 2022 in 13.445 "
    "tussenkomsten/interventies op terrein. Sinds 2016 (11.028) zijn deze "
    "tussenkomsten/interventies voortdurend gestegen (+ 22%).\n"
)

# texts264/provincie-antwerpen-omgevingsvergunningen-2019-negatief (round AY), lines 1-12
# (lines 8 and 12 shortened): a report's name over a section that tells what its figures did
PROVINCIE_ANTWERPEN = (
    "Rapport 2019 \u2022 Omgevingsvergunningen\n\n\n"
    "2019 was een ongezien piekjaar\n\n"
    "Foto \u00a9 Provincie Antwerpen | XDGA\n\n"
    "Nog nooit was het aantal dossiers zo hoog. Het aantal besliste dossiers kende een stijging "
    "met maar liefst 25% ten opzichte van 2018, wat ook al een piekjaar was.\n\n"
    "Meer dossiers maar eenzelfde aanpak\n\n"
    "Onze aanpak zet in op een kwaliteitsvol dossier van bij de indiening, cruciaal voor een "
    "succesvolle vergunningsprocedure. Daarnaast blijft ook snelheid belangrijk.\n"
)


@pytest.mark.parametrize("text", [FOD_ECONOMIE, GGD_HOLLANDS_NOORDEN, PZ_WAASLAND_NOORD])
def test_a_finding_headline_below_the_first_line_heads_news_not_an_own_account(
    text: str,
) -> None:
    assert classify_document(text)[0] == "other"


def test_the_same_figures_without_the_finding_headline_stay_an_own_account() -> None:
    # the headline is what makes them news: the lead and figures alone read as the
    # organisation's own account of its year
    lines = FOD_ECONOMIE.splitlines()
    bare = "\n".join(x for x in lines if not x.startswith("Bijna 10 %"))
    assert classify_document(bare)[0] == "report"


def test_a_reports_name_over_a_finding_section_stays_a_report() -> None:
    assert classify_document(PROVINCIE_ANTWERPEN)[0] == "report"


def test_a_question_to_the_reader_tells_no_finding() -> None:
    # texts264/nationale-ombudsman-feiten-cijfers-2015 (round AY), lines 1-3
    head = [
        "Feiten & Cijfers",
        "Wilt u meer weten over de klachten die de Nationale ombudsman ontvangt?",
    ]
    assert not _headed_by_a_finding(head)
    assert _headed_by_a_finding([*head, "Meer zorgen over kwetsbare inwoners"])


def test_a_finding_below_the_head_lines_is_a_section_not_a_headline() -> None:
    # a heading past the head (`news_head_lines`) names a section of the text
    filler = [f"Regel {n} van de tekst zonder bevinding" for n in range(6)]
    assert not _headed_by_a_finding([*filler, "Meer meldingen en meer interventies"])
