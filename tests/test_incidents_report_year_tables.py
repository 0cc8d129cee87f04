"""Tables that print no period of their own, in a text that reports on one year (gold rule
14: they take the reported year, the latest year the text writes beside a figure): a
one-row table flattened one cell per line under its row's label, whose column titled as
the report year's count (`Aantal verslagjaar`) counts the items the label names, and a
table of areas whose column of the whole (`Totaal`) gives each area's total. Each test
quotes a real text's lines (round AL and web169)."""

from __future__ import annotations

from tests.incident_facts import year_facts as _facts


def _lines(*cells: str) -> str:
    return "\n\n".join(cells)


#: the titles of each table of the Defensie annex, one per line
TITLES = (
    "Aantal verslagjaar",
    "Aantal afgedaan binnen (verdaagde) wettelijke termijn",
    "Percentage afgedaan binnen (verdaagde) wettelijke termijn",
)
DEFAULT = ("Aantal ontvangen ingebreke-stellingen", "Aantal betaalde dwangsommen")

# web202 `defensie-burgerbrieven-2018` (lines 3-57, 105): Rijksfinancien's copy of the
# annex 'Rapportage burgerbrieven', each table a label, its titles and one cell per title;
# the year only in the explanation below the tables
DEFENSIE_2018 = _lines(
    "BIJLAGE 6: RAPPORTAGE BURGERBRIEVEN",
    "Bezwaarschriften", *TITLES, *DEFAULT, "28", "4", "14,3%", "0", "(€) 0",
    "Klachten", *TITLES, "492", "462", "93,9%",
    "Wob-verzoeken", *TITLES, *DEFAULT, "136", "120", "88%", "15", "(€)",
    "Rijksoverheid – e-mailberichten en telefonie",
    "Aantal ontvangen via Rijksoverheid in verslagjaar", "Aantal doorgestuurd naar Defensie",
    "Percentage doorgestuurd naar Defensie", "9.740", "1.584", "16,26%",
    "Toelichting:",
    "Door het gebruik van (nieuwe) registratiesystemen is het mogelijk gebleken om over 2018"
    " nauwkeuriger te rapporteren ten aanzien van de ontvangen klachten en bezwaarschriften.",
    "Het percentage over de afgedane dossiers die in 2018 zijn gestart is 100%.",
)  # fmt: skip


def test_a_one_row_table_counts_its_label_s_items_in_the_report_year_column():
    facts = _facts(DEFENSIE_2018)
    assert {(2018, "total", 28.0, None), (2018, "total", 492.0, None)} <= facts
    assert (2018, "total", 136.0, None) in facts


def test_a_one_row_table_s_other_columns_and_an_unread_label_give_no_figure():
    values = {f[2] for f in _facts(DEFENSIE_2018)}
    # handled in time, notices of default, and the e-mails and calls forwarded
    assert not values & {4.0, 462.0, 120.0, 15.0, 9740.0, 1584.0}


def test_a_one_row_table_in_a_text_that_writes_no_year_gives_no_figure():
    text = DEFENSIE_2018.split("Toelichting:")[0]
    assert not {f for f in _facts(text) if f[2] in (28.0, 492.0, 136.0)}


# web202 `defensie-burgerbrieven-2016` (lines 63-85): the count glued to its footnote's
# mark (`2561`: 256 with mark 1), which the share of those handled in time contradicts
# (246 is 96 % of 256, not of 2561); the footnote's number `1` under the row, then its text
WOB_2016 = _lines(
    "BIJLAGE 6: RAPPORTAGE BURGERBRIEVEN 2016",
    "Wob-verzoeken", *TITLES, *DEFAULT, "2561", "246", "96%", "31", "€ 2.900", "1",
    "Het aantal Wob-verzoek is onder te verdelen in 175 reguliere Wob-verzoeken.",
)  # fmt: skip


def test_a_count_glued_to_its_footnote_s_mark_is_the_count_its_row_s_share_agrees_with():
    facts = _facts(WOB_2016)
    assert (2016, "total", 256.0, None) in facts
    assert not {f for f in facts if f[2] == 2561.0}


def test_a_count_its_row_s_share_contradicts_either_way_is_no_figure():
    text = WOB_2016.replace("96%", "50%")  # 246 is neither 50 % of 2561 nor of 256
    assert not {f for f in _facts(text) if f[2] in (2561.0, 256.0)}


# web169 `dierenambulance-leiden-ritten-2022-2023` (lines 4-10 and 24-55): a news item on
# 2023 against 2022, its table of rides per municipality flattened one cell per line
DIERENAMBULANCE = _lines(
    "Aantal ritten Dierenambulance groeit gestaag",
    "Het totaal aantal ritten nam toe van 5.272 in 2022 naar 5.346 in 2023.",
    "De ambulances maakten 4.674 ritten. 672 ritten werden door de transportauto uitgevoerd.",
    "Aantal ritten per gemeente", "Gemeente", "Totaal", "Huisdieren", "Wilde dieren",
    "Transportritten\n", "Katwijk", "776", "168", "519", "89",
    "Leiderdorp", "826", "192", "450", "184", "",
)  # fmt: skip


def test_a_table_of_areas_without_a_period_gives_each_area_s_total_in_the_reported_year():
    facts = _facts(DIERENAMBULANCE, doc_type="other")
    assert {(2023, "total", 776.0, "Katwijk"), (2023, "total", 826.0, "Leiderdorp")} <= facts
    # the kinds' columns (one of them the foundation's own transport rides) are not read
    assert not {f for f in facts if f[2] in (168.0, 519.0, 89.0, 192.0, 450.0, 184.0)}
