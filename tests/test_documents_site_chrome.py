"""A document's title and type read below a page's furniture, from real lines of dev texts:
a document host's wrapper (texts172 gent-gecoro: its search box, labels, share line and
counters above the record's own title), logo alt texts and skip links of web pages
(texts40, texts55, texts151, texts158, texts103), and a decision list whose lead-in names
its meeting by its day (texts170 wshd-collegebesluiten-2021-02-09), with the item headings
below the lead-in that are no title of the list."""

from __future__ import annotations

import pytest

from pipeline.documents import classify_document
from pipeline.documents.lines import is_site_chrome, without_site_chrome

# texts172/gent-gecoro-2021-11-09.txt, lines 1-30
HOSTED_RECORD = """• No results found

Gemeentelijke commissie voor ruimtelijke ordening (Gecoro)

N/A
N/A
Protected

Academic year: 2022

Share "Gemeentelijke commissie voor ruimtelijke ordening (Gecoro)"

Copied!
11
0
0

Bezig met laden.... (Bekijk nu de volledige tekst)

Hele tekst

(1)

Gemeentelijke commissie voor ruimtelijke ordening (Gecoro)

Verslag GECORO-overleg van dinsdag 9 november 2021

Voorzitter Leinfelder Hans

Verontschuldigd Bohez Hannah, Coenen Ad
"""

# texts170/wshd-collegebesluiten-2021-02-09.txt, lines 1-10 (the second paragraph cut short)
DAY_NAMED_LEAD_IN = """Het college van dijkgraaf en heemraden nam in de vergadering op \
dinsdag 9 februari de volgende besluiten:

Methodiek peilbesluiten herzien

Het is een van de taken van het waterschap om peilbesluiten vast te stellen.

Werkwijze herzien

Er is een vaste werkwijze voor, maar die is verouderd en sluit niet altijd aan bij de \
praktijk. Daarom heeft het dagelijks bestuur besloten de bestaande nota peilbesluiten (uit \
2013) te herzien.
"""


@pytest.mark.parametrize(
    "line",
    [
        "Logo RDW",  # texts40 rdw-klachten-2013
        "logo Universiteitsraad UT",  # texts55 utwente-ur-2009
        "Logo hetkrantje-online.nl",  # texts151 wooninvest-klachtenregen
        "Skip to content",  # texts158 vriendenvanwassenaar-alv
        "Overslaan en naar de inhoud gaan",  # texts103 woo-termijnen
        "Ga naar de inhoud van deze pagina Ga naar het zoeken Ga naar het menu",
        "Vorige Volgende",  # texts101 kifid-klachten-2024
        "• No results found",
        "Academic year: 2022",
        "Bezig met laden.... (Bekijk nu de volledige tekst)",
        "Inhoud is aan het laden",  # texts166 vlaanderen-eerstelijnsklachten-...-2022, lines 5-7
        "Onderstaande tekst is niet 100% betrouwbaar",  # texts131 ntv-algemene-vergadering
        # a document site's viewer (texts73 vgkn-synode-2012)
        "Save this PDF as:",
        " WORD  PNG  TXT  JPG",
        "Maat: px",
        "Weergave met pagina beginnen:",
        "Transcriptie",
    ],
)
def test_a_line_of_a_page_s_furniture_names_no_document(line: str) -> None:
    assert is_site_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Jaarverslag 2013",
        "Logopedie in het basisonderwijs",
        "Ga naar de website van de gemeente voor meer informatie.",
        "Verslag GECORO-overleg van dinsdag 9 november 2021",
        "2023",  # a table's cell, not a counter below a widget
        # the site's download line quotes the title (`hosted_title` reads it)
        'Download "ACTA VAN DE SYNODE VAN NOORDWIJK II (2012-2014)"',
    ],
)
def test_a_title_a_sentence_or_a_cell_is_no_furniture(line: str) -> None:
    assert not is_site_chrome(line)


def test_a_host_s_wrapper_above_a_record_leaves_it_its_title_and_type() -> None:
    kept = without_site_chrome(HOSTED_RECORD)
    assert "No results found" not in kept and "Copied!" not in kept and "\n11\n" not in kept
    assert classify_document(HOSTED_RECORD, 3) == (
        "minutes",
        "Verslag GECORO-overleg van dinsdag 9 november 2021",
    )


