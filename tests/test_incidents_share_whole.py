"""The whole a share is taken of counts nothing of its own (incPrec, 2026-12-06): `57% van de
21 gevallen` (AV), `In 10 procent van de 160 meldingen` (AQ), the ten of a ratio in words
(`Negen van de tien keer`, AU). The counts the sentences before state stay. Each test quotes
the real lines."""

from __future__ import annotations

from datetime import date

from pipeline.incidents import extract_incident_counts
from tests.incident_facts import calendar_year as _year
from tests.incident_facts import document, figure_values, kind_facts

# texts249/cvae-klachten-2020-2021 (AV), lines 1, 3 and 5 (cut)
_CVAE = (
    "8e jaarrapportage Commissie van Aanbestedingsexperts. Aantal uitgebrachte adviezen "
    "verdubbeld\n\n"
    "In dit rapportagejaar (1 maart 2020 - 1 maart 2021) zijn iets minder klachten ingediend dan "
    "in de voorafgaande vier rapportagejaren. In het rapportagejaar werden namelijk 50 klachten "
    "ingediend tegenover 57, 53, 59 respectievelijk 57 in de vier jaren daarvoor.  In totaal zijn "
    "er dit rapportagejaar 42 adviezen uitgebracht. Dit is een verdubbeling ten opzichte van het "
    "vorige (zevende) rapportagejaar met 21 uitgebrachte adviezen. Ten tijde van de afronding van "
    "deze jaarrapportage had de Commissie nog 13 klachten in behandeling.\n\n"
    "Het aantal adviezen waarin de klacht geheel of gedeeltelijk gegrond is verklaard, is dit "
    "rapportagejaar licht gedaald. In 52% van de 42 uitgebrachte adviezen is de klacht geheel of "
    "gedeeltelijk gegrond verklaard. In het zevende rapportagejaar was dit nog 57% van de 21 "
    "gevallen, in het jaar daarvoor in 42% van de 38 gevallen."
)


def test_the_cases_a_percentage_is_of_are_no_count():
    # the report's date (its first reporting year's start) dates its years, as in the run
    doc = document(_CVAE, doc_type="other", doc_date=date(2020, 3, 1))
    values = {row["value"] for row in extract_incident_counts(doc)}
    assert 50.0 in values
    assert 21.0 not in values
    assert 38.0 not in values


# texts224/inspectie-szw-meldingen-arbeidsuitbuiting-2019-2020 (AQ), line 3
_SZW = (
    "Maar meer strafzaken kwamen er niet. In 2016 leidde nog ruim een kwart van de meldingen tot "
    "een opsporingsonderzoek, in 2019 nog maar 4 procent. Vorig jaar veerde dat iets op, volgens "
    "de inspectie. In 10 procent van de 160 meldingen loopt nu een onderzoek."
)


def test_the_reports_a_percentage_is_of_are_no_count():
    assert 160.0 not in figure_values(_SZW)


# texts245/cbs-brandweer-loos-alarm-2000 (AU), lines 1, 3 and 11
_CBS = (
    "Loos alarm bij brandweer neemt fors toe\n\n"
    "In 2000 heeft de gemeentelijke brandweer meer dan 140 duizend meldingen ontvangen. Het "
    "betreft 54 duizend keer een loos alarm, 47 duizend keer een brand en 40 duizend maal een "
    "hulpverlening.\n\n"
    "De forse toename van het aantal meldingen komt bijna geheel voor rekening van de loze "
    "alarmeringen. Deze meldingen zijn in tien jaar tijd verdubbeld. Negen van de tien keer "
    "betreft het loze brandmeldingen. Drie van de vier loze brandmeldingen zijn afkomstig van een "
    "brandmeldinstallatie."
)


def test_the_ten_of_a_ratio_in_words_is_no_count():
    facts = kind_facts(_CBS)
    assert (_year(2000), "other", 54000.0) in facts
    assert 10.0 not in {f[2] for f in facts}


def test_a_count_with_a_share_after_it_still_counts():
    """The negative: a count the share follows (`150 meldingen, 57% van de gevallen`) and a
    part before its whole (`150 van de 251 meldingen`, read by `_part_of_a_whole_after`)
    are no whole after a share."""
    text = (
        "Meer meldingen in 2023\n\nIn 2023 kwamen er 251 meldingen binnen. In 57% van de "
        "gevallen ging het om geluidsoverlast."
    )
    assert (_year(2023), "total", 251.0) in kind_facts(text)
