"""Attendance lists as minutes print them (issue 8: "attendees named only by role and
redacted attendees are dropped"): the label alone on its line without a colon over a
bulleted list, a blacked-out name followed by a function the role vocabulary lacks or by
an organisation only, an item that is only a code, `Afwezig met kennisgeving`."""

from __future__ import annotations

import re
import textwrap
from datetime import date, time

import pytest

from pipeline.bodies import find_body
from pipeline.dates import weekday_year_date
from pipeline.documents import documents_from_text, text_document_lines, without_markdown
from pipeline.meetings import (
    extract_meetings,
    extract_participants,
    find_date,
    find_location,
    find_meeting_body,
    find_times,
    layout,
    parse_participant,
    status_label,
)
from pipeline.meetings.dating import told_held_on

MINUTES = """Verslag overleg gemeente en GGD
Datum: 5 oktober 2021
Aanwezig
- 5.1.2.e, teamleider, gemeente Utrecht
- 5.1.2.e, adviseur, GGD regio Utrecht
- Karin Vos, directeur GGD
Afwezig met kennisgeving
- 5.1.2.e, gemeente Utrecht

1. Opening"""


def _people(text: str) -> list[tuple]:
    lines = [(1, line) for line in text.splitlines()]
    return [
        (p["name"], p["role"], p["organisation"], p["status"], p["redacted"])
        for p in extract_participants(lines)
    ]


def test_a_bulleted_list_under_a_bare_label():
    assert _people(MINUTES) == [
        (None, "teamleider", "gemeente Utrecht", "present", True),
        (None, "adviseur", "GGD regio Utrecht", "present", True),
        ("Karin Vos", "directeur", "GGD", "present", False),
        (None, None, "gemeente Utrecht", "absent", True),
    ]


# `pipeline.redactions.blanking` leaves one BOX_MARK (`\u25ae`) where a scan's black box stood
@pytest.mark.parametrize("mark", ["5.1.2.e", "\u25ae"])
def test_an_inline_list_keeps_an_attendee_printed_as_a_mark_only(mark):
    line = f"Aanwezig: Jan Bakker (voorzitter), {mark} (gemeente Zeist), {mark}"
    assert _people(line) == [
        ("Jan Bakker", "voorzitter", None, "present", False),
        (None, None, "gemeente Zeist", "present", True),
        (None, None, None, "present", True),
    ]


def test_a_box_blanked_on_a_scan_is_a_redacted_attendee_as_a_code_is():
    listed = MINUTES.replace("5.1.2.e", "\u25ae")
    assert [p[4] for p in _people(listed)] == [True, True, False, True]


@pytest.mark.parametrize(
    "line",
    [
        "Aanwezig",
        "Afwezig met kennisgeving",
        "Afwezig met kennisgeving: Jansen",
        "Deelnemers",
        "Afgemeld",
        "Aanwezigen tijdens het gesprek",
        "Deelnemers aan het overleg",
        "Attendees",
    ],
)
def test_attendance_labels(line):
    assert status_label(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Deelnemers aan de cursus waren tevreden",
        "Aanwezig waren vooral jongeren",
        "Aanwezigheid van de wethouder",
    ],
)
def test_not_attendance_labels(line):
    assert status_label(line) is None


def test_a_named_person_is_not_taken_for_a_function():
    person = parse_participant("Jan Smit, gemeente Utrecht", "present")
    assert (person["name"], person["organisation"]) == ("Jan Smit", "gemeente Utrecht")


def test_a_label_column_beside_the_list_without_a_colon():
    text = (
        "Verslag\nAanwezig   Jan Bakker (voorzitter), 5.1.2.e (adviseur)\nAfwezig   Kees de Vries"
    )
    assert _people(text) == [
        ("Jan Bakker", "voorzitter", None, "present", False),
        (None, "adviseur", None, "present", True),
        ("Kees de Vries", None, None, "absent", False),
    ]
    assert status_label("Aanwezig waren vooral jongeren uit de wijk") is None


def test_bare_names_under_a_label_bulleted_or_not():
    text = "Verslag\nAanwezig:\nJan Bakker\n• Petra de Graaf\n- J. van Dam\n"
    text += "Gemeente Utrecht\nZeist\nAfwezig:\nKees de Vries\n\n1. Opening"
    assert _people(text) == [
        ("Jan Bakker", None, None, "present", False),
        ("Petra de Graaf", None, None, "present", False),
        ("J. van Dam", None, None, "present", False),
        ("Kees de Vries", None, None, "absent", False),
    ]


def test_codes_on_the_label_line_are_attendees():
    text = (
        "Verslag\nAanwezig namens SVMN: 5.1.2.e, 5.1.2.e\n"
        "Aanwezig namens gemeenten: 5.1.2.e (Zeist), 5.1.2.e (Utrecht)\nAfwezig: 5.1.2.e\n"
    )
    assert _people(text) == [
        (None, None, None, "present", True),
        (None, None, None, "present", True),
        (None, None, "Zeist", "present", True),
        (None, None, "Utrecht", "present", True),
        (None, None, None, "absent", True),
    ]


COUNCIL = """Notulen van de vergadering van de raad
Aanwezig:
Voorzitter: de heer J.W. van der Sluijs
Griffier: de heer T.M. van Gorsel
Wethouders: de heer P.L. Barnhoorn, de heer P. van Bockhove
Afwezig met bericht: mevrouw G.E. Admiraal (VVD), mevrouw T. Mornout - van Orsouw

1. Opening"""


def test_role_labels_and_a_plural_role_over_several_people():
    assert _people(COUNCIL) == [
        ("J.W. van der Sluijs", "voorzitter", None, "present", False),
        ("T.M. van Gorsel", "griffier", None, "present", False),
        ("P.L. Barnhoorn", "wethouder", None, "present", False),
        ("P. van Bockhove", "wethouder", None, "present", False),
        ("G.E. Admiraal", None, "VVD", "absent", False),
        ("T. Mornout - van Orsouw", None, None, "absent", False),
    ]


TABLE = """Verslag projectgroep
Aanwezig          Organisatie
J. Jansen         Gemeente Utrecht
P. de Vries       GGD
5.1.2.e           Politie
Verontschuldigd:
- Anna Smit (mk)
- Piet de Boer – GGD regio Utrecht
- 5.1.2.e – Veilig Thuis
- Kees Smit — Veilig Thuis
- C.M. Versteege - Wowijs

1. Opening"""


def test_an_attendance_table_and_dash_separated_organisations():
    assert _people(TABLE) == [
        ("J. Jansen", None, "Gemeente Utrecht", "present", False),
        ("P. de Vries", None, "GGD", "present", False),
        (None, None, "Politie", "present", True),
        ("Anna Smit", None, None, "absent", False),
        ("Piet de Boer", None, "GGD regio Utrecht", "absent", False),
        (None, None, "Veilig Thuis", "absent", True),
        ("Kees Smit", None, "Veilig Thuis", "absent", False),
        ("C.M. Versteege - Wowijs", None, None, "absent", False),
    ]


def test_a_line_of_names_under_group_headings():
    text = (
        "Verslag van de overlegvergadering\nAanwezig:\nLeden UR:\n"
        "Beeker, Van Benthem, Schrama (vz), Wallinga-de Jonge\nCollege van Bestuur:\n"
        "Te Beest, De Jong, Van Vught\n\n1. Opening"
    )
    assert [(name, role) for name, role, *_ in _people(text)] == [
        ("Beeker", None), ("Van Benthem", None), ("Schrama", "voorzitter"),
        ("Wallinga-de Jonge", None), ("Te Beest", None), ("De Jong", None),
        ("Van Vught", None),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "line", ["gehouden op 17 december 2002, aanvang 20.00h", "De voorzitter opent om 20.00 uur."]
)
def test_a_start_time_after_a_cue(line):
    assert find_times(["Verslag", line]) == (time(20, 0), None)


def test_english_labels_and_a_short_name_on_the_label_line():
    text = "Minutes of the meeting\nPresent: J. Jansen, P. de Vries\nApologies: K. Bos\n"
    text += "Afwezig: ABA"
    assert _people(text) == [
        ("J. Jansen", None, None, "present", False),
        ("P. de Vries", None, None, "present", False),
        ("K. Bos", None, None, "absent", False),
    ]


def test_function_labels_outside_the_attendance_list():
    text = (
        "Verslag stuurgroep\nDatum: 12 mei 2022\nVoorzitter: J. Jansen\nNotulist: mw. P. de Vries\n"
        "Griffier\nU Post\nVerslag\nDe voorzitter opent de vergadering.\nAanwezig: K. Bos\n"
    )
    assert _people(text) == [
        ("J. Jansen", "voorzitter", None, "present", False),
        ("P. de Vries", "notulist", None, "present", False),
        ("U Post", "griffier", None, "present", False),
        ("K. Bos", None, None, "present", False),
    ]


@pytest.mark.parametrize(
    "title, body",
    [
        ("UNIVERSITEITSRAAD", "universiteitsraad"),
        ("Notulen van de vergadering van de Medezeggenschapsraad", "medezeggenschapsraad"),
        ("Openbaar verslag vergadering GS Utrecht 24-04-2018", "gedeputeerde staten"),
        ("Besluitenlijst dagelijks bestuur", "dagelijks bestuur"),
        ("Overzicht voorraad archief", None),
        ("Verslag Adviesraad Sociaal Domein d.d. 18 maart", "adviesraad sociaal domein"),
        ("Notulen wijkraadsvergadering 4 januari 2016", "wijkraad"),
    ],
)
def test_bodies_named_in_the_title(title, body):
    assert find_body([title, "College van Bestuur:"] if body else [title]) == body


def test_a_lower_case_function_before_initials_is_a_title():
    line = "Genodigden: wethouder J. Jansen (Utrecht), wethouder P. de Vries (Zeist)"
    assert _people(line) == [
        ("J. Jansen", "wethouder", "Utrecht", "invited", False),
        ("P. de Vries", "wethouder", "Zeist", "invited", False),
    ]


def test_organisation_labels_and_namens_inside_the_list():
    text = (
        "Verslag\nAanwezig:\nDGB: J. Jansen, P. de Vries\nFIN: 5.1.2.e\n"
        "Ministerie van BZK: 5.1.2.e, 5.1.2.e\nMarijke Timmermans namens Reizigersoverleg Brabant\n"
        "J. Bakker (namens VNG)\n5.1.2.e (IPO)\n5.1.2.e 5.1.2.e\n\n1. Opening"
    )
    assert _people(text) == [
        ("J. Jansen", None, "DGB", "present", False),
        ("P. de Vries", None, "DGB", "present", False),
        (None, None, "FIN", "present", True),
        (None, None, "Ministerie van BZK", "present", True),
        (None, None, "Ministerie van BZK", "present", True),
        ("Marijke Timmermans", None, "Reizigersoverleg Brabant", "present", False),
        ("J. Bakker", None, "VNG", "present", False),
        (None, None, "IPO", "present", True),
    ]


def test_semicolons_part_people_and_labels_in_a_label_column():
    text = (
        "Verslag\nAanwezig: Jose van Engelen, voorzitter; Cees van Elteren, secretaris.\n"
        "Afwezig: Paul Kwakkenbos, bestuurslid; Gerard Croiset (met kennisgeving) penningmeester.\n"
        "Aanwezig:\nVoorzitter:            dhr. M. Krijnsen (vanaf agendapunt 3)\n"
        "Leden:                 mw. A. Bos, dhr. K. Smit\n"
    )
    assert _people(text) == [
        ("Jose van Engelen", "voorzitter", None, "present", False),
        ("Cees van Elteren", "secretaris", None, "present", False),
        ("Paul Kwakkenbos", "bestuurslid", None, "absent", False),
        ("Gerard Croiset", "penningmeester", None, "absent", False),
        ("M. Krijnsen", "voorzitter", None, "present", False),
        ("A. Bos", "lid", None, "present", False),
        ("K. Smit", "lid", None, "present", False),
    ]


def test_abbreviated_labels_at_a_title_line_end_and_inline_places():
    text = (
        "Verslag bijeenkomst Adviesraad op 19 februari 2014 Aanw.:\n"
        "dhr. A. Brouwer, mw. J. v.d. Klift, F. Krouwel (plv voorzitter en notulen)\n"
        "Afw.:\nmw. B. Jansen\n"
    )
    assert [(name, status) for name, _, _, status, _ in _people(text)] == [
        ("A. Brouwer", "present"), ("J. v.d. Klift", "present"), ("F. Krouwel", "present"),
        ("B. Jansen", "absent"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "line, place",
    [
        ("Verslag AB vergadering d.d. 25 oktober 2018, Aanvang: 19.30 uur, Locatie: Dorpshuis.",
         "Dorpshuis"),
        ("Notulen Adviesraad d.d. 18 maart 2021, via MS Teams", "MS Teams"),
        ("Verslag van de vergadering, gehouden op 30 mei 2023 op het gemeentehuis in Gieten.",
         "gemeentehuis in Gieten"),
    ],
)  # fmt: skip
def test_a_place_named_inside_the_title_line(line, place):
    assert find_location([line]) == place


def test_a_long_label_line_its_last_two_joined_and_a_plural_role_before_names():
    text = (
        "Aanwezig: P. Smit (voorzitter), Anna Bakker, R. van der Meer, T.J. de Groot, "
        "M. Visser, K. Mulder en L.M. Bos (griffier).\n"
        "Verder aanwezig: de wethouders J. Dekker en S. Brouwer.\n"
        "Afwezig met kennisgeving: de leden H. Kok, wethouder F. Smits alsmede de "
        "gemeentesecretaris D. Jansen."
    )
    assert [p[:4] for p in _people(text)] == [
        ("P. Smit", "voorzitter", None, "present"),
        ("Anna Bakker", None, None, "present"),
        ("R. van der Meer", None, None, "present"),
        ("T.J. de Groot", None, None, "present"),
        ("M. Visser", None, None, "present"),
        ("K. Mulder", None, None, "present"),
        ("L.M. Bos", "griffier", None, "present"),
        ("J. Dekker", "wethouder", None, "present"),
        ("S. Brouwer", "wethouder", None, "present"),
        ("H. Kok", "lid", None, "absent"),
        ("F. Smits", "wethouder", None, "absent"),
        ("D. Jansen", "gemeentesecretaris", None, "absent"),
    ]


def test_a_label_naming_its_group_and_a_list_wrapped_at_a_comma():
    text = (
        "Aanwezig van het bestuur: Kees Blom (voorzitter), Ria Smit (secretaris).\n"
        "Aanwezig:\n"
        "De dames A.B. Vos (voorzitter), C. Hendriks, D. de Boer-Wit,\n"
        "E. Peters, F.G. Kramer (notulist)\n"
        "De heren H. Claassen, J.K. van Dam.\n"
        "Afwezig: De heren L. Mol en N. Prins\n"
        "\n"
        "1) Opening"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Kees Blom", "voorzitter", None, "present"),
        ("Ria Smit", "secretaris", None, "present"),
        ("A.B. Vos", "voorzitter", None, "present"),
        ("C. Hendriks", None, None, "present"),
        ("D. de Boer-Wit", None, None, "present"),
        ("E. Peters", None, None, "present"),
        ("F.G. Kramer", "notulist", None, "present"),
        ("H. Claassen", None, None, "present"),
        ("J.K. van Dam", None, None, "present"),
        ("L. Mol", None, None, "absent"),
        ("N. Prins", None, None, "absent"),
    ]


def test_the_line_naming_the_meeting_dates_it_over_a_posting_date():
    lines = ["19 februari 2011", "Seniorenraad", "Vergadering 09 februari 2011", "Tijd: 09.30 uur"]
    assert find_date(lines, None)[0] == date(2011, 2, 9)
    minutes = ["NOTULEN VAN DE VERGADERING", "GEHOUDEN OP 20 SEPTEMBER 2018", "1. Opening",
               "We besluiten de volgende vergadering te houden op 28 november 2018."]  # fmt: skip
    assert find_date(minutes, None)[0] == date(2018, 9, 20)
    typed = ["Verslag van de werkgroep d.d. 22. 11. 2011 Aanwezig", "Geplaatst 21.07.2017"]
    assert find_date(typed, None)[0] == date(2011, 11, 22)
    web_page = ["zondag 15 oktober 2017", "Verslag van de Ledenvergadering 11 oktober 2017",
                "4. Vaststelling notulen vergadering van 9 september 2017"]  # fmt: skip
    assert find_date(web_page, None)[0] == date(2017, 10, 11)
    agenda_item = ["Verslag Stuurgroep", "5. Verslag vorige vergadering 4 december 2012",
                   "Datum: 8 januari 2013"]  # fmt: skip
    assert find_date(agenda_item, None)[0] == date(2013, 1, 8)
    approval = ["Gemeenteraad - 7 november 2019", "Aanvang: 14:30",
                "Vaststellen besluitenlijst raadsvergadering van 26 september 2019"]  # fmt: skip
    assert find_date(approval, None)[0] == date(2019, 11, 7)


def test_the_day_a_record_says_its_meeting_was_held_on_dates_it():
    # web262 atvcastricum-alv-2023-03-30: the line telling the day it was held, before the
    # agenda, over the heading of the earlier record an item approves further down
    told = ["VERSLAG ALV 2023", "Posted on",
            "Verslag van de ALGEMENE LEDENVERGADERING, gehouden op donderdag 30 Maart 2023 in "
            "De Kern, Overtoom 15 te Castricum.",
            "Aanwezig:", "1. Opening; vaststellen van de agenda; herdenken overledenen",
            "2. Notulen van de Algemene Ledenvergadering van 28 april 2022.",
            "Verslag van de Buitengewone Ledenvergadering van 28 april 2022."]  # fmt: skip
    assert find_date(told, None)[0] == date(2023, 3, 30)


def test_the_date_a_line_naming_its_sitting_runs_on_to_dates_it_over_the_documents():
    # web301 steenbergen-gemeenteraad-1947-02-20: the page's one line names the sitting and
    # its day; the document's date is the approved record's (`De notulen der vergadering van
    # 20 December 1946 worden ... goedgekeurd`)
    steenbergen = (
        ")hl OPENBARE VERGADERING van den Gemeenteraad op Donderdag 20 Febr. 1947 Tegenwoordig"
        " de Heeren H. J. Hop pen b r ou wers Weth.)Jac. Delbez (Weth.)- P. J. G. Koen- raadt;"
        " W. F. Gilden. VOORZ.: Mr. Dr. L. de Gou De VOORZITTER opent de ver gadering met het"
        " gebruikelijke ge bed. VASTSTELLING NOTULEN De notulen der vergadering van 20 December"
        " 1946 worden z. 'li. s. onveranderd goedgekeurd.\n\nRaadsnotulen\n"
    )
    assert _meeting_dates(steenbergen, "minutes") == [date(1947, 2, 20)]
    # web292 batavier-bewonerscommissie-2007-10-10: the sentence naming the meeting says when
    # it took place, under the web page's stamp of the day after
    batavier = (
        "Thursday, October 11, 2007\n\n1e Bewonerscommissie vergadering de Batavier\n\n"
        "De 1e Bewonerscommissie vergadering de Batavier vond plaats op woensdag 10 oktober 2007"
        " om 19.15 t/m 20.45 in de Spiegelzaal van het Fijnhouttheatre.\n\n"
        "Tien bewoners waren aanwezig en wij hadden excuses van drie.\n"
    )
    (meeting,), _ = _meetings_and_people(batavier, doc_type="minutes")
    assert meeting["meeting_date"] == date(2007, 10, 10)
    assert meeting["body"] == "bewonerscommissie"
    assert meeting["location"] == "de Spiegelzaal van het Fijnhouttheatre"
    # web237 universiteitsraad-2008-08-18: `d.d.` before a day whose year has two digits, in
    # a page transcribed onto one line after its number
    ur = ["Transcriptie", "1 VERSLAG VAN DE 8 e VERGADERING VAN DE UNIVERSITEITSRAAD d.d. 18 "
          "AUGUSTUS 08 (UR/08/22437) Aanwezig: Bloys, Disberg, Geleijnse, Hoeflaak (plv. "
          "voorzitter). 1. Opening De voorzitter opent de vergadering om 14. uur. 2. Verslag "
          "vorige vergaderingen UR/08/ verslag 7 e UR-vergadering d.d. 23 juni 08"]  # fmt: skip
    assert find_date(ur, None)[0] == date(2008, 8, 18)


def test_a_meeting_the_line_tells_something_happens_at_dates_no_sitting():
    # web317 zogwetering-bestuur-2017-11-27: an item's sentence about a committee's meeting
    # to come, under the record's dated title
    notes = [
        "Notulen bestuursvergadering 27-11-2017",
        "Aanwezig: Hedde, Johan, Ruud en Steven",
        "Notulen van de vorige vergadering",
        "Steven zal in de openbare commissievergadering over verkeer op 6 december het woord "
        "voeren en spreken over de problematiek van ontsluiting Maarssen Noord.",
    ]
    assert told_held_on(notes) == []
    assert find_date(notes, 2017)[0] == date(2017, 11, 27)


def test_a_sitting_to_come_that_an_item_names_dates_no_sitting():
    # web216 zoetermeer-asd-2023-02-14 and web287 drachtstercompagnie-plaatselijkbelang-
    # 2018-04-18: minutes name the next sitting in their items (a modal, a plan); where no
    # dated heading stands above (here left out), that day must not become the record's
    zoetermeer = [
        "Opening en Welkom",
        "Notulen vorige vergadering",
        "Men hoopt dat het Jaarverslag ASD 2022 kan worden vastgesteld in de vergadering op "
        "14 maart 2023. Daarna zal dit ook gepubliceerd worden op deze website. ",
    ]
    assert told_held_on(zoetermeer) == []
    assert find_date(zoetermeer, None)[0] is None
    drachten = ["Verder benoemd Jolanda de volgende punten;",
                "Er staat een najaarsvergadering gepland op 3 oktober 2018"]  # fmt: skip
    assert told_held_on(drachten) == []
    assert find_date(drachten, None)[0] is None
    # web234 waarderingskamer-jaarverslag-2012: a report adopted at a sitting names it
    report = ["R Jaarverslag 2012 Waarderingskamer Vastgesteld in de vergadering van de "
              "Waarderingskamer op 7 maart"]  # fmt: skip
    assert told_held_on(report) == []


def test_a_date_in_a_clause_after_the_meeting_word_dates_no_sitting():
    # web267 twelloseschaakclub-jaarvergadering-1950-01-23: `verslag` opens the sentence, but
    # the date is the treasurer's, in a clause of its own
    told = [
        "Jaarvergadering 1950",
        "Daarna wordt verslag uitgebracht door de Penningmeester over het jaar 1949, "
        "waaruit blijkt, dat de Vereniging op 31-12-49 een kassaldo heeft van fl. 159,26.",
    ]
    assert told_held_on(told) == []


def test_a_date_in_a_sentence_of_the_account_dates_no_meeting():
    covid = ["Notulen Algemene Ledenvergadering 2021", "Voorzitter Anna Vos opent de vergadering.",
             "Deze vergadering is later dan anders. Per 10 maart 2020 werden alle activiteiten "
             "van de vereniging stilgelegd en afgelast."]  # fmt: skip
    assert find_date(covid, None)[0] is None
    approved = ["Verslag ALV", "De notulen van de ALV van 25 november 2019 en de jaarverslagen "
                "van het bestuur werden zonder wijzigingen vastgesteld."]  # fmt: skip
    assert find_date(approved, None)[0] is None
    item = (
        ["Aanwezig: Dion, Sander", "Afwezig:"]
        + ["Punt"] * 10
        + ["Kascontrole is volgende week. Jaarvergadering is op 12/9/16. Jeroen is dan verhinderd."]
    )
    assert find_date(item, None)[0] is None
    invitation = ["Algemene Ledenvergadering", "Op maandag 20 februari 2023 vanaf 20:00 houden "
                  "wij onze jaarlijkse Algemene Ledenvergadering via Zoom."]  # fmt: skip
    assert find_date(invitation, None)[0] == date(2023, 2, 20)


def test_group_blocks_at_the_head_without_an_attendance_label():
    text = (
        "Notulen ledenvergadering 12 mei 2022\n\n"
        "Bestuur:\nAnna de Wit (voorzitter)\nBram Kok (secretaris/penningmeester)\n"
        "Carla Mol (afgemeld)\n\n"
        "Raad van Toezicht:\nDirk Vos\n\n"
        "Aanwezige leden: zie presentielijst\n\n"
        "1. Opening\n"
        "Werkgroep:\nEvert Smit\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Anna de Wit", "voorzitter", "Bestuur", "present"),
        ("Bram Kok", "secretaris/penningmeester", "Bestuur", "present"),
        ("Carla Mol", None, "Bestuur", "absent"),
        ("Dirk Vos", None, "Raad van Toezicht", "present"),
    ]


def test_a_last_item_opened_by_en_after_a_comma():
    text = "Aanwezig\nLeden: Ingrid Bos, Ate Faber, en Rianne ten Veen.\n\n1. Opening"
    assert [p[0] for p in _people(text)] == ["Ingrid Bos", "Ate Faber", "Rianne ten Veen"]


def test_couples_printed_with_one_surname_are_two_people():
    text = (
        "Aanwezig:\nKees en Marga Dijkhuis, Tom Alberts, Lotte en Willem van Beek, Sara Groen "
        "en Bas Wolters. (6)\n\n"
        "Afwezig met voorbericht:\nHenk Mulder, Roos en Ad Pijl, Ineke Bakker, Kok en Van Dam\n"
    )
    assert [p[0] for p in _people(text)] == [
        "Kees Dijkhuis", "Marga Dijkhuis", "Tom Alberts", "Lotte van Beek", "Willem van Beek",
        "Sara Groen", "Bas Wolters",
        "Henk Mulder", "Roos Pijl", "Ad Pijl", "Ineke Bakker", "Kok", "Van Dam",
    ]  # fmt: skip
    surnames = "Aanwezig:\nde heren Kok en Bos en mevrouw Smit, Mol en Vos (notulist)\n"
    assert [p[0] for p in _people(surnames)] == ["Kok", "Bos", "Smit", "Mol", "Vos"]


def test_one_surname_is_one_person_only_when_the_first_names_agree():
    minutes = "Notulen ledenvergadering 12 mei 2022\nAanwezig: Jaap Bos, Jolien Bos, J. Bos, Bos\n"
    doc = documents_from_text(minutes, "x")
    people = extract_meetings({**doc[1][0], "pages": [doc[0][0]]})[1]
    assert [p["name"] for p in people] == ["Jaap Bos", "Jolien Bos"]


def test_absent_labels_with_their_kind_of_notice():
    for label in ("Afwezig met voorbericht:", "Niet aanwezig m.b.:", "Niet aanwezig z.b.:",
                  "Afwezig zonder kennisgeving:", "Afwezig (z.k.):"):  # fmt: skip
        assert status_label(f"{label} Ans Kok") == ("absent", "Ans Kok"), label


def test_attendance_written_as_sentences():
    text = (
        "Aanwezig zijn de heren Bos (voorzitter), Kok en Van Dijk en de dames Smit en Vos.\n"
        "Bericht van verhindering is ontvangen van Eva Bakker en Ruud Mol (beiden "
        "namens de gemeente).\n"
        "De voorzitter meldt de leden die zich hebben afgemeld: Piet Haan, Lies Dekker.\n"
        "Er zijn 40 leden aanwezig.\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Bos", "voorzitter", None, "present"),
        ("Kok", None, None, "present"),
        ("Van Dijk", None, None, "present"),
        ("Smit", None, None, "present"),
        ("Vos", None, None, "present"),
        ("Eva Bakker", None, None, "absent"),
        ("Ruud Mol", None, "beiden namens de gemeente", "absent"),
        ("Piet Haan", None, None, "absent"),
        ("Lies Dekker", None, None, "absent"),
    ]


def test_a_flattened_head_is_read_label_by_label():
    line = (
        "Verslag van de vergadering van het bestuur van 3 maart 2015 te Breda. Aanwezig: "
        "De voorzitter: K. Smit De leden: A. Bos, P. de Wit, R. Mol Afwezig met kennisgeving: "
        "T. Kok, H. van Dam Notulist: E. Haan 1. Opening De voorzitter: "
        "Welkom allemaal. Aanwezig: iedereen."
    )
    assert len(line) > 200
    assert [p[:4] for p in _people(line)] == [
        ("K. Smit", "voorzitter", None, "present"),
        ("A. Bos", "lid", None, "present"),
        ("P. de Wit", "lid", None, "present"),
        ("R. Mol", "lid", None, "present"),
        ("T. Kok", None, None, "absent"),
        ("H. van Dam", None, None, "absent"),
        ("E. Haan", "notulist", None, "present"),
    ]


def test_a_meeting_named_with_dd_at_the_head_dates_it_over_a_page_stamp():
    lines = ["Verslag jaarvergadering", "(Bijgewerkt op: 02-12-2019)",
             "Verslag van de 9de Ledenvergadering d.d. 16 november 2019, aanvang 14.00 uur.",
             "3. Verslag van de vergadering d.d. 10-11-2018"]  # fmt: skip
    assert find_date(lines, None)[0] == date(2019, 11, 16)
    assert find_date(lines[:2] + lines[3:], None)[0] == date(2019, 12, 2)


def test_labels_with_a_semicolon_and_mka():
    text = (
        "Afzeggingen; Gert Hofman, Sanne de Boer\n"
        "M.k.a. mevrouw T. Wiersma, de heer B. Kramer.\n"
        "Mededelingen;\n"
        "Geen.\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Gert Hofman", None, None, "absent"),
        ("Sanne de Boer", None, None, "absent"),
        ("T. Wiersma", None, None, "absent"),
        ("B. Kramer", None, None, "absent"),
    ]


def test_bulleted_groups_named_in_lower_case():
    text = (
        "Aanwezig:\n\n"
        "- het nieuwe bestuur van de stichting: Mila Bos, Tijn Kok en Fenna de Wit;\n\n"
        "- bewoners van de Dorpsstraat: Huub Mol, Ans Visser;\n\n"
        "- stukken voor de vergadering: de begroting\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Mila Bos", None, "nieuwe bestuur van de stichting", "present"),
        ("Tijn Kok", None, "nieuwe bestuur van de stichting", "present"),
        ("Fenna de Wit", None, "nieuwe bestuur van de stichting", "present"),
        ("Huub Mol", None, "bewoners van de Dorpsstraat", "present"),
        ("Ans Visser", None, "bewoners van de Dorpsstraat", "present"),
    ]


def test_groups_in_lower_case_and_sentences_ending_in_a_colon():
    text = (
        "Aanwezig:\n"
        "bestuur: Lotte Brink, Cor Jansen\n"
        "leden: Dirk Meijer, Els Kooi\n"
        "Afwezig zijn: de heer Van Wijk en de dames Post en Ter Horst.\n"
        "De gemeente was vertegenwoordigd door de heren:\n"
        "P. Dekker – wethouder\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Lotte Brink", None, "bestuur", "present"),
        ("Cor Jansen", None, "bestuur", "present"),
        ("Dirk Meijer", "lid", None, "present"),
        ("Els Kooi", "lid", None, "present"),
        ("Van Wijk", None, None, "absent"),
        ("Post", None, None, "absent"),
        ("Ter Horst", None, None, "absent"),
        ("P. Dekker", "wethouder", None, "present"),
    ]


def test_an_action_lists_headings_are_no_one_and_hr_is_an_honorific():
    assert parse_participant("Punt Omschrijving Actie", "present", allow_bare=True) is None
    assert parse_participant("Nr. Onderwerp", "absent", allow_bare=True) is None
    person = parse_participant("Hr. Jan Willem Koopman", "present", allow_bare=True)
    assert person is not None and person["name"] == "Jan Willem Koopman"


def test_a_sentence_naming_who_sent_apologies_and_a_forgotten_comma():
    text = (
        "Aanwezig: Rik Smit (voorzitter) Mila Kok, Jan Post.\n"
        "De voorzitter opent de vergadering, Ans Kok, Dhr. Bos en Piet Mol hebben zich "
        "afgemeld.\n"
        "Het bestuur heeft zich afgemeld voor de braderie.\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Rik Smit", "voorzitter", None, "present"),
        ("Mila Kok", None, None, "present"),
        ("Jan Post", None, None, "present"),
        ("Ans Kok", None, None, "absent"),
        ("Bos", None, None, "absent"),
        ("Piet Mol", None, None, "absent"),
    ]


def test_a_label_opening_a_sentence_and_a_title_ending_in_dd():
    minutes = "Notulen bestuur d.d.\n\nVergadering 3 mei 2022. Aanwezig: Evi, Rob, Tim.\n"
    doc = documents_from_text(minutes, "x")
    assert doc[1][0]["doc_type"] == "minutes"
    people = extract_meetings({**doc[1][0], "pages": [doc[0][0]]})[1]
    assert [(p["name"], p["status"]) for p in people] == [
        ("Evi", "present"), ("Rob", "present"), ("Tim", "present"),
    ]  # fmt: skip


def test_a_plural_role_inside_a_list_and_a_lead_in_that_ends_it():
    text = (
        "Afwezig met kennisgeving: Directeur Eva Bos, ereleden Jan Mol en Kees Kok.\n"
        "De volgende leden zijn met kennisgeving afwezig:\n"
        "• Dhr. Smit\n"
        "• Mevr. Post\n"
        "De volgende mededelingen worden gedaan:\n"
        "• Van Dam geeft de raad de stand van zaken weer\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Eva Bos", "directeur", None, "absent"),
        ("Jan Mol", "erelid", None, "absent"),
        ("Kees Kok", "erelid", None, "absent"),
        ("Smit", None, None, "absent"),
        ("Post", None, None, "absent"),
    ]


def test_first_names_a_second_list_line_and_afgemeld_waren():
    text = (
        "Aanwezig:\n"
        "Ria Dekker, Kees Bos, Mila Smit (leden).\n"
        "Jan de Wit (wijkagent), Eva Mol (gemeente, wethouder), Tom Kok (buurtkrant),\n"
        "Afgemeld waren Johan en Sara, Pim en Lot\n"
        "Notuliste: Marloes\n"
        "Notulen: Goedgekeurd\n"
    )
    assert [(p[0], p[3]) for p in _people(text)] == [
        ("Ria Dekker", "present"), ("Kees Bos", "present"), ("Mila Smit", "present"),
        ("Jan de Wit", "present"), ("Eva Mol", "present"), ("Tom Kok", "present"),
        ("Johan", "absent"), ("Sara", "absent"), ("Pim", "absent"), ("Lot", "absent"),
        ("Marloes", "present"),
    ]  # fmt: skip
    assert _people(text)[-1][1] == "notulist"


def test_the_place_right_after_the_date_of_the_meeting():
    assert find_location(["Notulen ledenvergadering op dinsdag 4 maart 2014 in De Linde"]) == (
        "De Linde"
    )
    assert find_location(["Verslag, 9 mei 2019 in hotel De Zon te Ede"]) == "hotel De Zon te Ede"
    assert find_location(["Vergadering op 3 mei 2022 in verband met de storm"]) is None


def test_a_kind_of_attendee_before_aanwezig_opens_a_list():
    text = (
        "Aanwezig:\n"
        "Ria Dekker (wijkagent), Kees Bos (gemeente), Mila Smit (krant),\n"
        "Toehoorders/ad hoc aanwezig: Wim Vos, Karin Mol.\n"
    )
    assert [(p[0], p[3]) for p in _people(text)] == [
        ("Ria Dekker", "present"), ("Kees Bos", "present"), ("Mila Smit", "present"),
        ("Wim Vos", "present"), ("Karin Mol", "present"),
    ]  # fmt: skip


def test_semicolon_groups_share_the_role_printed_after_them():
    text = (
        "Aanwezig: mevrouw mr. K.L. Mulder-Dijk, voorzitter; de heren B. Smit, ir. T. de Bruin "
        "en mevrouw A.B. Hek, heemraden; mevrouw drs. E. Vos en de heer P. Kooi "
        "beiden lid van de fractie Agrarisch; de heer mr.drs. H. Wit, secretaris\n"
    )
    assert [(p[0], p[1], p[2]) for p in _people(text)] == [
        ("K.L. Mulder-Dijk", "voorzitter", None), ("B. Smit", "heemraad", None),
        ("T. de Bruin", "heemraad", None), ("A.B. Hek", "heemraad", None),
        ("E. Vos", "lid", "Agrarisch"), ("P. Kooi", "lid", "Agrarisch"),
        ("H. Wit", "secretaris", None),
    ]  # fmt: skip