def test_a_bare_number_below_a_title_stays() -> None:
    text = "Tabel 7 Bezwaarschriften 2023-2024\n\nSoort\n\n2023\n\n2024\n"
    assert without_site_chrome(text) == text


def test_a_lead_in_that_names_its_meeting_by_its_day_opens_a_decision_list() -> None:
    assert classify_document(DAY_NAMED_LEAD_IN, 3)[0] == "decision_list"


def test_a_heading_below_a_lead_in_is_an_item_not_the_list_s_title() -> None:
    # an item that approves a report is headed by the report's name (`Jaarverslag ...`)
    text = DAY_NAMED_LEAD_IN.replace("Methodiek peilbesluiten herzien", "Jaarverslag 2020")
    doc_type, title = classify_document(text, 3)
    assert doc_type == "decision_list"
    assert title != "Jaarverslag 2020"


@pytest.mark.parametrize(
    "heading",
    [
        # dated headings of a web page's decision list, written for the test in the layout of
        # such pages (texts114 utrecht-gs-2020: `GS-Besluiten dinsdag 16 juni 2020 09:30 -
        # 12:30`)
        "GS-Besluiten dinsdag 16 juni 2020",
        "Collegebesluiten 9 februari 2021",
        "9 februari - besluiten burgemeester en wethouders",
    ],
)
def test_a_dated_heading_of_decisions_titles_a_decision_list(heading: str) -> None:
    text = f"{heading}\n\nMethodiek peilbesluiten herzien\n\nHet college stemt in met de nota.\n"
    assert classify_document(text, 3) == ("decision_list", heading)


def test_a_body_s_accounts_are_a_report_not_minutes() -> None:
    # a title page of annual accounts, written for the test (`Verslag ...` otherwise titles
    # minutes)
    assert classify_document("Verslag en rekening 2019\n\nJaarstukken\n")[0] == "report"


def test_a_body_s_account_of_a_year_is_a_report_not_minutes() -> None:
    # texts190/delft-ombudscommissie-klaagschriften-2005.txt (lines 1-7): the year on its own
    # line below the title
    text = (
        "Gemeentelijke Ombudscommissie Delft\nverslag over het jaar\n2005\nVoorwoord\n"
        "Met genoegen bied ik u mede namens de overige\n(plaatsvervangende) commissieleden, het "
        "dertiende en laatste jaarverslag van de\nGemeentelijke Ombudscommissie aan.\n"
    )
    assert classify_document(text, 3) == ("report", "verslag over het jaar")
    assert classify_document("Jaarverslag over 2005\n\nVoorwoord\n")[0] == "report"


#: texts73 vgkn-synode-2012: a document site's viewer between the title it quotes and the
#: transcribed page
VIEWER_ABOVE_PAGE = """ACTA VAN DE SYNODE VAN NOORDWIJK II ( ) van de voortgezette GEREFORMEERDE KERKEN IN NEDERLAND

Save this PDF as:
 WORD  PNG  TXT  JPG

Maat: px
Weergave met pagina beginnen:

Download "ACTA VAN DE SYNODE VAN NOORDWIJK II (2012-2014) van de voortgezette GEREFORMEERDE KERKEN IN NEDERLAND"

Transcriptie

1 ACTA VAN DE SYNODE VAN NOORDWIJK II ( ) van de voortgezette GEREFORMEERDE KERKEN IN NEDERLAND Voorwoord

2 ACTA van de SYNODE van NOORDWIJK II van de voortgezette GEREFORMEERDE KERKEN IN NEDERLAND, Zitting van de synode op zaterdag 6 oktober 2012 te Noordwijk 1. Opening
"""  # noqa: E501


def test_a_viewer_s_controls_are_furniture_and_its_download_line_stays() -> None:
    kept = without_site_chrome(VIEWER_ABOVE_PAGE)
    assert "Save this PDF as" not in kept and "Maat: px" not in kept
    assert "Transcriptie" not in kept and 'Download "ACTA' in kept
