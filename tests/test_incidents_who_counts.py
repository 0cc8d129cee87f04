"""Who counts a figure, which period and scope it has, and what is no incident figure: rules
on small texts written for the test in the layout of news items on national data-leak and
request figures (no third-party text)."""

from __future__ import annotations

from pipeline.incidents import extract_incident_counts
from tests.incident_facts import Y2017, Y2018, Y2019, row_facts, text_facts
from tests.incident_facts import document as _report
from tests.incident_facts import fact as _fact


def _facts(text: str, subject: str | None = None) -> set[tuple]:
    """The figures of a news item, those of one subject where it is given."""
    rows = extract_incident_counts(_report(text, doc_type="other"))
    return row_facts([row for row in rows if subject is None or row["subject"] == subject])


# --------------------------------------------------------------------------- who counts


def test_passive_notifications_to_the_ap_in_a_text_on_its_count_are_its_intake():
    # the AP is the body that counts: a count 'bij de AP gedaan' without a reporter is its
    # intake (`total`), not one organisation's reports to it
    text = (
        "Het aantal meldingen bij de Autoriteit Persoonsgegevens groeide verder, vooral uit "
        "het onderwijs. In 2019 werden 31.412 meldingen bij de AP gedaan. In 2018 waren dat "
        "er nog 24.870."
    )
    assert _facts(text) == {_fact(Y2019, "total", 31412), _fact(Y2018, "total", 24870)}


def test_the_ap_that_got_notifications_counts_them():
    text = "De AP kreeg in 2019 4120 meldingen van datalekken uit het onderwijs."
    facts = _facts(text)
    assert not any(f[2] == "reported_to_ap" for f in facts)


def test_an_organisations_own_reports_to_the_ap_stay_reported_to_ap():
    # one organisation reporting its own leaks, also in a text that names the AP's count
    text = (
        "Het aantal meldingen bij de Autoriteit Persoonsgegevens steeg. In 2019 meldde het "
        "Waterbedrijf 41 datalekken bij de AP."
    )
    assert _fact(Y2019, "reported_to_ap", 41) in _facts(text)


def test_complaints_to_the_ap_beside_its_leak_notifications_are_no_figures():
    # the regulator's complaints are its own work, not complaints about one organisation
    text = (
        "De Autoriteit Persoonsgegevens kreeg vorig jaar minder klachten binnen.\n\n"
        "In 2019 ontving de AP 9.140 klachten van burgers. Het aantal datalekmeldingen steeg: "
        "in 2019 ontving de AP 31.412 meldingen van datalekken. Er liggen nog 1200 klachten "
        "op de plank."
    )
    assert _facts(text, subject="klacht") == set()
    assert _fact(Y2019, "total", 31412) in _facts(text, subject="datalek")


def test_an_organisations_complaints_beside_its_leaks_reported_to_the_ap_stay():
    # the organisation's own report: the AP only receives its leaks, it counts nothing here
    text = (
        "Jaarverslag klachten en datalekken\n\n"
        "In 2019 ontving de gemeente 64 klachten. In 2019 registreerde de gemeente 23 "
        "datalekken, waarvan 5 gemeld bij de AP."
    )
    assert _fact(Y2019, "total", 64) in _facts(text, subject="klacht")
    assert _fact(Y2019, "reported_to_ap", 5) in _facts(text, subject="datalek")


def test_an_organisation_citing_the_aps_intake_keeps_its_own_reports_and_complaints():
    text = (
        "Jaarverslag klachten en datalekken\n\n"
        "Landelijk ontving de AP in 2019 ruim 31.000 meldingen van datalekken. In 2019 hebben "
        "wij 12 datalekken gemeld bij de AP. De gemeente heeft in 2019 ook 7 datalekken "
        "gemeld bij de AP. In 2019 ontving de gemeente 64 klachten."
    )
    leaks = _facts(text, subject="datalek")
    assert _fact(Y2019, "reported_to_ap", 12) in leaks
    assert _fact(Y2019, "reported_to_ap", 7) in leaks
    assert _fact(Y2019, "total", 31000) in leaks
    assert _fact(Y2019, "total", 64) in _facts(text, subject="klacht")


# --------------------------------------------------------------------------- periods