def test_semicolons_part_people_each_followed_by_their_party():
    # Stadsdeelraad Zuidoost 2008 (a transcript's flattened head): one person between
    # semicolons, the party after the comma, no group sharing it; a group's label of
    # several words with its article (`Het Dagelijks Bestuur:`) opens its own list; the first
    # agenda item without its number (`Opening en mededelingen - ...`) ends the last field
    text = (
        "1 Verslag van de vergadering van de Stadsdeelraad Zuidoost d.d. 24 juni 2008 Aanwezig: "
        "De raadsleden: A.J. Alcántara, PvdA; H.W. de Boer, CDA; W. Eckhardt-Angna, PvdA "
        "(20.13); Y.I. Lont- Eersel, LijstLont (LL) Voorzitter: L. Burgers Griffier: G.P. Both "
        "Het Dagelijks Bestuur: E.M. Sweet, PvdA; E.R. Jaensch, VVD Afwezig: B.E. "
        "Koenen-Wilson, PvdA; M. Schaaf, Groep Schaaf (zb); J. Kehla Wirnkar, DB Verslag: "
        "M.H. Plet Opening en mededelingen - In het fractievoorzittersoverleg is besloten"
    )
    assert [(p[0], p[2], p[3]) for p in _people(text)] == [
        ("A.J. Alcántara", "PvdA", "present"), ("H.W. de Boer", "CDA", "present"),
        ("W. Eckhardt-Angna", "PvdA", "present"), ("Y.I. Lont- Eersel", "LijstLont", "present"),
        ("L. Burgers", None, "present"), ("G.P. Both", None, "present"),
        ("E.M. Sweet", "PvdA", "present"), ("E.R. Jaensch", "VVD", "present"),
        ("B.E. Koenen-Wilson", "PvdA", "absent"), ("M. Schaaf", "Groep Schaaf", "absent"),
        ("J. Kehla Wirnkar", "DB", "absent"), ("M.H. Plet", None, "present"),
    ]  # fmt: skip


def test_people_each_opened_by_an_honorific_or_followed_by_a_role():
    assert [(p[0], p[1], p[3]) for p in _people(
        "Afwezig: de heer J. Aa, dijkgraaf, mevrouw drs. L. Bok, hoofdingeland\n"
    )] == [("J. Aa", "dijkgraaf", "absent"), ("L. Bok", "hoofdingeland", "absent")]  # fmt: skip
    assert [(p[0], p[2]) for p in _people(
        "Aanwezig:\nLeden: de heer A. Kok (CDA) mevrouw C. Vliet Vlieland - de Boer (VVD, "
        "afwezig op 19 mei) de heer D. Os\n"
    )] == [("A. Kok", "CDA"), ("C. Vliet Vlieland - de Boer", "VVD"), ("D. Os", None)]  # fmt: skip
    # missing part of a meeting is attending it
    assert {p[3] for p in _people("Aanwezig:\nde heer A. Kok (CDA, afwezig tot punt 4)\n")} == {
        "present"
    }


def test_a_flattened_head_with_its_labels_stacked_before_the_lists():
    head = (
        "VERSLAG VAN DE VERGADERING VAN HET BESTUUR OP 3 MAART 2011 Aanwezig: Afwezig: de heer "
        "K. Aal, voorzitter; de heren P. Bok en R. Cats, leden; de heer S. Dop, secretaris. "
        "mevrouw T. Eik, lid. Opening De voorzitter opent om 10.00 uur de vergadering en "
        "heet iedereen welkom."
    )
    assert [(p[0], p[3]) for p in _people(head)] == [
        ("K. Aal", "present"), ("P. Bok", "present"), ("R. Cats", "present"),
        ("S. Dop", "present"), ("T. Eik", "absent"),
    ]  # fmt: skip


def test_roles_typed_in_lower_case_before_a_spaced_colon():
    head = (
        "NOTULEN VAN DE VERGADERING VAN HET ALGEMEEN BESTUUR OP 5 MAART 2013 Aanwezig: de heren "
        "A. Bos en C. Dam, allen vertegenwoordiger van de fractie Bedrijven; voorzitter : de "
        "heer J. Eek secretaris/directeur : de heer K. In den Berg adjunct-directeur : mevrouw "
        "L. Fok Afwezig met bericht van verhindering: de heer M. Gaal 1 Opening"
    )
    assert [(p[0], p[1], p[3]) for p in _people(head)] == [
        ("A. Bos", "vertegenwoordiger", "present"), ("C. Dam", "vertegenwoordiger", "present"),
        ("J. Eek", "voorzitter", "present"), ("K. In den Berg", "secretaris/directeur", "present"),
        ("L. Fok", "adjunct-directeur", "present"), ("M. Gaal", None, "absent"),
    ]  # fmt: skip


def test_a_singular_role_after_a_run_of_names_is_the_last_ones():
    assert [(p[0], p[1]) for p in _people("Aanwezig: Jan Bos, Piet Kok, secretaris\n")] == [
        ("Jan Bos", None), ("Piet Kok", "secretaris"),
    ]  # fmt: skip
    assert [(p[0], p[1]) for p in _people("Afwezig: de heren A. Bos en C. Kok, leden\n")] == [
        ("A. Bos", "lid"), ("C. Kok", "lid"),
    ]  # fmt: skip


def test_a_two_column_table_flattened_one_cell_per_line():
    text = (
        "Na de opening stellen alle aanwezigen zich voor:\n"
        "Naam\n"
        "Vertegenwoordiger van\n"
        "\n"
        "Lotte Brink\n"
        "Wijkraad Oost; schrijft het verslag\n"
        "Daan Verbeek\n"
        "voorzitter\n"
        "Fenna de Lange\n"
        "Basisschool De Regenboog (tot 21.00 uur)\n"
        "Joost Hermans\n"
        "Tennisclub Smash\n"
        "2. Verslag vorige keer\n"
    )
    assert [(p[0], p[1], p[2]) for p in _people(text)] == [
        ("Lotte Brink", None, "Wijkraad Oost"), ("Daan Verbeek", "voorzitter", None),
        ("Fenna de Lange", None, "Basisschool De Regenboog"),
        ("Joost Hermans", None, "Tennisclub Smash"),
    ]  # fmt: skip


def test_table_cells_ending_in_a_border_and_a_group_heading():
    text = (
        "aanwezig |\nBestuursleden |\nMarieke Jansen |\nCollege Noord, Breda |\n"
        "Sven Kuipers |\nLyceum Zuid |\nNoor Bakker |\nVakschool |\n|\nnotuliste |\nIris Mol |\n"
        "1. Opening\n"
    )
    assert [(p[0], p[1], p[2]) for p in _people(text)] == [
        ("Marieke Jansen", None, "College Noord"), ("Sven Kuipers", None, "Lyceum Zuid"),
        ("Noor Bakker", None, "Vakschool"), ("Iris Mol", "notulist", None),
    ]  # fmt: skip


def test_names_one_per_line_are_no_two_column_table():
    text = (
        "Aanwezig:\nLotte Brink\nDaan Verbeek\nFenna de Lange\nJoost Hermans\nAnna Kok\nEva Smit\n"
    )
    assert [p[0] for p in _people(text)] == [
        "Lotte Brink", "Daan Verbeek", "Fenna de Lange", "Joost Hermans", "Anna Kok", "Eva Smit",
    ]  # fmt: skip


def test_a_counted_group_named_in_brackets():
    text = "Aanwezig: 40 leden, 3 leden van het bestuur (Jan Dekker, Els Kok en Wim de Vries).\n"
    assert [(p[0], p[2]) for p in _people(text)] == [
        ("Jan Dekker", "het bestuur"), ("Els Kok", "het bestuur"), ("Wim de Vries", "het bestuur"),
    ]  # fmt: skip
    assert _people("Aanwezig: 12 leden (zie presentielijst)\n") == []  # no names in it


def test_a_column_gap_parts_a_name_from_its_place():
    text = "Aanwezig:  Dhr. K. Verburg     Kapelle (voorzitter)\n\n   Mevr. L. Smit    Yerseke\n"
    assert [(p[0], p[1], p[2]) for p in _people(text)] == [
        ("K. Verburg", "voorzitter", "Kapelle"), ("L. Smit", None, "Yerseke"),
    ]  # fmt: skip


def test_a_second_label_opening_the_next_sentence_of_a_label_line():
    text = (
        "Aanwezigen bestuur : de dames Van Dijk en Hoekstra en de heren Bos en Vroom. "
        "M.k.a. de heer Ter Horst i.v.m. vakantie.\n"
    )
    assert [(p[0], p[3]) for p in _people(text)] == [
        ("Van Dijk", "present"), ("Hoekstra", "present"), ("Bos", "present"),
        ("Vroom", "present"), ("Ter Horst", "absent"),
    ]  # fmt: skip


def test_a_list_cut_inside_a_name_goes_on_below():
    text = (
        "Genodigden : mw. A. Zwart (Baarn), dhr. J.\n\nLodders (Almere), dhr. K. Stam (Laren), "
        "mw. F. Plat (secretaris)\n\n1 Opening\n"
    )
    assert [(p[0], p[2]) for p in _people(text)] == [
        ("A. Zwart", "Baarn"), ("J. Lodders", "Almere"), ("K. Stam", "Laren"), ("F. Plat", None),
    ]  # fmt: skip
    text = (
        "Aanwezig 6 personen:\n"
        "M. Bos, Rob Bosman, Adriaan\n"
        "van der Horst, Hannah Houter, Anneke de\n"
        "Vries, Piet Yntema. Afmeldingen wegens verhindering van D. Brunet en Merel Reck.\n"
    )
    assert [(p[0], p[3]) for p in _people(text)] == [
        ("M. Bos", "present"), ("Rob Bosman", "present"), ("Adriaan van der Horst", "present"),
        ("Hannah Houter", "present"), ("Anneke de Vries", "present"), ("Piet Yntema", "present"),
        ("D. Brunet", "absent"), ("Merel Reck", "absent"),
    ]  # fmt: skip


def test_announcements_of_who_is_kept_away_and_who_comes_later():
    text = (
        "1. Opening\n"
        "De volgende mededelingen worden gedaan: * Mevr. Kuipers (CDA) is verhinderd. Mevr. Bakker "
        "(VVD) en dhr. De Groot (vanaf 20.15 uur) schuiven iets later in de vergadering aan. * De "
        "wethouder doet een mededeling.\n"
    )
    assert [(p[0], p[2], p[3]) for p in _people(text)] == [
        ("Kuipers", "CDA", "absent"), ("Bakker", "VVD", "present"), ("De Groot", None, "present"),
    ]  # fmt: skip


def test_the_date_a_long_title_line_gives_the_meeting():
    lines = [
        "Verslag vergadering van het algemeen bestuur van de Bewonersraad Noord op 9 maart 2015",
        "1. Opening en mededelingen",
        "- Verslag overleg met de corporatie d.d. 02-02-2015",
    ]
    assert find_date(lines, None)[0] == date(2015, 3, 9)


def test_a_founding_date_in_a_letterhead_is_not_the_meetings():
    lines = [
        "HENGELSPORTVERENIGING DE KARPER",
        "Opgericht te Zwolle 3 mei 1968",
        "Secretaris: Jan Vis",
        "Postbus 12 - 8000 AA Zwolle",
        "Tel: 038 - 1234567",
        "Aanwezig: het bestuur en 31 leden",
        "Notulen van de jaarvergadering van De Karper, gehouden op vrijdag 7 maart 2014 in De Bron",
    ]
    assert find_date(lines, None)[0] == date(2014, 3, 7)


def test_a_body_a_former_function_and_an_absence_said_in_an_item():
    text = (
        "Aanwezig: Het bestuur, Oud-voorzitter Ton Luijten, Mieke Hoek\n"
        "Afwezig: Voltallige raad\n"
        "Niet gemeld: Kees Kocks is niet aanwezig\n"
    )
    people = [(p[0], p[1], p[3]) for p in _people(text)]
    assert ("Ton Luijten", "oud-voorzitter", "present") in people
    assert ("Mieke Hoek", None, "present") in people
    assert not [p for p in people if p[0] and ("bestuur" in p[0] or "raad" in p[0])]
    assert parse_participant("Kees Kocks is niet aanwezig", "present", True)["status"] == "absent"


def test_a_heading_dates_the_meeting_over_a_later_sentence_with_op():
    lines = [
        "Bestuursvergadering 3 december 2019",
        "Centraal in deze vergadering staat het plan, dat op 17 december 2019 is aangeboden.",
    ]
    assert find_date(lines, None)[0] == date(2019, 12, 3)


def test_the_title_dates_the_meeting_over_sentences_and_page_stamps():
    lines = [
        "Notulen ALV d.d. 30 september 2011",
        "2. Notulen: Op 24 september 2010 werd de 28e jaarvergadering gehouden in het Clubhuis.",
    ]
    assert find_date(lines, None)[0] == date(2011, 9, 30)
    lines = ["Datum14.08.2016", "Notulen Medezeggenschapsraad 21 maart 2013."]
    assert find_date(lines, None)[0] == date(2013, 3, 21)  # a page stamp glued to its label
    lines = [
        "Notulen AV van 21 juni en 6 september 2018",
        "Notulen Algemene Vergadering 6 september 2018",
    ]
    assert find_date(lines, None)[0] == date(2018, 9, 6)


def test_full_names_printed_without_separators():
    text = (
        "Aanwezig: Lotte Brink, Daan Verbeek Fenna de Lange, Joost Hermans (bingo) Iris van Dam "
        "Mila Bos (koor)\n"
        "Sanne Kok\n"
        "Bart van den Berg Eva Smit Tom Wit\n"
    )
    assert [(p[0], p[2]) for p in _people(text)] == [
        ("Lotte Brink", None), ("Daan Verbeek", None), ("Fenna de Lange", None),
        ("Joost Hermans", "bingo"), ("Iris van Dam", None), ("Mila Bos", "koor"),
        ("Sanne Kok", None), ("Bart van den Berg", None), ("Eva Smit", None), ("Tom Wit", None),
    ]  # fmt: skip
    # one person with two first names, and an organisation, stay whole
    assert [p[0] for p in _people("Aanwezig:\nMaria Theresia van Leeuwen\n")] == [
        "Maria Theresia van Leeuwen"
    ]
    text = "Aanwezig:\nEva Smit\nStichting Wonen Breda Zuid\nTom Wit\n"
    assert [p[0] for p in _people(text)] == ["Eva Smit", "Tom Wit"]


def test_a_second_group_opening_the_next_sentence_of_a_label_line():
    text = (
        "Aanwezig: Namens de vereniging: Ben de Blok en Riet Orth. Namens Magnolia: Harry Vonk.\n"
    )
    assert [(p[0], p[2]) for p in _people(text)] == [
        ("Ben de Blok", "vereniging"), ("Riet Orth", "vereniging"), ("Harry Vonk", "Magnolia"),
    ]  # fmt: skip


def test_a_couple_printed_as_two_honorifics_and_one_name():
    text = (
        "Verslag ledenvergadering 4 april 2019\n"
        "Aanwezig: Tom Bos, dhr. en mevr. Kuipers, mevr. + dhr. Vos, mw. Dekker, jhr. Six.\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Tom Bos", None, None, "present"),
        ("Kuipers", None, None, "present"),
        ("Kuipers", None, None, "present"),
        ("Vos", None, None, "present"),
        ("Vos", None, None, "present"),
        ("Dekker", None, None, "present"),
        ("Six", None, None, "present"),
    ]


def test_a_table_whose_headings_follow_the_label_and_whose_cells_lost_their_gap():
    text = (
        "Verslag commissie Ruimte 12 maart 2020\n"
        "Aanwezig namens Naam\n"
        "Lokaal BelangR. de Wit\n"
        "SPA Smits\n"
        "D66J.K. van Dam\n"
        "VVD  Piet Hoek\n"
        "\n"
        "1. Opening\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("R. de Wit", None, "Lokaal Belang", "present"),
        ("A Smits", None, "SP", "present"),
        ("J.K. van Dam", None, "D66", "present"),
        ("Piet Hoek", None, "VVD", "present"),
    ]


def test_a_glued_heading_row_over_glued_rows_of_name_lists():
    # a council portal's table copied without its cell borders: the label glued to the
    # heading of the names' column, each party glued to the list of its members
    text = (
        "Raad 3 oktober 2019\n"
        "AanwezigNaam\n"
        "GroenLinksAnne Bos, Piet de Vries en Els Dam\n"
        "ChristenUnieKees Smit\n"
        "Lokaal BelangJan Kok en Ria Wit\n"
        "Het collegeA.B. Smit, mr. C. van Dam\n"
        "Pers2\n"
        "\n"
        "1. Opening\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Anne Bos", None, "GroenLinks", "present"),
        ("Piet de Vries", None, "GroenLinks", "present"),
        ("Els Dam", None, "GroenLinks", "present"),
        ("Kees Smit", None, "ChristenUnie", "present"),
        ("Jan Kok", None, "Lokaal Belang", "present"),
        ("Ria Wit", None, "Lokaal Belang", "present"),
        ("A.B. Smit", None, "Het college", "present"),
        ("C. van Dam", None, "Het college", "present"),
    ]


def test_a_heading_row_of_one_names_column_with_gapped_rows():
    text = (
        "Verslag commissie Bestuur 14 mei 2018\n"
        "Afwezig  Naam\n"
        "VVD     Tom Hoek; Sanne Vos\n"
        "PvdA    Mark Lint\n"
        "\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Tom Hoek", None, "VVD", "absent"),
        ("Sanne Vos", None, "VVD", "absent"),
        ("Mark Lint", None, "PvdA", "absent"),
    ]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "3. Financien\nKees Bos, Jan de Wit en Els Dam zijn aanwezig als kascommissielid "
            "en lichten hun verslag toe.",
            [
                ("Kees Bos", "kascommissielid"),
                ("Jan de Wit", "kascommissielid"),
                ("Els Dam", "kascommissielid"),
            ],
        ),
        (
            "De uitslag wordt besproken. Ook Ria Prins en Olaf Ter Horst waren zelf aanwezig "
            "om hun seizoen toe te lichten.",
            [("Ria Prins", None), ("Olaf Ter Horst", None)],
        ),
        (
            "De voorzitter merkt op dat mevr. T. Hoekstra aanwezig is namens de krant.",
            [("T. Hoekstra", None)],
        ),
        ("Dhr. P. van Loon is eveneens aanwezig.", [("P. van Loon", None)]),
    ],
)
def test_people_a_sentence_names_as_present_before_its_verb(text, people):
    """`A, B en C zijn aanwezig als kascommissielid`: the sentence's subject is present, in
    the role after `als`."""
    assert [(p[0], p[1], p[3]) for p in _people(text)] == [(n, r, "present") for n, r in people]


@pytest.mark.parametrize(
    "text",
    [
        "Iedereen is aanwezig.",
        "De voorzitter van de club, Jan Bos, is aanwezig voor punt 4.",
        "Het bestuur is voltallig aanwezig.",
        "Vandaag is Piet Kok niet aanwezig.",
        "2. Mededelingen Jan Kok is aanwezig.",
        "Nieuws: ABC is aanwezig geweest bij twee sessies.",
        "- In de volgende vergadering zal mw. Lies Bos aanwezig zijn.",
    ],
)
def test_no_one_named_present_by_a_sentence_whose_subject_is_no_name(text):
    assert [p[0] for p in _people(text)] in ([], ["Jan Kok"])


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Verontschuldigd: Lies Bos, schepen Marie Van Damme", ("Marie Van Damme", "schepen")),
        ("Aanwezig: 4 leden, dorpsmanager Kees de Wit", ("Kees de Wit", "dorpsmanager")),
        ("Aanwezig: Jan Bos, wethouder Anne Ter Horst, Els Dam", ("Anne Ter Horst", "wethouder")),
    ],
)
def test_a_lower_case_role_before_a_full_name_in_a_list(line, person):
    """`schepen Marie Van Damme`: the role of the person it names, no description of a
    blacked-out one (`teammanager Samen Leven, Zeist, regio ZOU` stays one)."""
    assert person in [(p[0], p[1]) for p in _people(f"Notulen 3 mei 2016\n{line}\n")]


def test_a_heading_row_with_the_names_first():
    text = (
        "Notulen overleg 2 juni 2021\n"
        "Afwezig naam functie\n"
        "K.L. Bos secretaris\n"
        "Anna Vos\tpenningmeester\n"
        "\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("K.L. Bos", "secretaris", None, "absent"),
        ("Anna Vos", "penningmeester", None, "absent"),
    ]


def test_people_a_welcome_singles_out():
    text = (
        "Notulen jaarvergadering 8 maart 2019\n"
        "1. Opening\n"
        "De voorzitter heet iedereen welkom, in het bijzonder de aanwezige ereleden Rob Dam "
        "Els Prins, Kees de Boer en Wim Kok, de jubilarissen en de pers.\n"
        "Ook heet hij, en met name erelid Joop Ster, de nieuwe leden welkom.\n"
        "Hij noemt met name de vrijwilligers.\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Rob Dam", "erelid", None, "present"),
        ("Els Prins", "erelid", None, "present"),
        ("Kees de Boer", "erelid", None, "present"),
        ("Wim Kok", "erelid", None, "present"),
        ("Joop Ster", "erelid", None, "present"),
    ]


def test_a_member_replaced_for_the_meeting_and_a_couple_with_a_first_name():
    text = (
        "Verslag commissie Middelen 14 mei 2024\n"
        "Aanwezig: Jan Bos, de heer en mevrouw Paul van Beumer, Kees Dam.\n"
        "1. Opening\n"
        "  Els Smit is vervangen door Rik de Graaf. Het reglement is vervangen door een nieuw.\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Jan Bos", None, None, "present"),
        ("Paul van Beumer", None, None, "present"),
        ("van Beumer", None, None, "present"),
        ("Kees Dam", None, None, "present"),
        ("Els Smit", None, None, "absent"),
        ("Rik de Graaf", None, None, "present"),
    ]


def test_an_absence_label_closed_by_a_comma():
    text = (
        "Notulen ALV 3 mei 2014\nAanwezig: Jan Bos, Kees Dam.\n"
        "Afwezig met bericht, Els Wit, Ab Kok\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Jan Bos", None, None, "present"),
        ("Kees Dam", None, None, "present"),
        ("Els Wit", None, None, "absent"),
        ("Ab Kok", None, None, "absent"),
    ]


def test_words_that_count_people_are_no_names():
    text = (
        "Notulen bestuur 3 mei 2021\n"
        "Aanwezig: Allen\n"
        "Afwezig: Niemand\n"
        "Afmeldingen: Geen afmeldingen\n"
        "Voorzitter: Bestuur\n"
        "Notulist: Jan de Raad\n"
    )
    assert [p[:4] for p in _people(text)] == [("Jan de Raad", "notulist", None, "present")]


def test_a_bulleted_list_of_first_names_below_a_label():
    text = (
        "Notulen 3 mei 2021\nAanwezig\n• Jan\n• Piet\n• Klaas\n\n"
        "Afwezig:\n- Emma\n- Joost\nAgenda\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Jan", None, None, "present"),
        ("Piet", None, None, "present"),
        ("Klaas", None, None, "present"),
        ("Emma", None, None, "absent"),
        ("Joost", None, None, "absent"),
    ]


def test_a_reason_in_brackets_is_no_organisation():
    text = "Notulen 3 mei 2021\nAfwezig: Emma Bos (ziek), Joost Kok (wegens werkzaamheden)\n"
    assert [p[:4] for p in _people(text)] == [
        ("Emma Bos", None, None, "absent"),
        ("Joost Kok", None, None, "absent"),
    ]


def test_role_labels_in_lower_case_after_a_comma_and_guests():
    text = (
        "Verslag bestuur 3 mei 2021\n"
        "Voorzitter: Jan Bos, notulist: Piet Kok\n"
        "Aanwezig: Els Dam, Ab Wit; notulist: Tom Ros\n"
        "Afwezig met kennisgeving: Jan Kok\n"
        "Gasten: Karin Dam (gemeente)\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Jan Bos", "voorzitter", None, "present"),
        ("Piet Kok", "notulist", None, "present"),
        ("Els Dam", None, None, "present"),
        ("Ab Wit", None, None, "present"),
        ("Tom Ros", "notulist", None, "present"),
        ("Jan Kok", None, None, "absent"),
        ("Karin Dam", "gast", "gemeente", "present"),
    ]


def test_guests_listed_after_their_label():
    text = "Verslag bestuur 3 mei 2021\n\nGasten: Jan Kok, Piet Bos en Els Dam\n"
    assert [p[:4] for p in _people(text)] == [
        ("Jan Kok", "gast", None, "present"),
        ("Piet Bos", "gast", None, "present"),
        ("Els Dam", "gast", None, "present"),
    ]


def test_a_person_named_again_in_a_welcome_is_one_person():
    minutes = (
        "Notulen bestuur 3 mei 2022\n\n"
        "Aanwezig: Rob Hoek, Els Dam, de heer en mevrouw Paul Vos, Ans Vos\n"
        "Gast: Attila Bos\n\n"
        "1. Opening\n"
        "De voorzitter heet iedereen welkom, in het bijzonder Rob Hoek (redactie) en Attila.\n"
    )
    doc = documents_from_text(minutes, "x")
    people = extract_meetings({**doc[1][0], "pages": [doc[0][0]]})[1]
    assert [(p["name"], p["role"], p["status"]) for p in people] == [
        ("Rob Hoek", None, "present"),
        ("Els Dam", None, "present"),
        ("Paul Vos", None, "present"),
        ("Vos", None, "present"),
        ("Ans Vos", None, "present"),
        ("Attila Bos", "gast", "present"),
    ]


def test_a_meeting_date_printed_with_its_weekday_but_no_year():
    report = (
        "Van het bestuur\n\n"
        "Donderdag 14 maart hielden we onze jaarvergadering in het dorpshuis. Het jaar 2018 "
        "was een goed jaar.\n"
    )
    doc = documents_from_text(report, "x")
    meetings = extract_meetings({**doc[1][0], "pages": [doc[0][0]], "doc_type": "minutes"})[0]
    assert [(m["meeting_date"], m["date_year_inferred"]) for m in meetings] == [
        (date(2019, 3, 14), True)
    ]


def test_no_year_from_a_weekday_alone():
    assert weekday_year_date(["Woensdag 20 maart vergaderden we."], "geen jaartal") is None
    # 13 July is a Monday in 2020 and in 2015: two years named, two that fit
    assert weekday_year_date(["maandag 13 juli"], "2015 en 2020") is None


def test_guests_listed_below_their_label_and_one_minute_taker():
    text = (
        "Verslag 11 mei 2009\nAanwezig: Voltallige raad\nGasten:\nMevr. Els Dam\nHr. Jan Kok\n\n"
        "Notulist: A. Bos\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Els Dam", "gast", None, "present"),
        ("Jan Kok", "gast", None, "present"),
        ("A. Bos", "notulist", None, "present"),
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Notulen vergadering van 14 november 2019, 20:00 uur, Dorpshuis De Linde",
            (date(2019, 11, 14), time(20, 0), "Dorpshuis De Linde"),
        ),
        ("Verslag 2 februari 2023, 14.00 uur, via Zoom", (date(2023, 2, 2), time(14, 0), "Zoom")),
        ("Notulen ALV 3 maart 2020, 12.50 euro contributie", (date(2020, 3, 3), None, None)),
    ],
)
def test_a_start_time_and_place_after_the_title_date_with_commas(title, expected):
    doc = documents_from_text(f"{title}\nAanwezig: Jan Bos, Els Dam\n", "x")
    meetings = extract_meetings({**doc[1][0], "pages": [doc[0][0]]})[0]
    assert [(m["meeting_date"], m["start_time"], m["location"]) for m in meetings] == [expected]


def _meeting_people(text: str) -> list[tuple]:
    doc = documents_from_text(text, "x")
    people = extract_meetings({**doc[1][0], "pages": [doc[0][0]], "doc_type": "minutes"})[1]
    return [(p["name"], p["role"], p["organisation"], p["status"]) for p in people]


def test_minutes_kept_as_markdown_read_as_printed():
    text = (
        "# Werkgroep Data\n\n**Datum:** 30-11-2022\n\n**Aanwezig:** \n\n"
        "Jan Bos (Kadaster)\n[Els Dam](https://example.org/els) (VNG)\n\n"
        "## Aanwezig\n\n- Rik Kok (Logius)\n\n## 1. Opening\n"
    )
    assert _meeting_people(text) == [
        ("Jan Bos", None, "Kadaster", "present"),
        ("Els Dam", None, "VNG", "present"),
        ("Rik Kok", None, "Logius", "present"),
    ]


def test_a_markdown_table_of_the_meeting_head_and_one_of_people():
    head = (
        "## Verslag vergadering 3 mei 2021\n\n"
        "| DATUM: | AANWEZIGEN: | VERONTSCHULDIGD: | AGENDA: |\n"
        "| --- | --- | --- | --- |\n"
        "| 3/5 | Jan Bos, Els Dam | n/a | Feedback |\n"
    )
    assert _meeting_people(head) == [
        ("Jan Bos", None, None, "present"),
        ("Els Dam", None, None, "present"),
    ]
    people = (
        "# Notulen 3 mei 2021\n\n## Aanwezig\n\n| Naam | Rol |\n|---|---|\n"
        "| Jan Bos | voorzitter |\n| Piet Kok | secretaris |\n\n## 1. Opening\n"
    )
    assert _meeting_people(people) == [
        ("Jan Bos", "voorzitter", None, "present"),
        ("Piet Kok", "secretaris", None, "present"),
    ]


def test_a_markdown_table_without_headings_holds_labels_and_values():
    text = (
        "# Verslag overleg\n\n|   |   |\n|--:|:--|\n| **Datum** | 2020-10-19, 15:00 |\n"
        "| **Aanwezig** | Jan Bos, Els Dam en Rik Kok |\n| **Afwezig** | / |\n\n## Agenda\n"
    )
    assert _meeting_people(text) == [
        ("Jan Bos", None, None, "present"),
        ("Els Dam", None, None, "present"),
        ("Rik Kok", None, None, "present"),
    ]


def test_everyone_attended_but_the_people_named():
    text = (
        "Notulen 3 mei 2021\nNotulist: Sverre Bos\n\n"
        "Iedereen is aanwezig behalve Kees, Anna en Jim, zij hadden zich gemeld.\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Sverre Bos", "notulist", None, "present"),
        ("Kees", None, None, "absent"),
        ("Anna", None, None, "absent"),
        ("Jim", None, None, "absent"),
    ]


def test_people_a_sentence_names_as_present_and_a_list_cut_at_a_capital_particle():
    text = (
        "Verslag 3 mei 2021\n\nAanwezig: Els Dam, David Van den Brande, Annelies De\n"
        "Craene, Jens Kok\n\n"
        "Vrijdag kwamen wij bij elkaar. Van Dorpsraad Oost waren Nel Wit en Piet Ros aanwezig, "
        "het bestuur was voltallig. Er waren 30 leden aanwezig. Verder was Jan Bos ook aanwezig.\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Els Dam", None, None, "present"),
        ("David Van den Brande", None, None, "present"),
        ("Annelies De Craene", None, None, "present"),
        ("Jens Kok", None, None, "present"),
        ("Nel Wit", None, "Dorpsraad Oost", "present"),
        ("Piet Ros", None, "Dorpsraad Oost", "present"),
        ("Jan Bos", None, None, "present"),
    ]


def test_markdown_headings_bold_group_headings_and_fields_as_bullets():
    text = (
        "# Verslag overleg teams\n\n- Datum : 02/11/2017\n- Begin : 17:18\n- Einde : 18:25\n"
        "- Notulist:  [Rik Mol](https://example.org/rik )\n\n## Aanwezigen tijdens het gesprek\n\n"
        "**Team Noord**\n- [Rik Mol](https://example.org/rik)\n- Ans Bos\n\n"
        "**Team Zuid**\n- [Wim de Vos ](https://example.org/wim )\n\n"
        "## Deelnemers\n\n- Piet Kok (Logius)\n- Jan Wit (Kadaster) - *Voorzitter overleg* -\n\n"
        "## Afgemeld\nEls Dam (VNG)\n\n## Doel\nHet doel was overleg.\n"
    )
    assert _meeting_people(text) == [
        ("Rik Mol", "notulist", "Team Noord", "present"),
        ("Ans Bos", None, "Team Noord", "present"),
        ("Wim de Vos", None, "Team Zuid", "present"),
        ("Piet Kok", None, "Logius", "present"),
        ("Jan Wit", "voorzitter", "Kadaster", "present"),
        ("Els Dam", None, "VNG", "absent"),
    ]
    assert find_times(["- Datum : 02/11/2017", "- Begin : 17:18", "- Einde : 18:25"]) == (
        time(17, 18),
        time(18, 25),
    )


def test_a_clause_that_introduces_the_list_is_no_one():
    text = (
        "Verslag 11 april 2023\n\nAanwezig\n\nPublieke sector, op volgorde van organisatie: "
        "Ria Dam (Forum), Paul Kok (VNG) en Els Wit (Logius)\n\nAfgemeld\nJan Bos (BZK)\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Ria Dam", None, "Forum", "present"),
        ("Paul Kok", None, "VNG", "present"),
        ("Els Wit", None, "Logius", "present"),
        ("Jan Bos", None, "BZK", "absent"),
    ]


def test_a_label_column_table_and_a_table_of_name_parts():
    text = (
        "# Verslag\n **Werkgroep Taxonomie**\n\n| Vergaderdatum | 02-11-2021 |\n| --- | --- |\n"
        "| Aanwezig | Tim Kok (TK, vz), Els Dam (ED) en Aad Berg (AD) |\n"
        "| Afwezig | Rik Vis (RV)\n\n"
        "**Bijlage(n)** Actielijst\n\n## Aanwezigen\n\n| Achternaam | Voornaam | Organisatie |\n"
        "| --- | --- | --- |\n| van der Velde | Johan | RDW |\n| Bijen | Antoon | Justid |\n"
        "\n## Opening\n"
    )
    assert _meeting_people(text) == [
        ("Tim Kok", "voorzitter", None, "present"),
        ("Els Dam", None, None, "present"),
        ("Aad Berg", None, None, "present"),
        ("Rik Vis", None, None, "absent"),
        ("Johan van der Velde", None, "RDW", "present"),
        ("Antoon Bijen", None, "Justid", "present"),
    ]


def test_bullets_are_no_flattened_table_and_shortcode_headings_are_read():
    text = (
        '---\nTitle: 4. Juridisch kader\n---\n{{< chapter/section title="Aanwezigen" >}}\n'
        "- Marc Boer (FTV)\n- Rik Trimpe (FTV)\n- Marc Andel (Kadaster)\n- Ans Kwant (VNG)\n"
        "{{< /chapter/section >}}\n"
    )
    assert _meeting_people(text) == [
        ("Marc Boer", None, "FTV", "present"),
        ("Rik Trimpe", None, "FTV", "present"),
        ("Marc Andel", None, "Kadaster", "present"),
        ("Ans Kwant", None, "VNG", "present"),
    ]


def test_where_an_initialled_person_comes_from_and_notes_in_brackets():
    text = (
        "Verslag klankbordgroep, gehouden op 16 juni 2005.\nAanwezig :\n"
        "Dhr. H. Vermeulen van SKB (vz).\n"
        "Dhr. J. Hoitinga van de Provincie Friesland, namens IPO.\n"
        "Dhr. R. van Doorn van IBA.\n\n### Aanwezig\n\n(12 personen) Piet Haas (Logius)(vz), "
        "Sjaak Derk (TNO)\n\n### Afwezig (Met Berichtgeving)\n\n"
        "Lana Vree (Enable-U)(i.v.m. verlof)\n"
    )
    assert _meeting_people(text) == [
        ("H. Vermeulen", "voorzitter", "SKB", "present"),
        ("J. Hoitinga", None, "Provincie Friesland", "present"),
        ("R. van Doorn", None, "IBA", "present"),
        ("Piet Haas", "voorzitter", "Logius", "present"),
        ("Sjaak Derk", None, "TNO", "present"),
        ("Lana Vree", None, "Enable-U", "absent"),
    ]


@pytest.mark.parametrize(
    ("lines", "day"),
    [
        # the weekday fits 2022, not the year a later date names
        (
            ["vergadering dagelijks bestuur dinsdag 15 november", "d.d. 23-01-2023"],
            date(2022, 11, 15),
        ),
        # the day it was held over the day it was posted
        (
            ["23 november 2018", "Op 22 november was er een bijeenkomst van de Raad."],
            date(2018, 11, 22),
        ),
        (
            ["21 september 2017", "Al. Maandag 18 september vond het eerste overleg plaats."],
            date(2017, 9, 18),
        ),
        (
            ["21 september 2017", "Al. Maandag 11 september vond de vorige vergadering plaats."],
            date(2017, 9, 21),
        ),
        (["29 maart 2021", "Wij en maandag 22 maart jl hadden we de meetup."], date(2021, 3, 22)),
        (
            ["29 maart 2021", "Tussen 1 en 30 april hebben er 16 lekken plaatsgevonden."],
            date(2021, 3, 29),
        ),
    ],
)
def test_the_day_a_meeting_was_held(lines, day):
    assert find_date(lines, day.year + 1 if "2023" in lines[-1] else day.year)[0] == day


def test_a_place_given_as_a_bulleted_field():
    assert find_location(["- Datum: 16 januari 2024", "- Locatie: Spinhuis, Amsterdam"]) == (
        "Spinhuis, Amsterdam"
    )


