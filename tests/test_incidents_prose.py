"""Incident counts stated in running prose: the way privacy (FG) annual reports and news
items about them write figures. Each text is written for the test in the shape of such a
sentence (no third-party text)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.incidents import extract_incident_counts
from pipeline.incidents.organisations import _the_lead_area
from pipeline.incidents.records import _Sentence
from tests.incident_facts import Y2019, Y2020, Y2021, Y2022, calendar_year, month_span, text_facts
from tests.incident_facts import document as _report
from tests.incident_facts import fact as _fact


def _document(text: str, title: str = "", doc_date: date | None = None) -> dict:
    """A one-page document of no particular type (a news item, a note)."""
    return _report(text, title=title, doc_type="other", doc_date=doc_date)


def _facts(text: str, title: str = "", doc_date: date | None = None) -> set[tuple]:
    """The figures of a one-page document of no particular type."""
    return text_facts(text, "other", title=title, doc_date=doc_date)


def test_relative_years_resolved_against_the_documents_date():
    text = (
        "Het waterschap had vorig jaar met 52 datalekken te maken. Vorig jaar werden 48 "
        "incidenten intern gemeld, tegen 30 incidenten een jaar eerder."
    )
    facts = _facts(text, doc_date=date(2022, 3, 1))
    assert _fact(Y2021, "total", 52) in facts
    assert _fact(Y2021, "total", 48) in facts
    assert _fact(Y2020, "total", 30) in facts


def test_relative_years_need_a_dated_document():
    text = "Vorig jaar werden 48 datalekken gemeld, een jaar eerder 30 datalekken."
    assert _facts(text) == set()


def test_a_dating_stamp_on_the_first_line_dates_the_text():
    text = "Datum: maart 2023\n\nDe provincie meldde vorig jaar 14 datalekken."
    assert _facts(text) == {_fact(Y2022, "total", 14)}


def test_a_news_leads_one_year_without_a_figure_dates_the_figures_after_it():
    # the lead states the news for one year (relative or written); the figures follow
    # without a period of their own
    text = (
        "Bij het meldpunt kwamen vorig jaar meer meldingen van datalekken binnen. In totaal "
        "ging het om 61 datalekken, een jaar eerder waren het er 48."
    )
    facts = _facts(text, doc_date=date(2022, 5, 1))
    assert _fact(Y2021, "total", 61) in facts
    assert _fact(Y2020, "total", 48) in facts
    text = (
        "Nieuws\n\nHet waterschap heeft in 2021 zijn aanpak van datalekken verbeterd. Het "
        "waterschap registreerde 23 datalekken."
    )
    assert _fact(Y2021, "total", 23) in _facts(text)
    # a lead naming two years dates nothing after it
    text = (
        "Het waterschap verbeterde zijn aanpak van datalekken tussen 2020 en 2021. Het "
        "waterschap registreerde 23 datalekken."
    )
    assert _facts(text) == set()


def test_the_past_year_of_a_year_report_and_a_comparison_year_are_not_its_period():
    text = (
        "Jaaroverzicht datalekken 2021\n\n"
        "Net als in 2020 werden in het afgelopen jaar 25 datalekken gemeld."
    )
    assert _facts(text) == {_fact(Y2021, "total", 25)}


def test_parts_of_a_stated_total_take_the_kind_their_clause_names():
    text = (
        "Het college kreeg in 2021 met 40 datalekken te maken. Van de 40 datalekken ging "
        "het in 22 gevallen om een e-mail die naar de verkeerde ontvanger werd gestuurd. "
        "Bij vijf datalekken werden gegevens per ongeluk gepubliceerd en bij drie andere "
        "datalekken zagen inwoners gegevens van andere inwoners. Drie keer ging het om een "
        "gestolen laptop. Eén keer was er sprake van een virusaanval. In zes gevallen is de "
        "betrokkene geïnformeerd."
    )
    assert _facts(text) == {
        _fact(Y2021, "total", 40),
        _fact(Y2021, "wrong_recipient", 22),
        _fact(Y2021, "other", 5),
        _fact(Y2021, "wrong_data", 3),
        _fact(Y2021, "lost_device", 3),
        _fact(Y2021, "other", 1),
    }


def test_a_part_without_a_kind_is_no_total():
    text = (
        "Overzicht datalekken 2021\n\nBij 120 datalekken heeft de toezichthouder actie ondernomen."
    )
    assert _facts(text) == set()


def test_written_out_counts_before_their_noun_and_a_repeated_count_without_it():
    text = (
        "In 2021 zijn twaalf datalekken gemeld bij de Autoriteit Persoonsgegevens, "
        "vergelijkbaar met de negen een jaar eerder."
    )
    assert _facts(text) == {_fact(Y2021, "reported_to_ap", 12), _fact(Y2020, "reported_to_ap", 9)}


def test_counts_and_shares_in_brackets_after_the_kind_they_count():
    text = (
        "In 2021 registreerde de gemeente 30 datalekken. Het gaat onder meer om een "
        "virusaanval (4x), een brief aan het verkeerde adres (3x), leveranciers die "
        "onzorgvuldig met dossiers omgingen (5x) en medewerkers die een regel niet volgden "
        "(2x). In 2021 was het versturen van gegevens aan een verkeerde ontvanger het meest "
        "voorkomende type datalek (55% van de meldingen)."
    )
    assert _facts(text) == {
        _fact(Y2021, "total", 30),
        _fact(Y2021, "other", 4),
        _fact(Y2021, "wrong_recipient", 3),
        _fact(Y2021, "other", 5),
        _fact(Y2021, "wrong_recipient", 55, "percent"),
    }


def test_a_written_out_number_naming_incidents_in_passing_is_no_count():
    text = (
        "Overzicht datalekken 2021\n\n"
        "De wethouder sprak twee keer met de directie naar aanleiding van twee meldingen. "
        "Er werden vijf datalekken geregistreerd."
    )
    assert _facts(text) == {_fact(Y2021, "total", 5)}


def test_a_text_comparing_organisations_scopes_each_figure_to_its_own():
    text = (
        "Datalekken in Zwolle en Deventer\n\n"
        "Zwolle registreerde in 2021 in het totaal 21 datalekken. Het ging onder meer om "
        "een virusaanval (2x) en een brief aan het verkeerde adres (5x).\n\n"
        "Deventer noteerde in 2021 in het totaal 12 datalekken.\n\n"
        "Daarnaast werden in 2021 nog 7 datalekken gemeld."
    )
    assert _facts(text) == {
        _fact(Y2021, "total", 21, scope="Zwolle"),
        _fact(Y2021, "other", 2, scope="Zwolle"),
        _fact(Y2021, "wrong_recipient", 5, scope="Zwolle"),
        _fact(Y2021, "total", 12, scope="Deventer"),
        _fact(Y2021, "total", 7),
    }


def test_a_text_about_one_organisation_has_no_scope():
    text = "De gemeente Zwolle kreeg in 2021 met 21 datalekken te maken."
    assert _facts(text) == {_fact(Y2021, "total", 21)}


def test_a_part_after_waarvan_takes_the_kind_its_clause_names():
    text = (
        "In 2021 zijn 30 datalekken gemeld, waarvan 12 aan een verkeerde ontvanger. "
        "Hiervan zijn er vijf gemeld bij de Autoriteit Persoonsgegevens."
    )
    assert _facts(text) == {
        _fact(Y2021, "total", 30),
        _fact(Y2021, "wrong_recipient", 12),
        _fact(Y2021, "reported_to_ap", 5),
    }


def test_a_share_of_the_incidents_takes_the_one_kind_its_sentence_names():
    text = (
        "Jaarverslag datalekken 2021\n\n"
        "Bij 58% van de datalekken ging het om post voor een verkeerde ontvanger."
    )
    assert _facts(text) == {_fact(Y2021, "wrong_recipient", 58, "percent")}


def test_a_comparison_with_earlier_years_after_a_relative_year():
    text = "Vorig jaar werden er 52 datalekken gemeld, tegen 40 in 2020 en 38 in 2019."
    facts = _facts(text, doc_date=date(2022, 2, 1))
    assert facts == {
        _fact(Y2021, "total", 52),
        _fact(Y2020, "total", 40),
        _fact(Y2019, "total", 38),
    }


def test_shares_of_sectors_listed_with_their_percentages():
    text = (
        "In 2021 kwamen de meeste meldingen van datalekken uit de sectoren onderwijs (31%), "
        "zorg en welzijn (24 %) en openbaar bestuur (12%)."
    )
    assert _facts(text) == {
        _fact(Y2021, "total", 31, "percent", "onderwijs"),
        _fact(Y2021, "total", 24, "percent", "zorg en welzijn"),
        _fact(Y2021, "total", 12, "percent", "openbaar bestuur"),
    }


def test_a_frequency_is_no_part():
    text = (
        "Jaarverslag datalekken 2021\n\n"
        "Twee keer per jaar rapporteren wij de datalekken aan de Autoriteit Persoonsgegevens. "
        "Het aantal datalekken was drie keer zo hoog als in 2020."
    )
    assert _facts(text) == set()


def test_a_part_that_did_not_happen_is_no_figure():
    text = (
        "In 2021 zijn 30 datalekken gemeld. In vier gevallen is besloten niet te melden bij "
        "de Autoriteit Persoonsgegevens."
    )
    assert _facts(text) == {_fact(Y2021, "total", 30)}


def test_two_organisations_in_one_sentence_each_take_their_own_figure():
    text = (
        "De gemeente Arnhem meldde in 2021 30 datalekken; de gemeente Ede 25 datalekken. "
        "In 2021 registreerde de gemeente Zutphen 9 datalekken."
    )
    assert _facts(text) == {
        _fact(Y2021, "total", 30, scope="Arnhem"),
        _fact(Y2021, "total", 25, scope="Ede"),
        _fact(Y2021, "total", 9, scope="Zutphen"),
    }


def test_incidents_qualified_by_their_kind():
    text = (
        "Datalekken\n\n"
        "In 2021 waren er 3 incidenten met een gestolen laptop, 2 incidenten met malware "
        "en 4 incidenten met een onbekende oorzaak. Er zijn 33 meldingen met betrekking tot "
        "datalekken gedaan in 2021."
    )
    # the unknown cause is a part of no listed kind: not a total
    assert _facts(text) == {
        _fact(Y2021, "lost_device", 3),
        _fact(Y2021, "other", 2),
        _fact(Y2021, "total", 33),
    }


def test_a_written_out_count_compared_with_the_year_before():
    text = (
        "Jaaroverzicht datalekken 2021\n\n"
        "Er werden vijftien datalekken geregistreerd, tegen twaalf een jaar eerder."
    )
    assert _facts(text) == {_fact(Y2021, "total", 15), _fact(Y2020, "total", 12)}


def test_a_capital_at_the_start_of_a_sentence_names_no_organisation():
    text = (
        "De gemeente Zwolle registreerde in 2021 21 datalekken. "
        "Tevens registreerde Zwolle in 2021 4 beveiligingsincidenten."
    )
    assert _facts(text) == {_fact(Y2021, "total", 21), _fact(Y2021, "total", 4)}


def test_last_year_in_a_year_report_written_the_year_after_is_not_placed():
    text = (
        "Jaarverslag datalekken 2021\n\n"
        "In 2021 zijn 40 datalekken gemeld. Vorig jaar waren dat er 30 datalekken."
    )
    assert _facts(text, doc_date=date(2022, 3, 1)) == {_fact(Y2021, "total", 40)}
    assert _facts(text) == {_fact(Y2021, "total", 40)}


def test_common_kinds_named_in_prose():
    text = (
        "In 2021 zijn 20 datalekken gemeld. In zes gevallen ging een e-mail naar de verkeerde "
        "persoon, in vier gevallen zat er een verkeerde bijlage bij. Twee keer ging het om "
        "een zoekgeraakte brief en drie keer om een verloren usb-stick."
    )
    assert _facts(text) == {
        _fact(Y2021, "total", 20),
        _fact(Y2021, "wrong_recipient", 6),
        _fact(Y2021, "wrong_data", 4),
        _fact(Y2021, "lost_letter", 2),
        _fact(Y2021, "lost_device", 3),
    }


def test_thousands_separators_and_four_digit_counts():
    text = (
        "Jaarrapportage datalekken 2018\nIn 2018 zijn 20.881 datalekken geregistreerd. In "
        "januari 2018 waren het 2600 meldingen. In 2019 meldingen bleef het rustig."
    )
    rows = extract_incident_counts(_document(text, title="Jaarrapportage datalekken 2018"))
    assert sorted((r["period_start"].month, r["period_end"].month, r["value"]) for r in rows) == [
        (1, 1, 2600.0),
        (1, 12, 20881.0),
    ]


def test_figures_sharing_a_noun_paired_with_months_respectively():
    text = (
        "Rapportage datalekken 2019\nIn oktober 2019 ontvingen wij 26 meldingen, gevolgd door "
        "31 en 36 meldingen in respectievelijk november en december."
    )
    rows = extract_incident_counts(_document(text, title="Rapportage datalekken 2019"))
    assert [(r["period_start"].month, r["value"]) for r in rows] == [
        (10, 26.0), (11, 31.0), (12, 36.0),
    ]  # fmt: skip


def test_a_rough_figure_only_where_no_exact_one_states_the_same():
    alone = "Jaarverslag privacy 2019\nIn 2019 zijn bijna 270 datalekken geregistreerd."
    rows = extract_incident_counts(_document(alone, title="Jaarverslag privacy 2019"))
    assert [(r["category"], r["value"]) for r in rows] == [("total", 270.0)]
    both = alone + " In 2019 waren het er precies 268 datalekken."
    rows = extract_incident_counts(_document(both, title="Jaarverslag privacy 2019"))
    assert [(r["category"], r["value"]) for r in rows] == [("total", 268.0)]


def test_places_compared_in_a_text_scope_their_figures():
    text = (
        "In Gelderland waren er in 2021 20 datalekken. Alleen in Overijssel en Zeeland "
        "waren er meer datalekken, respectievelijk 24 en 22. In totaal waren er in 2021 "
        "70 datalekken."
    )
    assert _facts(text) == {
        _fact(Y2021, "total", 20, scope="Gelderland"),
        _fact(Y2021, "total", 24, scope="Overijssel"),
        _fact(Y2021, "total", 22, scope="Zeeland"),
        _fact(Y2021, "total", 70),
    }


def test_areas_named_after_their_head_noun_scope_their_figures():
    # `de politiezone Oost`: the area's name without its lower-case head noun, as after
    # `gemeente`; a text comparing such areas scopes each figure to its own
    text = (
        "Klachten over de politie\n\n"
        "In de politiezone Oost steeg het aantal klachten van 40 in 2020 naar 52 in 2021. "
        "Ook de politiezone Haven kent een toename, van 33 klachten in 2020 naar 37 in 2021."
    )
    assert _facts(text) == {
        _fact(Y2020, "total", 40, scope="Oost"),
        _fact(Y2021, "total", 52, scope="Oost"),
        _fact(Y2020, "total", 33, scope="Haven"),
        _fact(Y2021, "total", 37, scope="Haven"),
    }


def test_a_group_of_organisations_that_counts_is_its_figures_scope():
    # `Waterschappen hebben ... geregistreerd`, `ontvingen twaalf hogescholen`: a sum over
    # the group carries it as printed, its number kept, an adjective before it left out
    text = (
        "Datalekken bij de overheid\n\n"
        "Landelijke waterschappen hebben in 2021 in totaal 214 datalekken geregistreerd. "
        "In 2020 meldden twaalf hogescholen 96 datalekken."
    )
    assert _facts(text) == {
        _fact(Y2021, "total", 214, scope="waterschappen"),
        _fact(Y2020, "total", 96, scope="twaalf hogescholen"),
    }


def test_the_one_group_a_text_counts_scopes_its_other_figures_too():
    # the group counts its items in one sentence: the text's other figures are its sums
    # too; a text naming a second group beside it gets no text-wide scope
    text = (
        "Datalekken bij waterschappen\n\n"
        "Waterschappen hebben in 2021 in totaal 214 datalekken geregistreerd. In 2020 ging "
        "het om 180 datalekken."
    )
    assert _facts(text) == {
        _fact(Y2021, "total", 214, scope="waterschappen"),
        _fact(Y2020, "total", 180, scope="waterschappen"),
    }
    two_groups = text + " Ook provincies noemen hun datalekken."
    assert _fact(Y2020, "total", 180) in _facts(two_groups)


def test_a_group_of_organisations_receiving_the_items_is_their_scope():
    # texts66/vlaamse-klachten-2019 line 5: the group after `bij` received the complaints,
    # named with its proper adjective; the text's other figures are its sums too (rule 1)
    text = (
        "Aantal ontvankelijke eerstelijnsklachten\n\n"
        "In 2019 werden 103.814 klachten ingediend bij de Vlaamse overheidsdiensten. Het "
        "aantal klachten is sterk toegenomen tussen 2009 en 2019. In 2009 waren er 40.295 "
        "klachten. Dit aantal steeg tot 74.233 in 2018 en 103.814 in 2019."
    )
    group = "vlaamse overheidsdiensten"
    assert _facts(text) == {
        _fact(Y2019, "total", 103814, scope=group),
        _fact(calendar_year(2009), "total", 40295, scope=group),
        _fact(calendar_year(2018), "total", 74233, scope=group),
    }


def test_a_group_named_where_the_items_arose_keeps_its_number():
    # texts155/nrc-waterschappen-integriteit-2015-2018 lines 1, 5 and 11: `speelden bij de 21
    # waterschappen`; a group listed with another is neither's
    text = (
        " date 2019-03 Hekkelspecie noemen ze het.\n\n"
        "De kwestie rond de milieu-inspecteur is een van de 103 integriteitskwesties die de "
        "afgelopen vier jaren speelden bij de 21 waterschappen in Nederland, zo blijkt uit "
        "cijfers die NRC met een beroep op de Wet openbaarheid van bestuur (Wob) opvroeg.\n\n"
        "Het relatieve aantal integriteitskwesties ligt bij waterschappen iets hoger dan bij "
        "provincies en grote gemeenten, waar NRC eerder gegevens opvroeg."
    )
    years = (date(2015, 1, 1), date(2018, 12, 31))
    assert _facts(text) == {_fact(years, "total", 103, scope="21 waterschappen")}
    listed = text.replace("bij de 21 waterschappen", "bij de waterschappen en provincies")
    assert _facts(listed) == {_fact(years, "total", 103)}


def test_a_dating_stamp_before_the_lead_leaves_its_first_place_its_start():
    # ` date 2022-03 In Zwolle werden ...`: the stamp is masked, and the place still opens
    # the lead's sentence, so it scopes the figure as in any other sentence
    text = (
        " date 2022-03 In Zwolle werden in 2021 in totaal 31 datalekken gemeld. "
        "De gemeente Deventer telde in 2021 12 datalekken."
    )
    assert _facts(text) == {
        _fact(Y2021, "total", 31, scope="Zwolle"),
        _fact(Y2021, "total", 12, scope="Deventer"),
    }


def test_a_unit_ranked_first_by_its_count_is_that_counts_scope():
    # `X was koploper met N meldingen`: a count after `met` (no difference: no change word
    # before it), and the ranking's subject, without its article, is its unit; the sum
    # received `bij de gemeenten` is that group's (gold rule 1)
    text = (
        "Meldingen van discriminatie\n\n"
        "In 2021 kwamen er bij de gemeenten 640 meldingen binnen. Het Stadsdeel Noord was "
        "'koploper' met 85 meldingen. Oosterpark staat op de tweede plaats met 41 meldingen."
    )
    assert _facts(text) == {
        _fact(Y2021, "total", 640, scope="gemeenten"),
        _fact(Y2021, "total", 85, scope="Stadsdeel Noord"),
        _fact(Y2021, "total", 41, scope="Oosterpark"),
    }


def test_a_place_describing_a_noun_is_no_unit():
    text = (
        "De gemeente Zwolle, een van de grotere gemeenten in Overijssel, kreeg in 2021 met "
        "21 datalekken te maken."
    )
    assert _facts(text) == {_fact(Y2021, "total", 21)}


def test_an_organisation_named_after_its_verb_and_by_its_initials():
    # `ontving de AP` and `de Autoriteit Persoonsgegevens` are one organisation: no scope
    text = (
        "In 2021 ontving de AP 2500 meldingen van datalekken. Ook in 2022 ontving de "
        "Autoriteit Persoonsgegevens 2400 meldingen."
    )
    assert {fact[-1] for fact in _facts(text)} == {None}
    compared = (
        "In 2021 meldde Zwolle 21 datalekken. Registreerde Deventer in 2021 nog 12 datalekken?"
    )
    assert _facts(compared) == {
        _fact(Y2021, "total", 21, scope="Zwolle"),
        _fact(Y2021, "total", 12, scope="Deventer"),
    }


def test_an_undated_relative_year_after_a_figure_does_not_take_the_year_before_it():
    text = (
        "Het aantal datalekken stijgt. In 2019 ging het om 40 meldingen, gevolgd door 45 "
        "meldingen in 2020 en 52 meldingen vorig jaar."
    )
    assert _facts(text) == {
        _fact(Y2019, "total", 40),
        _fact(Y2020, "total", 45),
    }


def test_leaks_told_to_the_data_subjects_are_no_total():
    text = (
        "In 2021 werden 30 datalekken geregistreerd. Daarnaast werden 12 datalekken gemeld "
        "aan de betrokkenen."
    )
    assert _facts(text) == {_fact(Y2021, "total", 30)}


def test_a_bracketed_figure_after_a_compared_year_is_that_years():
    text = (
        "Datalekken\n\nIn 2022 werden 231 meldingen gedaan. Het aantal datalekken is licht "
        "gedaald ten opzichte van 2021 (253). In 2020 werden 40 lekken gemeld."
    )
    assert _facts(text) == {
        _fact(Y2022, "total", 231),
        _fact(Y2021, "total", 253),
        _fact(Y2020, "total", 40),
    }


def test_a_count_restated_with_waren_dat_er_keeps_the_category_of_the_sentence_before():
    text = (
        "Het waterschap meldde in 2020 12 datalekken aan de Autoriteit Persoonsgegevens. "
        "In 2021 waren dat er 17, in 2022 nog 9."
    )
    facts = _facts(text, doc_date=date(2023, 3, 1))
    assert _fact(Y2021, "reported_to_ap", 17) in facts
    assert _fact(Y2022, "reported_to_ap", 9) in facts
    assert not any(f[2] == "total" for f in facts)


Q3_2020 = month_span(2020, 7, 9)


def test_the_aps_own_intake_is_a_total_not_a_report_to_the_ap():
    text = "De Autoriteit Persoonsgegevens ontving in 2021 bijna 25.000 meldingen van datalekken."
    assert _facts(text) == {_fact(Y2021, "total", 25000)}
    reported = "De provincie heeft in 2021 14 datalekken gemeld bij de AP."
    assert _facts(reported) == {_fact(Y2021, "reported_to_ap", 14)}


def test_notifications_to_the_ap_broken_down_by_sector_are_its_intake():
    text = (
        "In 2020 zijn er 24.000 datalekken gemeld bij de AP. De meeste meldingen kwamen uit "
        "de sectoren zorg (30%) en onderwijs (12%)."
    )
    assert _facts(text) == {
        _fact(Y2020, "total", 24000),
        _fact(Y2020, "total", 30, "percent", "zorg"),
        _fact(Y2020, "total", 12, "percent", "onderwijs"),
    }


def test_a_news_item_on_one_quarter_dates_its_other_figures_in_that_quarter():
    text = (
        "Bij de AP kwamen in het derde kwartaal van 2020 5.100 datalekmeldingen binnen. In 38% "
        "van de gevallen ging het om gegevens die bij de verkeerde ontvanger terechtkwamen."
    )
    assert _facts(text) == {
        _fact(Q3_2020, "total", 5100),
        _fact(Q3_2020, "wrong_recipient", 38, "percent"),
    }


def test_shares_of_a_sectors_parts_listed_after_links_take_the_parts_name():
    text = (
        "In 2021 ontving de AP 1.234 datalekmeldingen uit de sector onderwijs. Binnen de "
        "sector onderwijs kwamen de meeste meldingen van hogescholen (41%), gevolgd door de "
        "universiteiten (35%) en mbo-instellingen (20%)."
    )
    assert _facts(text) == {
        _fact(Y2021, "total", 1234, scope="onderwijs"),
        _fact(Y2021, "total", 41, "percent", "hogescholen"),
        _fact(Y2021, "total", 35, "percent", "universiteiten"),
        _fact(Y2021, "total", 20, "percent", "mbo-instellingen"),
    }


def test_a_count_for_a_sector_named_as_a_compound_takes_the_sector():
    text = "In 2020 ontving de AP 2.345 meldingen van datalekken in de onderwijssector."
    assert _facts(text) == {_fact(Y2020, "total", 2345, scope="onderwijs")}


def test_the_number_of_leaks_of_one_kind_takes_that_kind():
    text = (
        "Het aantal gemelde datalekken door phishing steeg van 210 in 2020 naar 260 in 2021. "
        "In 2021 waren 90 datalekken het gevolg van ransomware."
    )
    assert _facts(text) == {
        _fact(Y2020, "other", 210),
        _fact(Y2021, "other", 260),
        _fact(Y2021, "other", 90),
    }


def test_a_news_item_on_an_annual_report_takes_the_reports_year():
    text = (
        "Dat schrijft het waterschap in zijn jaarverslag over 2022. Vorig jaar werden 48 "
        "datalekken geregistreerd. In totaal werden er 12 datalekken bij de AP gemeld."
    )
    assert _facts(text) == {_fact(Y2022, "total", 48), _fact(Y2022, "reported_to_ap", 12)}


@pytest.mark.parametrize("caption", ["Tabel 44", "Figuur 12", "Grafiek 3"])
def test_a_captions_number_is_no_count(caption: str):
    text = f"Jaarverslag 2022\n\n{caption} Datalekken\n\nIn 2022 werden 48 datalekken gemeld."
    assert _facts(text) == {_fact(Y2022, "total", 48)}


def test_a_part_of_a_total_after_daarvan_werden_er_is_reported_to_the_ap():
    text = (
        "In 2021 registreerde het agentschap 2.400 meldingen van datalekken. Daarvan werden "
        "er 1150 doorgestuurd naar de Autoriteit Persoonsgegevens."
    )
    assert _facts(text) == {_fact(Y2021, "total", 2400), _fact(Y2021, "reported_to_ap", 1150)}


def test_a_confirmed_count_and_the_part_after_daarvan_are_two_clauses():
    text = (
        "In 2021 ging het om 312 bevestigde datalekken en daarvan moesten er 40 bij de AP "
        "worden gemeld."
    )
    assert _facts(text) == {_fact(Y2021, "total", 312), _fact(Y2021, "reported_to_ap", 40)}


def test_a_sum_over_a_group_of_organisations_takes_the_group_and_a_member_its_name():
    text = (
        "Diverse ministeries kregen in 2021 met datalekken te maken. In totaal ging het om "
        "410 lekken.\n\nHet ministerie van Infrastructuur en Waterstaat noteerde 97 "
        "datalekken in 2021."
    )
    assert _facts(text) == {
        _fact(Y2021, "total", 410, scope="ministeries"),
        _fact(Y2021, "total", 97, scope="Infrastructuur en Waterstaat"),
    }


def test_a_headline_figure_restated_for_compared_organisations_is_theirs():
    text = (
        "42 datalekken\n\nBij de gemeenten Oss en Uden zijn in 2020 in totaal 42 datalekken "
        "geconstateerd. Oss noteerde in 2020 25 datalekken."
    )
    assert _facts(text) == {
        _fact(Y2020, "total", 42, scope="Oss en Uden"),
        _fact(Y2020, "total", 25, scope="Oss"),
    }


def test_this_year_is_the_year_the_text_was_written():
    text = (
        "Datum: oktober 2021\n\nDit jaar zijn er tot nu toe 28 datalekken gemeld. In de "
        "eerste negen maanden van dit jaar ontving de AP 19.000 datalekmeldingen."
    )
    assert _facts(text) == {
        _fact(Y2021, "total", 28),
        _fact((date(2021, 1, 1), date(2021, 9, 30)), "total", 19000),
    }


def test_this_year_in_an_undated_text_places_no_figure():
    text = (
        "In 2022 meldde de dienst 40 datalekken bij de AP. Dit jaar zijn er tot nu toe drie "
        "datalekken gemeld bij de AP."
    )
    assert _facts(text) == {_fact(Y2022, "reported_to_ap", 40)}


def test_a_half_year_of_this_year_and_the_first_months_of_a_year():
    text = (
        "Datum: september 2020\n\nIn de eerste helft van dit jaar kreeg de AP 11.500 "
        "meldingen van datalekken binnen, in de eerste vijf maanden van 2019 waren het er 9.100."
    )
    assert _facts(text) == {
        _fact((date(2020, 1, 1), date(2020, 6, 30)), "total", 11500),
        _fact((date(2019, 1, 1), date(2019, 5, 31)), "total", 9100),
    }


def test_a_share_of_counted_municipalities_is_no_share_of_the_leaks():
    text = (
        "In 2021 hebben 150 van de 350 gemeenten (43 procent) een datalek gemeld bij de "
        "Autoriteit Persoonsgegevens."
    )
    assert _facts(text) == set()


def test_how_many_times_the_ap_was_told_of_a_leak_is_its_intake():
    text = (
        "In 2023 kreeg de Autoriteit Persoonsgegevens ruim 21,300 keer een datalekmelding "
        "binnen. In 2022 klopten organisaties 20.100 keer aan bij de AP."
    )
    assert _facts(text) == {
        _fact(calendar_year(2023), "total", 21300),
        _fact(Y2022, "total", 20100),
    }


def test_a_clause_opened_by_toen_is_about_the_period_named_before_it():
    text = (
        "Datum: november 2022\n\nHet aantal datalekmeldingen valt dit jaar lager uit dan "
        "vorig jaar, toen werd de AP 24.000 keer over een datalek ingelicht."
    )
    assert _facts(text) == {_fact(Y2021, "total", 24000)}


def test_a_span_of_years_is_one_period():
    text = (
        "De dienst heeft van 2017 tot en met 2021 in totaal 310 datalekken gemeld bij de "
        "Autoriteit Persoonsgegevens. Tussen 2019 en 2021 werden 95 datalekken gemeld."
    )
    assert _facts(text) == {
        _fact((date(2017, 1, 1), date(2021, 12, 31)), "reported_to_ap", 310),
        _fact((date(2019, 1, 1), date(2021, 12, 31)), "total", 95),
    }


def test_a_sum_takes_the_period_of_the_sentence_before_it_ended_by_a_particle():
    text = (
        "Bij de provincie kwam een datalek in de jaren van 2018 tot en met 2020 vaak voor. "
        "In totaal komt dat neer op 74 datalekken."
    )
    assert _facts(text) == {_fact((date(2018, 1, 1), date(2020, 12, 31)), "total", 74)}


def test_a_difference_with_the_year_before_is_no_count():
    text = (
        "In 2022 meldde het agentschap 31 datalekken bij de AP. In 2022 zijn er 12 meldingen "
        "van een datalek bij de AP minder gedaan dan in 2021."
    )
    assert _facts(text) == {_fact(Y2022, "reported_to_ap", 31)}
    more = "In 2021 werden 40 datalekken gemeld en dat is meer dan in 2020."
    assert _facts(more) == {_fact(Y2021, "total", 40)}


def test_signals_about_possible_leaks_are_counted():
    text = "Het fonds kreeg in 2021 845 signalen over mogelijke datalekken."
    assert _facts(text) == {_fact(Y2021, "total", 845)}


def test_a_number_of_years_is_no_period_but_a_sum_of_the_years_listed_is_theirs():
    text = (
        "In vier jaar tijd werden er 200 datalekken gemeld. In 2018 meldde de dienst 35 "
        "datalekken aan de AP. In 2019 waren dat er 48, in 2020 55 en in 2021 62. In totaal "
        "zijn dat 200 datalekken in vier jaar tijd."
    )
    facts = _facts(text)
    assert _fact((date(2018, 1, 1), date(2021, 12, 31)), "reported_to_ap", 200) in facts
    assert not any(f[3] == 200 and f[2] == "total" for f in facts)


def test_cases_that_were_leaks_count_the_leaks():
    text = (
        "In 2021 kreeg de dienst 140 meldingen van mogelijke datalekken. In 96 gevallen was er "
        "daadwerkelijk sprake van een datalek."
    )
    assert _facts(text) == {_fact(Y2021, "total", 140), _fact(Y2021, "total", 96)}


def test_the_first_months_of_an_unnamed_year_place_no_figure():
    text = (
        "In de eerste vier maanden kwamen er bij de AP 410 meldingen van datalekken binnen. "
        "In 2020 ging het om 1.250 datalekken."
    )
    assert _facts(text) == {_fact(Y2020, "total", 1250)}


def test_sector_shares_in_a_sentence_after_the_one_naming_the_notifications():
    text = (
        "In 2021 ontving de AP 25.000 meldingen van datalekken uit alle sectoren, een kwart "
        "uit de zorg. "
        "Daarna volgen de financiële sector (19%) en het openbaar bestuur (16%)."
    )
    assert _facts(text) == {
        _fact(Y2021, "total", 25000),
        _fact(Y2021, "total", 19, "percent", "financiële sector"),
        _fact(Y2021, "total", 16, "percent", "openbaar bestuur"),
    }


def test_a_count_restated_with_dat_er_after_another_years_count():
    text = "Waren er in 2020 nog 40 datalekken, in 2021 waren dat er 52."
    assert _facts(text) == {_fact(Y2020, "total", 40), _fact(Y2021, "total", 52)}


def test_a_written_out_count_restated_for_another_period():
    text = (
        "In 2022 zijn vijf datalekken bij de AP gemeld. Dat waren er een jaar eerder nog "
        "twee. Het waterschap registreerde in 2022 30 datalekken. Dat waren er in 2020 nog elf."
    )
    assert _facts(text) == {
        _fact(Y2022, "reported_to_ap", 5),
        _fact(Y2021, "reported_to_ap", 2),
        _fact(Y2022, "total", 30),
        _fact(Y2020, "total", 11),
    }


def test_a_written_out_number_of_leaks_found_is_a_count():
    text = "In 2021 werden er bij de gemeente dertien datalekken ontdekt."
    assert _facts(text) == {_fact(Y2021, "total", 13)}


def test_sectors_listed_before_respectively_take_its_shares_in_order():
    text = (
        "De AP ontving in 2021 25.000 meldingen van datalekken; de financiële sector meldde "
        "de meeste (30 procent). De zorg en het onderwijs volgen met respectievelijk 22 "
        "procent en 9 procent van de meldingen. Gemeenten en provincies volgen met "
        "respectievelijk 7 procent, 3 procent en 1 procent."
    )
    facts = _facts(text)
    assert _fact(Y2021, "total", 30, "percent", "financiële sector") in facts  # not `meeste`
    assert _fact(Y2021, "total", 22, "percent", "zorg") in facts
    assert _fact(Y2021, "total", 9, "percent", "onderwijs") in facts
    assert not {f for f in facts if f[3] in (7.0, 3.0, 1.0)}  # three shares, two names


def test_two_years_and_two_figures_joined_by_en_pair_in_order():
    text = "In 2020 en 2021 waren er 40 en 50 datalekken bij de gemeente."
    assert _facts(text) == {_fact(Y2020, "total", 40), _fact(Y2021, "total", 50)}


def test_a_share_that_took_place_in_a_sector_takes_the_sector():
    text = (
        "In 2023 ontving de AP 25.000 meldingen van datalekken, 31 procent vond plaats in de "
        "zorg. De sector onderwijs volgt op afstand met 9 procent van de meldingen."
    )
    assert _facts(text) == {
        _fact(calendar_year(2023), "total", 25000),
        _fact(calendar_year(2023), "total", 31, "percent", "zorg"),
    }


def test_a_count_restated_for_the_year_before_after_toen():
    text = (
        "Datum: maart 2023\n\nDe AP ontving vorig jaar bijna 21.000 meldingen van datalekken, "
        "meer dan het jaar daarvoor toen het er nog 19.500 waren."
    )
    assert _facts(text) == {_fact(Y2022, "total", 21000), _fact(Y2021, "total", 19500)}


def test_a_report_citing_another_years_report_is_not_dated_by_it():
    text = (
        "Zoals in het jaarverslag over 2020 beschreven, nemen we maatregelen. Er werden 44 "
        "datalekken gemeld."
    )
    assert text_facts(text) == set()


def test_an_organisation_notifying_leaks_itself_reports_them_to_the_ap():
    text = (
        "Het waterschap heeft in 2021 14 keer melding gedaan van een datalek. In 2020 meldde "
        "de organisatie nog 9 datalekken. Ziekenhuizen hebben in 2021 304 keer melding "
        "gemaakt van een datalek."
    )
    assert _facts(text) == {_fact(Y2021, "reported_to_ap", 14), _fact(Y2020, "reported_to_ap", 9)}


def test_a_kind_named_as_an_example_does_not_name_the_shares_kind():
    text = (
        "In 2022 ontving de toezichthouder 400 datalekmeldingen. In 20% van de gevallen ging "
        "het om een datalek met een bijlage in een e-mail, zoals versturen aan een verkeerde "
        "ontvanger."
    )
    assert {f[2] for f in _facts(text)} == {"total"}


def test_one_figure_for_both_of_two_periods_is_not_placed_in_either():
    text = (
        "In 2023 kreeg de toezichthouder 9.000 datalekmeldingen binnen. Dat is minder dan in "
        "zowel 2022 als 2021 (beide 9.500)."
    )
    assert {f[3] for f in _facts(text)} == {9000.0}


def test_one_figure_for_both_of_the_periods_listed_before_its_bracket_is_each_ones():
    text = (
        "In 2024 kreeg de toezichthouder 9.000 datalekmeldingen binnen. Het aantal "
        "datalekmeldingen lag daarmee lager dan in zowel 2023 als 2022 (beide 9.500). In het "
        "eerste kwartaal van 2023 en 2022 (beide 2.100) was het aantal datalekken gelijk."
    )
    h1 = [(date(y, 1, 1), date(y, 3, 31)) for y in (2023, 2022)]
    assert _facts(text) == {
        _fact(calendar_year(2024), "total", 9000),
        _fact(calendar_year(2023), "total", 9500),
        _fact(Y2022, "total", 9500),
        _fact(h1[0], "total", 2100),
        _fact(h1[1], "total", 2100),
    }


def test_one_figure_for_one_period_written_as_both_is_not_placed():
    text = "Het aantal datalekken lag in 2023 lager dan in 2022 (beide 9.500)."
    assert _facts(text) == set()


def test_a_pipe_table_under_a_caption_of_kinds_and_one_period_reads_each_kind():
    text = (
        "De toezichthouder kreeg in 2023 ruim 20.000 datalekmeldingen.\n"
        "Datalekmeldingen naar type incident, 2e helft 2023 | |\n"
        "Soort | Aantal |\n"
        "Verkeerde ontvanger | 5100 |\n"
        "Pakket zoekgeraakt bij bezorger | 900 |\n"
        "Overig | 2000 |\n"
        "Bron: toezichthouder | |\n"
    )
    h2 = (date(2023, 7, 1), date(2023, 12, 31))
    facts = _facts(text)
    assert _fact(h2, "wrong_recipient", 5100) in facts
    assert _fact(h2, "other", 900) in facts
    assert _fact(h2, "other", 2000) in facts


def test_a_pipe_table_under_a_caption_that_names_no_kinds_is_not_read_as_kinds():
    text = (
        "In 2023 ontving de dienst 300 datalekmeldingen.\n"
        "Afhandeling datalekken 2023 | |\n"
        "Gemiddelde doorlooptijd in dagen | 12 |\n"
    )
    assert {f[3] for f in _facts(text)} == {300.0}


def test_round_numbers_written_as_one_word_are_figures():
    text = (
        "Vorig jaar ontving de dienst meer dan vierduizend signalen over mogelijke datalekken. "
        "In 2021 werden negentig datalekken gemeld bij de AP."
    )
    facts = _facts(text, doc_date=date(2022, 3, 1))
    assert _fact(Y2021, "total", 4000) in facts
    assert _fact(Y2021, "reported_to_ap", 90) in facts


def test_cases_of_a_stated_total_take_the_kind_their_clause_names():
    text = (
        "Van 2019 tot en met 2021 kwam het vaak voor. In totaal komt dat neer op 90 datalekken. "
        "Van de 90 datalekken waren volgens de dienst 33 gevallen ernstig genoeg om te melden "
        "aan de AP."
    )
    span = (date(2019, 1, 1), date(2021, 12, 31))
    facts = _facts(text)
    assert _fact(span, "total", 90) in facts
    assert _fact(span, "reported_to_ap", 33) in facts


def test_such_a_leak_refers_to_the_kind_the_sentence_before_names():
    text = (
        "In 2021 ontving de dienst 500 datalekmeldingen. Het meest voorkomende type datalek was "
        "het versturen van persoonsgegevens aan de verkeerde ontvanger. 40% van de meldingen had "
        "betrekking op een dergelijk datalek."
    )
    assert _fact(Y2021, "wrong_recipient", 40, "percent") in _facts(text)


def test_such_cases_of_several_kinds_take_no_kind():
    text = (
        "In 2021 ontving de dienst 500 datalekmeldingen, over hacking of een verloren laptop. "
        "30% van de meldingen betrof een dergelijk geval."
    )
    assert {f[2] for f in _facts(text)} == {"total"}


def test_a_leak_table_flattened_one_cell_per_line_reads_each_year_column():
    text = (
        "Datalekken\n\n2021\n\n2022\n\nTotaal aantal meldingen\n\n40\n\n52\n\n"
        "Verkeerde ontvanger\n\n21\n\n30\n\nGemiddelde doorlooptijd\n\n12\n\n9\n\n"
        "Toelichting bij de tabel."
    )
    facts = text_facts(text)
    assert facts == {
        _fact(Y2021, "total", 40),
        _fact(Y2022, "total", 52),
        _fact(Y2021, "wrong_recipient", 21),
        _fact(Y2022, "wrong_recipient", 30),
    }


def test_a_leak_pipe_table_of_organisations_scopes_each_row():
    text = (
        "Datalekken bij de gemeenten\n"
        "Gemeente | 2021 | 2022 |\n"
        "Noorddorp | 12 | 15 |\n"
        "Zuidstad | 30 | 28 |\n"
    )
    facts = text_facts(text, "other")
    assert facts == {
        _fact(Y2021, "total", 12, scope="Noorddorp"),
        _fact(Y2022, "total", 15, scope="Noorddorp"),
        _fact(Y2021, "total", 30, scope="Zuidstad"),
        _fact(Y2022, "total", 28, scope="Zuidstad"),
    }


def test_a_figure_in_brackets_after_a_compared_year_is_that_years():
    text = (
        "In 2021 zijn 40 datalekken gemeld, minder dan in 2020 (52). "
        "In 2021 werden 12 datalekken gemeld bij de AP. Dat is meer dan in 2020 (9)."
    )
    facts = _facts(text)
    assert _fact(Y2021, "total", 40) in facts
    assert _fact(Y2020, "total", 52) in facts
    assert _fact(Y2020, "reported_to_ap", 9) in facts


def test_a_written_count_in_a_clause_saying_how_many_there_were():
    assert _facts("In 2022 was sprake van zeven datalekken.") == {
        (date(2022, 1, 1), date(2022, 12, 31), "total", 7.0, "count", None)
    }
    assert _facts("In 2021 waren er twaalf datalekken.") == {
        (date(2021, 1, 1), date(2021, 12, 31), "total", 12.0, "count", None)
    }
    # a text naming only `meldingen` is about reports of any kind, no data leaks
    rows = extract_incident_counts(
        _document("Naar aanleiding van twee meldingen in 2022 is beleid gemaakt.")
    )
    assert {r["subject"] for r in rows} <= {"voorval"}


def test_the_ap_named_without_its_last_letter_is_the_ap():
    text = (
        "In 2021 waren er acht datalekken, hiervan zijn er drie gemeld aan de Autoriteit "
        "Persoonsgegeven (AP)."
    )
    assert _facts(text) == {_fact(Y2021, "total", 8), _fact(Y2021, "reported_to_ap", 3)}


def test_a_sentence_restating_the_one_before_with_a_count_takes_its_year():
    text = (
        "Bij de provincie zijn vorig jaar meer datalekken gemeld dan ooit. Het ging om 48 "
        "datalekken tegenover 30 een jaar eerder."
    )
    facts = _facts(text, doc_date=date(2021, 3, 1))
    assert facts == {_fact(Y2020, "total", 48), _fact(Y2019, "total", 30)}


def test_the_ap_named_before_a_bracketed_count_is_no_unit_compared():
    text = (
        "In 2021 zijn 40 datalekken gemeld. Daarvan zijn er gemeld bij de Autoriteit "
        "Persoonsgegevens (12) en bij de Inspectie (3)."
    )
    assert _fact(Y2021, "reported_to_ap", 12) in _facts(text)


def test_a_reports_dateline_is_no_section_heading_with_a_period_of_its_own():
    text = (
        "Jaarverslag 2013 Klachtencommissie\n\nHengelo, februari 2014\n\n"
        "In het verslagjaar werden er in totaal 62 klachten ingediend.\n"
    )
    facts = text_facts(text, title="Jaarverslag 2013 Klachtencommissie")
    assert facts == {_fact(calendar_year(2013), "total", 62)}


def test_the_largest_handled_count_is_the_whole_and_the_smaller_ones_its_parts():
    text = (
        "Klachtenjaarverslag 2021\n\n"
        "De 42 klachten die we in 2021 in behandeling namen, worden afgehandeld volgens de "
        "klachtenprocedure. In 2021 zijn er 30 klachten op deze wijze afgehandeld. "
        "Vier klachten zijn nog in behandeling.\n"
    )
    assert _facts(text, title="Klachtenjaarverslag 2021") == {_fact(Y2021, "total", 42)}


def test_a_sentence_whose_subject_names_one_kind_counts_that_kind():
    text = (
        "Klachtenjaarverslag 2021\n\n"
        "Het aantal klachten over het ziekenhuis steeg in 2021 naar 300. Klachten over "
        "wachttijden en terugbelafspraken stegen het sterkst: van 40 klachten in 2020 "
        "naar 62 in 2021.\n"
    )
    facts = _facts(text, title="Klachtenjaarverslag 2021")
    assert _fact(Y2020, "other", 40) in facts
    assert _fact(Y2021, "other", 62) in facts
    assert _fact(Y2021, "total", 62) not in facts


def test_a_year_after_a_compared_figure_is_that_figures_not_the_one_before():
    text = (
        "Jaarverslag 2021 bezwaarschriftencommissie\n\n"
        "Het jaar 2021 was een druk jaar. Er zijn 99 bezwaarschriften binnengekomen "
        "tegen 48 in 2020.\n"
    )
    facts = _facts(text, title="Jaarverslag 2021 bezwaarschriftencommissie")
    assert _fact(Y2021, "total", 99) in facts
    assert _fact(Y2020, "total", 48) in facts
    assert _fact(Y2020, "total", 99) not in facts


def test_two_organisations_compared_by_initials_and_by_ministry_in_words():
    text = (
        "Het CJIB heeft in 2021 meer datalekken gemeld dan het jaar ervoor.\n\n"
        "CJIB kreeg in 2021 met 64 datalekken te maken tegenover 58 in 2020. In 21 gevallen "
        "werd het datalek bij de Autoriteit Persoonsgegevens gemeld.\n\n"
        "Bij het ministerie van Financien deden zich in 2021 negen datalekken voor, "
        "tegenover twaalf een jaar eerder. Van deze datalekken werden er drie bij de "
        "Autoriteit Persoonsgegevens gemeld."
    )
    facts = _facts(text, doc_date=date(2022, 4, 1))
    assert _fact(Y2021, "total", 64, scope="CJIB") in facts
    assert _fact(Y2020, "total", 58, scope="CJIB") in facts
    assert _fact(Y2021, "reported_to_ap", 21, scope="CJIB") in facts
    assert _fact(Y2021, "total", 9, scope="Financien") in facts
    assert _fact(Y2020, "total", 12, scope="Financien") in facts
    assert _fact(Y2021, "reported_to_ap", 3, scope="Financien") in facts


def test_a_space_groups_thousands_where_a_word_follows_the_number():
    text = "In 2022 kreeg de ombudsdienst 1 434 klachten, tegen 1 102 klachten in 2021."
    facts = _facts(text)
    assert _fact(Y2022, "total", 1434) in facts
    assert _fact(Y2021, "total", 1102) in facts
    assert not any(f[3] in (434, 102) for f in facts)  # never the last group alone


def test_each_level_of_a_change_dated_by_a_bracket_holding_its_year_alone():
    # a news writer dates each level in brackets, Flemish present tense, three levels
    text = "Het aantal datalekken stijgt van 81 (2020) naar 95 (2021) en 104 (2022)."
    assert _facts(text) == {
        _fact(Y2020, "total", 81),
        _fact(Y2021, "total", 95),
        _fact(Y2022, "total", 104),
    }
    # a fall, told with `tot`, the unit before the change
    text = "Bij de gemeente daalden de bezwaarschriften van 1.310 (2020) tot 455 (2021)."
    assert _facts(text) == {_fact(Y2020, "total", 1310), _fact(Y2021, "total", 455)}
    # the new level without a year of its own in an undated text: not the first one's year
    text = "Het aantal klachten ging van 64 (2021) naar 77."
    assert _facts(text) == {_fact(Y2021, "total", 64)}


def test_a_bracket_labelling_another_figure_is_no_own_period():
    text = "De gemeente ontving 52 klachten (2021: 47)."
    facts = _facts(text, doc_date=date(2023, 2, 1))
    assert _fact(Y2021, "total", 52) not in facts


def test_a_numbered_list_of_kinds_with_their_shares_under_a_lead_naming_kinds():
    # data leaks: each kind's share, the category its label names (`verkeerde ontvanger`)
    text = (
        "Datalekken in 2021\n\nIn 2021 werden 400 datalekken gemeld. De volgende types "
        "kwamen het vaakst voor:\n\n  1. Menselijke fout (41,5%)\n  2. Verzonden aan "
        "verkeerde ontvanger (22%)\n  3. Diefstal (9,25%)\n"
    )
    assert _facts(text) == {
        _fact(Y2021, "total", 400),
        _fact(Y2021, "other", 41.5, "percent"),
        _fact(Y2021, "wrong_recipient", 22, "percent"),
        _fact(Y2021, "theft", 9.25, "percent"),
    }
    # complaints: numbered `1)` items under a lead naming their subjects, kinds (`other`)
    text = (
        "Klachtenverslag 2022\n\nDe klachten gingen over:\n\n1) Bejegening (35%)\n"
        "2) Wachttijden (20%)\n"
    )
    assert _facts(text) == {
        _fact(Y2022, "other", 35, "percent"),
        _fact(Y2022, "other", 20, "percent"),
    }
    # a lead that names no kinds (a ranking of municipalities): the shares are no kinds
    text = text.replace("De klachten gingen over:", "De gemeenten met de meeste klachten:")
    assert not {f for f in _facts(text) if f[4] == "percent"}


def test_the_area_a_news_leads_puts_the_items_in_scopes_its_figures():
    # texts177/huizen-verwarde-personen-q1-2019 line 1: the lead puts the reports in one
    # municipality, named right after them; the figures that follow are that area's (rules
    # 3 and 15). A region the body serves (`in de regio Eindhoven`) is no such area.
    text = (
        " date 2019-05 HUIZEN - Het aantal meldingen over personen met verward gedrag in "
        "Huizen is fors toegenomen. Vorig jaar waren er in het eerste kwartaal nog 31 "
        "meldingen, maar in het eerste kwartaal van 2019 is dit gestegen naar 64 meldingen."
    )
    q1 = (date(2019, 1, 1), date(2019, 3, 31))
    assert _fact(q1, "total", 64, scope="huizen") in _facts(text)
    region = text.replace("in Huizen is", "in de regio Eindhoven is")
    assert _fact(q1, "total", 64) in _facts(region)


def test_the_area_a_leads_items_occur_in_scopes_the_call_outs_after_it():
    # texts177/lifeliner2-zeeland-oproepen-2014-2017 line 1 (`incidenten in Zeeland`) and
    # texts183/mma-noord-nederland-meldingen-2022 line 5 (`bij Meld Misdaad Anoniem (M.) in
    # Noord-Nederland`): the place after the items, a body between them
    zeeland = (
        " date 2017-12 VLISSINGEN - Bij steeds meer incidenten in Zeeland wordt een "
        "traumahelikopter ingezet om levens te redden of eerste hulp te bieden. Dit jaar "
        "kwamen er tot december bij de Zeeuwse meldkamer al 279 oproepen voor de Lifeliner 2 "
        "binnen. In heel 2014 waren dat er ‘slechts’ 209."
    )
    y2014 = calendar_year(2014)
    assert _fact(y2014, "total", 209, scope="zeeland") in _facts(zeeland)
    north = (
        " date 2023-03 nieuws\n\nHet aantal meldingen bij Meld Misdaad Anoniem (M.) in "
        "Noord-Nederland daalde het afgelopen jaar gestaag door, na een piek tijdens het "
        "eerste coronajaar (2020). Het aantal meldingen daalde van 2.225 in 2021 naar 1.948 "
        "vorig jaar."
    )
    assert _fact(Y2022, "total", 1948, scope="noord-nederland") in _facts(north)


def test_a_lead_area_is_one_place_the_items_are_in_not_a_name_or_a_list():
    # texts162/kpcn-bonaire-diefstal-geweld-2022 line 1 (`op Bonaire`, an island), texts177/
    # overijssel-politie-geluidsoverlast-2020-2021 line 1 (the place opens the sentence);
    # texts100/bergenopzoom-agressie-2015 line 1 (`op` inside a municipality's name) and a
    # title naming two places have none
    def area(text: str) -> str | None:
        return _the_lead_area([_Sentence(text, list(range(len(text))))])

    assert (
        area(
            "Kralendijk – In 2022 is het aantal diefstallen op Bonaire in vergelijking met 2021 "
            "in zijn totaliteit afgenomen."
        )
        == "bonaire"
    )
    assert (
        area(
            "In Overijssel is het aantal meldingen van geluidsoverlast het afgelopen jaar flink "
            "gestegen."
        )
        == "overijssel"
    )
    assert (
        area(
            "Het aantal meldingen van agressie tegen ambtenaren van de gemeente Bergen op Zoom is "
            "in 2015 sterk toegenomen in vergelijking met het voorgaande jaar."
        )
        is None
    )
    assert area("Datalekken in Zwolle en Deventer") is None