def test_then_opening_a_sentence_is_the_period_the_sentence_before_named_last():
    text = (
        "De toezichthouder meldt in het jaarverslag over 2019 dat hij in dat jaar 31.412 "
        "meldingen van datalekken ontving. Dat is een stijging van negen procent met een jaar "
        "eerder. Toen ontving de AP nog 28.790 meldingen."
    )
    assert _facts(text) == {_fact(Y2019, "total", 31412), _fact(Y2018, "total", 28790)}


def test_the_new_level_of_the_number_of_one_kind_is_that_kind():
    # the number of one kind (after hacking) rose to a level; its noun repeated after it
    text = (
        "De AP ontving in 2019 ruim 31.000 datalekmeldingen. Het aantal meldingen van een "
        "datalek na hacking of phishing steeg met een derde naar 1204 incidenten."
    )
    assert _facts(text) == {_fact(Y2019, "total", 31000), _fact(Y2019, "other", 1204)}


def test_the_sector_that_reported_the_most_takes_the_share_after_its_notifications():
    text = (
        "De AP ontving in 2019 ruim 31.000 datalekmeldingen. De publieke sector meldde de "
        "meeste datalekken (27 procent), gevolgd door het onderwijs (19 procent). De zorg "
        "volgt met 15 procent."
    )
    facts = _facts(text)
    assert _fact(Y2019, "total", 27, "percent", "publieke sector") in facts
    assert _fact(Y2019, "total", 19, "percent", "onderwijs") in facts
    # the next sentence's share is another sector's, its name not read: no row
    assert not any(f[4] == "percent" and f[5] is None for f in facts)


def test_a_share_of_the_cases_in_a_sector_is_that_sectors():
    text = (
        "De AP ontving in 2019 ruim 31.000 datalekmeldingen, de meeste uit de sector "
        "onderwijs. In 18 procent van de gevallen ging het om datalekken in de publieke sector."
    )
    assert _fact(Y2019, "total", 18, "percent", "publieke sector") in _facts(text)


def test_the_aps_notifications_from_a_sector_are_that_sectors():
    text = (
        "De AP ontving in 2019 ruim 31.000 datalekmeldingen. De Autoriteit Persoonsgegevens "
        "kreeg in 2019 4102 meldingen van datalekken uit het onderwijs."
    )
    assert _fact(Y2019, "total", 4102, scope="onderwijs") in _facts(text)


def test_a_count_made_to_a_group_of_organisations_is_the_groups():
    text = (
        "Wob-verzoeken aan provincies worden vaker te laat beantwoord. Van 2017 tot en met "
        "2019 werden er 1.214 Wob-verzoeken bij provincies gedaan."
    )
    span = (Y2017[0], Y2019[1])
    assert _facts(text) == {_fact(span, "total", 1214, scope="provincies")}


def test_a_sentence_on_the_number_just_named_counts_its_incidents():
    text = (
        "Ook het aantal datalekmeldingen nam af. Dat daalde van 31.412 in 2018 naar 28.790 "
        "in 2019. Ook het aantal klachten nam af. Dat daalde van 9.140 in 2018 naar 8.455 in "
        "2019."
    )
    assert _facts(text, subject="datalek") == {
        _fact(Y2018, "total", 31412),
        _fact(Y2019, "total", 28790),
    }


# --------------------------------------------------------------------------- no incidents


def test_notifications_something_followed_are_no_count():
    # what the AP did after some notifications (an intervention) counts no intake
    text = (
        "De AP ontving in 2019 31.412 meldingen van datalekken. De toezichthouder nam na "
        "2.310 meldingen aanvullende stappen, meestal een telefoontje."
    )
    assert _facts(text) == {_fact(Y2019, "total", 31412)}


def test_a_sample_a_study_read_is_no_count_of_requests():
    text = (
        "Wob-verzoeken worden vaker te laat beantwoord, blijkt uit een analyse op basis van "
        "1.840 Wob-verzoeken die online staan uit 2019."
    )
    assert _facts(text) == set()


def test_shares_of_companies_are_no_shares_of_incidents():
    text = (
        "Het aantal datalekken bij bedrijven nam toe. Waar in 2018 nog 35 procent van de "
        "bedrijven te maken kreeg met cyberaanvallen, was dat in 2019 nog 18 procent. In 2019 "
        "ging 41 procent van de gemelde datalekken over een verkeerde ontvanger."
    )
    assert _facts(text) == {_fact(Y2019, "wrong_recipient", 41, "percent")}