def test_a_body_said_present_and_its_members_named_in_the_next_sentence():
    text = (
        "Notulen jaarvergadering 21 maart 2022\n"
        "20:05 Opening door de voorzitster van het bestuur Marianne Bos.\n"
        "Het voltallige bestuur was aanwezig. Bart Berg(penningmeester), Ineke Hoek en Sigrid"
        " West.\n"
        "Het bestuur was aanwezig. De agenda wordt vastgesteld.\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("Marianne Bos", "voorzitster", "bestuur", "present"),
        ("Bart Berg", "penningmeester", "bestuur", "present"),
        ("Ineke Hoek", None, "bestuur", "present"),
        ("Sigrid West", None, "bestuur", "present"),
    ]


def test_titled_people_joined_by_en_and_absence_said_in_a_subordinate_clause():
    text = (
        "Aanwezig:\nde heer B. Boom (CDA), mevrouw M. Breuk (GL)), de heer F. Luit (VVD) en de heer"
        " T. Snijders (LTS)\n\nDe voorzitter meldt dat mevrouw Kuper (SAM) vanwege ziekte afwezig"
        " is.\nDe reden dat hij afwezig is, is onbekend.\n"
    )
    assert [p[:4] for p in _people(text)] == [
        ("B. Boom", None, "CDA", "present"),
        ("M. Breuk", None, "GL", "present"),
        ("F. Luit", None, "VVD", "present"),
        ("T. Snijders", None, "LTS", "present"),
        ("Kuper", None, "SAM", "absent"),
    ]


def test_front_matter_in_toml_and_a_page_kept_in_a_block_field_read_as_printed():
    toml = "+++\ndate = '2024-01-18'\ntitle = 'Kennisdag 16 januari 2024'\n[menus]\n  x = 1\n+++\n"
    assert without_markdown(toml + "Tekst\n").splitlines()[:5] == [
        "", "2024-01-18", "Kennisdag 16 januari 2024", "", "",
    ]  # fmt: skip
    post = (
        "---\ntitle: Wij zijn uitgenodigd\ndate: 2021-03-28\ncontent: >-\n"
        "  ![](/uploads/scherm-2020-11-25-om-14.05.png)\n\n"
        "  Op vrijdag 26 maart kwamen wij bij elkaar. Van Ons Dorp waren Nel Wit en Piet Ros"
        " aanwezig.\n---\n"
    )
    assert without_markdown(post).splitlines()[6].startswith("Op vrijdag 26 maart kwamen")
    doc = documents_from_text(post, "x")
    meetings, people = extract_meetings({**doc[1][0], "pages": [doc[0][0]], "doc_type": "minutes"})
    assert meetings[0]["meeting_date"] == date(2021, 3, 26)
    assert [(p["name"], p["organisation"]) for p in people] == [
        ("Nel Wit", "Ons Dorp"),
        ("Piet Ros", "Ons Dorp"),
    ]


def test_minutes_record_a_meeting_even_without_a_printed_date_or_names():
    minutes = (
        "Notulen ledenvergadering\n\n1. Opening\nDe voorzitter opent de vergadering.\n"
        "2. Notulen\nDe notulen worden vastgesteld.\n3. Rondvraag\nGeen vragen.\n4. Sluiting\n"
    )
    doc = documents_from_text(minutes, "x")
    assert doc[1][0]["doc_type"] == "minutes"
    meetings, people = extract_meetings({**doc[1][0], "pages": [doc[0][0]]})
    assert [(m["meeting_date"], len(people)) for m in meetings] == [(None, 0)]
    letter = {**doc[1][0], "pages": [doc[0][0]], "doc_type": "letter"}
    assert extract_meetings(letter) == ([], [])


def test_minutes_are_dated_as_their_document_the_record_under_a_page_title():
    page = (
        "Notulen vergadering Dorpsbelang 21 oktober 2021\n\n"
        "Notulen bestuursvergadering Dorpsbelang 12 oktober 2021\n\n"
        "Aanwezig: Jan Bos, Els Dam\n\n1. Speeltuin\nDe werkgroep geeft een toelichting.\n"
        "2. Verslag van de bestuursvergadering van 14 september 2021 wordt vastgesteld.\n"
    )
    doc = documents_from_text(page, "x")
    meetings = extract_meetings({**doc[1][0], "pages": [doc[0][0]]})[0]
    assert [m["meeting_date"] for m in meetings] == [date(2021, 10, 12)]


def test_a_head_field_below_the_list_ends_it_and_a_titled_report_is_no_note_taker():
    text = (
        "# Verslag: Signalen Community Meetup\n\nAanwezig\n\n-   Anneke Sinnema\n"
        "-   Sander Vink\n\n"
        "Lokatie: La Vie Meeting Center in Utrecht\n\nAnneke opent de vergadering.\n"
    )
    assert _meeting_people(text) == [
        ("Anneke Sinnema", None, None, "present"),
        ("Sander Vink", None, None, "present"),
    ]


def test_an_html_table_in_markdown_reads_as_pipe_rows_on_as_many_lines():
    text = (
        "## Aanwezig\n\n<table>\n<tr><th>Naam</th><th>Rol</th></tr>\n<tr>\n<td>Jan Bos</td>\n"
        "<td>voorzitter</td>\n</tr>\n<tr><td>Els Dam</td><td>notulist</td></tr>\n</table>\n"
        "\nEinde\n"
    )
    printed = without_markdown(text).splitlines()
    assert len(printed) == len(text.splitlines())
    assert printed[2:6] == ["| Naam | Rol |", "| --- | --- |", "| Jan Bos | voorzitter |",
                            "| Els Dam | notulist |"]  # fmt: skip
    assert _meeting_people(text) == [
        ("Jan Bos", "voorzitter", None, "present"),
        ("Els Dam", "notulist", None, "present"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "afwezig m.k. de penningmeester Ria Smit en lid Kees Dam.",
            [("Ria Smit", "penningmeester", "absent"), ("Kees Dam", "lid", "absent")],
        ),
        (
            "De voorzitter opent. Afwezig zijn mevrouw Bal (VVD) en de heer Os (CDA).",
            [("Bal", None, "absent"), ("Os", None, "absent")],
        ),
        (
            "Er zijn 30 leden. Voorzitter van de vergadering is Gert Bosman. Notulen worden "
            "gemaakt door Anja Mol.",
            [("Gert Bosman", "voorzitter", "present"), ("Anja Mol", "notulist", "present")],
        ),
        (
            "Er is bericht van afwezigheid van de secretaris P. Vos.",
            [("P. Vos", "secretaris", "absent")],
        ),
        (
            "Wij hebben bericht van verhindering ontvangen van de heer Kok en van mevrouw Lam, "
            "en ik zie dat iedereen er is.",
            [("Kok", None, "absent"), ("Lam", None, "absent")],
        ),
        (
            "Welkom aan de ereleden Joop, Mien en Wim.",
            [
                ("Joop", "erelid", "present"),
                ("Mien", "erelid", "present"),
                ("Wim", "erelid", "present"),
            ],
        ),
        (
            "De vergadering wordt geleid door Els Kuip, die iedereen welkom heet.",
            [("Els Kuip", "voorzitter", "present")],
        ),
        # a sentence that goes on with anything but people names nobody
        ("Aanwezig zijn 24 leden.", []),
        ("Afwezig is het bestuur van de stichting.", []),
        ("Welkom aan iedereen die er is.", []),
    ],
)
def test_a_sentence_opening_with_who_attended_names_them(sentence, expected):
    found = extract_participants([(1, sentence)])
    assert [(p["name"], p["role"], p["status"]) for p in found] == expected


def test_a_welcome_in_particular_and_a_member_who_could_not_come():
    line = (
        "In het bijzonder verwelkomt hij het erelid de heer A. Kuiper. "
        "Het erelid Mevrouw B. Veen kan tot haar spijt niet aanwezig zijn. "
        "Zij kon door drukke werkzaamheden niet aanwezig zijn. Er hebben zich 3 leden afgemeld."
    )
    found = {(p["name"], p["role"], p["status"]) for p in extract_participants([(1, line)])}
    assert found == {("A. Kuiper", "erelid", "present"), ("B. Veen", "erelid", "absent")}


def test_absent_members_as_a_label_of_their_own():
    text = "Aanwezige leden:\nJan Smit, Piet Bos\n\nAfwezige leden (m.k.):\nKees Dam, Anja Mol\n"
    found = [
        (p["name"], p["status"]) for p in extract_participants([(1, x) for x in text.split("\n")])
    ]
    assert found == [
        ("Jan Smit", "present"),
        ("Piet Bos", "present"),
        ("Kees Dam", "absent"),
        ("Anja Mol", "absent"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Afwezig: Els, Bert, Jan K.\nIets later: Ria en Wim\n",
            [
                ("Els", None, "absent"),
                ("Bert", None, "absent"),
                ("Jan K.", None, "absent"),
                ("Ria", None, "present"),
                ("Wim", None, "present"),
            ],
        ),
        (
            "Aanwezig zijn alle leden minus de leden Piet de Wit en Gerrit Molenaar. Er is koffie.",
            [("Piet de Wit", "lid", "absent"), ("Gerrit Molenaar", "lid", "absent")],
        ),
        (
            "Iedereen is aanwezig behalve Sven en Ruud, zij hadden zich afgemeld.",
            [("Sven", None, "absent"), ("Ruud", None, "absent")],
        ),
    ],
)
def test_late_arrivals_and_everyone_but_the_members_named(text, expected):
    found = extract_participants([(1, x) for x in text.split("\n")])
    assert [(p["name"], p["role"], p["status"]) for p in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Voorzitter\nKlaas de Wit/Marieke van Dam\n",
            [
                ("Klaas de Wit", "voorzitter", "present"),
                ("Marieke van Dam", "voorzitter", "present"),
            ],
        ),
        (
            "Aanwezig: Jan Smit, Ernest de Graaf/Pieter van Dijk",
            [
                ("Jan Smit", None, "present"),
                ("Ernest de Graaf", None, "present"),
                ("Pieter van Dijk", None, "present"),
            ],
        ),
        (
            "De voorzitter heet allen welkom, en met name onze beide gasten Ad Vos en Jan Prins. "
            "Hij memoreert iets.",
            [("Ad Vos", "gast", "present"), ("Jan Prins", "gast", "present")],
        ),
        (
            " • Afwezig hebben zich gemeld Petra de Vink, Lijndert Bos.",
            [("Petra de Vink", None, "absent"), ("Lijndert Bos", None, "absent")],
        ),
    ],
)
def test_two_people_sharing_a_place_guests_and_a_bulleted_sentence(text, expected):
    found = extract_participants([(1, x) for x in text.split("\n")])
    assert [(p["name"], p["role"], p["status"]) for p in found] == expected


def test_a_short_surname_ends_a_sentence_and_a_capitalised_title_does_not():
    line = "Afwezig zijn Mevr. Jansen en Prof. Kok. Aanwezig is Jan Bos. Er is koffie."
    found = [(p["name"], p["status"]) for p in extract_participants([(1, line)])]
    assert found == [("Jansen", "absent"), ("Kok", "absent"), ("Jan Bos", "present")]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        (
            "Verslag ledenavond woensdag 21 februari in de meridiaan te Almelo.",
            "de meridiaan te Almelo",
        ),
        ("Op 16 mei vond bij de Hoeve in Best de algemene vergadering plaats.", "de Hoeve in Best"),
        # a month's abbreviation: the calendar's one vocabulary (`{calendar_month}`)
        ("Verslag ledenavond woensdag 21 feb in de Meridiaan te Almelo.", "de Meridiaan te Almelo"),
        (
            "Dit jaar werd de ledenvergadering gehouden in D’n Ouwe Schuur. Een zaal vol.",
            "D’n Ouwe Schuur",
        ),
        ("Maandag 7 april vond in de turfschuur de jaarvergadering plaats.", "de turfschuur"),
        (
            "gehouden op 30 september 2011 in het clubhuis aan de Dijk te Edam aanvang 19.30",
            "het clubhuis aan de Dijk te Edam",
        ),
        (
            "Aanvang: 20.00 uur bij Hotel De Gouden Leeuw te Ruinen.",
            "Hotel De Gouden Leeuw te Ruinen",
        ),
        # not a place: no building and no name, another meeting, a meeting on another day
        ("Op 3 mei in de krant stond dat we een mooie vereniging zijn.", None),
        ("Op 3 okt in de krant stond dat we een mooie vereniging zijn.", None),
        ("Het besluit is op 12 maart 2020 in werking getreden.", None),
        ("De vorige vergadering werd gehouden in Zwolle.", None),
        (
            "Op 24 september 2010 werd de jaarvergadering gehouden in het Clubhuis te Loosdrecht.",
            None,
        ),
    ],
)
def test_the_place_a_sentence_says_the_meeting_was_held_in(line, place):
    # a line that gives the day and month alone dates the meeting it names: under a head of
    # 30 September 2011 its 21 February would be another event's (`test_a_day_of_another_date`)
    meeting_date = date(2011, 9, 30) if re.search(r"\b20\d\d\b", line) else None
    assert find_location(["Notulen ledenvergadering", line], meeting_date) == place


@pytest.mark.parametrize(
    ("title", "lines", "body"),
    [
        (
            "Notulen van de Algemene Ledenvergadering van de Historische Vereniging Ruinen, "
            "gehouden op woensdag 11 februari 2015 in het Dorpshuis",
            [],
            "algemene ledenvergadering van de historische vereniging ruinen",
        ),
        (
            None,
            ["Notulen bestuursvergadering Fronteers, 16 maart 2009"],
            "bestuursvergadering fronteers",
        ),
        (None, ["Verslag MR vergadering 12 mei"], "mr vergadering"),
        (None, ["Verslag ledenbijeenkomst woensdag 21 februari"], "ledenbijeenkomst"),
        (None, ["Notulen ALV 2020"], "alv"),
        # a meeting word alone names no body
        (None, ["De voorzitter opent de vergadering."], None),
        (None, ["Verslag van de bijzondere vergadering"], None),
    ],
)
def test_the_body_an_assembly_is_named_by(title, lines, body):
    assert find_body(lines, title) == body


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Aanwezig: alle bestuursleden en de heer K. Vos en mw. A. van Dam.",
            [("K. Vos", "present"), ("A. van Dam", "present")],
        ),
        (
            "Er zijn 4 leden aanwezig (Tineke de Wit, Wietse Kuiper en Jan Snel). Daarna koffie.",
            [("Tineke de Wit", "present"), ("Wietse Kuiper", "present"), ("Jan Snel", "present")],
        ),
    ],
)
def test_members_named_after_a_count_or_after_all_of_a_group(line, expected):
    assert [(p["name"], p["status"]) for p in extract_participants([(1, line)])] == expected


@pytest.mark.parametrize(
    ("lines", "start"),
    [
        (["MR-vergadering 15 januari 2018 19.00 uur"], time(19, 0)),
        (["Agenda MR vergadering dinsdag 15 november 2022 19.30u (TEAMS)"], time(19, 30)),
        (["1. Opening Luc om 20.00 uur"], time(20, 0)),
        (["1. Mascha heet om 20:00 uur alle aanwezigen welkom op deze vergadering."], time(20, 0)),
        (
            ["De voorzitter opent na een technisch probleem om 20:10 uur de vergadering."],
            time(20, 10),
        ),
        (["Beide vergaderingen beginnen om 13.30 uur in de Baronie."], None),
        (["Verslag van het Algemeen Bestuur d.d. 31 augustus 2016 te 14.00 uur"], time(14, 0)),
        (["Er vindt een extra vergadering plaats op 7 mei vanaf 19.30 uur."], time(19, 30)),
        (["Iedereen had ingelogd, dus konden wij stipt om 10.00 uur beginnen."], time(10, 0)),
    ],
)
def test_the_start_time_after_the_date_or_an_opening_cue(lines, start):
    assert find_times(lines)[0] == start


def test_a_day_to_come_does_not_date_the_meeting():
    lines = ["Aanwezig: Dion, Sander", "Aanstaande maandag 5 september 2016 komt de lijst.", "Rest"]
    assert find_date(lines, 2016) == (None, False)


def test_apologies_told_in_a_sentence_after_the_label_and_a_member_leaving_early():
    line = (
        "Er zijn twee afmeldingen: Toon Smits en Bernard Bosman zijn verhinderd. "
        "Carel de Wit zal rond 15.00 uur de vergadering verlaten wegens afspraken elders."
    )
    found = [(p["name"], p["status"]) for p in extract_participants([(1, line)])]
    assert found == [
        ("Toon Smits", "absent"),
        ("Bernard Bosman", "absent"),
        ("Carel de Wit", "present"),
    ]


def test_an_email_sending_the_account_of_a_talk_holds_the_meeting():
    text = (
        "Van: Bart Smit\nAan: Tom Lemmens; Mike de Put\n"
        "Onderwerp: Verslag overleg molen 5\n\n"
        "Hierbij mijn verslag van het overleg van vanmorgen.\n\n"
        "Aanwezig:\nTom Lemmens (Sibelco)\nOlivier Leroy (CMI)\n\n"
        "Besproken punten:\n1. Rekstrookjes\n"
    )
    pages, documents = documents_from_text(text, "x")
    found = [
        [p["name"] for p in extract_meetings({**doc, "pages": [page]})[1]]
        for doc, page in zip(documents, pages, strict=True)
    ]
    assert ["Tom Lemmens", "Olivier Leroy"] in found
    unrelated = text.replace("Verslag overleg molen 5", "Planning testen molen 5")
    pages, documents = documents_from_text(unrelated, "x")
    assert not any(
        extract_meetings({**doc, "pages": [page]})[0]
        for doc, page in zip(documents, pages, strict=True)
    )


def test_a_listed_person_who_comes_later_attended():
    line = (
        "Aanwezige leden: de dames De Wit en Van Dam, de heer Smit komt om 20.40 ter vergadering."
    )
    assert [(p[0], p[3]) for p in _people(line)] == [
        ("De Wit", "present"),
        ("Van Dam", "present"),
        ("Smit", "present"),
    ]
    late = "Afwezig: Jan Bos, Piet Kok komt later"
    assert [(p[0], p[3]) for p in _people(late)] == [("Jan Bos", "absent"), ("Piet Kok", "present")]
    joined = (
        "Afwezig zijn: de heer De Haas en mevrouw Kok.\n"
        "Mevrouw Smit (vanaf 16.40 uur) en de heren De Wit (vanaf 17.00 uur) en Bos "
        "(vanaf 17.20 uur) schuiven iets later in de vergadering aan."
    )
    assert [(p[0], p[3]) for p in _people(joined)] == [
        ("De Haas", "absent"),
        ("Kok", "absent"),
        ("Smit", "present"),
        ("De Wit", "present"),
        ("Bos", "present"),
    ]


def test_a_register_of_decisions_holds_one_meeting_per_dated_section():
    text = (
        "Besluiten Kerkenraad en Moderamen\n\n"
        "1 juli 2021 Kerkenraad\n\n"
        " • Kerkdiensten: we mogen weer zingen.\n"
        " • CvK: Jose Brouwer wordt lid van het CvK.\n\n"
        "21 juni 2021 Moderamen\n\n"
        " • Kerkdiensten: de regels worden iets soepeler.\n"
    )
    pages, documents = documents_from_text(text, "x")
    meetings = [
        m
        for doc, page in zip(documents, pages, strict=True)
        for m in extract_meetings({**doc, "doc_type": "decision_list", "pages": [page]})[0]
    ]
    assert [(m["meeting_date"], m["body"]) for m in meetings] == [
        (date(2021, 7, 1), "Kerkenraad"),
        (date(2021, 6, 21), "Moderamen"),
    ]
    assert len({m["meeting_id"] for m in meetings}) == 2


def _meeting_dates(text: str, doc_type: str | None = None) -> list:
    pages, documents = documents_from_text(text, "x")
    return [
        m["meeting_date"]
        for doc, page in zip(documents, pages, strict=True)
        for m in extract_meetings(
            {**doc, "pages": [page], **({"doc_type": doc_type} if doc_type else {})}
        )[0]
    ]


def test_a_first_line_naming_a_dated_meeting_makes_the_document_hold_it():
    notes = (
        "Korte aantekeningen vergadering commissies Infrastructuur, Waterstaat en Omgeving "
        "(IWO) en Economische Zaken en Klimaat / Landbouw (EZK/LNV) van 23 november 2021\n"
        "1. Halfjaarlijks toezeggingenrappel\n\n"
        "De commissies besluiten om een nadere toelichting te vragen.\n"
    )
    assert _meeting_dates(notes) == [date(2021, 11, 23)]
    broadcast = (
        "Live uitzending commissievergadering\n\n7 mei 2020\nRaadszaal\n\n"
        "De commissie bespreekt de gevolgen van de crisis.\n"
    )
    assert _meeting_dates(broadcast) == [date(2020, 5, 7)]
    report = "Jaarverslag klachten 2022\n\n14 november 2023\n\nIn 2022 kwamen 40 klachten binnen.\n"
    assert _meeting_dates(report) == []


def test_a_decision_list_dated_by_the_line_naming_its_meeting():
    text = (
        "BESLUITENLIJST Weeknummer: 13\n"
        "Vergadering van gedeputeerde staten van Drenthe d.d. 28 maart 2006\n"
        "Nummer Onderwerp Besluit\n"
        "1. Herziening commissie. Conform advies besloten.\n"
    )
    assert _meeting_dates(text, "decision_list") == [date(2006, 3, 28)]


def test_a_decision_list_dated_by_its_own_title_with_the_attendance_run_on():
    # web108 bonaire-er-2012: the list's title names the body in full before `d.d.` and its
    # date, the attendance table's first cells run on after it; no attendee is read
    text = (
        "OPENBAAR LICHAAM\n"
        "BONAIRE\n"
        "BESLUITENLIJST van de openbare vergadering van de eilandsraad van het openbaar "
        "lichaam Bonaire d.d. 28 februari 2012. Voorzitter: dhr. P. Silberie Leden: X\n"
        "dhr. C.A.A. Abraham\n"
        "X\n"
        "1. Het voorstel tot vaststelling van de agenda wordt aangenomen.\n"
    )
    assert _meeting_dates(text, "decision_list") == [date(2012, 2, 28)]


def test_a_group_list_ending_in_a_comma_does_not_run_into_the_next_group():
    text = (
        "Aanwezig\n"
        "JO: Stefanie Roeland (Noa), Anne de Jeu (ouder Jonas),\n"
        "JUSO: Hanneke van der Salm (Wies), Robin de Vries\n"
        "Bestuur: Hans de Buck\n"
    )
    assert [(p[0], p[2]) for p in _people(text)] == [
        ("Stefanie Roeland", "Noa"),
        ("Anne de Jeu", "ouder Jonas"),
        ("Hanneke van der Salm", "Wies"),
        ("Robin de Vries", "JUSO"),
        ("Hans de Buck", "Bestuur"),
    ]


def test_a_place_in_a_form_row_or_before_the_verb_of_holding():
    assert find_location(["Datum Vrijdag 31 oktober 2014   Locatie Zaal Botterhoek"]) == (
        "Zaal Botterhoek"
    )
    said = "Dinsdag 12 maart hebben we onze Algemene Ledenvergadering in De Graanhoek gehouden."
    assert find_location([said]) == "De Graanhoek"
    prose = "Op 8 februari vond de ALV van onze tennisvereniging  plaats. We waren blij."
    assert find_location([prose]) is None


def test_a_flemish_council_attendance_block_with_roles_after_each_group():
    text = (
        "Aanwezig: Jan Peeters, voorzitter\n"
        "Els Maes, burgemeester\n"
        "Tom Claes, Ann Wouters, schepenen\n"
        "Piet Jacobs, An De Smet, gemeenteraadsleden\n"
        "Sofie Mertens, algemeen directeur\n"
        "Verontschuldigd: Bart Goossens, raadslid; Lies Aerts, schepen\n"
    )
    assert [(p[0], p[1], p[3]) for p in _people(text)] == [
        ("Jan Peeters", "voorzitter", "present"),
        ("Els Maes", "burgemeester", "present"),
        ("Tom Claes", "schepen", "present"),
        ("Ann Wouters", "schepen", "present"),
        ("Piet Jacobs", "gemeenteraadslid", "present"),
        ("An De Smet", "gemeenteraadslid", "present"),
        ("Sofie Mertens", "algemeen directeur", "present"),
        ("Bart Goossens", "raadslid", "absent"),
        ("Lies Aerts", "schepen", "absent"),
    ]


def test_more_attendance_and_function_labels():
    assert [(p[0], p[3]) for p in _people("Afwezig en verontschuldigd: Jan Peeters, Els Maes")] == [
        ("Jan Peeters", "absent"),
        ("Els Maes", "absent"),
    ]
    assert [(p[0], p[1]) for p in _people("Verslaggever: Tom Claes")] == [("Tom Claes", "notulist")]
    assert [(p[0], p[1]) for p in _people("Penningmeester: Kris Willems")] == [
        ("Kris Willems", "penningmeester")
    ]
    assert _people("Penningmeester: de stand van zaken is goed.") == []


def test_the_make_up_of_a_body_is_not_its_attendance():
    text = (
        "4. Piet Bos is gekozen. Het bestuur bestaat nu uit de volgende personen:\n"
        "  Voorzitter: Leo Smit\n"
        "  Secretaris: Henk Kroon\n"
        "  Penningmeester: Paul Vos\n"
        "5. Regio indeling\n"
    )
    assert _people(text) == []


def test_a_board_list_with_each_members_task_after_a_dash():
    text = (
        "Het bestuur was vertegenwoordigd door de heren: A. Smit – voorzitter\n\n"
        "F. van Dam – secretaris\n\nJ. Bos – algemene zaken\n\nF. Kok – public relations\n"
    )
    lines = [(1, line) for line in text.splitlines()]
    assert [p["name"] for p in extract_participants(lines)][-2:] == ["J. Bos", "F. Kok"]
    assert _people("Opening – welkom door de voorzitter") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Ze meldt dat de wethouder mevr. Ans Bos helaas door omstandigheden was verhinderd.",
            [("Ans Bos", "wethouder", "absent")],
        ),
        ("Jan Bos is wegens ziekte afwezig.", [("Jan Bos", None, "absent")]),
        (
            "Jan Bos en Piet Kok zijn door een andere afspraak verhinderd.",
            [("Jan Bos", None, "absent"), ("Piet Kok", None, "absent")],
        ),
    ],
)
def test_apologies_with_the_reason_between_names_and_verb(line, expected):
    assert [(p["name"], p["role"], p["status"]) for p in extract_participants([(1, line)])] == (
        expected
    )


def test_a_form_rendered_as_bullets_label_over_value():
    text = "- Locatie\nRaadzaal\n- Voorzitter\n- T. Simons / B. Scholtze\n- Toelichting\n-\n"
    assert [(p[0], p[1]) for p in _people(text)] == [
        ("T. Simons", "voorzitter"),
        ("B. Scholtze", "voorzitter"),
    ]
    assert _people("- Voorzitter stelt voor de vergadering te schorsen") == []


def test_a_label_line_whose_parts_each_open_with_a_role():
    line = "Aanwezig: Voorzitter: Jan Peeters; Secretaris: Els Maes; Leden: Tom Claes, Ann Wouters"
    assert [(p[0], p[1]) for p in _people(line)] == [
        ("Jan Peeters", "voorzitter"),
        ("Els Maes", "secretaris"),
        ("Tom Claes", "lid"),
        ("Ann Wouters", "lid"),
    ]


def test_a_label_line_list_followed_by_a_sentence():
    line = (
        "Aanwezig: Paul Bos, Wim en Marja van Dam, Henk en Mieke Kok. "
        "2 leden waren in het bezit van een stemmingsvolmacht."
    )
    assert [p[0] for p in _people(line)] == [
        "Paul Bos",
        "Wim van Dam",
        "Marja van Dam",
        "Henk Kok",
        "Mieke Kok",
    ]
    going_on = "Aanwezig: Isa Nielen, Bea van den Berg. (vereniging) Piet Kok (Steunpunt), Bert Mos"
    assert [p[0] for p in _people(going_on)][-2:] == ["Piet Kok", "Bert Mos"]


def test_flemish_attendance_layouts():
    listed = "Aanwezig:\n\nBerghmans Hugo; Cuypers Koen; De Laet Marina\n\nAdvies begroting:"
    assert [p[0] for p in _people(listed)] == ["Berghmans Hugo", "Cuypers Koen", "De Laet Marina"]
    said = "Raadsleden Sofie Coppens en Koen Vijverman zijn afwezig tijdens de zitting."
    assert [(p[0], p[1], p[3]) for p in _people(said)] == [
        ("Sofie Coppens", "raadslid", "absent"),
        ("Koen Vijverman", "raadslid", "absent"),
    ]
    assert status_label("Aanwezigheden: zie lijst in bijlage 1") is not None
    title = ["SPORTRAAD", "VERSLAG VAN DE ALGEMENE VERGADERING VAN DE SPORTRAAD VAN 16/11/ 2007."]
    assert find_date(title, None)[0] == date(2007, 11, 16)


def _meetings_and_people(text: str, **fields) -> tuple[list[dict], list[dict]]:
    pages, docs = documents_from_text(text, "x")
    return extract_meetings({**docs[0], "pages": [pages[0]], **fields})


def test_a_table_whose_column_of_marks_says_who_was_there():
    report = (
        "# Voortgangsrapport week 4\n\n"
        "* Groep: 3\n"
        "* Datum voortgangsgesprek: 11/03/2024\n\n"
        "| Student      | Aanw. | Opmerking |\n"
        "| :---         | :---  | :---      |\n"
        "| Anna de Wit  |  x    |           |\n"
        "| Bas Kramer   |  nee  | ziek      |\n"
        "| Cor Visser   |       |           |\n"
        "| Dirk Smit    |  V    |           |\n\n"
        "## Wat heb je deze week gedaan?\n\n"
        "* Het testplan geschreven en de opdracht afgerond met de hele groep samen\n"
    )
    meetings, people = _meetings_and_people(report)
    assert [m["meeting_date"] for m in meetings] == [date(2024, 3, 11)]
    # an empty cell gives no status: that row is left out
    assert [(p["name"], p["status"]) for p in people] == [
        ("Anna de Wit", "present"),
        ("Dirk Smit", "present"),
        ("Bas Kramer", "absent"),
    ]


def test_a_table_of_names_under_a_status_heading_is_no_column_of_marks():
    minutes = (
        "# Verslag\n\nDatum: 3 mei 2024\n\n"
        "| Aanwezig | Afwezig |\n| --- | --- |\n| Jan Bos, Els Dam | Piet Smit |\n"
    )
    people = _meetings_and_people(minutes)[1]
    assert [(p["name"], p["status"]) for p in people] == [
        ("Jan Bos", "present"),
        ("Els Dam", "present"),
        ("Piet Smit", "absent"),
    ]


JOURNAL = """# Sprint 3: verslagen

## Stand-up: 07/10/2024 09:00

**Aanwezig:** Jaro, Wout
**Afwezig:** Senne

### Wat hebben jullie gisteren gedaan?
De database staat op en de schermen zijn gemaakt door het team samen met de begeleider.

## Stand-up: 08/10/2024 11:45

**Aanwezig:** Jaro, Senne
**Afwezig:** Wout, Yme

### Wat ga je vandaag doen?
Verder met de authenticatie en het afrekenen van de producten in de winkelmand.

## Week 2 Dag 1 - 14/10/2024

**Aanwezig:** Jaro, Wout, Senne
"""


def test_a_journal_of_meetings_gives_one_meeting_per_dated_heading():
    meetings, people = _meetings_and_people(JOURNAL, doc_type="minutes")
    assert [(m["meeting_id"][-3:], m["meeting_date"], m["start_time"]) for m in meetings] == [
        ("-m1", date(2024, 10, 7), time(9, 0)),
        ("-m2", date(2024, 10, 8), time(11, 45)),
        ("-m3", date(2024, 10, 14), None),
    ]
    by_meeting = [(p["meeting_id"][-3:], p["name"], p["status"]) for p in people]
    assert by_meeting == [
        ("-m1", "Jaro", "present"),
        ("-m1", "Wout", "present"),
        ("-m1", "Senne", "absent"),
        ("-m2", "Jaro", "present"),
        ("-m2", "Senne", "present"),
        ("-m2", "Wout", "absent"),
        ("-m2", "Yme", "absent"),
        ("-m3", "Jaro", "present"),
        ("-m3", "Wout", "present"),
        ("-m3", "Senne", "present"),
    ]


def test_one_meeting_that_names_the_next_in_a_heading_is_no_journal():
    minutes = (
        "# Verslag bestuursvergadering 3 maart 2024\n\n**Aanwezig:** Jan Bos, Els Dam\n\n"
        "## Volgende vergadering 7 april 2024\n\nIn het clubhuis.\n"
    )
    meetings = _meetings_and_people(minutes, doc_type="minutes")[0]
    assert [m["meeting_date"] for m in meetings] == [date(2024, 3, 3)]


def test_hours_after_the_date_of_a_date_field():
    assert find_times(["Datum: 2020-09-28, 10:00"]) == (time(10, 0), None)
    assert find_times(["Hoe laat: 20.00 uur"]) == (time(20, 0), None)
    assert find_times(["18-4-2018", "20.00u – 22.00u"]) == (time(20, 0), time(22, 0))


@pytest.mark.parametrize(
    "line",
    [
        "Om precies 13.30 u open ik de vergadering; er is veel te bespreken.",
        "Voorzitter Paul Smit heette om 13.30 uur stipt de leden welkom.",
    ],
)
def test_the_hour_the_chair_opens_or_welcomes(line):
    assert find_times([line]) == (time(13, 30), None)
    assert find_times(["- Datum overleg: 16-03-2023, 18:20 - 18:40 via Teams"]) == (
        time(18, 20),
        time(18, 40),
    )


def test_who_keeps_the_record_is_no_part_of_the_absent_list_above():
    people = _people("Aanwezig: Jan Bos, Els Dam\nAfwezig: /\nVerslaggever: Owen Pieters\n")
    assert ("Owen Pieters", "verslaggever", None, "absent", False) not in people
    assert [p[0] for p in people if p[3] == "absent"] == []


def test_a_section_heading_below_the_account_dates_what_it_is_about():
    report = (
        "# Notulen sprint review\n\n**Aanwezig:** Anna de Wit, Bas Kramer\n\n"
        "We hebben het dashboard en de nieuwe reserveringspagina laten zien aan onze "
        "opdrachtgever.\n\n"
        "## Presentatie vrijdag 12 december om 13:00\n\n"
        "Bewijs: de laatste commit (11 december 2025)\n"
    )
    meetings = _meetings_and_people(report, doc_type="minutes")[0]
    assert [m["meeting_date"] for m in meetings] == [None]


def test_a_welcome_naming_officials_by_a_compound_role_after_a_group():
    text = (
        "Verslag van de ledenvergadering van de dorpsvereniging, 3 maart 2021\n\n"
        "Opening\nDe voorzitter opent de vergadering en heet iedereen welkom. Een speciaal "
        "welkom voor de afgevaardigden van de buurtverenigingen, voor onze contactwethouder "
        "Piet Bos, dorpencoördinator Anna Smit en wijkagent Kees Dam.\n"
    )
    assert _meeting_people(text) == [
        ("Piet Bos", "contactwethouder", None, "present"),
        ("Anna Smit", "dorpencoördinator", None, "present"),
        ("Kees Dam", "wijkagent", None, "present"),
    ]


def test_a_compound_role_opening_a_sentence_of_prose_names_no_participant():
    line = "Avondvoorzitter Jan Bos heet allen welkom. Hij licht het doel toe."
    assert parse_participant(line, "present") is None


def test_a_family_and_a_list_ending_in_a_full_stop_after_a_role():
    people = _people(
        "Aanwezig:\nEls Dam (voorzitter)\nGreet Bos(secretaris).\n\n"
        "Afmeldingen\nAnna Kok, fam. Jansen, mevr. Smit.\n"
    )
    assert [(p[0], p[1], p[3]) for p in people] == [
        ("Els Dam", "voorzitter", "present"),
        ("Greet Bos", "secretaris", "present"),
        ("Anna Kok", None, "absent"),
        ("Jansen", None, "absent"),
        ("Smit", None, "absent"),
    ]


def test_a_street_address_below_the_date_and_hours_is_the_place():
    head = ["Wijkraad Noord", "", "3-5-2019", "19.30u – 21.30u", "Kerkstraat 12a", "", "Verslag"]
    assert find_location(head) == "Kerkstraat 12a"
    assert find_location(["Wijkraad Noord", "Kerkstraat 12a", "", "Verslag 3-5-2019"]) is None


def test_named_votes_record_who_attended_where_no_list_does():
    lines = [
        (1, "De raad keurt het voorstel goed met 3 ja-stemmen (Bos Jan, Els Dam, Piet Kok),"),
        (1, "1 onthouding (Anna Smit) en 1 niet gestemd (Jan Bos)."),
    ]
    assert [p["name"] for p in extract_participants(lines)] == [
        "Bos Jan",
        "Els Dam",
        "Piet Kok",
        "Anna Smit",
        "Jan Bos",
    ]
    listed = [(1, "Aanwezig: Kees Dam, Ria Vos"), *lines]
    assert [p["name"] for p in extract_participants(listed)] == ["Kees Dam", "Ria Vos"]


