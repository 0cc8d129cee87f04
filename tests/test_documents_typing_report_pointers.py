"""A page that points to its report as a file or a text elsewhere (`Download de pdf hier.`,
`Via deze link kunt u het volledige jaarverslag online bekijken`) presents the report or its
figures: `other` (tests/gold/README.md rule 20 (3)), though it is titled by the report's name
or its organisation tells its year in the first person. A document site's copy quotes its
title on its download line and stays the report. Lines quoted from development texts."""

from __future__ import annotations

import pytest

from pipeline.documents import classify_document
from pipeline.documents.shapes import points_to_the_report

# texts299/filmfonds-jaarverslag-aanvragen-2019 (round BF), lines 1-5, 17-21 (line 5
# shortened): the report's name as the title, the fund's year in `we`, its download link
FILMFONDS = (
    "Spring naar inhoudSpring naar footer\n\n"
    "Jaarverslag Nederlands Filmfonds 2019\n\n"
    "Het afgelopen jaar vormde het derde jaar uit de periode 2017-2020, waarin het Filmfonds "
    "uitvoering gaf aan het beleid langs de pijlers talentontwikkeling, vernieuwing, "
    "internationalisering en professionalisering.\n\n"
    "Aanvragen\n\n"
    "In 2019 ontvingen we 1.358 aanvragen, waarvan er 712 (52%) werden toegewezen. Daarvan "
    "werden er 624 toegekend via selectieve regelingen en 88 via de semi-automatische Film "
    "Production Incentive.\n\n"
    "Download de pdf hier.\n"
)

# texts295/awel-cijfers-contacten-2015 (round BE), lines 1-7 (line 7 shortened): the page's
# buttons under its title, over the figures in `we`
AWEL = (
    "Cijfers 2015\n\n"
    "Print deze pagina Download jaarverslag\n\n"
    "Bijna 35.000 contacten met kinderen en jongeren\n\n"
    "In 2015 registreerde Awel in totaal 34.936 contacten met kinderen en jongeren. Dat is een "
    "stijging met 28% tegenover 2014. Toen zagen we nog een lichte daling (van 3%) tegenover "
    "2013.\n"
)

# texts219/landelijk-meldpunt-zorg-klachtbeeld-2017 (round AP), lines 1-5 (line 3 shortened)
LANDELIJK_MELDPUNT = (
    "Klachtbeeld Landelijk Meldpunt Zorg 2017\n\n"
    "In totaal ontving het LMZ bijna 7.000 klachten. Het merendeel van de klachten (71 procent) "
    "ging over professioneel handelen, veiligheid en communicatie, dit was ook het geval in "
    "2016.\n\n"
    "Download de publicatie 81 downloads \u2013 grootte: 1 MB\n"
)


@pytest.mark.parametrize("text", [FILMFONDS, AWEL, LANDELIJK_MELDPUNT])
def test_a_page_that_points_to_its_report_is_other(text: str) -> None:
    assert classify_document(text)[0] == "other"


def test_the_same_page_without_its_download_link_stays_the_report() -> None:
    # the pointer is what makes it a page about the report: the name over the year in `we`
    # reads as the report's own text
    bare = FILMFONDS.replace("Download de pdf hier.\n", "")
    assert classify_document(bare)[0] == "report"


@pytest.mark.parametrize(
    "line",
    [
        # texts300/childfocus-dossiers-2019 (round BF), line 13
        "Via deze link kunt u het volledige jaarverslag online bekijken.",
        # texts264/nationale-ombudsman-feiten-cijfers-2015 (round AY), line 4 (shortened)
        "In de onderstaande overzichten vindt u cijfers over hoeveel klachten we hebben "
        "gekregen. Lees meer hierover in het jaarverslag.",
        # texts270/ggdhaaglanden-thermometer-infectieziekten-meldingen-2017 (round AZ), line 22
        "Thermometer Infectieziektebestrijding 2017 (PDF, 378 kB)",
        # texts299/bkinformatie-mondriaan-fonds-aanvragen-2020 (round BF), line 7
        "Download hier het volledige jaarverslag van het Mondriaan Fonds",
    ],
)
def test_pointers_to_a_report_elsewhere(line: str) -> None:
    assert points_to_the_report([line])


@pytest.mark.parametrize(
    "line",
    [
        # texts178/vlm-klachtenmanagement-2016 (round AF), line 6: a document site's copy
        'Download "Verslag klachtenmanagement 2016"',
        # texts284/rvv-beroepen-2015-2016 (round BC), line 4: a browser's notice
        "Download Safari",
        # texts201/hogeland-adviesraad-2018-01-26 (round AK), line 3: a record's own button
        "Downloaden in PDF formaat",
        # texts173/nws-klachtencommissie-wonen-negatief (round AE), line 7: a form
        "U kunt het klachtenformulier ook hier downloaden.",
    ],
)
def test_no_pointer_to_a_report(line: str) -> None:
    assert not points_to_the_report([line])


def test_a_document_sites_copy_stays_the_report() -> None:
    # texts178/vlm-klachtenmanagement-2016 (round AF), lines 1-9 (line 9 shortened)
    text = (
        "Verslag klachtenmanagement 2016\n\n"
        "Maat: px\nWeergave met pagina beginnen:\n\n"
        'Download "Verslag klachtenmanagement 2016"\n\n'
        "Transcriptie\n\n"
        "1 Verslag klachtenmanagement 2016 Vlaamse Landmaatschappij Gulden Vlieslaan Brussel "
        "Totaal aantal klachten 41 Ontvangen klachten 38 Niet gekwalificeerd als klacht 3\n"
    )
    assert classify_document(text)[0] == "report"
