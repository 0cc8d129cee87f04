"""A decision list that names itself by a heading alone on its line (`Besluiten`, a table
cell `|Openbare besluitenlijst |`) is typed `decision_list` (docAQ), and its register reads
its numbered points: the lead-in over points the register read heads them and decides
nothing of its own; the list's last point cut off where the excerpt stops is a point; a
press summary's sentence that a connective adverb opens, its own verb second, is no
infinitive dictum. Real lines of dev texts (texts194, texts195, texts208)."""

from __future__ import annotations

from tests.test_decisions_headings import _decisions

# texts194/vechtstromen-ab-besluitenlijst-2019-02-27.txt, lines 29-34 (point 2 cut by the excerpt)
WATER_BOARD = """Besluiten

Wateragenda

Het algemeen bestuur besluit conform voorstel:

 1. de Wateragenda vast te stellen, als onderdeel van de Omgevingswet en als onderdeel van \
het overdrachtsdocument;
 2. zowel kennis te ne"""

# texts195/noordbrabant-gs-besluitenlijst-2009-07-06.txt, lines 3-4 and 13-14
PROVINCE = """|Openbare besluitenlijst              |
|Vergadering Gedeputeerde Staten d.d. 6 juli 2009 |


3. Samenwerking Nationaal Restauratie Fonds (NRF) en provincie
Het NRF verstrekt namens de provincie Noord-Brabant aanvullende monumentenleningen aan een \
vastgestelde doelgroep van negenendertig monumenteigenaren voor een maximale periode van vijf \
jaar. Dat hebben Gedeputeerde Staten besloten. Daardoor kunnen geplande restauraties versneld \
worden uitgevoerd. Verval wordt hiermee tegengegaan. Bovendien past deze maatregel in het \
pakket maatregelen van de provincie om de economische recessie te bestrijden.
"""

# texts208/zeeland-gs-besluitenlijst-2016-04-19.txt, lines 15-19 (its one point cut)
ONE_CUT_POINT = """Kleine wijzigingen Natuurbeheerplan Zeeland

Gedeputeerde Staten worden gevraagd het Natuurbeheerplan Zeeland op twee kleine onderdelen \
te wijzigen, namelijk het wijzigen van:

  1. De ambities in beheerdoelen voor twee percelen (11 en 29 hectare) in de Yerseke Moer"""


def test_a_lead_in_over_the_points_a_register_read_heads_them() -> None:
    found = _decisions(WATER_BOARD, "decision_list")
    assert [text for _, _, text in found] == [
        "de Wateragenda vast te stellen, als onderdeel van de Omgevingswet en als onderdeel "
        "van het overdrachtsdocument;",
        "zowel kennis te ne",
    ]


def test_a_paragraph_under_a_numbered_subject_is_read_whole() -> None:
    # `Bovendien past deze maatregel ... om ... te bestrijden.`: a verb of its own, no dictum
    (found,) = _decisions(PROVINCE, "decision_list")
    assert found[1] == "3"
    assert found[2].startswith("Het NRF verstrekt namens de provincie Noord-Brabant")


def test_a_lead_in_over_a_point_no_step_decided_still_decides() -> None:
    texts = [text for _, _, text in _decisions(ONE_CUT_POINT, "decision_list")]
    assert any(text.startswith("Gedeputeerde Staten worden gevraagd") for text in texts)