def test_attendance_rows_with_a_comma_in_the_note_or_the_place_first():
    people = _people(
        "Aanwezig:\n\nKoen Bos (voorzitter, burgemeester Edegem)\n\n"
        "Ria Vos (ondervoorzitter, burgemeester Essen)\n\nAanwezigen:\n"
        "  Hillegom - Dhr van Trigt\n  Leiden/DB - mevr Spies\n\nOPENBARE ZITTING\n"
    )
    assert [(p[0], p[2]) for p in people] == [
        ("Koen Bos", "Edegem"),
        ("Ria Vos", "Essen"),
        ("van Trigt", "Hillegom"),
        ("Spies", "Leiden/DB"),
    ]


def test_a_letter_alone_is_no_participant():
    assert parse_participant("M", "present", allow_bare=True) is None
    assert parse_participant("J.", "present", allow_bare=True) is None
    assert parse_participant("J. Bos", "present", allow_bare=True)["name"] == "J. Bos"


def test_the_place_a_meeting_was_held_in_ends_where_its_purpose_begins():
    line = "De werksessie vond plaats op dinsdag 19 maart 2024 in het Atrium met als doel om"
    assert find_location([line]) == "het Atrium"


def test_a_double_spaced_list_wrapped_at_an_ampersand_and_inside_a_name():
    """Text copied with a blank line under every printed line: the list goes on past the
    blank where its line ends open (`&`, a first name cut from its surname); `&` joins two
    people sharing a note. A heading past a list's closing comma is no attendee."""
    text = (
        "Aanwezig: Jan Vos (Chiro), Els Peeters &\n\n"
        "Ann Wouters (KLJ meisjes), Tom Mertens & Lies Claes (Scouts), Bart\n\n"
        "Janssens (KLJ-jongens), Ben Luyten (JRK),\n\n"
        "Gert Maes (schepen), Rik Bos (voorzitter) en Piet Thijs\n\n"
        "(secretaris).\n\n"
        "Verontschuldigd: Bea Bax (JRK), Rik Smet (Chiro),\n\n"
        "Opening & Mededelingen (Vz)\n"
    )
    people = _people(text)
    assert [p[0] for p in people if p[3] == "present"] == [
        "Jan Vos", "Els Peeters", "Ann Wouters", "Tom Mertens", "Lies Claes", "Bart Janssens",
        "Ben Luyten", "Gert Maes", "Rik Bos", "Piet Thijs",
    ]  # fmt: skip
    assert ("Piet Thijs", "secretaris", None, "present", False) in people
    assert [p[0] for p in people if p[3] == "absent"] == ["Bea Bax", "Rik Smet"]


def test_a_list_line_ending_in_a_first_name_goes_on_with_its_surname():
    """`..., Annie` over a blank and `Meyvaert, Ivo Cant`: the line was cut inside a name; a
    list of surnames only (`Bos, Kok, Smit`) ends whole."""
    text = (
        "Aanwezig: Erland Møller, Luc Van Walle, Marie-Louise Van Brempt, Annie\n\n"
        "Meyvaert, Ivo Cant, Mieke Stoop\n\n"
        "Verontschuldigd: Bos, Kok, Smit\n\n"
        "Jansen, Dekker, Vos\n"
    )
    people = _people(text)
    assert [p[0] for p in people if p[3] == "present"] == [
        "Erland Møller", "Luc Van Walle", "Marie-Louise Van Brempt", "Annie Meyvaert", "Ivo Cant",
        "Mieke Stoop",
    ]  # fmt: skip
    absent = [p[0] for p in people if p[3] == "absent"]
    assert absent == ["Bos", "Kok", "Smit", "Jansen", "Dekker", "Vos"]


def test_a_list_previewed_with_an_ellipsis_keeps_its_whole_items_only():
    """A page's teaser of the list (`Marie ...`) and the page furniture under it."""
    text = "Aanwezig: Erland Møller, Bernard Gommers, Marie ...\n\nSHOW MORE\nSHOW LESS\n"
    assert [p[0] for p in _people(text)] == ["Erland Møller", "Bernard Gommers"]


def test_a_sentence_naming_the_people_the_sentence_before_counted():
    """`... van 8 leden. Deze leden zijn ...`: the named have the counting sentence's status;
    a couple under two honorifics and `de hr.` name people, `..` ends the sentence."""
    text = (
        "De voorzitter opent de vergadering. Bericht van verhindering is ontvangen van4 leden. "
        "Deze leden zijn mevr. Hoencamp, hr. En mevr. Hoogenraad en de hr. Zijdewind.. "
        "De voorzitter verwelkomt de leden. Deze avond is kort.\n"
    )
    people = _people(text)
    assert [(p[0], p[3]) for p in people] == [
        ("Hoencamp", "absent"), ("Hoogenraad", "absent"), ("Hoogenraad", "absent"),
        ("Zijdewind", "absent"),
    ]  # fmt: skip


def test_a_special_welcome_to_our_officials_names_them_in_their_functions():
    """`Een speciaal welkom voor onze contactwethouder A, dorpencoördinator B en ...`: the
    possessive after the lead's `voor` opens the first person's function, not a name; the
    sentence before it ends in a year."""
    text = (
        "De voorzitter opent de vergadering over het jaar 2020. Een speciaal welkom voor onze "
        "contactwethouder "
        "Roel de Jong, dorpencoördinator Karien van Mierlo en wijkbeheerder Theo Zwerver.\n"
    )
    assert [(p[0], p[1]) for p in _people(text)] == [
        ("Roel de Jong", "contactwethouder"), ("Karien van Mierlo", "dorpencoördinator"),
        ("Theo Zwerver", "wijkbeheerder"),
    ]  # fmt: skip


def test_a_council_list_below_its_label_with_ranked_and_joined_functions():
    """A council portal's `Aanwezig` over `Name, Function; Name; ...`: a rank before a function
    (`Eerste schepen`) and functions joined by hyphens (`OCMW-voorzitter-schepen`) are the
    person's function, not a name; a function's heading alone on its line (`Secretaris` over
    its holder) ends the list above it."""
    text = (
        "Notulen Gemeenteraad\n\nAanwezig\n\n"
        "Jan Peeters, Voorzitter; Els Maes, Eerste schepen; Tom Claes; Ann Wouters; "
        "Rik Smet, OCMW-voorzitter-schepen; Lien Bos, Algemeen directeur\n\n"
        "Verontschuldigd\n\nKoen Dierickx, Tweede schepen\n\nSecretaris\n\n"
        "Lien Bos, Algemeen directeur\n"
    )
    assert [(p[0], p[1], p[3]) for p in _people(text)] == [
        ("Jan Peeters", "voorzitter", "present"), ("Els Maes", "eerste schepen", "present"),
        ("Tom Claes", None, "present"), ("Ann Wouters", None, "present"),
        ("Rik Smet", "ocmw-voorzitter-schepen", "present"),
        ("Lien Bos", "algemeen directeur", "present"),
        ("Koen Dierickx", "tweede schepen", "absent"),
    ]  # fmt: skip


def test_list_lines_naming_the_people_before_their_function():
    """`Ann Peeters, Bart Claes: Schepenen;`: the names first, their function after the
    colon (a plural made singular); a dated heading below the list ends it, so the unit
    named after it is nobody."""
    text = (
        "Zitting van 14 maart 2023\n\nAanwezig de dames en heren:\n\n"
        "Piet Janssens: Burgemeester;\n\nAnn Peeters, Bart Claes: Schepenen;\n\n"
        "Geert Maes: Algemeen directeur;\n\n \n\nOverzicht punten\n\n"
        "Zitting van 14 maart 2023\n\nDienst Burgerzaken\n"
    )
    assert [(p[0], p[1]) for p in _people(text)] == [
        ("Piet Janssens", "burgemeester"), ("Ann Peeters", "schepen"),
        ("Bart Claes", "schepen"), ("Geert Maes", "algemeen directeur"),
    ]  # fmt: skip


def test_a_portal_head_gives_the_time_and_room_after_the_date():
    lines = ["Notulen Gemeenteraad", "di 14/03/2023 - 19:30 raadzaal"]
    assert find_times(lines) == (time(19, 30), None)
    assert find_location(lines) == "raadzaal"
    assert find_location(["Vergadering 14 maart 2023 - 19:30 Opening door de voorzitter"]) is None


def test_a_flattened_council_list_of_groups_parted_by_full_stops():
    """A transcript's one line: groups of names each closed by their function, parted by full
    stops, the first opened by an honorific for all (`De heren en dames`), then the text goes
    on; a surname that lost its apostrophe (`D hondt`) is still a name."""
    line = (
        "1 Zitting van 3 mei 2012 Aanwezig : dhr. Jan Peeters,burgemeester-voorzitter, mevr. An "
        "Claes en dhr. Rik Smet,schepenen. De heren en dames Tom Maes, Lies D hondt en Bert "
        "Wouters, raadsleden. Mevr. Eva Bos, gemeentesecretaris. OPENBARE ZITTING 1. "
        "Goedkeuring van het verslag van de vorige zitting en van de agenda van vandaag."
    )
    assert [(p[0], p[1]) for p in _people(line)] == [
        ("Jan Peeters", "burgemeester-voorzitter"), ("An Claes", "schepen"),
        ("Rik Smet", "schepen"), ("Tom Maes", "raadslid"), ("Lies D hondt", "raadslid"),
        ("Bert Wouters", "raadslid"), ("Eva Bos", "gemeentesecretaris"),
    ]  # fmt: skip


def test_a_list_whose_functions_follow_the_names_with_the_breaks_lost():
    """`Koen Smet, Voorzitter Lies Peeters, Burgemeester Jan Claes, ...`: in a list that prints
    each function after its people, a function before a name closes the person before it;
    `Afwezig: /` names no one, and the text after the mark is no list."""
    line = (
        "1 Zitting van: dinsdag 7 mei 2019 Aanwezig: Koen Smet, Voorzitter Lies Peeters, "
        "Burgemeester Jan Claes, Eva Maes, Schepenen Rik Bos, Tom Wouters, Raadsleden Ann Vos, "
        "Algemeen directeur Verontschuldigd: Afwezig: / OPENBAAR Opening door de voorzitter, de "
        "heer Smet Goedenavond iedereen. Ik open de zitting."
    )
    assert [(p[0], p[1], p[3]) for p in _people(line)] == [
        ("Koen Smet", "voorzitter", "present"), ("Lies Peeters", "burgemeester", "present"),
        ("Jan Claes", "schepen", "present"), ("Eva Maes", "schepen", "present"),
        ("Rik Bos", "raadslid", "present"), ("Tom Wouters", "raadslid", "present"),
        ("Ann Vos", "algemeen directeur", "present"),
    ]  # fmt: skip


def test_a_group_opened_by_its_plural_function_and_namely():
    line = (
        "Aanwezig: de raadsleden, te weten, de dames A. Bos en C. de Wit, de heren K. Smit en "
        "P. Dam. De wethouders, te weten, de heren L. Kok en M. Vos."
    )
    assert [(p[0], p[1]) for p in _people(line)] == [
        ("A. Bos", "raadslid"), ("C. de Wit", "raadslid"), ("K. Smit", "raadslid"),
        ("P. Dam", "raadslid"), ("L. Kok", "wethouder"), ("M. Vos", "wethouder"),
    ]  # fmt: skip


def test_a_clause_with_a_colon_heads_no_group_of_people():
    assert _people("Verslag bestuur\nDownload dit verslag als:\nWORD PDF TXT\n") == []
    assert [p[0] for p in _people("Verslag\nBestuur:\nJan Bos\nPiet Kok\n\n1. Opening")] == [
        "Jan Bos", "Piet Kok",
    ]  # fmt: skip


def test_a_form_with_its_labels_in_one_row_over_their_values():
    """`Datum: Plaats: Tijd: Aanwezig:` over `12 maart 2019 Dorpshuis De Linde, Kerkstraat 4,
    Ede Aanvang 20.00 uur. 34 leden`: each value under its label, in their order."""
    text = (
        "Notulen Ledenvergadering Datum: Plaats: Tijd: Aanwezig:\n"
        "12 maart 2019 Dorpshuis De Linde, Kerkstraat 4, Ede Aanvang 20.00 uur. 34 leden\n"
        "1. Opening\n"
    )
    doc = documents_from_text(text, "x")
    meeting = extract_meetings({**doc[1][0], "pages": [doc[0][0]], "doc_type": "minutes"})[0][0]
    assert (meeting["meeting_date"], meeting["start_time"], meeting["location"]) == (
        date(2019, 3, 12), time(20, 0), "Dorpshuis De Linde, Kerkstraat 4, Ede",
    )  # fmt: skip


def test_a_label_column_flattened_before_its_values():
    """`Afwezig Voorzitter Griffier : A en B : C : D`: a transcript put the column of labels
    before the column of values, each value after the colon that stood beside its label."""
    line = (
        "1 Notulen van de openbare vergadering van de raad, gehouden op dinsdag 8 april 2008. "
        "Aanwezig: de heren K. Smit en P. Dam. Afwezig Voorzitter Griffier Notuliste : de "
        "dames A. Bos en C. de Wit : de heer L. Kok : de heer M. Vos : mevrouw E. Dijk, "
        "Notulenservice Kort 1. Opening De voorzitter opent de vergadering."
    )
    assert [(p[0], p[1], p[3]) for p in _people(line)] == [
        ("K. Smit", None, "present"), ("P. Dam", None, "present"),
        ("A. Bos", None, "absent"), ("C. de Wit", None, "absent"),
        ("L. Kok", "voorzitter", "present"), ("M. Vos", "griffier", "present"),
        ("E. Dijk", "notulist", "present"),
    ]  # fmt: skip


def test_a_special_welcome_for_guests_named_with_whom_they_came_for():
    """`Een speciaal welkom voor dhr. van Dam van de KBO, mw. de Wit van Humanitas`: the
    welcome's noun phrase opens the list; after an honorific and a surname, `van` says
    where the person comes from."""
    text = (
        "1. Opening De voorzitter opent de vergadering. Een speciaal welkom voor dhr. van Dam "
        "van de KBO en mw. de Wit van Humanitas. Daarna volgt de agenda.\n"
    )
    found = {(p[0], p[2]) for p in _people(text)}  # the welcome read as a sentence too
    assert found == {("van Dam", "KBO"), ("de Wit", "Humanitas")}


@pytest.mark.parametrize(
    ("lines", "place"),
    [
        (["Ledenvergadering Noord 7 september 2015, 20.00 uur Hotel Ruiter Assen"],
         "Hotel Ruiter Assen"),
        (["Ledenvergadering Noord 7 september 2015, 20.00 uur Opening"], None),
        (["Notulen ALV", "Datum dinsdag 26 januari 2016 Locatie Zaal De Brink"], "Zaal De Brink"),
        # a page flattened into one line: the next meeting is another sentence's
        (["1 Notulen van de ledenvergadering, gehouden op 7 september 2015 in Zaal Noord te Ede, "
          "aanvang 10 uur. De raad vergaderde in de volgende samenstelling: A. Bos"],
         "Zaal Noord te Ede"),
    ],
)  # fmt: skip
def test_the_place_a_dated_head_names(lines, place):
    assert find_location(lines, date(2015, 9, 7)) == place


def test_colonless_labels_inside_a_flattened_head_open_their_lists():
    """A transcript's head in one line with its labels in a column without colons: `Afwezig
    met kennisgeving mevrouw C. Dijk, ...` (an honorific after the label) and `Afwezig m.k.
    J. Bos (OSBO) R.J. Kok (SBO)` (a note before the next initials closes a person)."""
    line = (
        "1 VERSLAG van de vergadering van het wijkplatform Noord op donderdag 17 juni 2004 in "
        "de Ontmoetingskerk. Afwezig met kennisgeving mevrouw C. Dijk, de heer M. Kok 1 Opening "
        "De voorzitter opent de vergadering en heet iedereen van harte welkom op deze avond."
    )
    assert [(p[0], p[3]) for p in _people(line)] == [("C. Dijk", "absent"), ("M. Kok", "absent")]
    line = (
        "1 Notulen van de algemene vergadering van de bond, gehouden op 15 juni 2013. Overige "
        "aanwezigen: E. Smit (directeur) Afwezig m.k. J. Bos (OSBO) R.J. Kok (SBO) 2 1. Opening "
        "De voorzitter opent de vergadering en heet iedereen welkom in de zaal van vandaag."
    )
    assert [(p[0], p[2], p[3]) for p in _people(line)] == [
        ("E. Smit", None, "present"), ("J. Bos", "OSBO", "absent"), ("R.J. Kok", "SBO", "absent"),
    ]  # fmt: skip


def test_a_flattened_table_of_organisations_before_their_people():
    """`Gemeente Ede, de heer A. Bos Gemeente Leek, mevrouw K. Dijk Provincie Drenthe, ...`:
    each row's organisation before its comma and person, the next row's organisation glued
    to the person before it; a function after a person (`, voorzitter Gemeente Ede`) is
    theirs; named again by surname alone in a sentence, one person."""
    text = (
        "Verslag algemeen bestuur 25 november 2016\n"
        "Aanwezig: Gemeente Ede, de heer A. Bos Gemeente Leek, mevrouw K. Dijk Provincie "
        "Drenthe, de heer P. Kok\n"
        "Afwezig: Gemeente Assen, de heer R. Vos, voorzitter Gemeente Emmen, mevrouw L. Smit\n"
        "De voorzitter noemt de afwezigen met kennisgeving: de heer Vos en mevrouw Smit.\n"
    )
    assert _meeting_people(text) == [
        ("A. Bos", None, "Gemeente Ede", "present"),
        ("K. Dijk", None, "Gemeente Leek", "present"),
        ("P. Kok", None, "Provincie Drenthe", "present"),
        ("R. Vos", "voorzitter", "Gemeente Assen", "absent"),
        ("L. Smit", None, "Gemeente Emmen", "absent"),
    ]


def test_a_flattened_head_with_labels_in_capitals_and_an_empty_row():
    """`DEELNEMERS mevrouw A. Bos, ... AFWEZIG OPGEMAAKT DOOR ...`: a label in capitals opens
    its list; one right before another word in capitals is an empty row, no list."""
    line = (
        "1 DATUM 3 maart 2015 VERSLAG VAN BESPREKING Notulen van de vergadering van het "
        "algemeen bestuur van het schap DEELNEMERS mevrouw A. Bos, de heren K. Dijk en P. Kok "
        "(voorzitter), mevrouw L. Smit en de heer R. Vos (secretaris). AFWEZIG OPGEMAAKT DOOR "
        "mevrouw T. Wit AFSCHRIFT Deelnemers 1. OPENING De voorzitter opent de vergadering."
    )
    assert [(p[0], p[1], p[3]) for p in _people(line)] == [
        ("A. Bos", None, "present"), ("K. Dijk", None, "present"),
        ("P. Kok", "voorzitter", "present"), ("L. Smit", None, "present"),
        ("R. Vos", "secretaris", "present"),
    ]  # fmt: skip


def test_a_column_of_lower_case_honorific_rows_without_commas():
    """A council list flattened without commas, each row `de heer`/`mevrouw`, initials and
    a surname, then maybe a function or a party."""
    text = (
        "Verslag van de openbare vergadering van de raad, gehouden op 5 maart 2015.\n"
        "Aanwezig: de heer A.B. Bos voorzitter mevrouw C. Dijk griffier de heer Th. Kok "
        "mevrouw E. van der Wal Groen Links de heer F. Smit\n"
        "Voorts aanwezig: de heer G. Vos de heer H. Wit wethouder wethouder\n"
    )
    assert [(p[0], p[1], p[2]) for p in _people(text)] == [
        ("A.B. Bos", "voorzitter", None), ("C. Dijk", "griffier", None), ("Th. Kok", None, None),
        ("E. van der Wal", None, "Groen Links"), ("F. Smit", None, None),
        ("G. Vos", None, None), ("H. Wit", "wethouder", None),
    ]  # fmt: skip


def test_a_list_going_on_past_a_margin_number_and_a_singular_absent_label():
    """A later sentence of several names goes on the list (a margin's line number `5` before
    it is no part of it); `Afwezig is:` opens the absent list."""
    line = (
        "Aanwezig: Bos en Dijk (CvB); Kok (SCvB). 5 Aalders, Brink, Claes (griffier) en Van "
        "der Wal. Afwezig is: De heer J. Vos (fractie Vos)."
    )
    assert [(p[0], p[3]) for p in _people(line)] == [
        ("Bos", "present"), ("Dijk", "present"), ("Kok", "present"), ("Aalders", "present"),
        ("Brink", "present"), ("Claes", "present"), ("Van der Wal", "present"),
        ("J. Vos", "absent"),
    ]  # fmt: skip


def test_a_column_label_cut_by_its_first_row():
    """`Afwezig met` / `kennisgeving` printed on two lines beside the first row of the list,
    flattened: the label whole, every row under it."""
    line = (
        "1 VERSLAG GMR VERGADERING Datum 8 juni 2004 Aanwezig Peter Bos (De Klim) Ans Dijk "
        "(SPO) Afwezig met Jan Kok (Apollo) kennisgeving Rob Smit (De Linde) Eva Vos (Het Anker) "
        "1. Opening en vaststellen agenda De voorzitter opent de vergadering om acht uur."
    )
    assert [(p[0], p[2], p[3]) for p in _people(line)] == [
        ("Peter Bos", "De Klim", "present"), ("Ans Dijk", "SPO", "present"),
        ("Jan Kok", "Apollo", "absent"), ("Rob Smit", "De Linde", "absent"),
        ("Eva Vos", "Het Anker", "absent"),
    ]  # fmt: skip


def test_a_record_title_after_a_page_letterhead_dates_the_meeting():
    """A page on one line that opens on its letterhead (`Provincie Zeeland Verslag Kenmerk:
    AB12`) before the record's title: the title's date is the meeting's."""
    line = (
        "1 P r o v i n c i e Z e e l a n d V e r s l a g Kenmerk: AB12 Verslag van de "
        "vergadering van de commissie Ruimte en Wonen van 12 maart 2003 Aanwezig zijn: De heer "
        "A. Bos (voorzitter), mevrouw C. Dijk (CDA) en de heer P. Kok (griffier). 1. Opening De "
        "voorzitter opent de vergadering en heet iedereen welkom. 2. Verslag van 5 februari "
        "2003 Het verslag wordt ongewijzigd vastgesteld en de toezeggingen worden besproken."
    )
    lines = ["Verslag commissie", "Download het document als PDF bestand", line]
    assert find_date(lines, None)[0] == date(2003, 3, 12)


def test_a_run_of_labels_flattened_before_their_honorific_rows():
    """`Voorzitter: Wethouders: Griffier: Mevrouw A ... Mevrouw B, de heer C Mevrouw D`: the
    labels printed in a column beside their rows, each row opened by a capital honorific."""
    line = (
        "1 Notulen van de openbare vergadering van de raad, gehouden op 4 mei 2016 Aanwezig: "
        "A. Bos (VVD), K. Dijk (CDA) en P. Kok (D66). Voorzitter: Wethouders: Griffier: "
        "Mevrouw L. Smit Mevrouw R. Vos, de heer T. Wit Mevrouw E. Brink 1. Opening De "
        "voorzitter opent de vergadering en heet iedereen welkom in de raadzaal van vanavond."
    )
    assert [(p[0], p[1]) for p in _people(line)][3:] == [
        ("L. Smit", "voorzitter"), ("R. Vos", "wethouder"), ("T. Wit", "wethouder"),
        ("E. Brink", "griffier"),
    ]  # fmt: skip


def test_a_page_on_one_line_opening_on_its_record_title_below_portal_lines():
    """`1 Verslag van de vergadering van de commissie ... van 27 mei 2009 Aanwezig: ...` below
    a portal's lines: the page's record title dates the meeting."""
    line = (
        "1 Verslag van de vergadering van de commissie bestuur en financiën van 27 mei 2009 "
        "Aanwezig: A. Bos (voorzitter), K. Dijk (CDA), P. Kok (VVD) en L. Smit (notulist) "
        "1. Opening De voorzitter opent de vergadering. 2. Verslag van 8 april 2009 Het verslag "
        "wordt ongewijzigd vastgesteld. 3. Begroting De commissie bespreekt de begroting."
    )
    lines = ["Verslag commissie", "Bewaar dit document als PDF bestand op uw computer", line]
    assert find_date(lines, None)[0] == date(2009, 5, 27)


def test_two_names_joined_by_en_under_a_group_heading_of_a_list():
    """A list of groups, one surname list per heading: a group of two (`Van Ast en Bos`)
    names both; a line of two words joined by `en` that are no names names no one."""
    text = (
        "Aanwezig:\n\nLeden raad:\n\nAalders, Van Benthem, Claes, Dijkman\n\n\n"
        "College van Bestuur:\n\nVan Ast en Bos\n\n\n1. Opening en mededelingen\n"
    )
    assert [(p[0], p[2]) for p in _people(text)][4:] == [
        ("Van Ast", "College van Bestuur"), ("Bos", "College van Bestuur"),
    ]  # fmt: skip
    rows = "Aanwezig:\n  Ede - Dhr Bos\n  Kaag en Braassem - Mevr Dijk\n  Leek - Mevr Kok\n"
    assert [p[0] for p in _people(rows)] == ["Bos", "Dijk", "Kok"]


def test_a_clause_ending_in_a_colon_ends_the_attendance_list():
    """`Stemmen zijn uitgebracht door:` labels another list (who voted by proxy, which papers
    came in), not a group of the attendance list like `Bestuur:`."""
    text = (
        "Aanwezig:\nBestuur: Anna Bos, Kees Dijk\n\nLeden: Piet Kok, Els Smit\n\n"
        "Stemmen zijn uitgebracht door:\nLeden: Jan Wit, Tom Vos\n\n"
        "Afwezig:\nLeden: Lies Mol\n\n1. Opening\n"
    )
    assert [(p[0], p[3]) for p in _people(text)] == [
        ("Anna Bos", "present"), ("Kees Dijk", "present"), ("Piet Kok", "present"),
        ("Els Smit", "present"), ("Lies Mol", "absent"),
    ]  # fmt: skip


def test_an_honorific_opens_a_person_where_a_note_or_a_list_item_closed_the_one_before():
    """`dhr. Bos (Ede) mw. Kok (Tiel)`: the comma forgotten after a note; `..., dhr. Vos
    (directeur) en Mw Wit`: a capital honorific inside a list is no table of entries."""
    line = "Aanwezig: dhr. Bos (Ede), dhr. Dijk (Oss) mw. Kok (Tiel) en dhr. Mol (Epe)"
    assert [(p[0], p[2]) for p in _people(line)] == [
        ("Bos", "Ede"), ("Dijk", "Oss"), ("Kok", "Tiel"), ("Mol", "Epe"),
    ]  # fmt: skip
    line = "Tevens aanwezig: dhr. Vos (directeur ICT), dhr. Ruiz (directeur Beheer.) en Mw Wit (HR)"
    assert [(p[0], p[2]) for p in _people(line)] == [
        ("Vos", "ICT"), ("Ruiz", "Beheer"), ("Wit", "HR"),
    ]  # fmt: skip


def test_a_later_page_on_one_line_opening_on_another_meetings_record():
    """The papers of one meeting transcribed one page a line: the agenda's page, then the
    decision list of the meeting before it with its own attendance list: two documents, each
    with its meeting, the people with the one whose record names them."""
    agenda = (
        "1 Dagelijks Bestuur Waterkring Agenda 12 maart 2019 Dinsdag 12 maart 2019 vergadert het "
        "Dagelijks Bestuur in het Gemeentehuis. De agenda luidt als volgt: 1 Opening "
        + "2 Mededelingen 3 Vaststellen van de besluitenlijst van 5 februari 4 Rondvraag "
        * 4
    )
    record = (
        "2 Waterkring Concept-besluitenlijst van de vergadering van het Dagelijks Bestuur van 5 "
        "februari 2019 in het Gemeentehuis te Epe Aanwezig: dhr. Bos (voorzitter), mw. Kok (Oss) "
        "en dhr. Mol (Ede) Afwezig: mw. Wit 1 Opening De voorzitter opent de vergadering. "
        + "2 Mededelingen Er zijn geen mededelingen en de agenda wordt vastgesteld. "
        * 3
    )
    text = (
        f"Dagelijks Bestuur Waterkring Agenda 12 maart 2019\n\nTranscriptie\n\n{agenda}\n\n{record}"
    )
    pages, docs = documents_from_text(text, "x")
    assert [d["doc_type"] for d in docs] == ["agenda", "decision_list"]
    meetings, people = [], []
    for doc in docs:
        read = extract_meetings({**doc, "pages": [pages[doc["first_page"] - 1]]})
        meetings, people = meetings + read[0], people + read[1]
    assert [(m["meeting_date"], m["location"]) for m in meetings] == [
        (date(2019, 3, 12), None), (date(2019, 2, 5), "het Gemeentehuis te Epe"),
    ]  # fmt: skip
    second = meetings[1]["meeting_id"]
    assert [(p["name"], p["status"]) for p in people if p["meeting_id"] == second] == [
        ("Bos", "present"), ("Kok", "present"), ("Mol", "present"), ("Wit", "absent"),
    ]  # fmt: skip
    assert [p for p in people if p["meeting_id"] != second] == []


def test_a_date_field_giving_a_period_does_not_date_the_meeting():
    """`Datum: 2025/05/12 - 2025/06/16` over a project's notes is its span; the meeting's
    own date field below dates it. A year first is no day (`2025/05/12`)."""
    lines = ["# Project", "Datum: 2025/05/12 - 2025/06/16", "## Overleg", "Datum: *2025/05/13*"]
    assert find_date(lines, None) == (date(2025, 5, 13), False)
    assert find_date(["Datum: 12 maart 2024 - 19.30 uur"], None)[0] == date(2024, 3, 12)


def test_a_number_of_people_of_a_kind_names_no_one():
    """`Aanwezig: 8 leden, 3 gasten, Jan Bos` counts people and names one; an item that is a
    code with a count in its note stays a blacked-out attendee."""
    text = "Aanwezig: 8 leden, 3 gasten, Jan Bos\nAfwezig: 1 bestuurslid\n\n1. Opening"
    assert [(p[0], p[3]) for p in _people(text)] == [("Jan Bos", "present")]
    assert _people("Aanwezig: ( 25 leden).\n\n1. Opening") == []
    assert [p[4] for p in _people("Aanwezig: Jan Bos, 5.1.2.e (2 adviseurs)\n\n1. Opening")] == [
        False, True,
    ]  # fmt: skip


def test_a_page_on_one_line_titled_in_capitals_with_a_two_digit_year():
    """A transcript that lost the century (`D.D. 4 MAART 17`) under a title in capitals with
    the meeting's number: the year the text's own dates give it (2017 beside 2018)."""
    page = (
        "1 VERSLAG VAN DE 45 E VERGADERING VAN HET BESTUUR EN DE RAAD D.D. 4 MAART 17 BR/18/3 "
        "Aanwezig: Bos, Dijk en Kok (bestuur); Mol (raad). Afwezig m.k.: Wittebol. 1. Opening De "
        + "voorzitter opent de vergadering. Het verslag wordt besproken en de raad stelt vragen. "
        * 4
    )
    # the download link's title: the next meeting's agenda point, then the page's first words
    download = 'Download "Punt 2, BR 12.03.2018. 1. Opening De voorzitter opent de vergadering '
    download += 'om 15.00 uur."'
    text = f"Punt 2, BR Afwezig m.k.: Wittebol.\n\n{download}\n\n{page}"
    meetings, people = _meetings_and_people(text)
    assert [m["meeting_date"] for m in meetings] == [date(2017, 3, 4)]
    assert [p["name"] for p in people] == ["Bos", "Dijk", "Kok", "Mol", "Wittebol"]


def test_the_next_label_on_the_line_without_a_full_stop_before_it():
    """`..., Gijs de Wit Afwezig met kennisgeving: ...`: the label opens the next list where
    the list before it ends in a name without its full stop."""
    line = "Aanwezig: Anna Bos, Kees van Dijk Afwezig met kennisgeving: Piet Kok (gemeente)"
    assert [(p[0], p[3]) for p in _people(line)] == [
        ("Anna Bos", "present"), ("Kees van Dijk", "present"), ("Piet Kok", "absent"),
    ]  # fmt: skip


def test_a_later_page_on_one_line_whose_subject_field_names_another_meetings_record():
    """`3 Aan: bestuur Onderwerp: verslag vergadering 4 april 2019 Aanwezig: ...`: a memo's
    subject names the record its page opens; its people are that meeting's."""
    invitation = (
        "1 Epe, 2 mei 2019 Onderwerp: uitnodiging vergadering 13 mei 2019 Aan de leden van het "
        + "bestuur. Namens de voorzitter nodig ik u uit voor de vergadering van het bestuur. " * 4
    )
    record = (
        "2 Aan: bestuur agendapunt: 3 Onderwerp: verslag vergadering 4 april 2019 Aanwezig: de "
        "heer A. Bos (gemeente Epe) mevrouw K. Dijk (gemeente Oss) 1. Opening De heer Bos heet "
        + "iedereen welkom en de agenda wordt zonder wijzigingen vastgesteld door het bestuur. "
        * 3
    )
    text = f"Vergadering bestuur 13 mei 2019\n\nTranscriptie\n\n{invitation}\n\n{record}"
    pages, docs = documents_from_text(text, "x")
    assert [first for first, _ in text_document_lines(text)] == [1, 7]  # the record's own
    meetings, people = [], []
    for doc in docs:
        read = extract_meetings({**doc, "pages": [pages[doc["first_page"] - 1]]})
        meetings, people = meetings + read[0], people + read[1]
    assert [m["meeting_date"] for m in meetings] == [date(2019, 5, 13), date(2019, 4, 4)]
    assert [(p["name"], p["meeting_id"]) for p in people] == [
        ("A. Bos", meetings[1]["meeting_id"]), ("K. Dijk", meetings[1]["meeting_id"]),
    ]  # fmt: skip


def test_a_full_stop_typed_for_the_comma_between_two_names():
    """`Bestuur: Dick Bos, Ida Kok. Marja de Wit, Jan Mol`: two people where a full stop was
    typed for the comma; initials (`K.L. de Wit`) keep their stops."""
    text = "Aanwezig:\nBestuur: Dick Bos, Ida Kok. Marja de Wit, K.L. de Vries\n\n1. Opening"
    assert [p[0] for p in _people(text)] == ["Dick Bos", "Ida Kok", "Marja de Wit", "K.L. de Vries"]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("di 14/03/2023 - 19:30 De Schakel", "De Schakel"),
        ("vr 02/12/2022 - 09:00 Raadzaal, Markt 1, 2200 Lier", "Raadzaal, Markt 1, 2200 Lier"),
        ("Donderdag 9 maart 2023, 20.00 uur Zaal Oud Gemeentehuis", "Zaal Oud Gemeentehuis"),
        ("zo 5/3/2023 - 10:00 Digitaal", "Digitaal"),
    ],
)  # fmt: skip
def test_the_place_after_a_date_lines_time(line, place):
    """A line that is the meeting's date, time and place, the date opening it: the place
    after the time, an address with its numbers too."""
    assert find_location([line]) == place


@pytest.mark.parametrize(
    "line",
    ["7-11-22 21:42 maandag", "3 mei 2023 om 20:00 - 22:00 + borrel", "wo 29/01/2025 - 20:30"],
)
def test_no_place_after_a_log_time_or_a_date_line_without_one(line):
    assert find_location([line]) is None


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            "Gepubliceerd op 10/04/2024\n\nBesluit  Gemeenteraad\n\ndo 21/03/2024 - 20:00\n\n"
            "Gemeenteraad - Notulen zitting 22/02/2024: goedkeuring",
            (date(2024, 3, 21), time(20, 0), None),
        ),
        (
            "Besluitenlijst college van burgemeester en schepenen\n\n"
            "ma 15/01/2024 - 14:00 Schepenzaal\n\nVerslag vorige zitting 8/01/2024 - goedkeuring",
            (date(2024, 1, 15), time(14, 0), "Schepenzaal"),
        ),
        (
            "Geplaatst 2 juni 2022\n\nVerslag bestuursvergadering\n\n"
            "Dinsdag 24 mei 2022, 19.30 uur Het Anker",
            (date(2022, 5, 24), time(19, 30), "Het Anker"),
        ),
    ],
)
def test_a_line_opening_on_the_date_and_its_time_dates_the_meeting(head, expected):
    """A portal's or an invitation's date line (`do 21/03/2024 - 20:00`) dates the meeting
    before the record of an earlier meeting the page approves and its publication date."""
    text = f"{head}\n\nAanwezig: Jan Bos, voorzitter\nEls Dam, Rik Kok, schepenen\n\n1. Opening"
    for doc_type in ("minutes", "decision_list"):
        pages, docs = documents_from_text(text, "x")
        meetings = extract_meetings({**docs[0], "pages": [pages[0]], "doc_type": doc_type})[0]
        assert [(m["meeting_date"], m["start_time"], m["location"]) for m in meetings] == [expected]


