"""Complaints and reports residents file about nuisance others cause (noise and smell of
companies, a nuisance desk's reports): counted like any other item a person files, under the
subject the text's words give (the count convention settled in tests/gold/README.md on
2026-12-04, "reports of others' nuisance and residents' service reports are counted"). Each
text is a short excerpt of a real page of the web gold (the file named above each test, under
`/work/webprobe`), whitespace as printed; the expected records are the gold's."""

from __future__ import annotations

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import subject_facts


def _facts(text: str) -> set[tuple]:
    """The figures of a web page of no set type, with their subject."""
    return subject_facts(text, "other")


def test_environmental_complaints_under_their_title_are_counted():
    # texts59/odijmond-milieuklachten-2016 (jaarverslag.odijmond.nl): an environmental
    # service's page on the complaints residents file about companies
    text = (
        "Milieuklachten\n\nMilieuklachten\n\n"
        "Samen met andere instanties houden wij toezicht op de kwaliteit van het milieu in ons "
        "werkgebied. Hoewel onze medewerkers regelmatig controleren of bedrijven zich aan de "
        "milieuwetgeving houden, kan soms een situatie ontstaan waar inwoners hinder van "
        "ondervinden. Zij kunnen dit bij ons melden.\n\nTotalen\n\n"
        "In 2016 registreerden wij in totaal 677 klachten. Dat waren er exact 100 meer dan het "
        "voorgaande jaar."
    )
    assert _facts(text) == {("klacht", _year(2016), "total", 677.0, "count", None)}


def test_complaints_about_companies_registered_in_a_province_system_are_counted():
    # texts112/nijmegen-milieuklachten-2016-negatief (milieujaarverslagnijmegen.nl): the
    # head names the `milieuklachtenregistratiesysteem`; the figure printed twice is one
    text = (
        "Klachten\n\n"
        "•    Klachten worden geregistreerd in het milieuklachtenregistratiesysteem van de "
        "Provincie Gelderland.\n"
        "•    In 2016 zijn er in totaal 457 klachten geregistreerd.\n\n"
        "In 2016 zijn er in totaal 457 klachten geregistreerd. In principe worden klachten "
        "direct door de ODRN opgepakt. Het betreft hier voornamelijk klachten van "
        "geluidoverlast en stankhinder van bedrijven. Het aantal klachten in 2016 is ruim meer "
        "dan in 2015 (299 klachten), waarvoor geen duidelijke oorzaak is aan te wijzen."
    )
    assert _facts(text) == {
        ("klacht", _year(2016), "total", 457.0, "count", None),
        ("klacht", _year(2015), "total", 299.0, "count", None),
    }


def test_a_nuisance_desks_complaints_are_counted():
    # texts57/groningen-overlastmeldingen-2013 (oogtv.nl): the Meldpunt Overlast en Zorg
    text = (
        "Aantal overlastmeldingen stijgt\n\n"
        "Het aantal meldingen bij Meldpunt Overlast en Zorg is in 2012 gestegen ten opzichte "
        "van 2011. In 2012 kwamen er bijna 5000 klachten binnen, dat is 12% meer dan in 2011."
    )
    assert _facts(text) == {("klacht", _year(2012), "total", 5000.0, "count", None)}


def test_closed_reports_in_a_flattened_key_figure_table_are_no_intake():
    # texts155/prewonen-overlastmeldingen-2021-2022 (jaarverslag.prewonen.nl): a housing
    # corporation's key figures, one cell a line; reports closed are their handling
    text = (
        "Kengetallen Woonfraude\n\nRealisatie 2022\n\nRealisatie 2021\n\n"
        "Aantal nieuwe meldingen\n\n71\n\n173\n\n"
        "Aantal afgesloten meldingen\n\n106\n\n125\n\n"
        "Aantal afgesloten meldingen waar geen sprake was van woonfraude\n\n84\n\n94\n"
    )
    assert {(f[1], f[3]) for f in _facts(text)} == {(_year(2022), 71.0), (_year(2021), 173.0)}