def test_requests_named_after_both_laws_with_a_slash_are_counted():
    text = (
        "Openbaarheid\n\nWob/Woo-verzoeken\n"
        "De gemiddelde behandeltijd van de 14 Wob/Woo-verzoeken was 6 weken. Er zijn in 2019 "
        "14 Wob/Woo-verzoeken ingediend."
    )
    assert text_facts(text) == {_fact(Y2019, "total", 14)}


def test_the_aps_notifications_about_one_group_make_the_texts_figures_that_groups():
    text = (
        "In de eerste drie maanden kwamen er bij de Autoriteit Persoonsgegevens 120 "
        "meldingen binnen over waterschappen die gegevens lekten.\n\nIn 2018 ging het om "
        "een totaal van 410 incidenten. In 30 procent van de gevallen ging het om een brief "
        "aan een verkeerde ontvanger. Van alle meldingen werd 12 procent aangevinkt als "
        "'overig'."
    )
    assert _facts(text) == {
        _fact(Y2018, "total", 410, scope="waterschappen"),
        _fact(Y2018, "wrong_recipient", 30, "percent", "waterschappen"),
        _fact(Y2018, "other", 12, "percent", "waterschappen"),
    }


def test_a_group_beside_the_aps_intake_over_all_organisations_makes_no_texts_scope():
    text = (
        "Ziekenhuizen hebben in 2018 300 keer melding gemaakt van een datalek. In totaal "
        "ontving de AP in 2018 21.000 meldingen van datalekken van organisaties."
    )
    assert _fact(Y2018, "total", 21000) in _facts(text)


def test_a_share_of_what_the_sentence_before_said_takes_the_sector_it_named():
    text = (
        "In 2018 ontving de AP 21.000 meldingen van datalekken uit alle sectoren. De meeste "
        "datalekken vonden plaats in de onderwijssector. Dat gebeurde in 24 procent van de "
        "gevallen. Dat gebeurde in 8 procent van de gevallen bij een hack."
    )
    assert _facts(text) == {
        _fact(Y2018, "total", 21000),
        _fact(Y2018, "total", 24, "percent", "onderwijs"),
    }


def test_the_same_share_given_to_another_sector_is_that_sectors_too():
    text = (
        "In 2018 ontving de AP 21.000 meldingen van datalekken uit alle sectoren. In 18 "
        "procent van de gevallen ging het om datalekken in de financiële sector en hetzelfde "
        "percentage in het onderwijs."
    )
    assert _facts(text) == {
        _fact(Y2018, "total", 21000),
        _fact(Y2018, "total", 18, "percent", "financiële sector"),
        _fact(Y2018, "total", 18, "percent", "onderwijs"),
    }


def test_a_sector_ranked_by_its_count_takes_the_count():
    text = (
        "In de sector onderwijs werden in 2018 5.120 datalekken gemeld. Geen andere sector "
        "meldt er zoveel, financiële dienstverlening staat op de tweede plek met 3.980 "
        "meldingen. Het aantal meldingen is gestegen met 300 meldingen."
    )
    assert _facts(text) == {
        _fact(Y2018, "total", 5120, scope="onderwijs"),
        _fact(Y2018, "total", 3980, scope="financiële dienstverlening"),
    }


def test_a_count_in_brackets_after_the_ap_stays_a_report_to_it():
    text = "In 2018 meldde het waterschap zijn datalekken bij de AP (12 datalekken)."
    assert _facts(text) == {_fact(Y2018, "reported_to_ap", 12)}


def test_notifications_from_a_group_beside_other_reporters_make_no_texts_scope():
    text = (
        "In 2018 ontving de AP 21.000 meldingen van datalekken van bedrijven en 3.000 "
        "meldingen van gemeenten. In 30 procent van de gevallen ging het om een brief aan "
        "een verkeerde ontvanger."
    )
    facts = _facts(text)
    assert _fact(Y2018, "total", 21000) in facts
    assert _fact(Y2018, "wrong_recipient", 30, "percent") in facts