@pytest.mark.parametrize(
    "heading",
    [
        "Besluit zitting van 14 maart 2022",
        "Zitting van dinsdag 3 mei 2022 om 20u",
        "Vergadering 9 juni 2021",
    ],
)
def test_an_attendance_list_under_a_heading_naming_and_dating_its_meeting(heading):
    """Below a portal's lines (a message, a share button, a page count) a heading that names
    and dates the meeting over an attendance list: a meeting's record, whatever its type."""
    text = (
        "Geen resultaten\n\nDelen\n\n12\n0\n\nHele tekst\n\n(1)\n\n"
        f"{heading}\n\nSamenstelling:\n\nAanwezig:\n\nde heer Jan Bos, voorzitter; "
        "mevrouw Els Dam, schepen\n\nToelichting\n\nDe raad neemt kennis van het verslag."
    )
    meetings, people = _meetings_and_people(text, doc_type="other")
    assert len(meetings) == 1
    assert [(p["name"], p["role"]) for p in people] == [
        ("Jan Bos", "voorzitter"), ("Els Dam", "schepen"),
    ]  # fmt: skip


@pytest.mark.parametrize("role", ["Gemeenteraadsleden", "Raadsleden", "raadsleden", "Leden"])
def test_a_capitalised_plural_role_closing_a_later_line_of_names(role):
    """`Ann Bos, Tom Claes, Gemeenteraadsleden` under the label's line: the role of each, not
    one more name."""
    text = f"AANWEZIG: Jo Smit, Voorzitter\n\nAnn Bos, Tom Claes, Piet de Wit, {role}\n\n1. Opening"
    assert [(p[0], p[1] is not None) for p in _people(text)][1:] == [
        ("Ann Bos", True), ("Tom Claes", True), ("Piet de Wit", True),
    ]  # fmt: skip
    assert role not in [p[0] for p in _people(text)]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Ria Mol, Algemeen directeur VERONTSCHULDIGD: Jan Bos, Raadslid", "VERONTSCHULDIGD"),
        ("Ria Mol, secretaris AFWEZIG: Jan Bos", "AFWEZIG"),
        ("Ria Mol (notulist) AFWEZIG MET KENNISGEVING: Jan Bos (lid)", "AFWEZIG MET KENNISGEVING"),
    ],
)
def test_a_label_in_capitals_inside_a_list_line_opens_the_next_list(line, label):
    """Two columns flattened onto one line: a label set in capitals, which no name or
    function is, opens the next list where it stands."""
    text = f"AANWEZIG: Kees Dijk, voorzitter\n\n{line}\n\n1. Opening"
    assert [(p[0], p[3]) for p in _people(text)] == [
        ("Kees Dijk", "present"), ("Ria Mol", "present"), ("Jan Bos", "absent"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("de heer Jan Bos, voorzitter; mevrouw Els Dam, eerste", "schepen; de heer Rik Kok, lid"),
        ("Jan Bos (voorzitter), Els Dam, algemeen", "directeur, Rik Kok (lid)"),
        ("de heer Jan Bos, voorzitter; mevrouw Els Dam, tweede", "schepen, de heer Rik Kok"),
    ],
)
def test_a_function_cut_by_the_line_end_goes_on_below(first, second):
    """A list line cut inside an item's function (`..., eerste` over `schepen; ...`), also
    across a blank line: the line below goes on with that item, not a person of its own."""
    for gap in ("\n", "\n\n"):
        text = f"Aanwezig:\n\n{first}{gap}{second}\n\n1. Opening"
        assert [p[0] for p in _people(text)] == ["Jan Bos", "Els Dam", "Rik Kok"]


@pytest.mark.parametrize(
    ("trailer", "role"),
    [
        ("Leden van de raad voor welzijn", "lid van de raad voor welzijn"),
        ("leden namens de ouders", "lid namens de ouders"),
        ("Bestuursleden van het dorpshuis", "bestuurslid van het dorpshuis"),
    ],
)  # fmt: skip
def test_a_plural_role_with_its_body_closing_a_line_of_names(trailer, role):
    """`Ann Bos, Tom Claes, Leden van de raad voor ...`: each of them in that role, the body
    no person of its own."""
    text = (
        f"Aanwezig: Jo Smit, voorzitter\nAnn Bos, Tom Claes, Piet de Wit, {trailer}\n\n1. Opening"
    )
    assert [(p[0], p[1]) for p in _people(text)] == [
        ("Jo Smit", "voorzitter"), ("Ann Bos", role), ("Tom Claes", role), ("Piet de Wit", role),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("role", "note"),
    [
        ("regionaal portefeuillehouder", "inzake agendapunt 7 (vanaf 21.00 uur)"),
        ("technisch voorzitter", "vanaf 20.30 uur"),
        ("financieel adviseur", "bij de punten 3 en 4 (tot 21.30 uur)"),
    ],
)
def test_a_ranked_role_and_a_note_on_the_items_attended_in_a_run_of_honorific_rows(role, note):
    """A lower-case adjective before a role is its rank (`regionaal portefeuillehouder`), and
    a note on which items someone attended (`inzake agendapunt 7`) names no one: the run of
    honorific rows goes on past them."""
    text = (
        "Aanwezig: De heer K. Dijk (voorzitter). De heer A. Bos (CDA), mevrouw E. Dam (VVD) en "
        "de heer R. Kok (D66). De heer J. Mol, burgemeester De heer P. Wit, wethouder "
        f"De heer Veen, {role}, {note}. De heer T. Berg, griffier. Afwezig: de heer L. Smit "
        "(SGP) en mevrouw C. Kraan (PvdA). 01. Opening."
    )
    assert [(p[0], p[1], p[3]) for p in _people(text)][4:] == [
        ("J. Mol", "burgemeester", "present"), ("P. Wit", "wethouder", "present"),
        ("Veen", role, "present"), ("T. Berg", "griffier", "present"), ("L. Smit", None, "absent"),
        ("C. Kraan", None, "absent"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "Bestuur: Aanwezig zijn Anna Bos (voorzitter), Kees Dijk (secretaris) en Piet Mol.",
        "Dagelijks bestuur: Aanwezig zijn Anna Bos (voorzitter), Kees Dijk en Piet Mol.",
        "Commissie: Aanwezig waren Anna Bos (voorzitter), Kees Dijk (secretaris) en Piet Mol.",
    ],
)
def test_a_groups_label_before_an_attendance_sentence_in_running_text(sentence):
    """`Bestuur: Aanwezig zijn A (voorzitter), ...` inside a page on one line: the group's
    label before the phrase does not hide the people it names."""
    text = f"Notulen van de ledenvergadering van 4 juni 2014. {sentence} Daarna volgt de agenda."
    assert [(p[0], p[3]) for p in _people(text)] == [
        ("Anna Bos", "present"), ("Kees Dijk", "present"), ("Piet Mol", "present"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "Er is bericht van verhindering (schriftelijk) ontvangen van Bart Neck en Ida Kok.",
        "Bericht van verhindering (per mail) is ontvangen van Bart Neck en Ida Kok.",
        "Er is bericht van verhindering ontvangen van Bart Neck en Ida Kok.",
    ],
)  # fmt: skip
def test_a_note_in_brackets_inside_the_apologies_phrase(sentence):
    text = f"Notulen van de ledenvergadering van 4 juni 2014. {sentence} Daarna volgt de agenda."
    assert [(p[0], p[3]) for p in _people(text)] == [("Bart Neck", "absent"), ("Ida Kok", "absent")]


@pytest.mark.parametrize(
    "label",
    [
        "Namens de dorpshuizen zijn aanwezig de vertegenwoordigers van:",
        "Verder waren aanwezig afgevaardigden uit:",
        "Aanwezig de delegaties van de volgende clubs:",
    ],
)
def test_a_label_listing_the_bodies_that_sent_someone_names_no_one(label):
    """`... de vertegenwoordigers van: Dorpshuis De Brink, Stichting Het Anker`: bodies that
    sent someone, whose people are not named; the list above stands."""
    text = (
        "Aanwezig namens het bestuur:\nJan Bos, voorzitter\nAdviseurs:\nPiet Kok\n"
        f"{label} Dorpshuis De Brink, Stichting Het Anker, Buurthuis Oost, Zaal De Kroon\n"
        "Welkomstwoord van de voorzitter. Hij heet iedereen welkom op deze avond in het dorp."
    )
    assert [p[0] for p in _people(text)] == ["Jan Bos", "Piet Kok"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Aanwezig: Bosmans P.; Claes A.; Dijck J.", ["Bosmans P.", "Claes A.", "Dijck J."]),
        ("Aanwezig: Bos P., Claes A. en Van Dijck J.", ["Bos P.", "Claes A.", "Van Dijck J."]),
        ("Aanwezig: Jan Bos, Eric E., Ida K.", ["Jan Bos", "Eric E.", "Ida K."]),
    ],
)  # fmt: skip
def test_a_name_ending_in_an_initial_keeps_its_full_stop(line, names):
    """A list that puts the surname first (`Bosmans P.`) or shortens it (`Eric E.`): the
    initial's full stop is part of the name, not the list's."""
    assert [p[0] for p in _people(line)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Nico Heere heeft afgemeld. (Hij komt de volgende keer wel.)", ["Nico Heere"]),
        ("Piet Kok en Ans Mol hebben afgemeld.", ["Piet Kok", "Ans Mol"]),
        ("Ria Smit heeft zich helaas afgemeld.", ["Ria Smit"]),
        ("De voorzitter heeft de spreker afgemeld.", []),
    ],
)
def test_people_who_cancelled_with_or_without_zich(sentence, names):
    """`X heeft afgemeld` as `X heeft zich afgemeld`: absent; someone who cancelled another
    (`heeft de spreker afgemeld`) is not."""
    text = f"Aanwezig: Jan Bos, Els Dam.\n\n{sentence}"
    assert [p[0] for p in _people(text) if p[3] == "absent"] == names


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "De voorzitter opent de vergadering. Tevens zijn aanwezig de wethouders mevr. "
            "Van Dam, Kok en Smit. Griffier: drs. P. Mol.",
            [("Van Dam", "wethouder"), ("Kok", "wethouder"), ("Smit", "wethouder")],
        ),
        (
            "1. Opening. In de vergadering zijn tegenwoordig de volgende leden, te weten: "
            "A.B. Groen, mw. C. Vos en D. de Boer.",
            [("A.B. Groen", "lid"), ("C. Vos", "lid"), ("D. de Boer", "lid")],
        ),
        (
            "Verder waren aanwezig de gedeputeerden J. Haan en mevrouw K. Bos.",
            [("J. Haan", "gedeputeerde"), ("K. Bos", "gedeputeerde")],
        ),
        ("In de zitting is aanwezig de heer R. Claes.", [("R. Claes", None)]),
        (  # a preview's text stops in the middle of the list's last name
            "Transcriptie 1 Opening. Aanwezig zijn de raadsleden E. Kok, mw. F. Wit, G",
            [("E. Kok", "raadslid"), ("F. Wit", "raadslid")],
        ),
    ],
)
def test_the_verb_before_the_attendance_word_opens_a_list_of_those_present(text, people):
    """`Tevens zijn aanwezig de wethouders A, B en C`: the verb before `aanwezig` or
    `tegenwoordig`, after an adverb or `In de vergadering`; a plural role (`de volgende leden,
    te weten:`) is each one's function."""
    assert [(p[0], p[1], p[3]) for p in _people(text)] == [(n, r, "present") for n, r in people]


@pytest.mark.parametrize(
    "text",
    [
        "Tegenwoordig zijn de leden: Van Dam, mevr. Kok en Smit. Tevens zijn aanwezig de "
        "wethouders mevr. Bos, Mol, Wit en De Jong.",
        "Aanwezig: A. van Dam, B. Kok, C. Smit. Verder waren aanwezig de wethouders Bos, Mol, "
        "Wit en De Jong.",
        "Present: Van Dam, Kok, Smit. Ook aanwezig zijn de wethouders Bos, Mol, Wit en mw. "
        "De Jong.",
    ],
)
def test_a_labelled_list_ends_where_a_sentence_opens_a_list_of_its_own(text):
    """The label's list ends at its full stop where the next sentence opens with an attendance
    phrase (`Tevens zijn aanwezig de wethouders A, B, C en D.`), commas and all: its people
    are present in the role it names, none lost to one item run across the stop."""
    people = [(p[0], p[1]) for p in _people(text)]
    assert people[3:] == [(n, "wethouder") for n in ("Bos", "Mol", "Wit", "De Jong")]
    assert [n for n, _ in people[:3]] in (
        ["Van Dam", "Kok", "Smit"],
        ["A. van Dam", "B. Kok", "C. Smit"],
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Aanwezig:\nBos Jan, Kok Els, Smit Piet - schepenen\nVos An - secretaris", "schepen"),
        ("Aanwezigen:\nA. de Wit, M. van Dam, K. Mol – raadsleden.", "raadslid"),
        ("Aanwezig:\nmevr. Jansen, dhr. Peters, Van Aert Ria - wethouders", "wethouder"),
    ],
)
def test_a_plural_role_after_a_dash_closes_a_list_line_for_all_its_names(text, role):
    """`A, B, C - schepenen`: the plural role set off by a dash, as one person's role is
    (`Vos An - secretaris`), is each name's function, not the last one's alone."""
    people = _people(text)
    assert len([p for p in people if p[1] == role]) == 3


@pytest.mark.parametrize(
    ("lines", "day"),
    [
        (
            [
                "Gemeenteraad",
                "Zitting van dinsdag 3 september 2013 Aanwezigen: Bos Jan - voorzitter",
            ],
            date(2013, 9, 3),
        ),
        (
            ["Kopie van rapport per 31/3/2012", "Vergadering 12 mei 2012 Aanwezig: A. Bos, K. Mol"],
            date(2012, 5, 12),
        ),
        (
            [
                "Share 'Jaarrekening per 1/1/2019'",
                "Bestuursvergadering van 4 juni 2019 Afwezig met kennisgeving: P. Smit",
                "Aanwezig: A. Bos",
            ],
            date(2019, 6, 4),
        ),
    ],
)
def test_a_heading_that_runs_on_into_the_attendance_label_dates_the_meeting(lines, day):
    """`Zitting van <date> Aanwezigen: ...` on one line: the part before the label is the
    heading naming the meeting, ahead of a date in a portal's title above it."""
    assert find_date(lines, None)[0] == day


@pytest.mark.parametrize(
    "text",
    [
        "Kopie van rapport per 31/3/2013\nGemeenteraad\nZitting van dinsdag 3 september 2013 "
        "Aanwezigen: Bos Jan - voorzitter\nKok Els, Smit Piet - schepenen\n",
        "Notulen Vergadering Ouderraad 3 september 2013 Aanwezig: A. Bos, K. Mol\n"
        "1. Opening\nDe jaarrekening per 31-03-2013 wordt besproken.\n",
        "Bijlage bij rapport per 31 maart 2013\nBestuursvergadering van 3 september 2013 "
        "Afwezig met kennisgeving: P. Smit\nAanwezig: A. Bos, K. Mol\n",
    ],
)
def test_the_head_running_on_into_the_attendance_list_dates_the_meeting(text):
    """The meeting's own dated heading on the attendance list's line dates it, not another
    date in the document's title or text."""
    doc = documents_from_text(text, "x")
    meetings, _ = extract_meetings({**doc[1][0], "pages": [doc[0][0]]})
    assert [m["meeting_date"] for m in meetings] == [date(2013, 9, 3)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Afwezig:\nBos A., Kok T.\nDe voorzitter opent de vergadering om 20 uur.",
            ["Bos A.", "Kok T."],
        ),
        (
            "Aanwezig:\nVan Dam J., De Wit-Mol K.,\nSmit P.\nJanssens M-L. was toehoorder.",
            ["Van Dam J.", "De Wit-Mol K.", "Smit P."],
        ),
        (
            "Verontschuldigd:\nPeeters H., Van den Broeck E.\nHet verslag wordt goedgekeurd.",
            ["Peeters H.", "Van den Broeck E."],
        ),
    ],
)
def test_a_surname_first_list_ends_whole_in_its_last_initial(text, names):
    """`Bos A., Kok T.`: in a list printed surname first the initial closes each name, so
    the sentence on the next line is no surname the list was cut before (`dhr. J.` over
    `de Vries, ...` is)."""
    assert [p[0] for p in _people(text)][: len(names)] == names


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "2. Opening\nDe voorzitter, Marleen Dekker, opent de vergadering om 19.30 uur.",
            [("Marleen Dekker", "voorzitter", "present")],
        ),
        (
            "Opening: Kees Brouwer opent de jaarvergadering en heet iedereen welkom.",
            [("Kees Brouwer", None, "present")],
        ),
        (
            "Om 20.05 uur opent voorzitster Ria Mol de ledenvergadering.",
            [("Ria Mol", "voorzitter", "present")],
        ),
        (
            "1. Vicevoorzitter Smeets opent, bij afwezigheid van Ton Aarts, de bijeenkomst.",
            [("Ton Aarts", None, "absent"), ("Smeets", "vicevoorzitter", "present")],
        ),
        (
            "Vice-voorzitter Bakker opent bij afwezigheid van voorzitter Wouters de zitting.",
            [("Wouters", "voorzitter", "absent"), ("Bakker", "vice-voorzitter", "present")],
        ),
    ],
)
def test_the_person_who_opens_the_meeting_attended(text, people):
    """`X opent de vergadering`, the name before the verb or after it (`opent voorzitster X
    de ...`), with the function printed with it: X attended; whoever the sentence says was
    away (`bij afwezigheid van Y`) did not."""
    assert [(p[0], p[1], p[3]) for p in _people(text)] == people


@pytest.mark.parametrize(
    "text",
    [
        "De voorzitter opent de vergadering om 20.00 uur.",
        "Daarna opent hij de vergadering met een gebed.",
        "Vervolgens opent de burgemeester de zitting.",
        "Het college opent de avond met een presentatie.",
    ],
)
def test_an_opening_that_names_no_one_adds_no_one(text):
    """A chair, a pronoun or a body opening the meeting, or an adverb before the verb
    (`Daarna opent ...`): no name, so no person."""
    assert _people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mevrouw Jolanda Wit (D66) vraagt naar de planning.",
        "Gerrit Kamp (penningmeester) licht de jaarrekening toe.",
        "Wethouder Bram Steen (Lokaal Belang) antwoordde dat het college het onderzoekt.",
        # a member shown asking in a committee's minutes (texts193, leidschendam-voorburg)
        "De heer Steutel (GBLV) vraagt om agendapunt 5 (brief Gemeentelijke Ombudsman) te "
        "behandelen.",
        # a coordinator shown reporting to a board (texts171, jhm-bestuur 2021-04-01)
        "Joke Sikking (coördinator Maatjes) meldt de aanwas van nieuwe maatjes.",
        # a route with a note before `stelt ... voor` in a decision list (texts204, overijssel
        # GS 1999-02-16)
        "Voor de vaarroute tussen Beukers-Steenwijk-Ossenzijl (nu BRTNroute categorie B) stelt "
        "de BRTN voor om de route op te waarderen.",
        "De Raad (ABW) stelt voor de regeling te wijzigen.",
        "De Wet (artikel 12) stelt dat dit niet mag.",
    ],
)
def test_one_shown_speaking_is_no_participant(text):
    """Rule 17a of the gold: nothing a person is shown doing but opening or chairing the
    meeting (speaking, asking, presenting) makes a participant row, a note in brackets
    after the name or not."""
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            " 3. Er is bericht van verhindering van Els Kramer, zij wordt vervangen door Joop Dam.",
            "Els Kramer",
            "Joop Dam",
        ),
        (
            "Bericht van verhindering is ontvangen van Henk Roos, hij wordt vervangen door "
            "Fatima Bakkali.",
            "Henk Roos",
            "Fatima Bakkali",
        ),
        (
            "Afwezig: Wim de Haan, hij wordt vandaag vervangen door Lotte Smit",
            "Wim de Haan",
            "Lotte Smit",
        ),
    ],
)
def test_a_replacement_named_after_a_pronoun_clause_attended(text, absent, present):
    """`..., zij wordt vervangen door B`: the member named before was away, B attended; the
    clause is no organisation of the member."""
    people = {(p[0], p[2], p[3]) for p in _people(text)}
    assert people == {(absent, None, "absent"), (present, None, "present")}


@pytest.mark.parametrize(
    "text",
    [
        "Voorzitter: mw. J.K. Hendriks Griffier: dhr. P. de Leeuw",
        "Voorzitter: de heer A. Visser Secretaris: mevrouw B. Claes",
        "Gespreksleider: mevr. D. Yilmaz Notulist: dhr. R. Kok",
    ],
)
def test_role_pairs_on_one_line_with_honorifics(text):
    people = _people(text)
    assert len(people) == 2 and all(p[1] for p in people)
    assert not any(":" in p[0] for p in people)


@pytest.mark.parametrize(
    "text",
    [
        "Aanwezig: A. Bos (voorzitter), B. Kok, C. Mol (CDA), D. Wit; E. Dam (secretaris)",
        "Aanwezig: Jan Bos, Els Kok, Piet Mol, Ans Wit; Ria Dam, Kees Smit",
        "Aanwezig: mevr. Bos, dhr. Kok (VVD), dhr. Mol, mevr. Wit; dhr. Dam",
    ],
)
def test_semicolons_between_lists_of_several_people_part_groups(text):
    """`A, B, C; D`: more commas in a part than one person's name, function and organisation
    fill, so the semicolon parts two lists, not two people."""
    assert len(_people(text)) in (5, 6)
    assert all(len(p[0].split()) <= 2 for p in _people(text))


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Aanwezig: Jan Bos, Els Kok, (PvdA), Piet Mol", ["Jan Bos", "Els Kok", "Piet Mol"]),
        ("Aanwezig: J. Bos (VVD), E. Kok, (D66), P. Mol (CDA)", ["J. Bos", "E. Kok", "P. Mol"]),
        ("Afwezig: Jan Bos, Els Kok, (namens de OR), Piet Mol", ["Jan Bos", "Els Kok", "Piet Mol"]),
    ],
)
def test_a_note_cut_off_by_a_stray_comma_belongs_to_the_person_before(text, people):
    """`E. Kok, (D66), P. Mol`: the note alone is no blacked-out person but Kok's note."""
    found = _people(text)
    assert [p[0] for p in found] == people
    assert not any(p[4] for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "1 Notulen MR basisschool De Linde 3 maart 2016 Aanwezig: Afwezig: Notulist: "
        "Directie: Anouk, Bram, Chantal, Dirk, Eva, Fenna Gijs (OR) Eva Hans en Ilse "
        "1. Opening Anouk opent de vergadering om 19.30 uur en heet iedereen welkom. "
        + "De notulen worden vastgesteld. "
        * 4,
        "1 Verslag ouderraad 3 maart 2016 Aanwezig: Afgemeld: Verslag: Gasten: Anouk, Bram, "
        "Chantal, Dirk, Eva, Fenna Gijs Eva Hans en Ilse 1. Opening De voorzitter opent de "
        "vergadering. " + "De notulen worden vastgesteld. " * 4,
        "1 Verslag werkgroep 3 maart 2016 Aanwezigen: Verontschuldigd: Notulen: Anouk, Bram, "
        "Chantal, Dirk, Eva, Fenna Gijs Hans 1. Opening De voorzitter opent de vergadering. "
        + "De notulen worden vastgesteld. "
        * 4,
    ],
)
def test_a_flattened_label_column_gives_its_values_to_the_first_attendance_label(text):
    """A head flattened to one line, its labels before their values (`Aanwezig: Afwezig:
    Notulist: Directie: A, B, C ...`): the first list, the attendance list, is present."""
    people = {p[0]: p[3] for p in _people(text)}
    assert all(people.get(n) == "present" for n in ("Anouk", "Bram", "Chantal", "Dirk", "Eva"))


@pytest.mark.parametrize(
    "text",
    [
        "4. Mededelingen. Er zijn afmeldingen binnengekomen van Riet Mol, Jan Dam en Piet Wit.",
        "Afmeldingen ontvangen van Riet Mol, Jan Dam en Piet Wit.",
        "Er zijn afzeggingen gekregen van Riet Mol, Jan Dam en Piet Wit. De agenda wordt "
        "vastgesteld.",
    ],
)
def test_apologies_received_from_named_members_are_absences(text):
    """`Er zijn afmeldingen binnengekomen van A, B en C`: as `bericht van verhindering is
    ontvangen van ...`, the members named were away."""
    people = [(p[0], p[3]) for p in _people(text)]
    assert people == [(n, "absent") for n in ("Riet Mol", "Jan Dam", "Piet Wit")]


@pytest.mark.parametrize(
    "text",
    [
        "a. Aanwezig zijn Anna Kok, Bart Mol en Cor Wit",
        "b) Afwezig zijn Anna Kok, Bart Mol en Cor Wit.",
        "12. Aanwezig waren Anna Kok, Bart Mol en Cor Wit.",
    ],
)
def test_a_numbered_or_lettered_point_opens_an_attendance_sentence(text):
    assert [p[0] for p in _people(text)] == ["Anna Kok", "Bart Mol", "Cor Wit"]


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        (
            "Aanwezig:\n  • Wethouders Anna de Roy van Gelder-Smit en Henk Wijk\n  • Joep Stas",
            "wethouder",
            ["Anna de Roy van Gelder-Smit", "Henk Wijk"],
        ),
        (
            "Aanwezig:\n- raadsleden A. Bos, K. de Vries en P. Smit\n- Joep Stas, gespreksleider",
            "raadslid",
            ["A. Bos", "K. de Vries", "P. Smit"],
        ),
        (
            "Verontschuldigd:\nSchepenen Jan Peeters en An van den Broeck\nDe voorzitter opent.",
            "schepen",
            ["Jan Peeters", "An van den Broeck"],
        ),
    ],
)
def test_a_list_line_opened_by_a_plural_role_names_each_in_that_role(text, role, names):
    """`Wethouders A en B` as one line of a list: two people, each a `wethouder`, names with
    particles and all; not one nameless alderman of an organisation `A en B`."""
    people = _people(text)
    assert [(p[0], p[1]) for p in people[: len(names)]] == [(n, role) for n in names]
    assert not any(p[4] for p in people)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "De volgende leden van het bestuur zijn verhinderd: de heer Bos (Zeeland), mevrouw "
            "Kok (Drenthe) en de heer De Wit (Utrecht).",
            "absent",
        ),
        (
            "De volgende leden hebben zich voor deze avond afgemeld:\nde heer Bos\nmevrouw Kok\n"
            "de heer De Wit\n\n2. Mededelingen",
            "absent",
        ),
        (
            "Tevens waren de volgende gasten aanwezig: de heer Bos, mevrouw Kok en de heer De Wit.",
            "present",
        ),
    ],
)
def test_a_clause_announcing_the_following_people_gives_its_status(text, status):
    """`De volgende leden ... zijn verhinderd:` / `hebben zich afgemeld:` / `waren aanwezig:`:
    the clause's verb says the status of the list after its colon, on the line or below."""
    assert [(p[0], p[3]) for p in _people(text)] == [(n, status) for n in ("Bos", "Kok", "De Wit")]


def test_a_flattened_page_reads_the_next_list_after_the_first_lists_sentence():
    """Minutes transcribed onto one line: after the first list's sentence the next sentence
    announces another list (`Ten slotte zijn de volgende adviseurs verhinderd: ...`)."""
    text = (
        "1. Opening De voorzitter meldt dat berichten van verhindering zijn ontvangen van de "
        "volgende leden: de heer Aa (Utrecht) en mevrouw Bos (Zeeland). De volgende leden van "
        "het bestuur zijn verhinderd: de heer Kok (Drenthe), mevrouw Mol (Gelderland). Ten "
        "slotte zijn de volgende adviseurs verhinderd: mevrouw Vos (cdk Zeeland) en de heer "
        "Wit (griffier Drenthe). 2. Vaststelling agenda De voorzitter stelt de agenda vast."
    )
    assert [(p[0], p[3]) for p in _people(text)] == [
        (n, "absent") for n in ("Aa", "Bos", "Kok", "Mol", "Vos", "Wit")
    ]


def _wrapped(*paragraphs: str, width: int = 80) -> str:
    """The paragraphs as a PDF's text layer gives them: each wrapped at the page's width."""
    return "\n".join(line for p in paragraphs for line in textwrap.wrap(p, width) or [""])


def test_a_flattened_council_head_wrapped_at_the_page_width_is_read_whole():
    """A page printed as one paragraph, its attendance list running over several lines of a
    PDF (roles after the names, groups closed by a semicolon, a name cut by the wrap): read
    as the text's one line, every name with its role, not those of the first line only."""
    text = _wrapped(
        "GEMEENTE WAASDONK NOTULEN VAN DE GEMEENTERAAD VAN 14 MEI 2024 Aanwezig: Els Wouters,"
        " voorzitter; Pieter-Jan Claeys, burgemeester, Mieke Van den Bossche, Ruben Verlinden"
        " en Sofie De Clercq, schepenen; Hilde Moens, Karel Van Acker, Nadia El Amrani, Jozef"
        " Peeters en Lotte Van Hecke, raadsleden. De voorzitter opent de zitting om 20 uur en"
        " verwelkomt de aanwezigen bij het eerste punt van de dagorde van vanavond.",
    )
    assert len(text.splitlines()) >= 4
    people = {p[0]: p[1] for p in _people(text) if p[3] == "present"}
    assert people["Els Wouters"] == "voorzitter"
    assert people["Pieter-Jan Claeys"] == "burgemeester"
    assert people["Sofie De Clercq"] == "schepen"
    assert people["Lotte Van Hecke"] == "raadslid"
    assert len(people) == 10


def test_a_wrapped_commission_list_with_its_absentees_after_a_sentence():
    """Dutch minutes: titled names with their party in brackets, the wrap falling between a
    title and its name (`mevrouw` / `K. Dijk`), the absentees' label inside the paragraph
    after a sentence; each list read across the wrap, with its own status."""
    text = _wrapped(
        "Besluitenlijst van de openbare vergadering van de commissie Bestuur van 3 maart 2015.",
        "Aanwezig: de heer P. de Wit (voorzitter), de heer A.B. Mulder (VVD), mevrouw K. Dijk"
        " (CDA), de heer J. van Dam (PvdA), mevrouw L.M. Smit-Kok (D66), de heer R. Bakker"
        " (SP) en mevrouw T. de Boer (GroenLinks). De heer H. Vos, griffier. Afwezig: de"
        " heer W. Jansen (VVD) en mevrouw E. Visser (CDA).",
        "1. Opening",
        width=72,
    )
    people = _people(text)
    present = [p[0] for p in people if p[3] == "present"]
    assert {"P. de Wit", "K. Dijk", "L.M. Smit-Kok", "T. de Boer"} <= set(present)
    assert [p[0] for p in people if p[3] == "absent"] == ["W. Jansen", "E. Visser"]
    assert ("K. Dijk", None, "CDA", "present", False) in people


def test_lines_that_end_their_paragraph_are_not_joined():
    """Short lines (a label with a count, an agenda item, a paragraph's last line with room
    for the next word) and a text with a paragraph per line stay as printed: nothing of
    the next paragraph is read into a list."""
    wrapped = _wrapped(
        "Verslag van de algemene ledenvergadering van de vereniging Ons Dorp, gehouden op"
        " 12 juni 2019 in het dorpshuis aan de Kerkstraat te Westerveld. De vergadering is"
        " openbaar; leden en bewoners van het dorp konden vooraf vragen indienen bij het"
        " secretariaat, dat ze heeft gebundeld en met de stukken aan de leden heeft gestuurd"
        " in de week voor de vergadering, samen met het jaarverslag van de penningmeester.",
        "Aanwezig: Jan Bos (voorzitter), Piet Kok (secretaris) en Anna Smit",
        "Welkom door de voorzitter, die iedereen welkom heet en de agenda doorloopt met de"
        " leden van de vereniging.",
    )
    assert [p[0] for p in _people(wrapped)] == ["Jan Bos", "Piet Kok", "Anna Smit"]
    one_per_line = "Aanwezig: Jan Bos, Piet Kok\nAfwezig: Anna Smit\nOpening om 20 uur."
    assert [(p[0], p[3]) for p in _people(one_per_line)] == [
        ("Jan Bos", "present"), ("Piet Kok", "present"), ("Anna Smit", "absent"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("label", "status"),
    [
        ("Aanwezig (7 personen):", "present"),
        ("Aanwezigen (12):", "present"),
        ("Afwezig (ca. 3 leden):", "absent"),
    ],
)
def test_a_headcount_between_a_label_and_its_colon(label: str, status: str):
    """How many came, in brackets after the label's word: the list still follows the colon."""
    people = _people(f"{label} Jan Brink (penningmeester), Els de Wit en Karim Aziz")
    assert [(p[0], p[3]) for p in people] == [
        ("Jan Brink", status), ("Els de Wit", status), ("Karim Aziz", status),
    ]  # fmt: skip
    assert status_label("Verslag (2): Jan Brink") is None


def test_a_wrapped_line_that_goes_on_with_a_list_before_the_next_label():
    """A council's participation board, its groups flattened into one paragraph: a wrapped
    line opening on the end of a name and the last items of a list (`Smit-van der`
    / `Berg, Tom Haas (toehoorder) Afwezig: ...`) goes on with the paragraph; the label
    inside it still opens the absentees' list."""
    paragraph = (
        "1 Bijeenkomst: Overleg cliëntenraad Ouders: Aanwezig: Noor Visser, Daan Meijer,"
        " Fatima Ouali, Sem Bakker, Lieke Smit-van der Berg, Tom Haas (toehoorder),"
        " Iris Kramer, Bram de Groot Afwezig: Julia Dekker, Finn Jacobs Medewerkers:"
        " Aanwezig: Sara Peters, Luuk Hendriks Afwezig: Eva Mulder. Notulist: Anouk Bos."
        " De voorzitter opent de vergadering en heet de aanwezigen welkom. Hij meldt dat de"
        " stukken voor deze avond op tijd zijn verstuurd en dat de agenda wordt gevolgd."
    )
    for width in (70, 76, 84):
        people = _people(_wrapped(paragraph, width=width))
        absent = [p[0] for p in people if p[3] == "absent"]
        assert absent == ["Julia Dekker", "Finn Jacobs", "Eva Mulder"], width
        present = {p[0] for p in people if p[3] == "present"}
        assert {"Noor Visser", "Lieke Smit-van der Berg", "Tom Haas", "Luuk Hendriks"} <= present


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "Aanwezigen: Joost Smit (De Regenboog) Bé Vos (Het Anker) Karin Dijk (De Linde)",
            "Bé Vos",
        ),
        ("Aanwezig: Joost Smit (OR) Hélène Vos (MR) Karin Dijk (GMR)", "Hélène Vos"),
        ("Aanwezig: Joost Smit (secretaris) Désiré Vos (penningmeester) Karin Dijk", "Désiré Vos"),
    ],
)
def test_a_note_closes_one_person_before_an_accented_name(line: str, name: str):
    """`Name (note) Name (note)`, the commas forgotten: an accented first name (`Bé`, `Hélène`,
    `Désiré`) opens the next person as an unaccented one does."""
    assert [p[0] for p in _people(line)] == ["Joost Smit", name, "Karin Dijk"]


def test_a_long_line_of_people_after_a_line_not_read_goes_on_with_the_list():
    """A list line OCR spoiled (`lnge` for `Inge`) is skipped; the next group, one long line
    once its wrapped paragraph is joined (`A, B, ..., raadsleden.`), still belongs to it."""
    members = ", ".join(
        f"{first} {last}"
        for first, last in zip(
            ["Kurt", "Erik", "Piet", "Nadia", "Bert", "Pieter", "Nadine", "Kathelijne", "Tom"],
            ["Vermeer", "Blok", "Bos", "Amrani", "Baten", "Goris", "Van Mol", "Peeters", "Geerts"],
            strict=True,
        )
    )
    text = (
        "Aanwezig:\nLieven Smet, voorzitter.\nlnge Hendrickx, Wouter Rombouts, Walter Brat,"
        f" schepenen.\n{members}, Sandra Laurijssen, Kris Oversteyns, raadsleden.\n"
        "Verontschuldigd:\nJack Vissers."
    )
    people = _people(text)
    assert ("Tom Geerts", "raadslid", None, "present", False) in people
    assert ("Kris Oversteyns", "raadslid", None, "present", False) in people


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Notulen wijkraad",
            "3. Notulen en actielijst",
            "• Notulen 12 maart 2020,",
            "• Actielijst",
        ],
        ["Verslag bewonerscommissie", "Vorig verslag", "- Verslag 4 februari 2021: akkoord"],
        ["Overleg werkgroep", "* Notulen bestuursvergadering 9 mei 2016;", "* Jaarrekening"],
    ],
)
def test_a_bulleted_item_naming_a_record_dates_no_meeting(lines: list[str]):
    """`• Notulen 12 maart 2020`, under the agenda item that approves the last record, is an
    item of a list, not a heading naming this meeting."""
    attendance = "Aanwezig: Piet Bos, Anna Kok, Jan de Wit, Els van Dam, Karin Mol, Kees Smit en"
    lines = [lines[0], f"{attendance} Mira Vos (verslag)", *lines[1:]]
    assert find_date(lines, None)[0] is None


@pytest.mark.parametrize(
    ("lines", "day"),
    [
        (
            [
                "Gelet op de ontwerpnotulen van de gemeenteraad van 21 oktober 2024;",
                "De voorzitter opent de zitting op 18/11/2024 om 20:04.",
            ],
            date(2024, 11, 18),
        ),
        (
            [
                "De notulen van de OCMW-raad d.d. 21 oktober 2024 worden goedgekeurd.",
                "De voorzitter opent de openbare zitting op 25.11.2024 om 19u59.",
            ],
            date(2024, 11, 25),
        ),
        (
            [
                "Verslag van 3 maart 2022",
                "Om 20.00 uur opent Jan Smit de vergadering van "
                "dinsdag 12 april 2022 in het dorpshuis.",
            ],
            date(2022, 4, 12),
        ),
    ],
)
def test_the_chair_opening_the_sitting_on_its_day_dates_it(lines: list[str], day: date):
    """The sentence in which the chair opens the sitting dates it over a title or line that
    names the earlier record approved in it."""
    assert find_date(lines, None)[0] == day


@pytest.mark.parametrize(
    "page",
    [
        "1 Ouderraad Openbare basisschool De Linde Verslag van de or vergadering van 8 april "
        "2009 Aanwezig: Anna Bos, Kees Kok (notulist), Mira Smit, Piet de Wit, Els van Dam, Jan "
        "Mol Afwezig met bericht: Karin Vos. Opening en vaststelling agenda Els heet iedereen "
        "welkom.",
        "2 Medezeggenschapsraad Het Kompas Notulen van de MR-vergadering van 8 april 2009 "
        "Aanwezig: Anna Bos, Kees Kok, Mira Smit, Piet de Wit, Els van Dam, Jan Mol en Karin "
        "Vos; afwezig: niemand. Opening De voorzitter heet iedereen welkom om 20.00 uur.",
        "1 Stichting Buurtbelang Verslag van de gezamenlijke bestuurs vergadering van 8 april "
        "2009 Aanwezig: Anna Bos, Kees Kok, Mira Smit, Piet de Wit, Els van Dam en Jan Mol. "
        "Opening Anna opent de vergadering en heet allen welkom bij deze bijeenkomst.",
    ],
)
def test_a_record_title_with_its_body_before_the_meeting_word_in_a_flattened_page(page: str):
    """`Verslag van de or vergadering van 8 april 2009` after a letterhead in a page on one
    line: a word or two naming the body may stand between `van de` and `vergadering`."""
    rest = " Ingekomen post Er is een uitnodiging ontvangen voor het jaarlijkse congres van de"
    rest += " vereniging. Geen van de aanwezigen gaat hier naartoe. Mededelingen uit het team."
    lines = ["Ouderraad. Opening en vaststelling agenda", "Transcriptie", page + rest]
    assert find_date(lines, None)[0] == date(2009, 4, 8)


@pytest.mark.parametrize(
    "line",
    [
        "Afwezig: Basisschool De Klimop, met afmelding, Hogeschool Zuid, zonder afmelding",
        "Afwezig: Deelgemeente Noord, Oudergeleding MR",
        "Afwezig: Muziekvereniging Crescendo, Stichting Dorpshuis",
    ],
)
def test_an_institution_named_by_a_compound_is_no_person(line: str):
    """An item whose first word is a compound headed by an institution noun (`Basisschool`,
    `Deelgemeente`, `Oudergeleding`, `Muziekvereniging`) names a body that sent no one."""
    assert [p for p in _people(line) if p[0]] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Aanwezig: voorzitter: J.R. Bos\nde leden K. Dam, W,P« van den Berg, A. Kok en\n"
            "P«W, de Wit.\nafwezig met kennisgeving: L. Mol.",
            ["J.R. Bos", "K. Dam", "W.P. van den Berg", "A. Kok", "P.W. de Wit", "L. Mol"],
        ),
        (
            "Aanwezig zijn de leden: M,Smit, C,E.Kock, D.G.Vos, H‚R.Maas.",
            ["M.Smit", "C.E.Kock", "D.G.Vos", "H.R.Maas"],
        ),
        (
            "Aanwezig: de heren A.B, Jansen, K.L« Pieters en mevrouw T,M. de Graaf.",
            ["A.B. Jansen", "K.L. Pieters", "T.M. de Graaf"],
        ),
    ],
)
def test_initials_whose_full_stops_ocr_misread(text: str, names: list[str]):
    """An old council's scanned list (`W,P« van den Berg`, `M,Smit`, `H‚R.Maas`): the
    initials' full stops read as commas, low quotes or guillemets do not part the list."""
    assert [p[0] for p in _people(text)] == names


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Aanwezig via Zoom\n\n- Anna Bos (voorzitter)\n- Kees Kok\n\nAgenda", "Zoom"),
        ("Online aanwezig\n* Mira\n* Joost\n\nDe vergadering", None),
        ("Deelnemers digitaal\n- Karin Vos (secretaris)\n- Piet de Wit\n\n1. Opening", None),
    ],
)
def test_a_heading_saying_how_the_attendees_attended(text: str, place: str | None):
    """`Online aanwezig`, `Aanwezig via Zoom`, `Deelnemers digitaal` over a bulleted list:
    an attendance label naming how they attended, and no place unless it says via what."""
    assert len(_people(text)) == 2
    assert all(p[3] == "present" for p in _people(text))
    assert find_location(text.splitlines()[:1]) == place


@pytest.mark.parametrize(
    "sentence",
    [
        "Burgemeester Jan Bos verlaat de vergadering vanaf punt 14.",
        "Schepen Jan Bos vervoegt de vergadering vanaf punt 4.",
        "Wethouder Jan Bos komt om 20.15 uur ter vergadering.",
    ],
)
def test_a_sentence_below_the_list_on_who_comes_late_or_leaves(sentence: str):
    """A sentence below an attendance list saying a member joins or leaves the meeting: that
    member attended, named, not a role with the sentence for an organisation."""
    text = f"Afwezig:\n\nLukas Mol (burgemeester Kalmthout)\n\n \n\n{sentence}\n"
    people = _people(text)
    assert ("Lukas Mol", "absent") in [(p[0], p[3]) for p in people]
    assert ("Jan Bos", "present") in [(p[0], p[3]) for p in people]
    assert all(p[0] for p in people)


@pytest.mark.parametrize(
    "text",
    [
        "Jan deelt mee dat er afbericht is ontvangen van Hans Bos, Paul Kok en Bryan Mol.",
        "De secretaris meldt dat er berichten van verhindering zijn ontvangen van Hans Bos, "
        "Paul Kok en Bryan Mol.",
        "Afberichten\nHans Bos\nPaul Kok\nBryan Mol\n\n1. Opening",
        "Afwezig met afbericht: Hans Bos, Paul Kok, Bryan Mol",
    ],
)
def test_apologies_reported_or_named_afbericht(text: str):
    """Whose apologies came, reported by someone (`Jan deelt mee dat er ... ontvangen van`),
    or labelled with `afbericht`, a word for a notice of absence as `afmelding` is."""
    assert [(p[0], p[3]) for p in _people(text)] == [
        ("Hans Bos", "absent"),
        ("Paul Kok", "absent"),
        ("Bryan Mol", "absent"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Er is bericht van verhindering (schriftelijk dan wel mondeling) ontvangen van: "
        "Karel v. Dam, Nina Bos en Jenny Kok.",
        "Er zijn afberichten ontvangen van: Karel v. Dam, Nina Bos en Jenny Kok.",
        "Er zijn afmeldingen (per mail) binnengekomen van Karel v. Dam, Nina Bos en Jenny Kok.",
    ],
)
def test_apologies_in_a_sentence_after_the_attendance_of_a_flattened_page(sentence: str):
    """A sentence naming whose apologies came, its noun with a note or its list after a
    colon, in a paragraph that opened with the attendance; `v.` is `van` shortened."""
    line = f"Bestuur: Aanwezig zijn Anna Smit (voorzitter) en Piet de Wit. {sentence} Verder"
    people = [(p[0], p[3]) for p in _people(line + " gaat de vergadering door.")]
    assert people[-3:] == [
        ("Karel v. Dam", "absent"),
        ("Nina Bos", "absent"),
        ("Jenny Kok", "absent"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Afwezig (mkg) G. Bos , J.C. Dam , E. Kok (notulist);",
            [("G. Bos", None), ("J.C. Dam", None), ("E. Kok", "notulist")],
        ),
        ("Afwezig m.k.g. mevrouw A. Wit, de heer P. Smit", [("A. Wit", None), ("P. Smit", None)]),
        (
            "Afbericht is ontvangen van: Ria Bos, Yvonne Kok en Kristel Dam.",
            [("Ria Bos", None), ("Yvonne Kok", None), ("Kristel Dam", None)],
        ),
        (
            "Bericht van verhindering ontvangen van: Jan Smit en Els Vos",
            [("Jan Smit", None), ("Els Vos", None)],
        ),
        (
            "Afwezig met kennisgeving: Albert Bos (voorzitter) in verband met ziekte.",
            [("Albert Bos", "voorzitter")],
        ),
        (
            "Afwezig: Jan Bos wegens vakantie, Piet Kok i.v.m. werk, Els Dam",
            [("Jan Bos", None), ("Piet Kok", None), ("Els Dam", None)],
        ),
    ],
)
def test_apologies_labelled_by_abbreviation_sentence_or_with_a_reason(text, expected):
    people = _people(text + "\n\n1. Opening")
    assert [(name, role) for name, role, *_ in people] == expected
    assert {status for *_, status, _ in people} == {"absent"}


@pytest.mark.parametrize(
    "text",
    [
        "Aanwezig: Jan Bos (voorzitter), Piet Kok, Sigrid van Dam en 35 leden.",
        "Aanwezig: Jan Bos (voorzitter), Piet Kok en Sigrid van Dam en 12 bewoners",
        "Aanwezig: Jan Bos (voorzitter); Piet Kok; Sigrid van Dam en 40 belangstellenden.",
    ],
)
def test_a_list_closed_by_a_headcount_keeps_its_last_name(text):
    names = [name for name, *_ in _people(text + "\n\n1. Opening")]
    assert names == ["Jan Bos", "Piet Kok", "Sigrid van Dam"]


@pytest.mark.parametrize(
    "lead", ["Namens het bevoegd gezag:", "Van de gemeente:", "Namens de ouders:"]
)
def test_a_group_lead_below_a_full_line_opens_a_list_of_its_own(lead):
    # the list fills the page's width, and the group's lead below it opens its own list
    prose = "De raad bespreekt het plan voor de school en de wijk, en de leden stellen vragen.\n"
    text = (
        "Aanwezig: Bjorn Nievergeld, Inge de Warrimont, Evelien Herps, Sittah Huntjens, "
        f"Serena Aerdts, Eva Janssen\n{lead} Inge Bischoff\nAfwezig en afgemeld: -\n"
        "GMR: -\n\n1. Opening\n" + prose * 25
    )
    names = [name for name, *_ in _people(text)]
    assert names[-2:] == ["Eva Janssen", "Inge Bischoff"]


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        (
            "Opening door de voorzitster van het bestuur Marianne Bos.",
            "Marianne Bos",
            "voorzitster",
        ),
        (
            "Na de opening door voorzitter dhr. Wim Vos, werden de notulen gelezen.",
            "Wim Vos",
            "voorzitter",
        ),
        ("Opening door voorzitter mevrouw Els de Wit", "Els de Wit", "voorzitter"),
    ],
)
def test_the_meeting_opened_by_its_chair_named_after_the_function(line, name, role):
    assert [(n, r) for n, r, *_ in _people(f"Verslag\n{line}")] == [(name, role)]


@pytest.mark.parametrize(
    ("heading", "slot", "body"),
    [
        ("Notulen  Raad voor maatschappelijk welzijn", "ma 4/09/2023 - 20:30 Raadzaal",
         "Raad voor maatschappelijk welzijn"),
        ("Besluitenlijst  VAST BUREAU", "di 5/09/2023 - 09:00", "VAST BUREAU"),
        ("Notulen  OVR - OCMW raad", "do 7/09/2023 - 19:00 Zaal De Linde", "OCMW raad"),
        ("college van burgemeester en schepenen", "wo 6/09/2023 - 10:00 digitaal",
         "college van burgemeester en schepenen"),
    ],
)  # fmt: skip
def test_a_portal_heading_over_the_slot_names_the_body_as_printed(heading, slot, body):
    """A meeting portal prints the record's kind and the body over the sitting's slot: that
    name is the body, a council-like `raad voor maatschappelijk welzijn` included."""
    assert find_meeting_body([heading, slot, "Aanwezig: Els Peeters, voorzitter"]) == body


def test_a_kind_and_body_without_a_slot_below_is_read_by_the_vocabulary():
    # the vocabulary names the welfare council by its full name, no municipal council (the
    # gold's `raad voor maatschappelijk welzijn` in ten files: branch partBody)
    assert find_meeting_body(["Notulen  Raad voor maatschappelijk welzijn", "1. Opening"]) == (
        "raad voor maatschappelijk welzijn"
    )


@pytest.mark.parametrize(
    ("lines", "hours"),
    [
        (["Zitting van dinsdag 30 januari 2024", "Om 20:05", "Da Capo"], (time(20, 5), None)),
        (["De voorzitter opent de zitting om 19u30."], (time(19, 30), None)),
        (["Begin: 13u30", "Einde: 14u30"], (time(13, 30), time(14, 30))),
        (["Gemeenteraad 4 maart 2024", "", "20.00 uur"], (time(20, 0), None)),
        (["Om 20:05", "Gemeenteraad"], (None, None)),  # an hour above, not below, a date
    ],
)
def test_flemish_clock_and_an_hour_below_the_date(lines, hours):
    assert find_times(lines) == hours


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Da Capo, Lintsesteenweg 1A 2540 Hove", "Da Capo, Lintsesteenweg 1A 2540 Hove"),
        ("Kerkstraat 5, 1234 AB Ede", "Kerkstraat 5, 1234 AB Ede"),
        ("Zaal Ter Linde, Dorpsplein 3, 9980 Sint-Laureins",
         "Zaal Ter Linde, Dorpsplein 3, 9980 Sint-Laureins"),
    ],
)  # fmt: skip
def test_an_address_below_the_date_and_hour_with_its_venue(line, place):
    assert find_location(["Zitting van 30 januari 2024", "Om 20:05", line]) == place


@pytest.mark.parametrize(
    ("page", "body"),
    [
        ("1 Verslag van de vergadering van de commissie Bestuur en Middelen van 27 mei 2009",
         "commissie"),
        # the council as the heading names it in full (meeting_rules.json `body_spelled_out`)
        ("1 Registratienummer Notulen openbare vergadering van de gemeenteraad van Oosterend"
         " gehouden op donderdag 12 november 2009", "gemeenteraad van oosterend"),
        ("1 Gemeente Heist Notulen van het dagelijks bestuur van 3 maart 2015",
         "dagelijks bestuur"),
    ],
)  # fmt: skip
def test_the_body_named_in_the_heading_of_a_page_transcribed_onto_one_line(page, body):
    """A web page's `Transcriptie` prints a PDF page as one line: the record's dated heading
    in it names the body, the agenda and attendance after it do not count."""
    line = page + " Aanwezig: A. de Vries (voorzitter), B. Jansen 1. Opening " + "tekst " * 60
    assert find_meeting_body(["Maat: px", line]) == body


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (["Vorige pagina", "Presidium", "maandag 13 juni 2022", "18:00 - 19:25", "Locatie"],
         "Presidium"),
        (["Commissie Ruimte", "dinsdag 4 april 2023", "19:30 - 22:00"], "Commissie Ruimte"),
        (["Agendacommissie", "donderdag 2 februari 2023 16:00 - 17:00", "Locatie:"],
         "Agendacommissie"),
        (["Welkom op de site. Hier vindt u alles.", "dinsdag 4 april 2023", "19:30 - 22:00"],
         None),
    ],
)  # fmt: skip
def test_a_meeting_page_names_the_body_above_its_date_and_hours(head, body):
    assert find_meeting_body(head) == body


def test_the_start_time_of_a_sitting_slot():
    assert find_times(["HRL_Algemeen Bestuur", "woensdag 24 juni 2020 20:00", "Locatie:"]) == (
        time(20, 0),
        None,
    )


@pytest.mark.parametrize(
    "officers",
    [
        "Secretaris\n\nJan Smet, algemeen directeur\n\nVoorzitter\n\nEls Peeters, burgemeester",
        "Voorzitter\n\nEls Peeters, burgemeester",
        "Notulist\n\nKim Maes, deskundige secretariaat",
    ],
)
def test_an_officer_heading_below_the_list_ends_it(officers):
    """A portal prints the sitting's officers below the attendance list, each heading alone
    over its holder: the heading is no attendee whose name was blacked out."""
    text = "Aanwezig\n\nEls Peeters, burgemeester; Tom Claes, schepen; Jan Smet, algemeen directeur"
    lines = (text + "\n\n" + officers + "\n").split("\n")
    people = extract_participants(list(enumerate(lines)))
    assert all(p["name"] for p in people)
    assert {"Peeters", "Claes", "Smet"} <= {p["name"].split()[-1] for p in people}


@pytest.mark.parametrize(
    "listed",
    [
        # a comma lost between two names with initials, in a council's long list
        "A. Bos, K.L. Dijk P. Smit, J. van Wit",
        # a double surname before, a party after the second
        "A. Bos, K.L. Dijk-Kok P. Smit (CDA), J. van Wit",
    ],
)
def test_two_initialled_names_whose_comma_was_lost(listed):
    people = extract_participants([(1, f"Aanwezig: {listed}.")])
    names = [p["name"] for p in people]
    assert names[0] == "A. Bos" and names[2:] == ["P. Smit", "J. van Wit"]
    assert names[1] in ("K.L. Dijk", "K.L. Dijk-Kok")


def test_an_initial_after_a_given_name_starts_no_second_name():
    people = extract_participants([(1, "Aanwezig: J. Bos, Jan P. Kok en A. Dam.")])
    assert [p["name"] for p in people] == ["J. Bos", "Jan P. Kok", "A. Dam"]


def test_a_row_of_function_fields_each_with_its_holder():
    # a committee's head: two fields on one line, the second's holder on the line below
    text = (
        "Commissievoorzitter(plv.): de heer Bos (GL) Raadsgriffier:\n"
        "mevrouw J.K. Dijk\n"
        "Aanwezig:\n"
        "de heer P. Kok (CDA), mevrouw A. Wit (VVD)"
    )
    people = extract_participants([(1, line) for line in text.splitlines()])
    assert [(p["name"], p["role"]) for p in people][:2] == [
        ("Bos", "commissievoorzitter"),
        ("J.K. Dijk", "raadsgriffier"),
    ]


def test_function_fields_of_a_flattened_head_before_its_attendance_label():
    text = (
        "1 Raadscommissie voor Wonen, Raadscommissieverslag, 26 september 2012 DEFINITIEF "
        "Vergadering Openbare vergadering van de Raadscommissie voor Wonen en Wijken in zaal "
        "0239 van het stadhuis Voorzitter: de heer B. Bos Portefeuillehouder: de heren M. Dijk "
        "en F. Kok Commissiegriffier: de heer M. Wit Aanwezige commissieleden: de heer A. Mol "
        "(PvdA), mevrouw T. Vos (GL) 1 De VOORZITTER opent de vergadering."
    )
    people = extract_participants([(1, text)])
    assert [(p["name"], p["role"]) for p in people] == [
        ("B. Bos", "voorzitter"),
        ("M. Dijk", "portefeuillehouder"),
        ("F. Kok", "portefeuillehouder"),
        ("M. Wit", "commissiegriffier"),
        ("A. Mol", None),
        ("T. Vos", None),
    ]


def test_a_frisian_council_s_flattened_head():
    # Leeuwarderadeel 2017 (Historisch Centrum Leeuwarden, OCR in one line): Frisian labels
    # and honorifics, the college of B en W as a group's label, the first item's capital
    # read as a small letter (`1. lepening`)
    text = (
        "Ferslach fan de riedsgearkomste fan de gemeente Ljouwerteradiel op tongersdei 22 juny "
        "2017 om 19.30 oere yn It gemeentehüs fan Stiens. Oanwêzich: de froulju C.G. "
        "Bijsterbosch (PvdA), U.C. de Voogd (PvdA) en de hearen H. de Kroon (PvdA), J. Pot "
        "(WD) en M. de Haan (GBL) Ut it kolleezje fan B W: de hear J.R.A. Boertjens "
        "(boargemaster), mefrou G. Visser (wethalder) en mefrou R. van der Meulen (wethalder) "
        "Foarsitter ried: de hear J.R.A. Boertjens Griffier: mefrou G. J. Olthof Mei kundskip "
        "öfwêzich: de hear S. Brouwer (CDA) 1. lepening en meidielings foarsitter De voorzitter "
        "opent de vergadering en heet iedereen, ook de radioluisteraars, welkom."
    )
    assert [(p[0], p[3]) for p in _people(text)] == [
        ("C.G. Bijsterbosch", "present"), ("U.C. de Voogd", "present"),
        ("H. de Kroon", "present"), ("J. Pot", "present"), ("M. de Haan", "present"),
        ("J.R.A. Boertjens", "present"), ("G. Visser", "present"),
        ("R. van der Meulen", "present"), ("G. J. Olthof", "present"),
        ("S. Brouwer", "absent"),
    ]  # fmt: skip


def test_a_label_column_with_a_group_heading_read_before_rows_that_keep_their_commas():
    """docplayer's transcript of a council's head (Heerhugowaard 2009): the label column
    `Aanwezig: Wethouders Afwezig: Notuliste:` read before the value column, each value an
    honorific in lower case, initials, a surname and, after a comma, the party or role."""
    line = (
        "1 R 27 januari 2009/1 Notulen van de openbare vergadering van de raad van de gemeente "
        "Heerhugowaard, gehouden op 27 januari 2009 om uur in het gemeentehuis Aanwezig: "
        "Wethouders Afwezig: Notuliste: de heer drs. H.M.W. ter Heegde, voorzitter de heer "
        "J.M. Hoogland, raadsgriffier de heer R.K. Appers, HOP mevrouw D.C.G. Lo Pizzo, "
        "GroenLinks mevrouw C.P.M. van t Schip - Nieuwboer, HOP de heer R.J. Piet, CDA mevrouw "
        "M.P.M. Harlaar - Bot, CDA, raadslid mevrouw E.M.J. Middelbeek De voorzitter opent de "
        "raadsvergadering, heet iedereen van harte welkom, meldt de afwezigen en stelt aan de "
        "orde agendapunt 1."
    )
    assert [(p[0], p[1], p[2]) for p in _people(line)] == [
        ("H.M.W. ter Heegde", "voorzitter", None), ("J.M. Hoogland", "raadsgriffier", None),
        ("R.K. Appers", None, "HOP"), ("D.C.G. Lo Pizzo", None, "GroenLinks"),
        ("C.P.M. van t Schip - Nieuwboer", None, "HOP"), ("R.J. Piet", None, "CDA"),
        ("M.P.M. Harlaar - Bot", "raadslid", "CDA"), ("E.M.J. Middelbeek", None, None),
    ]  # fmt: skip


def test_a_row_of_a_column_whose_comma_opens_prose_is_no_column():
    """`de heer A. Bos, die de vergadering opent`: after a name's comma a clause, not the
    row's party or role: no flattened column."""
    line = "Aanwezig: de heer A. Bos, die de vergadering opent mevrouw K. Dijk, VVD"
    assert ("A. Bos", None, "VVD") not in [(p[0], p[1], p[2]) for p in _people(line)]


def test_a_flemish_roll_flattened_into_groups_closed_by_dash_and_function():
    """docplayer's transcript of a Flemish council's minutes (Maasmechelen 2013): under the
    title, no `Aanwezig` label, the roll's groups, each names and a dash before the function
    they share, one after the other on one line."""
    line = (
        "1 Gemeente MAASMECHELEN Provincie LIMBURG Arrondissement TONGEREN ZITTING VAN : 19 "
        "februari 2013 NOTULEN VAN DE GEMEENTERAAD Pieters Andy - voorzitter Terwingen Raf - "
        "Burgemeester Lenssen Georges, Kortleven Ronald - Schepenen Ver Berne Erik - Voorzitter "
        "OCMW Bemelmans Corrie, De Cuyper Christel, Wolk Johan - raadsleden Bervaes Sabine - "
        "Gemeentesecretaris Bekendmaking fractieleiders. De verschillende fracties maken de "
        "namen van de fractieleiders bekend: CD&V: Merlo Anniek VLD: Maes Diane"
    )
    assert [(p[0], p[1], p[3]) for p in _people(line)][:9] == [
        ("Pieters Andy", "voorzitter", "present"), ("Terwingen Raf", "burgemeester", "present"),
        ("Lenssen Georges", "schepen", "present"), ("Kortleven Ronald", "schepen", "present"),
        ("Ver Berne Erik", "voorzitter OCMW", "present"),
        ("Bemelmans Corrie", "raadslid", "present"), ("De Cuyper Christel", "raadslid", "present"),
        ("Wolk Johan", "raadslid", "present"), ("Bervaes Sabine", "gemeentesecretaris", "present"),
    ]  # fmt: skip


def test_two_dashed_functions_in_prose_are_no_roll():
    """`Jan Bos - voorzitter` and `Piet Kok - secretaris` in a sentence: two groups are no
    roll."""
    line = "Het bestuur bestaat uit Jan Bos - voorzitter Piet Kok - secretaris en verder niemand."
    assert ("Jan Bos", "voorzitter") not in [(p[0], p[1]) for p in _people(line)]


def test_a_roll_after_the_title_whose_label_stood_in_the_margin():
    """OCR of old minutes (Teteringen 1974) whose labels stood in the margin and were read
    after the page's text: the roll parted by semicolons follows the title with no label,
    then `Afwezig met kennisgeving`; the roll is who attended."""
    line = (
        "NOTULEN van de openbare vergadering van de Raad op donderdag 28 februari 197^ te 20.00 "
        'uur in het gemeenschapshuis 1t Web". drs. A.M.J.C. Aarts, burgemeester; J.B.A. Mertens, '
        "gemeentesecretaris; A.A. van der Veeken, wethouder; A.C.J. Backx; S.J.M. Gerits; J.M. de "
        "Jong; P. van Pelt; Afwezig met kennisgeving J.J.M. Esser, raadslid. 1. Opening. De "
        "Voorzitter opent de vergadering met het uitspreken van het openingsgebed. Voorzitter "
        "Secretaris Raadsleden"
    )
    assert [(p[0], p[1], p[3]) for p in _people(line)] == [
        ("A.M.J.C. Aarts", "burgemeester", "present"),
        ("J.B.A. Mertens", "gemeentesecretaris", "present"),
        ("A.A. van der Veeken", "wethouder", "present"), ("A.C.J. Backx", None, "present"),
        ("S.J.M. Gerits", None, "present"), ("J.M. de Jong", None, "present"),
        ("P. van Pelt", None, "present"), ("J.J.M. Esser", "raadslid", "absent"),
    ]  # fmt: skip


def test_three_people_before_the_absentees_are_no_roll():
    """A head naming a few officers before `Afwezig:` is no roll of the sitting: too few
    items to stand for a lost label."""
    line = (
        "Notulen van de vergadering van het bestuur van 3 maart 2020 te Breda met A. Bos; K. Dijk; "
        "P. Kok; Afwezig met kennisgeving: J. Smit. 1. Opening. De voorzitter opent de "
        "vergadering en heet iedereen welkom, in het bijzonder de nieuwe leden van de raad."
    )
    assert [(p[0], p[3]) for p in _people(line)] == [("J. Smit", "absent")]


def test_rows_of_an_initialled_name_and_its_role_without_a_comma():
    """A college's decision list on a portal (Moerdijk 2023): under `Aanwezig:` each row an
    initialled name and its role, no comma between them, some parted by two spaces."""
    text = (
        "Datum: 28 februari 2023\nLocatie: Gemeentehuis, kamer 1.59\nAanwezig:\n"
        "C.J.A. van Dorst wethouder\nP.M. Joosten - Wesselius  wethouder\n"
        "A.J. Moerkerke burgemeester\nJ.C. Slagboom  gemeentesecretaris\n\nAgendapunten\n\n"
        "Vaststelling besluitenlijst B&W-vergadering d.d. 14 februari 2023\n"
    )
    assert [(p[0], p[1]) for p in _people(text)] == [
        ("C.J.A. van Dorst", "wethouder"), ("P.M. Joosten - Wesselius", "wethouder"),
        ("A.J. Moerkerke", "burgemeester"), ("J.C. Slagboom", "gemeentesecretaris"),
    ]  # fmt: skip


def test_a_forms_row_of_headings_in_capitals_ending_in_the_attendance_label():
    """A water board's report form read row by row by a converter (Hollandse Delta 2013):
    the head's row of headings `AGENDA NR. ONDERWERP AANWEZIG`, its last cell the label of
    the list below."""
    text = (
        " VERSLAG VAN\nCommissie Waterkeringen, (Vaar)wegen en Vergunningverlening\n\n"
        " AGENDA NR. ONDERWERP AANWEZIG\n"
        "P.J.J. Kome (voorzitter, Waterschapspartij), H.T.J. Peelen (secretaris),\n"
        "J. van Nieuwenhuijzen (heemraad, VVD), A. Abee (CDA)\n"
    )
    assert [(p[0], p[3]) for p in _people(text)] == [
        ("P.J.J. Kome", "present"), ("H.T.J. Peelen", "present"),
        ("J. van Nieuwenhuijzen", "present"), ("A. Abee", "present"),
    ]  # fmt: skip


@pytest.mark.parametrize("line", ["AGENDA NR. ONDERWERP ACTIE", "NOTULEN VAN DE VERGADERING"])
def test_a_row_of_headings_without_an_attendance_label_is_none(line):
    assert status_label(line) is None


def test_a_label_wrapped_in_its_cell_and_the_next_label_glued_to_a_note():
    """The same form (Hollandse Delta 2013): the label `AFWEZIG MET KENNISGEVING` wrapped in
    its cell over two lines with blank lines between, and the converter glued the next
    label to the bracket closing the absentee's party."""
    text = (
        " AFWEZIG\n\nMET KENNISGEVING\n\n\n"
        "J.F. Spruijt (Water Natuurlijk)Aanwezige ambtelijke ondersteuning:\n\n"
        "V. Bergsma, afdelingshoofd financiën\n\nVERGADERVERSLAGAGENDA\n"
    )
    assert [(p[0], p[2], p[3]) for p in _people(text)] == [
        ("J.F. Spruijt", "Water Natuurlijk", "absent"), ("V. Bergsma", "financiën", "present"),
    ]  # fmt: skip


def test_a_flemish_roll_of_signers_surname_in_capitals_first():
    # texts141/antwerpen-provincieraad-2018-03-22: a Flemish council's roll opens with who
    # signed the attendance sheet, each member's surname in capitals before the given name
    line = (
        "2 2 De vergadering wordt door de voorzitter geopend om uur. Tekenden de "
        "aanwezigheidslijst: Mevrouw AVONTROODT Yolande Mevrouw BAETEN Els De heer BELLENS "
        "Peter Mevrouw BWATU NKAYA Annie De heer DE COCK Koen Mevrouw DE HERT Vera De heer "
        "DILLEN Koen De heer EL ABOUSSI Oussama"
    )
    assert [(p[0], p[3]) for p in _people(line)] == [
        ("AVONTROODT Yolande", "present"),
        ("BAETEN Els", "present"),
        ("BELLENS Peter", "present"),
        ("BWATU NKAYA Annie", "present"),
        ("DE COCK Koen", "present"),
        ("DE HERT Vera", "present"),
        ("DILLEN Koen", "present"),
        ("EL ABOUSSI Oussama", "present"),
    ]


def test_a_roll_runs_on_over_the_next_page_transcribed_onto_one_line():
    # texts141/antwerpen-provincieraad-2018-03-22: the signed roll goes on at page 3, its
    # number printed twice before the names, until the excused members' label
    text = (
        "2 2 De vergadering wordt door de voorzitter geopend om uur. Tekenden de "
        "aanwezigheidslijst: Mevrouw MOREAU Livia Mevrouw NAERT Nicole De heer PALINCKX Koen\n"
        "\n"
        "3 3 De heer PEETERS Bruno Mevrouw PEETERS Marleen De heer RÖTTGER Rik De heer "
        "SCHOOFS Hans Verontschuldigd: Mevrouw Nicole Boonen, de heer Jan Huijbrechts"
    )
    assert [(p[0], p[3]) for p in _people(text)] == [
        ("MOREAU Livia", "present"),
        ("NAERT Nicole", "present"),
        ("PALINCKX Koen", "present"),
        ("PEETERS Bruno", "present"),
        ("PEETERS Marleen", "present"),
        ("RÖTTGER Rik", "present"),
        ("SCHOOFS Hans", "present"),
        ("Nicole Boonen", "absent"),
        ("Jan Huijbrechts", "absent"),
    ]


@pytest.mark.parametrize("line", ["2 Mededelingen", "3 3 Vaststelling van de agenda"])
def test_a_numbered_line_after_a_list_is_no_page_of_it(line):
    assert _people(f"Aanwezig: Jan Bakker, Piet Smit\n{line}") == [
        ("Jan Bakker", None, None, "present", False),
        ("Piet Smit", None, None, "present", False),
    ]


def test_a_province_s_governor_and_clerk_present_by_office_only_are_no_rows():
    # texts141/antwerpen-provincieraad-2018-03-22: the offices are there, nobody is named
    line = (
        "2 2 De vergadering wordt door de voorzitter geopend om uur. Mevrouw de Gouverneur "
        "en de heer Provinciegriffier zijn aanwezig."
    )
    assert _people(line) == []


def test_a_flattened_column_of_titled_names_parts_at_ranks_and_double_titles():
    # texts140/covm-leeuwarden-2015-03: the committee of Leeuwarden air base prints its
    # military members by rank (`Maj`, `LtKol`, `Lt. Kol.`, `Kol`) and some civilians with an
    # academic title after the honorific (`Dhr. drs.`); each opens the next person
    line = (
        "Aanwezig: Mevr. S. Poepjes Maj K.F. Beek-Regnery Dhr. A. Bennen Dhr. Drs. "
        "J.H.B.W. Elgershuizen LtKol A.J.P. Hardenbol Lt. Kol. V. Lengkeek Maj G.E. Van der "
        "Meijden Dhr. T. Van Mourik Dhr. drs. M.H. Mudde Dhr. A. Van der Ploeg Kol G.G. Verhaaf"
    )
    assert [p[0] for p in _people(line)] == [
        "S. Poepjes",
        "K.F. Beek-Regnery",
        "A. Bennen",
        "J.H.B.W. Elgershuizen",
        "A.J.P. Hardenbol",
        "V. Lengkeek",
        "G.E. Van der Meijden",
        "T. Van Mourik",
        "M.H. Mudde",
        "A. Van der Ploeg",
        "G.G. Verhaaf",
    ]


def test_an_attendance_table_run_into_the_label_s_line_under_its_heading_row():
    # texts140/sikb-ccvd-archeologie-2006: the table `Aanwezig | Werkt bij | Afgevaardigd /
    # rol` run into one line; each row a titled name and cells no reading of a person takes,
    # a row without a title glued to the one before, the note-taker's own row at the end
    text = (
        "Aanwezig Werkt bij Afgevaardigd / rol Drs. R.W. Brandt Voorzitter Drs. J. Deeben "
        "RACM Rijk Drs. G.R.M. van den Eynde Erfgoedinspectie Rijk Dr. E.F. Gehasse RWS / DWW "
        "RWS Drs. N. Mulder HBS Brunsting Stichting ACVU VOiA M.W. Löhrer MBA RPS Certificatie "
        "VOC Drs. E.N. SIKB Programmasecretaris\n"
        "Afwezig Drs. N. Arts Gemeente Eindhoven Gemeenten / CGA Prof.dr. D. Raemaekers "
        "Groninger Instituut voor Archeologie Archon Dr. J. Zeiler ArcheoBone VOiA Notulist "
        "C. van Eenige SIKB Actie"
    )
    assert [p[:4] for p in _people(text)] == [
        ("R.W. Brandt", "voorzitter", None, "present"),
        ("J. Deeben", None, "RACM Rijk", "present"),
        ("G.R.M. van den Eynde", None, "Erfgoedinspectie Rijk", "present"),
        ("E.F. Gehasse", None, "RWS / DWW RWS", "present"),
        ("N. Mulder", None, "HBS Brunsting Stichting ACVU VOiA", "present"),
        ("M.W. Löhrer", None, "MBA RPS Certificatie VOC", "present"),
        ("E.N.", "programmasecretaris", "SIKB", "present"),
        ("N. Arts", None, "Gemeente Eindhoven Gemeenten / CGA", "absent"),
        ("D. Raemaekers", None, "Groninger Instituut voor Archeologie Archon", "absent"),
        ("J. Zeiler", None, "ArcheoBone VOiA", "absent"),
        ("C. van Eenige", "notulist", "SIKB", "present"),
    ]


def test_a_titled_name_before_a_sentence_is_no_table_row():
    # the row reading takes cells of capitalised words only: a verb is running text
    from pipeline.meetings.label_lines import _rows

    assert _rows("Dhr. J. Bos opent de vergadering", "present") == []
    assert _rows("Drs. J. Fix Gemeente Houten VNG", "present")[0]["organisation"] == (
        "Gemeente Houten VNG"
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # texts39/aruba-eilandsraad-1968: each holder's office after the comma
        (
            "VOORZITTER: N.E. Henriquez Jr, waarnemend Gezaghebber, SEKRETARIS: A.J. Booi, "
            "Sekretaris van het eilandgebied.",
            [("N.E. Henriquez Jr", "voorzitter"), ("A.J. Booi", "sekretaris")],
        ),
        # texts128/soest-raad-1958: the office that makes him chair before the name, his
        # own after it
        (
            "VOORZITTER: de loco-burgemeester, de heer W.G. van Zadelhof, wethouder.",
            [("W.G. van Zadelhof", "voorzitter")],
        ),
        # texts128/soest-raad-1958 as OCR read it: each label's colon a semicolon, the
        # comma after the chair's name an exclamation mark
        (
            "VOORZITTER; de loco-burgemeester, de heer W.G. van Zadelhof! wethouder. "
            "SECRETARIS; de heer J.J.J.M. Resten.",
            [("W.G. van Zadelhof", "voorzitter"), ("J.J.J.M. Resten", "secretaris")],
        ),
        # texts88/ossendrecht-raad-1932: two offices after the name
        (
            "Voorzitter F.J. van de Ven, burgemeester, tevens secretaris",
            [("F.J. van de Ven", "voorzitter")],
        ),
    ],
)
def test_a_function_s_holder_without_the_offices_printed_beside_the_name(line, expected):
    assert [p[:2] for p in _people(line)] == expected


def test_a_function_s_two_holders_are_not_offices():
    assert _people("Voorzitter: Jan Bos, Piet Kok") == []


def test_a_titled_person_in_lower_case_after_a_surname_is_the_next_item():
    # texts67/bloemendaal-raad-2009: the label column flattened away, the chair, the clerk
    # and the councillors run on without the commas between them
    line = (
        "Aanwezig: R. Th M.. Nederveen (burgemeester) mevrouw K.A. van der Pas de dames mr. "
        "A.M. Jeltes (D66), mr. A.M. Soeteman-Wolf (CDA), C.A. van Stralen (D66), M.H. "
        "Verkaik-Vernooij (CDA), drs. Th.H.M. Wolf mpa (PvdA), drs. A.J. Zoetmulder-Sanders "
        "(VVD), ing. A.J.G. Burger (CDA), drs. ing. P.J.A. Boeijink (VVD), drs. W.G. Brussaard "
        "(VVD), J. Westphal (D66) mevrouw A. Schep (D66) en de heren A. Bruggeman (CDA)"
    )
    assert [p[0] for p in _people(line)][:4] == [
        "R. Th M.. Nederveen",
        "K.A. van der Pas",
        "A.M. Jeltes",
        "A.M. Soeteman-Wolf",
    ]


def test_a_couple_s_two_honorifics_stay_one_item():
    assert [p[0] for p in _people("Aanwezig: de heer en mevrouw Wolf, Jan Bos, Piet Kok")] == [
        "Wolf",
        "Wolf",
        "Jan Bos",
        "Piet Kok",
    ]


def test_a_bullet_inside_a_line_opens_an_item_of_its_own():
    # texts77/achtkarspelen-raad-2019: the page's bulleted items flattened into one line, the
    # apology the first of them
    line = (
        "  Afmelding: Dhr. F.J. Hoekstra (VVD). • De voorzitter deelt mee dat de heer M.C. "
        "Buising vorige week heeft bekend gemaakt dat hij geen deel meer uitmaakt van de "
        "GBA-fractie."
    )
    assert _people(line)[0] == ("F.J. Hoekstra", None, "VVD", "absent", False)


def test_labels_in_lower_case_inside_a_flattened_head_open_their_lists():
    """A youth council's head in one line whose labels are typed in lower case, each after the
    last surname of the list before it (Jeugdraad Zingem 2013): the surname closes that list,
    a qualifier before the label opens it (`Overige aanwezigen:`)."""
    line = (
        "JEUGDRAAD ZINGEM ALGEMENE VERGADERING 28 maart 2013 – 19.30u – lokaal KSA AANWEZIGHEDEN "
        "aanwezige leden: Merel Dhondt, Kristof De Bruyne, Jan Vanderstraeten aanwezige "
        "waarnemers: Kathleen De Ruyck, Gerrit Depaepe verontschuldigd: Tom Moerman, Elissa De "
        "Cuyper, Lien Moerman, Anke Maes, Ben Ghyselinck afwezig: Annelies Delahaye"
    )
    assert [(p[0], p[3]) for p in _people(line)] == [
        ("Merel Dhondt", "present"), ("Kristof De Bruyne", "present"),
        ("Jan Vanderstraeten", "present"), ("Kathleen De Ruyck", "present"),
        ("Gerrit Depaepe", "present"), ("Tom Moerman", "absent"), ("Elissa De Cuyper", "absent"),
        ("Lien Moerman", "absent"), ("Anke Maes", "absent"), ("Ben Ghyselinck", "absent"),
        ("Annelies Delahaye", "absent"),
    ]  # fmt: skip
    line = (
        "1 Notulen van de algemene vergadering van de bond, gehouden op 15 juni 2013 in de zaal "
        "van het bondsbureau. Aanwezig: A. Bos (voorzitter), J. Kok (secretaris), P. de Vries "
        "Overige aanwezigen: E. Smit (directeur) Niet aanwezig: R.J. Dijk 1. Opening De voorzitter"
    )
    assert [(p[0], p[3]) for p in _people(line)] == [
        ("A. Bos", "present"), ("J. Kok", "present"), ("P. de Vries", "present"),
        ("E. Smit", "present"), ("R.J. Dijk", "absent"),
    ]  # fmt: skip


#: docplayer's transcript of a Flemish council's minutes (Zonnebeke, 2019): the page on one
#: line, the label column (`Aanwezig`, `Afwezig`) set before its values, each value a roll of
#: people before their function parted by semicolons, the last of each roll without one
_ROLL_PAGE = (
    "1 V E R S L A G VA N D E G E M E E N T E R A A D VA N 2 5 M A A RT Aanwezig Afwezig "
    "D. Sioen: Burgemeester; T. D'Alleine: Voorzitter gemeenteraad; I. Vandepitte, J. "
    "Vandoolaeghe, J. Jonckheere: Schepenen; J. Demonie, F. Deleu, M. Verstraete, J. Six, "
    "W. Doom: Raadsleden; S. Verstraete: Algemeen Directeur D. Sioen: Burgemeester afwezig "
    "voor agendapunt 21; J. Demonie: Raadslid afwezig voor agendapunt 1, 21; M. Verstraete: "
    "Raadslid afwezig voor agendapunt 1 Verontschuldigd De voorzitter opent de vergadering "
    "om 2. uur Openbare zitting 1. Goedkeuren van de notulen van de vorige zitting Stemming "
    "D. Sioen, T. D'Alleine, J. Vandoolaeghe, J. Jonckheere, F. Deleu, J. Six, W. Doom "
    "I. Vandepitte Besluitvorming De gemeenteraad keurt de notulen goed."
)


def test_a_flattened_label_column_over_rolls_of_people_before_their_function():
    """Each roll is its label's list in the column's order; the second roll's notes
    (`afwezig voor agendapunt 21`) say who missed an item, present people named again."""
    assert [(p[0], p[1], p[3]) for p in _meeting_people(_ROLL_PAGE)] == [
        ("D. Sioen", "burgemeester", "present"),
        ("T. D'Alleine", "voorzitter gemeenteraad", "present"),
        ("I. Vandepitte", "schepen", "present"), ("J. Vandoolaeghe", "schepen", "present"),
        ("J. Jonckheere", "schepen", "present"), ("J. Demonie", "raadslid", "present"),
        ("F. Deleu", "raadslid", "present"), ("M. Verstraete", "raadslid", "present"),
        ("J. Six", "raadslid", "present"), ("W. Doom", "raadslid", "present"),
        ("S. Verstraete", "algemeen directeur", "present"),
    ]  # fmt: skip


def test_a_note_left_open_over_a_blank_line_and_a_list_of_member_clubs():
    """A youth council's minutes (Herentals, 2016): a name's note in brackets runs over a
    blank line, the last one left open by the cut; the absent are the member clubs, no one
    named."""
    text = (
        "Aanwezig: Machteld Hermans (Chiro Morkhoven), Maarten Maes (KSA), Jill Schellens "
        "(KLJ Noorderwijk), Pelle Verherstraeten (Scouts 5de &\n\n"
        "12de Kempen), Marie Van Ackerbroeck (Scouts 5de & 12de Kempen), Lina Cambré "
        "(voorzitter- KSA -\n\n"
        "Jeugdcentrum), Lyna Tops (Db-lid), Teresa Van Grieken (Zonnemeisjes-Zonneknapen & "
        "voorzitter\n\n"
        "Afwezig: BCP De Klink, EJV Christenjeugd Herentals, Theaterling, Jeugd Rode Kruis, "
        "Leerlingenraad TIS, Bravo vzw Verontschuldigd: Chirojongens en -meisjes Noorderwijk, "
        "ASH Polaris\n\n1. Opmerkingen vorig verslag /\n"
    )
    people = _people(text)
    assert [p[0] for p in people] == [
        "Machteld Hermans", "Maarten Maes", "Jill Schellens", "Pelle Verherstraeten",
        "Marie Van Ackerbroeck", "Lina Cambré", "Lyna Tops", "Teresa Van Grieken",
    ]  # fmt: skip
    assert people[3][2] == "Scouts 5de & 12de Kempen"
    assert people[-1][1:3] == ("voorzitter", "Zonnemeisjes-Zonneknapen")


def test_a_committees_table_of_parties_flattened_before_their_members():
    """A provincial committee's minutes as docplayer transcribed them (Zuid-Holland, 2015):
    each party's name stands before its members, each after an honorific; a label of two
    words in capitals is cut by no reading (`AANWEZIGE GEDEPUTEERDEN:`, `VERDER AANWEZIG:`)."""
    text = (
        "1 Verslag Vergadering van De commissie Bestuur en Middelen Vergaderdatum 7 oktober "
        "2015 AANWEZIG: Voorzitter: Griffier: de heer Schaapman de heer Van Lingen VVD mevrouw "
        "Van Dobben de Bruijn, de heer Brill PvdA mevrouw Matil, de heer Hillebrand D66 "
        "mevrouw Oosterop-van Leussen, mevrouw Meurs GroenLinks mevrouw Sahin SGP en "
        "ChristenUnie de heer Stoop 50PLUS de heer Bakx Partij voor de Dieren - AANWEZIGE "
        "GEDEPUTEERDEN: de heer Van der Sande, de heer Janssen, de heer Vermeulen VERDER "
        "AANWEZIG: de heer Smit, de heer Van der Tak (lid algemeen bestuur van de "
        "metropoolregio Rotterdam-Den Haag) AGENDA: 1. Opening procedurevergadering"
    )
    assert [(p[0], p[2]) for p in _people(text)] == [
        ("Schaapman", None), ("Van Lingen", None), ("Van Dobben de Bruijn", "VVD"),
        ("Brill", "VVD"), ("Matil", "PvdA"), ("Hillebrand", "PvdA"),
        ("Oosterop-van Leussen", "D66"), ("Meurs", "D66"), ("Sahin", "GroenLinks"),
        ("Stoop", "SGP en ChristenUnie"), ("Bakx", "50PLUS"), ("Van der Sande", None),
        ("Janssen", None), ("Vermeulen", None), ("Smit", None),
        ("Van der Tak", "algemeen bestuur van de metropoolregio Rotterdam-Den Haag"),
    ]  # fmt: skip
    # a party printed after each name, after its comma or not, heads no one after it
    for line in ("mevrouw Bos, VVD, de heer Kok, CDA, de heer Smit, SP",
                 "de heer A. Bos VVD de heer K. Kok CDA de heer P. Smit SP"):  # fmt: skip
        assert all(p[2] is None for p in _people(f"Aanwezig: {line}"))


def test_a_flattened_list_of_people_each_after_their_clubs_label():
    """A youth council's minutes transcribed onto one line (Kortemark, 2007): each person
    after the label of the club they came for (`Chiro Spartok: Nele Depuydt`), a function's
    label as a club's (`Schepen van jeugd: Marc Vanderhaeghe`), the heading in capitals with
    no colon; the text after the last person is no one's."""
    text = (
        "1 Kortemark, 8 december 2007 Verslag van de vergadering van de gemeentelijke "
        "jeugdraad van vrijdag 7 december AANWEZIGHEDEN Vanwege de jeugdverenigingen: Cd&V "
        "jongeren: Adelheid Beuselinck Chiro Spartok: Nele Depuydt JH De Zunne: Karel "
        "Dewaele Onafhankelijk: Bernard Dewilde (voorzitter) Wouter Verscheure "
        "(ondervoorzitter) Waarnemend: Schepen van jeugd: Marc Vanderhaeghe Afwezig met "
        "kennisgeving: KLJ Kortemark: Kenneth Lingier Open Kamp Houtland: Karel-Lodewijk "
        "Decleir Afwezig: KAJ Zarren-Werken: Sven Van den Brande Spelenderwijs Werken 2. "
        "WELKOM We klinken op de laatste vergadering. Bedenkingen van de jeugdraad: Zowel de "
        "leden als het gemeentebestuur zijn niet op de hoogte."
    )
    people = _people(text)
    assert [(p[0], p[3]) for p in people] == [
        ("Adelheid Beuselinck", "present"), ("Nele Depuydt", "present"),
        ("Karel Dewaele", "present"), ("Bernard Dewilde", "present"),
        ("Wouter Verscheure", "present"), ("Marc Vanderhaeghe", "present"),
        ("Kenneth Lingier", "absent"), ("Karel-Lodewijk Decleir", "absent"),
        ("Sven Van den Brande", "absent"),
    ]  # fmt: skip
    assert [p[2] for p in people[:3]] == ["Cd&V jongeren", "Chiro Spartok", "JH De Zunne"]
    assert people[3][1:3] == ("voorzitter", "Onafhankelijk")
    assert people[5][1] == "schepen"


def test_stacked_labels_over_a_list_of_sentences_each_closed_by_a_function():
    """A Flemish extract of council minutes transcribed onto one line (Arendonk, 2018): both
    labels before the lists, the first list's sentences each closing on the function of its
    people (one run on into the next name, its full stop lost), the second list after them;
    all of the first are present."""
    text = (
        "1 PROVINCIE ANTWERPEN GEMEENTE ARENDONK UITTREKSEL UIT DE NOTULEN VAN DE "
        "GEMEENTERAAD ZITTING VAN: Aanwezig: Verontschuldigd: Blockx Rob, voorzitter. "
        "Hendrickx Kristof, burgemeester. Bouwen Luc, Hermans An, Segers Joke, schepenen. "
        "Verstraelen Frieda, Seels Jean, Noben Peter, Spapen Gunter - raadsleden. Viskens "
        "Kenny, voorzitter OCMW Wouters Kris, algemeen directeur. Hermans Ann schepen "
        "Woestenborghs Karen raadslid De gemeenteraad van Arendonk. Verslag gemeenteraad "
        "Benny Maes stelt dat Leo Laurijssen verkeerdelijk werd vermeld als verontschuldigd. "
        "1. Buitengewone algemene vergadering van IOK op 18 december 2018"
    )
    people = [(p[0], p[1], p[3]) for p in _meeting_people(text)]
    assert people[:10] == [
        ("Blockx Rob", "voorzitter", "present"), ("Hendrickx Kristof", "burgemeester", "present"),
        ("Bouwen Luc", "schepen", "present"), ("Hermans An", "schepen", "present"),
        ("Segers Joke", "schepen", "present"), ("Verstraelen Frieda", "raadslid", "present"),
        ("Seels Jean", "raadslid", "present"), ("Noben Peter", "raadslid", "present"),
        ("Spapen Gunter", "raadslid", "present"), ("Viskens Kenny", "voorzitter", "present"),
    ]  # fmt: skip
    assert people[10:] == [
        ("Wouters Kris", "algemeen directeur", "present"),
        ("Hermans Ann", "schepen", "absent"), ("Woestenborghs Karen", "raadslid", "absent"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # Groei & Bloei Harderwijk, 2013; Westfries Genootschap, 2021; KNNV Zeist, 2012
        ("De voorzitter Jaap Vlijm heet iedereen hartelijk welkom op deze jaarvergadering.",
         ("Jaap Vlijm", "voorzitter")),
        ("De voorzitter van het Genootschap, Jan Smit, heet de aanwezigen van harte welkom, "
         "hij doet dat in het dialect.", ("Jan Smit", "voorzitter")),
        ("Frans van Bussel heet de aanwezigen welkom.", ("Frans van Bussel", None)),
    ],
)  # fmt: skip
def test_who_welcomes_everyone_attended(text: str, person: tuple):
    """The one who welcomes all at the start leads the meeting, as the one who opens it:
    present; not whoever welcomes one guest."""
    assert [p[:2] for p in _people(text)] == [person]
    assert _people("Wethouder Jan Bos heet de minister welkom.") == []


def test_who_welcomes_by_first_name_above_the_list_is_one_of_it():
    """A parents' council's minutes (Jan Vermeer, 2009): `Tinka heet iedereen hartelijk
    welkom` is read before the list that names her in full: one row, the full name; the
    word minutes refer back to the one speaking by (`Spreker`) names no one."""
    text = (
        "Verslag ouderraad 8 april 2009\n\nOpening: Tinka heet iedereen hartelijk welkom.\n\n"
        "Aanwezig: Martine de Fraiture, Tinka van Rood, Suzana Lopes de Silva\n\n2. Notulen\n"
    )
    assert [p[0] for p in _meeting_people(text)] == [
        "Tinka van Rood", "Martine de Fraiture", "Suzana Lopes de Silva",
    ]  # fmt: skip
    assert _people("Spreker heet de aanwezigen van harte welkom bij de raadsvergadering.") == []


#: the head of a Brussels council's bilingual register (Koekelberg, 20 February 2017): each
#: label and function printed in French, then in Dutch, one group of names per function
BILINGUAL_REGISTER = """1 2 COMMUNE DE KOEKELBERG GEMEENTE KOEKELBERG
COMMUNE DE KOEKELBERG
GEMEENTE KOEKELBERG
CONSEIL COMMUNAL DU 20 FÉVRIER 2017
GEMEENTERAAD VAN 20 FEBRUARI 2017
REGISTRE
REGISTER
Présents
Aanwezig
Philippe Pivin, Bourgmestre-Président/Burgemeester-Voorzitter ;
Jean-Pierre Cornelissen, Sylvie Andry, Véronique Dewinck-Capelle, Abdellatif Mghari, Dirk Lagast,
Steve Huyge, Échevin(e)s/Schepenen ;
Claude Debodt, Mohamed Nasri, Josiane Cohen-Wellekens,
Conseille(è)r(e)s communaux/Gemeenteraadsleden ;
Dave Degrendele, Secrétaire communal/Gemeentesecretaris.
Excusés
Verontschuldigd
Véronique Lefrancq, Échevin(e)/Schepen ;
Jean Pierre De Keyn, Ahmed Laaouej, Conseille(è)r(e)s communaux/Gemeenteraadsleden.
Ouverture de la séance à 20:00
Opening van de zitting om 20:00
SÉANCE PUBLIQUE - OPENBARE ZITTING
"""


def test_a_bilingual_register_s_head_reads_as_its_dutch_side():
    """A Brussels council's register prints the French side of each label, honorific and
    function before its Dutch one (`Excusés Verontschuldigd`, `Échevin(e)s/Schepenen`): the
    Dutch side is read, so the lists and their functions read as a Dutch record's; the
    dated sitting of the council under its French twin titles the minutes."""
    assert documents_from_text(BILINGUAL_REGISTER, "x")[1][0]["doc_type"] == "minutes"
    [meeting], people = _meetings_and_people(BILINGUAL_REGISTER)
    assert (meeting["body"], meeting["meeting_date"]) == ("gemeenteraad", date(2017, 2, 20))
    assert [(p["name"], p["role"], p["status"]) for p in people] == [
        ("Philippe Pivin", "burgemeester-voorzitter", "present"),
        *[(name, "schepen", "present") for name in (
            "Jean-Pierre Cornelissen", "Sylvie Andry", "Véronique Dewinck-Capelle",
            "Abdellatif Mghari", "Dirk Lagast", "Steve Huyge")],
        *[(name, "gemeenteraadslid", "present")
          for name in ("Claude Debodt", "Mohamed Nasri", "Josiane Cohen-Wellekens")],
        ("Dave Degrendele", "gemeentesecretaris", "present"),
        ("Véronique Lefrancq", "schepen", "absent"),
        ("Jean Pierre De Keyn", "gemeenteraadslid", "absent"),
        ("Ahmed Laaouej", "gemeenteraadslid", "absent"),
    ]  # fmt: skip


def test_a_bilingual_register_on_one_line_keeps_its_first_item_and_honorifics():
    """The same register transcribed onto one line (Anderlecht 2017, Etterbeek 2007): the
    Dutch label without its colon before the list's first item, whose function a semicolon
    closes, is no label of its own words; the Belgian `MM./HH.`, `Mmes/Mw` before a name
    are honorifics, the Dutch function the wrap broke (`Gemeenteraads- leden`) whole."""
    line = (
        "1 CONSEIL COMMUNAL DU 21 DÉCEMBRE 2017 GEMEENTERAAD VAN 21 DECEMBER 2017 REGISTRE "
        "REGISTER Présents Aanwezig Eric Tomas, Bourgmestre-Président/Burgemeester-Voorzitter ; "
        "Gaëtan Van Goidsenhoven, Fabrice Cumps, Échevin(e)s/Schepenen ; Walter Vandenbossche, "
        "Fabienne Miroir, Conseillers communaux/gemeenteraadsleden ; Marcel Vermeulen, "
        "Secrétaire communal/gemeentesecretaris. Excusés Verontschuldigd Danielle Depre, "
        "Conseillers communaux/gemeenteraadsleden. Ouverture de la séance à 19:00"
    )
    [_], people = _meetings_and_people(line)
    assert [(p["name"], p["role"], p["status"]) for p in people] == [
        ("Eric Tomas", "burgemeester-voorzitter", "present"),
        ("Gaëtan Van Goidsenhoven", "schepen", "present"), ("Fabrice Cumps", "schepen", "present"),
        ("Walter Vandenbossche", "gemeenteraadslid", "present"),
        ("Fabienne Miroir", "gemeenteraadslid", "present"),
        ("Marcel Vermeulen", "gemeentesecretaris", "present"),
        ("Danielle Depre", "gemeenteraadslid", "absent"),
    ]  # fmt: skip
    line = (
        "COMMUNE D’ETTERBEEK GEMEENTE ETTERBEEK Séance du 25.06.2007 Zitting van PRESENTS / "
        "AANWEZIGEN : M./Dhr. Vincent DE WOLF, Bourgmestre-Président/Burgemeester-Voorzitter, "
        "MM./HH. Frank VAN BOCKSTAL, Jean-Luc ROBERT, Echevins/ Schepenen ; Mmes/Mw Kathy MOTTET, "
        "MM/HH Charles de BERGEYCK, Mme/Mw. Jacqueline BERGER, Conseillers communaux/ "
        "Gemeenteraads- leden ; M./Dhr. Christian DEBATY, Secrétaire Communal/Gemeentesecretaris. "
        "Absents et excusés / afwezigen en verontschuldigden : M./Dhr Didier van EYLL, "
        "Mme/Mw. Françoise BERTIEAUX, MM./HH. Isi HALBERTHAL, Jean LAURENT, Patrick LENAERS.\n"
        "De zitting wordt om 20 u 15 geopend."
    )
    [_], people = _meetings_and_people(line)
    assert [(p["name"], p["role"], p["status"]) for p in people] == [
        ("Vincent DE WOLF", "burgemeester-voorzitter", "present"),
        ("Frank VAN BOCKSTAL", "schepen", "present"), ("Jean-Luc ROBERT", "schepen", "present"),
        ("Kathy MOTTET", "gemeenteraadslid", "present"),
        ("Charles de BERGEYCK", "gemeenteraadslid", "present"),
        ("Jacqueline BERGER", "gemeenteraadslid", "present"),
        ("Christian DEBATY", "gemeentesecretaris", "present"),
        ("Didier van EYLL", None, "absent"), ("Françoise BERTIEAUX", None, "absent"),
        ("Isi HALBERTHAL", None, "absent"), ("Jean LAURENT", None, "absent"),
        ("Patrick LENAERS", None, "absent"),
    ]  # fmt: skip


def test_a_body_s_name_without_colon_heads_its_group_in_a_list():
    """A school board's `Kernpunten` (BOOR, 30 October 2017): under `Aanwezig` each board's
    name alone on its line heads the line of its members, as `Leden UR:` would with its
    colon: their organisation, not a person nor the list's end."""
    text = (
        "Kernpunten vergadering 30 oktober 2017:\n\n \n\nAanwezig\n\nAlgemeen bestuur\n\n"
        "Philip Geelkerken (voorzitter), Laura van Geest, Marianne van den Anker, Miriam Scha, "
        "Paul Zevenbergen\n\n \n\nCollege van bestuur\n\nHuub van Blijswijk, Anne de Visch "
        "Eybergen, Renata Voss\n\n \n\nMededelingen\n"
    )
    assert [(p[0], p[1], p[2]) for p in _people(text)] == [
        ("Philip Geelkerken", "voorzitter", "Algemeen bestuur"),
        ("Laura van Geest", None, "Algemeen bestuur"),
        ("Marianne van den Anker", None, "Algemeen bestuur"),
        ("Miriam Scha", None, "Algemeen bestuur"), ("Paul Zevenbergen", None, "Algemeen bestuur"),
        ("Huub van Blijswijk", None, "College van bestuur"),
        ("Anne de Visch Eybergen", None, "College van bestuur"),
        ("Renata Voss", None, "College van bestuur"),
    ]  # fmt: skip


def test_a_portuguese_particle_keeps_a_name_in_a_flemish_roll():
    """The notulen of Boechout's OCMW-raad of 29 November 2021 (meetingburger.net): one line
    of nineteen councillors closed by `raadsleden`, its last a name with the Portuguese
    particle `da` (`Fernando Marques da Silva`), a tussenvoegsel as `de` is: every
    councillor of the line, not the whole line dropped."""
    text = (
        "OCMW Boechout\n\nZitting van 29 november 2021\n\naanwezig\n\n"
        "Philip Verstappen, voorzitter wnd.\n\nKoen T'Sijen, burgemeester\n\n"
        "Els Augustinus, Dirk Crollet, Rudi Goyvaerts, Lotte Vanstraelen, "
        "Fernando Marques da Silva, raadsleden\n\nFrank Coenen, algemeen directeur\n\n"
        "verontschuldigd\n\nRia Van Den Heuvel, voorzitter\n\n"
    )
    people = _people(text)
    assert [(p[0], p[1]) for p in people][2:7] == [
        ("Els Augustinus", "raadslid"), ("Dirk Crollet", "raadslid"),
        ("Rudi Goyvaerts", "raadslid"), ("Lotte Vanstraelen", "raadslid"),
        ("Fernando Marques da Silva", "raadslid"),
    ]  # fmt: skip
    assert len(people) == 9


def test_a_column_of_shortened_honorifics_flattened_onto_the_label_line():
    """The verslag of the OPR of Samenwerkingsverband PO Eindhoven of 27 September 2017, a
    PDF's transcript on one line: the names' column under `Aanwezig:`, each row opened by
    `mevr.` or `dhr.` and initials, as `de heer` / `mevrouw` open the rows of such a
    column: every row one person."""
    text = (
        "Verslag OPR vergadering d.d. 27 september 2017\n\nAanwezig: mevr. C. Rijnen dhr. R. "
        "van den Hove mevr. D. Renders dhr. J. Beenker mevr. K. Giepman dhr. L. van den Akker"
        "\n\n1. Opening"
    )
    assert [(p[0], p[3]) for p in _people(text)] == [
        ("C. Rijnen", "present"), ("R. van den Hove", "present"), ("D. Renders", "present"),
        ("J. Beenker", "present"), ("K. Giepman", "present"),
        ("L. van den Akker", "present"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        # Velsen's council, 2013 (docplayer); Zeeland's States committee, 2008; Gelselaar
        # OVG, 2018; Spiegel's friends, 1999; NEV, 2000; the museum society, 2011
        ("Afwezig de leden: R.N. van den Brink, B.J.J. Hendriks, M.S. Koedijker",
         "R.N. van den Brink, B.J.J. Hendriks, M.S. Koedijker"),
        ("Afwezig zijn de leden: C.W. Bierens G. Bouterse, A.I.G. Dorst",
         "C.W. Bierens G. Bouterse, A.I.G. Dorst"),
        ("Afwezig bestuur: Wim Nummerdor, Alex Riethorst", "Wim Nummerdor, Alex Riethorst"),
        ("Afwezig namens het bestuur met kennis geving: de heren Weug (penningmeester) en Weber.",
         "de heren Weug (penningmeester) en Weber."),
        ("Afwezig met kennisgeving de heren: Cox en Van Nieukerken.", "Cox en Van Nieukerken."),
        ("Afwezig bestuur met kennisgeving: Jouetta van der Ploeg, Peter Schoon",
         "Jouetta van der Ploeg, Peter Schoon"),
    ],
)  # fmt: skip
def test_the_absent_label_takes_the_words_the_present_one_does(line: str, rest: str):
    """`Afwezig de leden:` as `Aanwezig de leden:`, `Afwezig namens ...:` as `Aanwezig namens
    ...:`: the label's own words, in lower case, before its colon."""
    assert status_label(line) == ("absent", rest)


def test_a_flattened_head_reads_the_absent_members_after_their_label():
    # Velsen's council, 2013 (docplayer): the page on one line, the absent members under
    # `Afwezig de leden:` (the text cut before the first agenda item, `01 OPENING`)
    text = (
        "1 1 Conceptnotulen van de openbare vergadering van de raad van de gemeente Velsen "
        "gehouden op donderdag 12 december 2013 om uur in het TATA Steel Stadion, Minister van "
        "Houtenlaan 123 te Velsen-Zuid. Aanwezig de leden: F. Bal, P.J. van Bodegraven, P. de "
        "Bruijn, R. Cruz Linde, E.H. Zorgdrager-van Laar. Griffier : J.P.E.M. Huijs Wethouders "
        ": A.V. Baerveldt, R.G. te Beest. Afwezig de leden: R.N. van den Brink, B.J.J. "
        "Hendriks, M.S. Koedijker, M.G.J.E. Vos-Vester"
    )
    absent = [p[0] for p in _meeting_people(text) if p[3] == "absent"]
    assert absent == [
        "R.N. van den Brink", "B.J.J. Hendriks", "M.S. Koedijker", "M.G.J.E. Vos-Vester",
    ]  # fmt: skip


def test_a_verslaglegging_field_is_read_as_itself_not_as_verslag():
    # Amsterdam's committee for spatial planning, 2012 (docplayer): the head's fields, the
    # note-taker's label a longer word than `Verslag:`, which it opens
    text = (
        "Voorzitter: de heer B. Benjamin\nCommissiegriffier: de heer M. van Tilburg\n"
        "Verslaglegging: de heer G.J. van der Kroon (Notuleerservice Nederland)\n"
        "Aanwezige commissieleden: de heer M. Mulder (PvdA), de heer L. Schimmelpennink (PvdA)"
    )
    assert ("G.J. van der Kroon", "notulist", "Notuleerservice Nederland", "present", False) in (
        _people(text)
    )


def test_two_members_parted_by_a_comma_under_their_body_s_heading():
    """BOOR's `Kernpunten` of 19 April 2017: under `College van bestuur` its two members on
    one line, parted by a comma (`Huub van Blijswijk, Anne de Visch Eybergen`): the heading
    names their body, so the second name is a member, not the first one's organisation; a
    body after the comma stays the person's organisation."""
    text = (
        "Kernpunten vergadering 19 april 2017:\n \nAanwezig\n\nAlgemeen bestuur\n\n"
        "Philip Geelkerken (voorzitter), Laura van Geest, Marianne van den Anker, Miriam Scha, "
        "Paul Zevenbergen\n\n \n\nCollege van bestuur\n\nHuub van Blijswijk, Anne de Visch "
        "Eybergen\n\n \n\nAfwezig met kennisgeving\n\nDidier Dohmen\n"
    )
    assert [(p[0], p[2], p[3]) for p in _people(text)][5:] == [
        ("Huub van Blijswijk", "College van bestuur", "present"),
        ("Anne de Visch Eybergen", "College van bestuur", "present"),
        ("Didier Dohmen", None, "absent"),
    ]
    grouped = "Aanwezig\n\nGasten\n\nJan de Bos, Gemeente Utrecht\n"
    assert [(p[0], p[2]) for p in _people(grouped)] == [("Jan de Bos", "Gemeente Utrecht")]


def test_a_label_beside_the_last_item_of_a_flemish_roll():
    """Willebroek's council of 17 December 2019: the roll's last item (`Dirk Blommaert,
    algemeen directeur`) with the excused label and its person beside it on one line, two
    columns flattened: both lists read, each person in their own status."""
    text = (
        "Aanwezig: Eddy Moens, voorzitter.\n\nEddy Bevers, burgemeester.\n\n"
        "Luc Spiessens, Ronald Somers, Murat Oner, Maaike Bradt, Ilse Lenvain, Bavo Anciaux, "
        "schepenen.\n\nDirk Blommaert, algemeen directeur Verontschuldigd: Thierry Serrien, "
        "raadslid\n\nAGENDA\n"
    )
    assert [(p[0], p[1], p[3]) for p in _people(text)][-2:] == [
        ("Dirk Blommaert", "algemeen directeur", "present"),
        ("Thierry Serrien", "raadslid", "absent"),
    ]


def test_a_chief_s_compound_office_after_the_name_in_a_flemish_roll():
    """Schoten's council of 26 January 2023: the excused police chief printed as the roll's
    other items are, his office after a comma (`Jack Vissers, korpschef.`): `-chef` ends an
    office as `-coördinator` does (`korpschef`, `teamchef`), so the line is a person in it."""
    text = (
        "Aanwezig:\n\nLieven De Smet, voorzitter.\n\nRony Lejaeghere, algemeen directeur.\n\n"
        "Verontschuldigd:\n\nJack Vissers, korpschef.\n\n"
        "Vanaf punt 4 vervoegt raadslid Yvonne Schenck de vergadering.\n"
    )
    assert ("Jack Vissers", "korpschef", None, "absent", False) in _people(text)


def test_a_heading_saying_what_the_attendees_took_part_in():
    """A markdown heading over a bulleted roll inside item 1 (web164 logius-tag lines 14-23,
    its markdown read away): `Deelnemers aan het overleg` labels the list below as
    `Deelnemers` does."""
    text = (
        "1. Welkom & Mededelingen\n\nDeelnemers aan het overleg\n\n"
        "- Pieter Dijkstra (Kadaster)\n- Alexander Green (Logius)\n- Laura Rutte (BKWI)\n\n"
        "2. Verslag vorig TO\n"
    )
    people = _people(text)
    assert [p[0] for p in people] == ["Pieter Dijkstra", "Alexander Green", "Laura Rutte"]
    assert all(p[3] == "present" for p in people)


#: web165 rud-utrecht-ab-2014-04-17 lines 8-16 and 42-45 (shortened): the roll table's label
#: column copied whole above its name column
ROLL_BY_COLUMN = [
    "Deelnemers:",
    "Provincie Utrecht",
    "Gemeente Amersfoort",
    "Gemeente Baarn",
    "Directeur",
    "",
    "",
    "De heer R. de Vries (voorzitter)",
    "De heer C. van Eijk",
    "De heer J. Baerends",
    "Mevrouw S.S.M. Borgers",
    "1",
    "Agenda en mededelingen",
]


def test_a_roll_table_flattened_column_by_column():
    """The labels first, the names after a blank gap: the names are the roll, each given
    its row's body or function when both columns hold as many cells."""
    assert _people("\n".join(ROLL_BY_COLUMN)) == [
        ("R. de Vries", "voorzitter", "Provincie Utrecht", "present", False),
        ("C. van Eijk", None, "Gemeente Amersfoort", "present", False),
        ("J. Baerends", None, "Gemeente Baarn", "present", False),
        ("S.S.M. Borgers", "Directeur", None, "present", False),
    ]


def test_a_roll_table_column_split_only_over_as_many_names():
    """Short lines under a roll label over a single name are no label column: the cells
    and the names must count alike (within a wrapped cell or two)."""
    one = ["", "De heer R. de Vries (voorzitter)", "", "1. Opening"]
    text = "\n".join([*ROLL_BY_COLUMN[:5], *one])
    assert _people(text) == []


def test_roll_rows_opened_by_an_honorific_and_closed_by_their_function():
    """A roll table flattened onto one line (kapellen-ocmw-raad-2011-05-25, line 10): each
    row opens with an honorific, a plural one before a list, and closes with its people's
    function, no comma between; the last row prints no function, and the empty `Afwezig:`
    label after it and the agenda are no one's."""
    text = (
        "1 5 de ZITTING Openbaar Centrum voor VAN DE RAAD VOOR MAATSCHAPPELIJK WELZIJN "
        "Maatschappelijk Welzijn VAN 25 MEI KAPELLEN Aanwezig: Mevrouw An Stokmans Voorzitter "
        "De dames en heren Vera Gilis, Marc Van Tilborg, Dirk Verbist, Jacobus Verhoeven, Linda "
        "Elders, Sven Kerremans, Joanna Vandensande, Inge Wagemans, Ingrid Mees en Michel "
        "Michielsen Leden Mevrouw Paula Verhoeven Afwezig: Openbare zitting A G E N D A 1. "
        "Goedkeuring notulen openbare raadszitting van 27 april Personeel: bespreking "
        "rechtspositieregeling OCMW personeel 3. Afsluiten verzekering BA en omnium voor nieuw "
        "dienstvoertuig"
    )
    people = extract_participants([(1, text)])
    rows = [(p["name"], p["role"], p["status"]) for p in people]
    assert rows[:2] == [("An Stokmans", "voorzitter", "present"), ("Vera Gilis", "lid", "present")]
    assert rows[-3:] == [
        ("Ingrid Mees", "lid", "present"), ("Michel Michielsen", "lid", "present"),
        ("Paula Verhoeven", None, "present"),
    ]  # fmt: skip
    assert len(rows) == 12


def test_honorific_rows_without_a_closing_function_are_left_to_the_other_readers():
    """Rows opened by honorifics that no function closes (`Mevrouw W. van Ruiten
    (voorzitter) De heer J. Bindels ...`) are not this layout's."""
    from pipeline.meetings.label_lines import _groups_before_function

    rest = "Mevrouw W. van Ruiten (voorzitter) De heer J. Bindels Mevrouw I. Brosky"
    assert _groups_before_function(rest, "present") == []


#: gr-zitting-2013 (texts128), line 10: a Flemish council's roll flattened onto one line,
#: the absence list naming a councillor of the roll away for one item, the chair's opening
#: sentence run on after it
FLEMISH_ROLL_WITH_ONE_ITEM_AWAY = (
    "Notulen gemeenteraad Zitting van 24 april 2013\n\n"
    "1 Notulen gemeenteraad Zitting van 24 april 2013 Aanwezig: Jean Marie De Groote, "
    "Voorzitter; Johan Van Durme, Burgemeester; Christ Meuleman, Marleen Verdonck, Wilfried "
    "Verspeeten, Hanna Courtijn, Jan Martens, Schepenen; Christianne Immegeers-Schreyen, "
    "Filip Vermeiren, Guy De Smet, Marc De Smet, Carine Schamp, Filip Michiels, Pascal Fermon, "
    "Kristof Van Cauwenberghe, Marjolein De Spiegeleire, Michiel Van Der Heyden, Raadsleden; "
    "Els De Turck, Voorzitter OCMW; Borchert Beliën, Gemeentesecretaris Verontschuldigd: Luc "
    "Verbanck, Raadslid Afwezig: Els De Turck, Voorzitter OCMW afwezig voor agendapunt 26 "
    "Voorzitter Jean Marie De Groote opent de zitting om uur. OPENBARE ZITTING 1. GOEDKEUREN "
    "VAN DE NOTULEN VAN DE GEMEENTERAADSZITTING VAN 13 MAART 2013 De notulen van de "
    "vergadering van de gemeenteraad worden onder de verantwoordelijkheid van de "
    "gemeentesecretaris opgesteld"
)


def test_a_function_held_in_a_body_named_by_its_acronym_is_no_person():
    """`Els De Turck, Voorzitter OCMW`: the acronym after the function is the body the
    function is held in, not a second person named `OCMW`."""
    people = _meeting_people(FLEMISH_ROLL_WITH_ONE_ITEM_AWAY)
    assert ("Els De Turck", "voorzitter OCMW", None, "present") in people
    assert not [p for p in people if p[0] and "OCMW" in p[0]]


def test_a_roll_member_away_for_one_item_is_one_present_row():
    """`Afwezig: Els De Turck, Voorzitter OCMW afwezig voor agendapunt 26`: away for one
    item, there for the rest; her row of the roll stays the only one."""
    people = _meeting_people(FLEMISH_ROLL_WITH_ONE_ITEM_AWAY)
    assert [p[3] for p in people if p[0] == "Els De Turck"] == ["present"]
    assert ("Luc Verbanck", "raadslid", None, "absent") in people


def test_the_chair_s_opening_sentence_is_not_cut_inside_a_four_word_name():
    """`Voorzitter Jean Marie De Groote opent de zitting` after the list: the chair of the
    roll, not a second person `Marie De Groote`."""
    names = [p[0] for p in _meeting_people(FLEMISH_ROLL_WITH_ONE_ITEM_AWAY)]
    assert names.count("Jean Marie De Groote") == 1
    assert "Marie De Groote" not in names


#: zwalm-gr-2025-09-16 (texts168) and oudheverlee-gr-2025 (texts76), lines 6-11: a Flemish
#: council portal's roll whose chair's function names the council it is held in
COUNCIL_CHAIR_ROLLS = [
    (
        "Gemeenteraad\n\ndi 16/09/2025 - 20:00 de grote raadzaal van het gemeentehuis\n"
        "Aanwezig: Tom Aelbrecht, Voorzitter Gemeenteraad\n"
        "Matthijs Verschraegen, Karen De Colfmacker, leden van het college van burgemeester "
        "en schepenen\n"
        "Eric De Vriendt, Patrick Moreels, gemeenteraadsleden\n"
        "Philip Lefever, Algemeen directeur\n"
        "Verontschuldigd: Carine Melkebeke, Gemeenteraadslid\n",
        ("Tom Aelbrecht", "voorzitter gemeenteraad"),
    ),
    (
        "Gemeenteraad\n\nAanwezig: Kris Debruyne, voorzitter van de gemeenteraad\n"
        "Bart Clerckx, burgemeester\n"
        "Francis Van Biesbroeck, Patrice Lemaitre, schepenen\n"
        "Marijke Pertz, algemeen directeur\n",
        ("Kris Debruyne", "voorzitter van de gemeenteraad"),
    ),
]


@pytest.mark.parametrize(("text", "chair"), COUNCIL_CHAIR_ROLLS)
def test_a_function_held_in_a_council_is_no_second_person(text: str, chair: tuple[str, str]):
    """`Tom Aelbrecht, Voorzitter Gemeenteraad`, `Kris Debruyne, voorzitter van de
    gemeenteraad`: the council after the function is where it is held, not a person named
    `Gemeenteraad` or, particles and all, `van de gemeenteraad`."""
    people = _people(text)
    assert (*chair, None, "present", False) in people
    assert not [p for p in people if p[0] and "raad" in p[0].lower()]


def test_the_chair_of_a_body_named_by_its_acronym_opening_the_meeting_is_no_person():
    """koersvo-opr-2014-01-16 (texts154) line 12: `De voorzitter van het CvB opent de
    bijeenkomst`: the function with the body it is held in, not a person `van het CvB`."""
    line = (
        "Afwezig: Mondo Barends (Stg. OVO Hoeksche Waard, met afmelding), P. Rijsdijk (Stg. "
        "Yulius) 1. Welkom en mededelingen. De voorzitter van het CvB opent de bijeenkomst om "
        "en heet allen van harte welkom."
    )
    names = [p[0] for p in _people(f"Verslag overlegvergadering OPR\n\n{line}\n")]
    assert "Mondo Barends" in names
    assert not [n for n in names if n and "CvB" in n]


def test_a_function_heading_alone_names_no_one():
    """Real Mol council minutes (texts165): each function heads the names on the line
    below it, and `raadslid` heads the apologies; no row is a redacted person where the
    roll marks no name as blacked out (the koedijk club's `voorzitter en notulist` too)."""
    mol = _people(
        "Aanwezig:\nalgemeen directeur\nStefan Hendrix\nVerontschuldigd:\nraadslid\nSonja Geysen\n"
    )
    assert all(name for name, *_ in mol)
    assert ("Sonja Geysen", None, None, "absent", False) in mol
    koedijk = _people(
        "Aanwezig: 19 leden en 4 bestuursleden: Jack Muis, voorzitter en notulist, Jan "
        "Bijpost, penningmeester en de leden Bert Butter en Klaas Bos.\n"
    )
    assert all(name for name, *_ in koedijk)


def test_a_nameless_row_with_its_place_or_beside_a_mark_stays_redacted():
    # the name's box lost in a scan, the seat kept; or a roll that marks other names
    assert _people("Aanwezig:\nbeleidsadviseur, Zeist, regio ZOU\n") == [
        (None, "beleidsadviseur", "Zeist", "present", True)
    ]
    assert _people("Aanwezig:\n5.1.2.e, teamleider, Utrecht\nsecretaris\n") == [
        (None, "teamleider", "Utrecht", "present", True),
        (None, "secretaris", None, "present", True),
    ]


def test_named_voters_carry_no_flag_of_the_parser():
    # real Ninove council decision (texts39): the named votes are its only roll; its rows
    # go to the table as the list's rows do, without the parser's `unmarked`
    lines = [
        (1, "Besluit:"),
        (1, "met 25 ja-stemmen (Vanderpoorten Dirk, De Jonge Tania, Coppens Katie, Cosyns "
            "Veerle, Vande Winkel Wouter)"),
    ]  # fmt: skip
    people = extract_participants(lines)
    assert people and all("unmarked" not in p for p in people)


def _status_of(people: list[tuple]) -> dict[str, tuple]:
    return {name: (role, status) for name, role, _, status, _ in people}


def test_labels_printed_before_their_values_are_paired_in_order():
    # docplayer transcripts of a two-column roll read column by column: the labels first,
    # then one group of values per label, a group ending where a person follows a name or a
    # note with no comma or `en` between (Deventer 2009, texts193; Leeuwarden 2008, texts128;
    # Middelburg 2008, texts132, its `Tevens zijn` + `aanwezig:` one label)
    deventer = _status_of(
        _people(
            "1 Verslag van de openbare vergadering van de raad van de gemeente Deventer Datum: 21 "
            "oktober 2009 Voorzitter: Griffier: ir. A.P. Heidema drs. A.G. M. Dashorst Aanwezig: "
            "O. Arslan (later), mw. G. Brouwer-Knol, mw. C.M. ten Bulte-Herrebrugh, M.W.H. "
            "Elferink en mw. M.J.L.A. Zweers Afwezig: A.M. Koot, mw. W.J.M. van der Ouderaa "
            "1. Opening De voorzitter opent de vergadering.\n"
        )
    )
    assert deventer["A.P. Heidema"] == ("voorzitter", "present")
    assert deventer["A.G. M. Dashorst"] == ("griffier", "present")
    assert deventer["A.M. Koot"] == (None, "absent")
    leden = _status_of(
        _people(
            "1 BESLUITENLIJST VAN DE RAADSVERGADERING VAN 24 JUNI 2008 Aanwezig de leden: de heer "
            "H.K. Balgobind, de heer J.I. Pultrum, de heer A.J.A. Weitenberg, de heer L. van der "
            "Meulen, de heer P.H.A. Stoelinga en de heer F. de Groot Verder aanwezig: Voorzitter: "
            "Griffier: Afwezig: mevrouw N.G. Ketelaar, de heer F. Veenstra en de heer C. Kuipers "
            "de heer L.P. Middel de heer E.W.K. Meurs de heer J. Rozema, mevrouw S. Akkerman, de "
            "heer J. Leegwater en de heer B.J. Potjer 1. Opening en loting volgnummer bij "
            "stemmingen De voorzitter heet alle aanwezigen welkom en opent de vergadering.\n"
        )
    )
    assert leden["F. Veenstra"] == (None, "present")
    assert leden["L.P. Middel"] == ("voorzitter", "present")
    assert leden["E.W.K. Meurs"] == ("griffier", "present")
    assert leden["J. Rozema"] == (None, "absent")
    assert leden["B.J. Potjer"] == (None, "absent")
    middelburg = _status_of(
        _people(
            "1 VERSLAG statencommissie Vastgesteld verslag van de openbare vergadering van de "
            "Commissie Economie en Mobiliteit van 1 september 2008 van 13:30 tot uur te "
            "Middelburg. Voorzitter: Aanwezig zijn de leden: Tevens zijn aanwezig: Afwezig zijn "
            "de leden: C.W. Bierens G. Bouterse, A.I.G. Dorst, A. Evertz, P.A. Hamelink, D.P. "
            "Visser A.J.G. Poppelaars (gedeputeerde), M. Wiersma (gedeputeerde), A.M. Lobik "
            "(commissiegriffier/verslag) T.R.F. Blok-Elenbaas, B.J. Feijtel, L. Harpe 1. Opening "
            "en mededelingen De voorzitter opent de vergadering en meldt de afwezigen.\n"
        )
    )
    assert middelburg["C.W. Bierens"] == ("voorzitter", "present")
    assert middelburg["D.P. Visser"][1] == "present"
    assert middelburg["M. Wiersma"] == ("gedeputeerde", "present")
    assert middelburg["L. Harpe"] == (None, "absent")


def test_a_heading_label_over_functions_and_a_last_list_running_on():
    # `Aanwezig:` heading the functions' labels, its own list after their values (Bloemendaal
    # 2009, texts67); a last label's list running on over a group left over (Alblasserdam
    # 2011, texts193)
    bloemendaal = _status_of(
        _people(
            "1 Notulen openbare vergadering van de gemeenteraad van Bloemendaal gehouden op "
            "donderdag 12 november 2009 om uur in de raadszaal van het gemeentehuis te Overveen "
            "Aanwezig: Voorzitter: Griffier: Raadsleden: Wethouders: R. Th M.. Nederveen "
            "(burgemeester) mevrouw K.A. van der Pas de dames mr. A.M. Jeltes (D66), mr. A.M. "
            "Soeteman-Wolf (CDA) en de heren ir. F.W. van den Berg (VVD), J. Westphal (D66) "
            "mevrouw A. Schep (D66) en de heren A. Bruggeman (CDA) en T. Kokke (VVD) "
            "Managementteam: mevrouw drs. K. Kensen (adjunct-directeur) 1. Opening\n"
        )
    )
    assert bloemendaal["K.A. van der Pas"] == ("griffier", "present")
    assert bloemendaal["J. Westphal"] == ("raadslid", "present")
    assert bloemendaal["T. Kokke"] == ("wethouder", "present")
    alblasserdam = _status_of(
        _people(
            "1 OPENBARE VERGADERING van de raad der gemeente Alblasserdam op dinsdag 31 mei 2011 "
            "des avonds om uur in het raadhuis Aanwezig de leden: de heer L. Verwoert (PvdA), O. "
            "Yilmaz (PvdA), de heer Th. de Gelder (CDA) en de heer M. van der Plaat (D 66) "
            "Wethouders: Afwezig m.k.: Griffier: de heer A.L. Cardon (PvdA), de heer drs. P.J. "
            "Verheij RA (SGP), S.J. Veerman (CDA) A.G. Clements (ChristenUnie) mevrouw S.M. van "
            "der Stel de heer A.B. Blase Voorzitter stelt aan de orde: AGENDAPUNT 1 Opening en "
            "vaststelling agenda Dames en heren, dan gaan wij nu de raadsvergadering openen.\n"
        )
    )
    assert alblasserdam["S.J. Veerman"] == ("wethouder", "present")
    assert alblasserdam["A.G. Clements"] == (None, "absent")
    assert alblasserdam["S.M. van der Stel"] == ("griffier", "present")
    assert "A.B. Blase" in alblasserdam


def test_a_row_of_labels_or_parties_over_a_line_of_values():
    # Gelderland's States committee (adoc.pub, texts193): the parties' row over their
    # members, one comma group per party, and the functions' row over their holders
    people = _people(
        "Ontwerpverslag Commissie Ruimtelijke Ordening, Wonen en Milieu d.d. 17 maart 2010 "
        "Aanwezig: CDA PvdA VVD SP ChristenUnie GroenLinks SGP D66 PvdD GVB\n"
        "B. Banning, J. Manuputty-van Lieshout, E. Rijssenbeek-Van Pijkeren M. Bosman, C. van "
        "der Valk C. Hoogervorst, A. Jonker E. van Kaathoven, R. Mink D. Ebbers, P. Plug U. "
        "Sözen, J. Wijnia G. Holdijk M. Leisink L. van der Veer A. Van Bergen\n"
        "Voorzitter: secretaris: genodigden:\n"
        "E. Klein G. Buevink gedeputeerden A. van der Kolk en C. Verdaas\n"
        "1.\n"
    )
    parties = {name: organisation for name, _, organisation, _, _ in people}
    assert parties["E. Rijssenbeek-Van Pijkeren"] == "CDA"
    assert parties["M. Bosman"] == "PvdA"
    assert parties["A. Van Bergen"] == "GVB"
    assert not {"CDA PvdA", "VVD SP", "PvdD GVB"} & set(parties)  # the parties' row
    roles = _status_of(people)
    assert roles["E. Klein"] == ("voorzitter", "present")
    assert roles["G. Buevink"] == ("secretaris", "present")
    assert roles["C. Verdaas"][0] == "gedeputeerde"


def test_attendance_words_without_colons_before_their_sentences():
    # docplayer's minutes of the IJsselland safety region (2015, texts188): `aanwezig
    # afwezig` before the values, one sentence each, `Verder ...` going on with the first
    people = _status_of(
        _people(
            "3 Notulen van Algemeen Bestuur Veiligheidsregio IJsselland datum 25 maart 2015 "
            "aanwezig afwezig Namens de gemeenten: de heren H.J. Meijer (Zwolle, voorzitter), A.P. "
            "Heidema (Deventer) en mevrouw M.A.J. van der Tas (Steenwijkerland). Verder de heren "
            "P. Miltenburg (politie Oost Nederland), V.G. Smink (officier van justitie) en M. "
            "Fransen (notulist). De heren H.C.P. Noten (Dalfsen), M.J. Ahne (Ommen) en mevrouw "
            "N.A.M. Rigter (directeur publieke gezondheid). 1. Opening De heer Meijer opent de "
            "vergadering om 9 uur.\n"
        )
    )
    assert people["H.J. Meijer"] == ("voorzitter", "present")
    assert people["P. Miltenburg"][1] == "present"
    assert people["M. Fransen"] == ("notulist", "present")
    assert people["M.J. Ahne"][1] == "absent"
    assert "Verder" not in people


def test_en_before_a_role_of_one_person_opens_its_own_item():
    # a committee's `Aanwezig: Tevens aanwezig:` column read column by column (texts44,
    # 2009): the second group names the aldermen, then the mayor after `en`
    people = _status_of(
        _people(
            "1 Verslag van de vergadering van de commissie bestuurlijke zaken en financiën van 27 "
            "mei 2009 Aanwezig: Tevens aanwezig: A.C. Heij (voorzitter), A.D. Boland, E.M. Koestal "
            "(PvdA), H.G. Bulten (ChristenUnie-SGP), M. Duijn-Visser (DSD); M. Bolten (secretaris) "
            "en M. Schennink (notulist) wethouders Kuiper en Van der Meijs en burgemeester Kaiser "
            "1. Openvragenronde voor inwoners en belanghebbenden Er zijn geen aanmeldingen.\n"
        )
    )
    assert people["M. Schennink"] == ("notulist", "present")
    assert people["Kuiper"] == ("wethouder", "present")
    assert people["Van der Meijs"] == ("wethouder", "present")


def test_a_plural_role_lead_takes_any_filler_before_its_names():
    # council minutes (texts184, menterwolde 2009): `t.w.` (ten weten) between the group's
    # plural role and the plural honorific that opens its names, as `te weten` is
    people = _status_of(
        _people(
            "Aanwezig zijn:\n"
            "de leden, t.w. de dames M.E. Bos-Carabain (aanwezig tot 23.15 uur), B. van "
            "Bruggen-Schuitema, H.I. Jansen-Weijer (aanwezig tot 22.50 uur) , L.R.C. Meijer;\n"
        )
    )
    assert people["M.E. Bos-Carabain"] == ("lid", "present")
    assert people["B. van Bruggen-Schuitema"] == ("lid", "present")


def test_a_plural_honorific_without_its_article_opens_an_item():
    # a committee's roll run on into one line (texts189, flevoland 2009): `heren` opens the
    # second group of men after a woman, its article left out
    people = _status_of(
        _people(
            "Aanwezig zijn: De heren R.T. van der Avoort (voorzitter), A. van Amerongen (VVD), "
            "J. Kramer (VVD), J.J. Posthumus (CDA) en J. van Wieren (CDA), mevrouw F.J.E. "
            "Boode-Groot (PvdA), heren W.R. Ruifrok (PvdA), H. van Ravenzwaaij (SP)\n"
        )
    )
    assert people["W.R. Ruifrok"] == (None, "present")
    assert people["H. van Ravenzwaaij"] == (None, "present")
    # `de heren` elsewhere stays one honorific: no `de` read as a name
    other = _people("Afwezig: mevrouw Sikkema, mevrouw Schulting en de heren Hoogendoorn\n")
    assert "de" not in {name for name, *_ in other}


def test_an_academic_title_glued_to_the_honorific():
    # a committee's report flattened into one line (texts194, provutrecht 2005)
    people = _status_of(
        _people(
            "CONCEPTVERSLAG van de vergadering van de commissie Ruimte en Groen, gehouden op 24 "
            "januari 2005 in het Provinciehuis te Utrecht Aanwezig: Dhr. M. van de Groep "
            "(voorzitter), dhr.mr. J.H. Ekkers (gedeputeerde), dhr.drs. J.P.J. Lokker "
            "(gedeputeerde), mw.drs. A.J. Dekker (D66), mw. L.C. Dekkers-Raadsen (CDA) alsmede "
            "dhr.ir. B.A. Witteman (SP); Afwezig: mw. A. Jonkers-Cornelisse (SP), dhr.dr. R. "
            "Bisschop (SGP), mw. mr. M.N. Kallen (VVD);\n"
        )
    )
    assert people["J.H. Ekkers"] == ("gedeputeerde", "present")
    assert people["J.P.J. Lokker"] == ("gedeputeerde", "present")
    assert people["A.J. Dekker"] == (None, "present")
    assert people["R. Bisschop"] == (None, "absent")


def test_a_note_glued_to_the_next_person_or_closed_by_a_full_stop():
    # a council's roll run on into its title line (texts193, alblasserdam 2011): the space
    # after a note lost, a full stop typed for a comma, titles run together without their
    # last full stop
    people = _status_of(
        _people(
            "1 OPENBARE VERGADERING van de raad der gemeente Alblasserdam op dinsdag 31 mei 2011 "
            "des avonds om uur in het raadhuis Aanwezig de leden: mevrouw M.J.H. Barra-Leenheer "
            "(PvdA)de heer R. van Lavieren (PvdA), de heer L. Verwoert (PvdA), O. Yilmaz (PvdA), "
            "de heer J.H. Wesselius (CDA). de heer A.C. van t Zelfde (CDA), de heer mr. A. Boele "
            "(SGP), de heer dr.ir H. Boersma (SGP), de heer B.W. de Leeuw (SGP)\n"
        )
    )
    for name in ("M.J.H. Barra-Leenheer", "R. van Lavieren", "J.H. Wesselius"):
        assert people[name][1] == "present"
    assert people["A.C. van t Zelfde"][1] == "present"
    assert people["H. Boersma"][1] == "present"


def test_a_plural_honorifics_list_parts_a_note_from_the_next_initials():
    # a board's minutes (texts188, vrijsselland 2015): the comma after a note forgotten
    people = _status_of(
        _people(
            "Afwezig: De heren H.C.P. Noten (Dalfsen), M.J. Ahne (Ommen), J.D. Alssema "
            "(Staphorst), H. Dijk (namens waterschappen), S. Dekker (Politie) H. Zwart "
            "(coördinerend functionaris gemeenten)\n"
        )
    )
    assert people["S. Dekker"] == (None, "absent")
    assert people["H. Zwart"][1] == "absent"


def test_a_title_without_its_full_stop_before_the_name():
    # a church council's minutes (texts182, pgoostkapelle 2020): the minister as `ds`
    people = _status_of(
        _people(
            "Aanwezig: Leo Looise, Sjoerd Blaas, Mart den Hollander, ds Beukenhorst, Peter Geene, "
            "Dirk van Maldegem en Johan Groenenberg.\n"
        )
    )
    assert people["Beukenhorst"] == (None, "present")
    assert people["Mart den Hollander"] == (None, "present")


def test_function_fields_inside_a_flattened_head_line():
    # docplayer pages flattened into one line: the fields after a page number, the first
    # agenda item after the last holder (texts174, noordholland-ps 2005); the fields after
    # the title, a plural label over several holders (texts197, westvlaanderen 2018)
    noordholland = _status_of(
        _people(
            "2 Voorzitter: H.C.J.L. Borghouts Griffier: mw. C.A. Peters 1. Opening en "
            "mededelingen. In de vergadering zijn tegenwoordig de volgende leden, te weten: mw. "
            "M. Agema, mw. S. Akkas, mw. S. Akkaya\n"
        )
    )
    assert noordholland["H.C.J.L. Borghouts"] == ("voorzitter", "present")
    assert noordholland["C.A. Peters"] == ("griffier", "present")
    assert noordholland["M. Agema"][1] == "present"
    westvlaanderen = _status_of(
        _people(
            "PROVINCIERAAD VAN WEST-VLAANDEREN Vergadering van donderdag 27 september 2018 "
            "Voorzitter: mevrouw Eliane Spincemaille Secretarissen: mevrouw Sigrid Vandenbulcke, "
            "de heer Gunter Pertry, mevrouw Lies Laridon, mevrouw Elke Carette\n"
        )
    )
    assert westvlaanderen["Eliane Spincemaille"] == ("voorzitter", "present")
    assert westvlaanderen["Sigrid Vandenbulcke"] == ("secretaris", "present")
    assert westvlaanderen["Gunter Pertry"] == ("secretaris", "present")
    # a sentence naming a function mid-line is no field
    assert _people("Dit stuk gaat naar de Voorzitter: hij beslist.\n") == []


def test_a_roll_printing_surnames_first_names_the_heads_officers_once():
    # a Flemish council (texts197, westvlaanderen 2018): the head names the chair and a
    # secretary first name first, the roll below prints every name surname first
    minutes = (
        "NOTULEN PROVINCIERAAD 27/09/2018\n"
        "PROVINCIERAAD VAN WEST-VLAANDEREN Vergadering van donderdag 27 september 2018 "
        "Voorzitter: mevrouw Eliane Spincemaille Secretarissen: mevrouw Sigrid Vandenbulcke, "
        "mevrouw Elke Carette\n"
        "De voorzitter opent de vergadering om 14 uur.\n"
        "Zijn aanwezig: Spincemaille Eliane (Raadslid), voorzitter;\n"
        "Aernoudt Wim (Raadslid), Bekaert Simon (Raadslid), Carette Elke (Raadslid), Castelein "
        "Charlotte (Raadslid)\n"
    )
    doc = documents_from_text(minutes, "x")
    people = extract_meetings({**doc[1][0], "pages": [doc[0][0]]})[1]
    names = [p["name"] for p in people]
    assert names.count("Eliane Spincemaille") + names.count("Spincemaille Eliane") == 1
    assert names.count("Elke Carette") + names.count("Carette Elke") == 1
    assert "Sigrid Vandenbulcke" in names and "Aernoudt Wim" in names


def test_a_note_whose_opening_bracket_the_transcript_lost():
    # a council's roll run on into its title line (texts193, alblasserdam 2011)
    people = _status_of(
        _people(
            "Aanwezig de leden: de heer B.W. de Leeuw (SGP), de heer F.C. de Gier (VVD), mevrouw "
            "C.E.J. Leeuwis (VVD), de heer H.F. Verweij VVD), de heer A.J. Zwaan (ChristenUnie)\n"
        )
    )
    assert people["C.E.J. Leeuwis"] == (None, "present")
    assert people["H.F. Verweij"] == (None, "present")
    assert people["A.J. Zwaan"] == (None, "present")
    # a comma inside a note stays inside it
    inside = _people("Aanwezig: Jan Bos (gemeente Delft, Team Wonen), Piet Kok (VVD)\n")
    assert [p[0] for p in inside] == ["Jan Bos", "Piet Kok"]


def _pdf_lines(text: str) -> list[str]:
    """The names `_people` reads from the lines of a born-digital PDF's text layer."""
    return [p[0] for p in _people(textwrap.dedent(text))]


def test_a_list_whose_text_line_ends_inside_a_name_goes_on_after_the_short_line():
    """beringen-gemeenteraad-2019-09-04 (web236) as its PDF wraps it: the text's own line ends
    inside a name (`... de heer Tim Theunis; mevrouw` / `Godelieve Pernet; ...`), so the
    wrap leaves that line short; the list goes on after it, every name read whole."""
    names = _pdf_lines("""\
        Notulen Zitting van 4 september 2019
        Samenstelling:
        Aanwezig
        :
        de heer Wouter Beke; de heer Erwin Van Pée; mevrouw Sara Verbeeck; mevrouw Marleen
        Kauffmann; de heer Joseph Wouters; de heer Eric Coenen; de heer Uzeyir Karaca;
        mevrouw Katrien Ozeel; de heer Franky Geypen; de heer Ronald Peeters; de heer Danny
        Bloemen; de heer Toni Fonteyn; mevrouw Diane De Volder; de heer Jos Berghmans; de
        heer Tim Theunis; mevrouw
        Godelieve Pernet; mevrouw Katrien Debruyne; mevrouw An Caerts; de heer Nick Peeters;
        de heer Eric Conard; mevrouw Paula Cebo; de heer Johan Vandenhoudt; de heer Dany
        Punie
        Verontschuldigd:
        de heer Gilbert Hulsmans; mevrouw Sonja Surkyn; de heer Benny Maes
        """)
    assert {"Tim Theunis", "Godelieve Pernet", "Katrien Debruyne", "Dany Punie"} <= set(names)
    assert "Marleen Kauffmann" in names and len(names) == 26


def test_rows_of_whole_names_are_not_one_cut_list():
    """ouderraad-notulen-2016-08-30 (web262): a row of first names under another row
    (`Cyrille (notulist), Gini, Joost` / `Désirée, Ilona, ...`) ends in a whole name, no
    shorter than its list's items: not read as one list cut by the line."""
    lines = ["Cyrille (notulist), Gini, Joost", "Désirée, Ilona, Natascha, Paula, Rogier"]
    page = [(1, "Geen mutaties sinds de zomervakantie. We hebben een klein bedrag overgehouden")]
    assert not layout._goes_on_with_cut_item([(1, lines[0])], lines[1])
    joined = layout._wrapped_paragraphs(page * 3 + [(1, x) for x in lines])
    assert [x for _, x in joined][-2:] == lines


def test_a_wrapped_surname_particle_is_not_a_group_lead():
    """verenigingsraad-vr87-2014-04-12 (web277): the wrap cuts `Veldhuyzen` / `van Zanten;`,
    and `van Zanten; Drenthe : ...` is not a group's lead (`Namens het bestuur: ...`) that
    opens a list of its own; the regions' lists are read on across the wrap."""
    names = _pdf_lines("""\
        12 april 2014 Aanwezig zijn: a) van het bestuur : de dames De Jong en Maas en de heren
        Van den Belt, De Graaff Penders, Wassen en Wijers (voorzitter); b) van de verenigingsraad
        als (kandidaat-)afgevaardigde voor: Groningen : mevrouw Jansen (kd) en de heren Van
        Dijk en Quené; Friesland : de dames Kok en Meijer (kd) en de heren Boelen en Veldhuyzen
        van Zanten; Drenthe : mevrouw Goedhard en de heren Groen, Hoegen Dijkhof en De Wildt;
        Overijssel : de heren Asbreuk en Wever; Gelderland : de dames Van Harten (kd),
        """)
    assert {"Veldhuyzen van Zanten", "Goedhard", "De Wildt", "Asbreuk", "Wever"} <= set(names)
    assert not any(":" in name for name in names)


def test_two_groups_leads_flattened_into_one_are_read_by_position():
    """verenigingsraad-vr87-2014-04-12 (web277), line 10: two regions' leads printed side by
    side over their columns, flattened into one (`Noord-Brabant Limburg : de heren Claessen,
    ...; : de dames De Beaumont ...`): the first lead heads the first list, the second the
    list after the bare colon; `Noord-Brabant` is no name closing Zeeland's list."""
    people = _people(
        "VR87 12 april 2014 Aanwezig zijn: a) van het bestuur : de dames De Jong en Maas en de "
        "heren Van den Belt, De Graaff Penders, Wassen en Wijers (voorzitter); b) van de "
        "verenigingsraad als (kandidaat-)afgevaardigde voor: Zeeland : mevrouw Kloet en de "
        "heren Dellaert, Van Dijke (kd); Noord-Brabant Limburg : de heren Claessen, Geertman, "
        "Haegens, Van Hooff; : de dames De Beaumont (kd) en Dielissen en de heren Heunen, Van "
        "Raaij (kd), Reijnen en Weijs c) van de directie: de heren Koster, Van den Tweel en "
        "Wams.\n"
    )
    organisation = {p[0]: p[2] for p in people}
    assert "Noord-Brabant" not in organisation
    assert organisation["Claessen"] == organisation["Van Hooff"] == "Noord-Brabant"
    assert organisation["Dielissen"] == organisation["Heunen"] == "Limburg"
    assert organisation["Dellaert"] == "Zeeland"


def test_a_dashed_head_of_labels_wrapped_before_its_next_dash():
    """woensdrecht-raad-1994-09-27 (web282): a head of dashed labels flattened inline
    (`Aanwezig-voorzitter -secretaris -de leden` / `-wethouders Afwezig ...`); the wrap's
    `-wethouders` is the run's next label, not a bullet: the paragraph is read whole."""
    names = _pdf_lines("""\
        Openbare vergadering van de raad der gemeente Woensdrecht op 27 september 1994 des
        avonds om 20.00 uur in de raadszaal. Aanwezig-voorzitter -secretaris -de leden
        -wethouders Afwezig H.W.M. Klitsie, burgemeester. F.A.J. Jansen. Adriaansen, Ars, Bosman,
        Forman, Huijgens, De Klerk-Tempelaars, Jansen, De Keijzer-van Dongen, Meeuwisse,
        Dragt-Keller, Ir. Van der Schrier en Van Loon. Schuurbiers en Beekhuijzen. met
        kennisgeving de heer Konings. De voorzitter opent de vergadering met gebed. Tot
        voorstemmer wordt door het lot aangewezen de heer Bosman. 1. Vaststelling notulen der
        """)
    assert {"Adriaansen", "Van der Schrier", "Beekhuijzen", "Konings"} <= set(names)


def test_a_heading_after_a_full_list_line_opens_its_own_paragraph():
    """nev-terhaar-voorjaarsbijeenkomst-2015-04-04 (web257): the absentees' line runs full
    and the PDF keeps no empty line, so the next heading (`Opening van de vergadering door
    de voorzitter:`) would be the list's last item; a heading ends the list."""
    people = _people(
        textwrap.dedent("""\
        Aanwezig
        Ben van As, Gerard Bergsma, Hans Bijl, Frits Bink, Jan-Jaap Boehle, Stieneke Bontsema,
        Anton Cox, Tineke Cramer, Maarten Eysker, Maurice Franssen, Ab Goutbeek, Mathilde
        Groenendijk, Hans Groenewoud, Harry Groenink, Bert Groothedde, Carel ten Ham, Hans
        Huisman, Maurice Jansen, Dity Jongsma, Trees Kaizer, Maja de Keijzer, Sandra Lamberts,
        Ad Mol, Tymo Muus, Wim Olyslager, Marcel Prick, Wiebe Poppe, Frans Post, Lothar Rutten,
        Andy Saunders, Jan Scheffers, Johan Schipperen, Jannie Sinnema, Siep Sinnema, Henk
        Stuurman, Joke Stuurman-Huitema, Gerrit Tuinstra, Ruud Vis, Arnold Wijker en Kees
        Zwakhals.
        Afwezig met bericht van verhindering:
        Willem Ellis, Dick Groenendijk, Willem Oosterhof, Peter Rooij, Piet van Son en Jeroen Voogd
        Opening van de vergadering door de voorzitter:
        Siep Sinnema heet iedereen welkom op deze voorjaarsbijeenkomst van Ter Haar.
        """)
    )
    absent = [p[0] for p in people if p[3] == "absent"]
    assert absent[-2:] == ["Piet van Son", "Jeroen Voogd"] and len(absent) == 6
