"""Meetings and participants from the reference release and the sample minutes/agenda."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pdfplumber
import pytest

from pipeline.docmodel import as_doc
from pipeline.documents import documents_from_text, segment_documents
from pipeline.meetings import extract_meetings, extract_participants, parse_participant
from pipeline.pdf_text import text_layer_text
from pipeline.structure import extract_documents
from pipeline.talks import _office_holders, reported_meetings

REFERENCE = Path(__file__).parents[2] / "shared" / "reference" / "svmn-release-ocr.txt"
SOURCE = "cd" * 32


def _meetings_of(text: str) -> list[tuple[dict, list[dict]]]:
    """(meeting, participants) for every meeting in a plain-text release."""
    out = []
    pages, documents = documents_from_text(text, SOURCE)
    for doc, page in zip(documents, pages, strict=True):
        meetings, participants = extract_meetings({**doc, "pages": [page]})
        out += [(m, [p for p in participants if p["meeting_id"] == m["meeting_id"]])
                for m in meetings]  # fmt: skip
    return out


@pytest.fixture(scope="module")
def reference_meetings() -> list[tuple[dict, list[dict]]]:
    if not REFERENCE.exists():
        pytest.skip(f"../shared/reference not present: {REFERENCE}")
    return _meetings_of(REFERENCE.read_text("utf-8"))


def _named(participants: list[dict], status: str) -> set[str]:
    return {p["name"].split()[-1] for p in participants if p["status"] == status and p["name"]}


def test_reference_bobp_16_december_takes_its_year_from_context(reference_meetings) -> None:
    found = [(m, ps) for m, ps in reference_meetings if m["meeting_date"] == date(2020, 12, 16)]
    assert len(found) == 1
    meeting, participants = found[0]
    assert meeting["date_year_inferred"] is True
    assert (meeting["start_time"], meeting["end_time"]) == (time(13, 0), time(14, 30))
    assert meeting["location"] == "Via Microsoft Teams"
    assert meeting["body"] == "BO/BP"
    names = {"Kosterman", "Broekhuis", "Eerenberg", "Eijk", "Overweg", "Duindam", "Heer"}
    assert _named(participants, "present") == names
    chair = [p for p in participants if p["is_chair"]]
    assert [p["name"] for p in chair] == ["Kosterman"]
    assert all(p["role"] == "wethouder" for p in participants)


def test_reference_overlegtafel_6_april_2022(reference_meetings) -> None:
    minutes = [
        (m, ps)
        for m, ps in reference_meetings
        if m["meeting_date"] == date(2022, 4, 6) and any(p["status"] == "absent" for p in ps)
    ]
    assert len(minutes) == 1
    meeting, participants = minutes[0]
    assert meeting["date_year_inferred"] is False
    assert (meeting["start_time"], meeting["end_time"]) == (time(13, 0), time(15, 0))
    assert meeting["location"] == "Stadhuis Amersfoort"
    aldermen = [p for p in participants if p["role"] == "wethouder" and p["status"] == "present"]
    assert len(aldermen) == 8
    assert _named(participants, "absent") == {"Eijk"}
    # the civil servants in the second list have their names blacked out
    assert any(p["redacted"] and p["name"] is None for p in participants)


def test_reference_agenda_6_april_2022_invites_eight(reference_meetings) -> None:
    agendas = [
        ps
        for m, ps in reference_meetings
        if m["meeting_date"] == date(2022, 4, 6) and any(p["status"] == "invited" for p in ps)
    ]
    assert len(agendas) == 1
    assert len(_named(agendas[0], "invited")) == 8


@pytest.mark.parametrize(
    ("line", "name", "role", "organisation", "redacted"),
    [
        ("Wethouder Mevr. De Heer, Rhenen, regio Foodvalley", "De Heer", "wethouder", "Rhenen",
         False),
        ("Wethouder Dhr. J. Overweg, Houten, regio Lekstroom", "J. Overweg", "wethouder",
         "Houten", False),
        ("5.1.2.e , beleidsadviseur, Utrecht, regio Utrecht Stad", None, "beleidsadviseur",
         "Utrecht", True),
        ("Bij punt 2: 5.1.2.e;5.1.2.i , projectleider informatieveiligheid, Utrecht", None,
         "projectleider", "Utrecht", True),
        ("mevr. Roelie Bosch, wethouder Almere, regio Flevoland", "Roelie Bosch", "wethouder",
         "Almere", False),
    ],
)  # fmt: skip
def test_participant_lines(line, name, role, organisation, redacted) -> None:
    person = parse_participant(line, "present")
    assert person is not None
    assert (person["name"], person["role"], person["organisation"], person["redacted"]) == (
        name, role, organisation, redacted,
    )  # fmt: skip


def test_participants_listed_on_the_label_line() -> None:
    page = {
        "source_id": SOURCE,
        "page_no": 1,
        "text": "Verslag staf Jeugd\nDatum: 14 maart 2022\n"
        "Aanwezig: Eerenberg (voorzitter), Jansen, De Vries\nAfwezig: Pietersen\n"
        "1. Opening\n",
    }
    doc = segment_documents([page])[0]
    meetings, participants = extract_meetings({**doc, "pages": [page]})
    assert meetings[0]["meeting_date"] == date(2022, 3, 14)
    assert meetings[0]["body"] == "staf"
    assert [(p["name"], p["status"]) for p in participants] == [
        ("Eerenberg", "present"), ("Jansen", "present"), ("De Vries", "present"),
        ("Pietersen", "absent"),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    from woo_eval.sample import write_sample_release

    out = tmp_path_factory.mktemp("sample")
    return out, write_sample_release(out)


def test_sample_meetings_match_gold(sample) -> None:
    out, gold = sample
    for file in (f for f in gold["files"] if f["variant"] == "digital"):
        with pdfplumber.open(out / file["path"]) as pdf:
            pages = [
                {"source_id": file["source_id"], "page_no": i, "text": text_layer_text(p)}
                for i, p in enumerate(pdf.pages, start=1)
            ]
        found = []
        for doc in segment_documents(pages):
            doc_pages = [p for p in pages if doc["first_page"] <= p["page_no"] <= doc["last_page"]]
            found.append(extract_meetings({**doc, "pages": doc_pages}))
        meetings = [m for ms, _ in found for m in ms]
        participants = [p for _, ps in found for p in ps]
        assert len(meetings) == len(file["meetings"]), file["path"]
        for m, g in zip(meetings, file["meetings"], strict=True):
            assert m["body"] == g["body"]
            assert m["meeting_date"].isoformat() == g["meeting_date"]
            assert m["start_time"].strftime("%H:%M") == g["start_time"]
            assert m["end_time"].strftime("%H:%M") == g["end_time"]
            assert m["location"] == g["location"]
            expected = sorted(
                ((p["name"] or "").split()[-1:], p["status"], p["redacted"])
                for p in g["participants"]
            )
            got = sorted(
                ((p["name"] or "").split()[-1:], p["status"], p["redacted"])
                for p in participants
                if p["meeting_id"] == m["meeting_id"]
            )
            assert got == expected, file["path"]


def _agenda_participants(text: str) -> list[tuple]:
    page = {"source_id": SOURCE, "page_no": 1, "text": text}
    doc = segment_documents([page])[0]
    meeting, participants = extract_meetings({**doc, "pages": [page]})
    assert meeting
    return [(p["name"], p["role"], p["organisation"], p["status"]) for p in participants]


def test_participant_list_ends_at_agenda_items_without_numbers() -> None:
    # held-out scan: OCR dropped `1.` and `Welkom, agenda en verslag` became a person
    found = _agenda_participants(
        "BO/BP 16 mei 2022\nLocatie: Via Microsoft Teams\n09.00 - 10.30 uur Vergadering BO/BP\n"
        "Concept Agenda BO/BP 16 mei 2022\nGenodigden:\n"
        "Wethouder Mevr. Peters, Utrecht, regio Utrecht Stad\n\nAanwezig:\n\n"
        "‚ senior beleidsadviseur, Utrecht, regio Utrecht Stad\n"
        "Dhr. P. in 't Veld, programmamanager, Utrechtse Heuvelrug\n\n"
        "Welkom, agenda en verslag\nDatalek en klachtafhandeling SVOO\n"
        "Kwartaalcijfers informatieveiligheid\nRondvraag en sluiting\n\nPagina 1 van 1\n"
    )
    assert found == [
        ("Peters", "wethouder", "Utrecht", "invited"),
        (None, "senior beleidsadviseur", "Utrecht", "present"),
        ("P. in 't Veld", "programmamanager", "Utrechtse Heuvelrug", "present"),
    ]


@pytest.mark.parametrize(
    "code", ["10.2 e", "10.2.e", "11.1", "5.1.2e", "1O.2.e", "art. 10.2.e", "10.2.g; 11.1"]
)
def test_a_ground_code_where_the_name_was_does_not_end_the_list(code: str) -> None:
    # held-out release (Wob): `10.2 e , beleidsregisseur, ...` was read as agenda item 10.2
    found = _agenda_participants(
        "BO/BP 1 juni 2020\nLocatie: Provinciehuis Utrecht, zaal 8\n"
        "13.30 - 15.30 uur Vergadering BO/BP\nConcept Agenda BO/BP 1 juni 2020\nAanwezig:\n"
        "Bij punt 4: 11.1 , senior beleidsadviseur, Groningen, regio Groningen\n"
        f"{code} , beleidsregisseur, Oudewater, regio Utrecht West\n"
        "Dhr. R. Verbeek, projectleider, Groningen\n1. Welkom, agenda en verslag\n"
        "2. Rondvraag en sluiting\nPagina 1 van 1\n"
    )
    assert found == [
        (None, "senior beleidsadviseur", "Groningen", "present"),
        (None, "beleidsregisseur", "Oudewater", "present"),
        ("R. Verbeek", "projectleider", "Groningen", "present"),
    ]


def test_an_agenda_item_numbered_like_a_ground_still_ends_the_list() -> None:
    found = _agenda_participants(
        "Verslag ASG\nDatum: 3 juni 2020\nAanwezig:\nDhr. R. Verbeek, projectleider, Groningen\n"
        "11.1 Sluiting\nDhr. Q. Niemand, jurist, Zeist\n"
    )
    assert [name for name, *_ in found] == ["R. Verbeek"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Wethouder Mevr. |. de Vos, Wijk bij Duurstede, regio Zuidoost Utrecht", "I. de Vos"),
        ("Wethouder Mevr. !. de Vos, Wijk bij Duurstede", "I. de Vos"),
        ("Wethouder Dhr. Öztürk, Utrecht, regio Utrecht Stad", "Öztürk"),
        ("Wethouder Dhr. H. Öztürk, Utrecht", "H. Öztürk"),
    ],
)
def test_names_keep_their_print_and_survive_junk_initials(line: str, name: str) -> None:
    person = parse_participant(line, "invited")
    assert person is not None
    assert (person["name"], person["role"]) == (name, "wethouder")


def test_unlabelled_location_keeps_its_room() -> None:
    page = {
        "source_id": SOURCE,
        "page_no": 1,
        "text": "Conceptverslag BO/BP 4 mei 2020 13.00 - 14.30 uur\nProvinciehuis Utrecht, zaal 6\n"
        "Aanwezig:\nWethouder Mevr. Peters, Utrecht\n",
    }
    doc = segment_documents([page])[0]
    [meeting], _ = extract_meetings({**doc, "pages": [page]})
    assert meeting["location"] == "Provinciehuis Utrecht, zaal 6"
    assert meeting["start_time"] == time(13, 0)


def test_unlabelled_location_drops_a_time_after_the_place() -> None:
    from pipeline.meetings import find_location

    assert find_location(["Stadhuis Zeist, 13.00 - 15.00 uur"]) == "Stadhuis Zeist"
    assert find_location(["Stadhuis Zeist, Raadzaal, 6 april 2022"]) == "Stadhuis Zeist, Raadzaal"


def test_nameless_attendees_ocr_moved_past_an_agenda_item_stay_in_the_list() -> None:
    # real SVMN minutes of 6 April 2022: the right-hand column of the attendance list came
    # out of OCR after the first agenda item; a place with its region is a blacked-out name
    found = _agenda_participants(
        "Concept verslag\nDatum: 6 april 2022\nAanwezig:\n"
        "Wethouder Mevr. Kosterman, Wijk bij Duurstede, voorzitter\n"
        "teammanager Samen Leven, Zeist, regio ZOUAls toehoorder 5.1.2.e\n\n5.1.2.e 5.1.2.e\n\n"
        "1. Welkom, agenda\n beleidsadviseur, Utrecht, regio Utrecht Stad\n\n"
        "Almere, regio Flevoland\n"
        "projectleider Essentiële Functies, Utrecht, regio Utrecht-Stad\n\nN\ngemernte\n\n"
        "WOERDEN\n\nHet BO bespreekt de cijfers.\n"
    )
    assert found == [
        ("Kosterman", "wethouder", "Wijk bij Duurstede", "present"),
        (None, "teammanager", "Zeist", "present"),
        (None, "beleidsadviseur", "Utrecht", "present"),
        (None, None, "Almere", "present"),
        (None, "projectleider", "Utrecht", "present"),
    ]


def test_a_plural_role_is_several_people_whose_names_are_not_printed() -> None:
    # real SVMN minutes of 6 April 2022: "adviseurs KPMG" beside a mark, the two advisers'
    # names blacked out; a singular role stays one person
    found = _agenda_participants(
        "Concept verslag\nDatum: 6 april 2022\nAanwezig:\n"
        "mevr. Roelie Bosch, wethouder Almere, regio FlevolandBij punt 2.\n5.1.2.e\n\n"
        "adviseurs KPMG5.1.2.e\n\nBij punt 3. 5.1.2.e 5.1.2.e\n\n"
        "beleidsadviseur, Utrecht, regio Utrecht Stad\n\n1. Welkom, agenda\n"
    )
    assert found == [
        ("Roelie Bosch", "wethouder", "Almere", "present"),
        (None, "adviseur", "KPMG", "present"),
        (None, "adviseur", "KPMG", "present"),
        (None, "beleidsadviseur", "Utrecht", "present"),
    ]


def test_a_named_person_after_an_agenda_item_does_not_resume_the_list() -> None:
    found = _agenda_participants(
        "Verslag ASG\nDatum: 3 juni 2020\nAanwezig:\nbeleidsadviseur, Zeist, regio ZOU\n"
        "2. Rondvraag\nDhr. Q. Niemand, jurist, Zeist\n"
    )
    assert found == [(None, "beleidsadviseur", "Zeist", "present")]


def test_a_talk_that_opens_with_its_attendance_list_is_a_meeting() -> None:
    # real SVMN release, talk of 7 March 2022: no title or date label above "Aanwezig:",
    # every attendee's name blacked out (one mark per person), the date in the heading below
    page = {
        "source_id": SOURCE,
        "page_no": 1,
        "text": " Aanwezig:\n\n5.1.2e5.1.2.e 5.1.2.e\n\n5.1.2.e\n\n"
        "Risico 1 kwetsbaarheid door de menselijke factor\n\n(SVMN),\n(GU).\n\n"
        "De gemeente heeft in november 2021 een standaard vastgesteld. Er is een toezegging "
        "gedaan in de raad.\nGesprek gemeente Utrecht met SVMN over gegevensbescherming - "
        "7 maart 2022\n",
    }
    document = {"document_id": "d1", "source_id": SOURCE, "first_page": 1, "last_page": 1,
                "doc_type": "other", "title": "Aanwezig"}  # fmt: skip
    meetings, participants = extract_meetings({**document, "pages": [page]})
    assert [(m["meeting_date"], m["body"], m["location"]) for m in meetings] == [
        (date(2022, 3, 7), None, None)
    ]
    assert [(p["name"], p["redacted"]) for p in participants] == [(None, True)] * 4


def test_an_attendance_list_in_a_signature_is_no_meeting() -> None:
    text = "Met vriendelijke groet,\nJan Jansen\nAanwezig: maandag t/m donderdag\n"
    page = {"source_id": SOURCE, "page_no": 1, "text": text}
    document = {"document_id": "d1", "source_id": SOURCE, "first_page": 1, "last_page": 1,
                "doc_type": "email", "title": None}  # fmt: skip
    assert extract_meetings({**document, "pages": [page]}) == ([], [])


def test_a_table_of_people_flattened_into_lines_parts_at_each_honorific() -> None:
    text = (
        " Verslag van het dagelijks bestuur\nDatum: 9 oktober 2023\n\n"
        "Aanwezig: Mevrouw K. Dijkstra, voorzitter, gemeente Zeewolde De heer L. Bos, gemeente Urk"
        "\n"
        "\nDe heer M. Visser, gemeente Dronten Mevr. De Jong, wethouder, gemeente Lelystad\n"
        "\n1. Opening\n"
    )
    (_, participants), *_ = _meetings_of(text)
    assert [(p["name"], p["organisation"]) for p in participants] == [
        ("K. Dijkstra", "gemeente Zeewolde"), ("L. Bos", "gemeente Urk"),
        ("M. Visser", "gemeente Dronten"), ("De Jong", "gemeente Lelystad"),
    ]  # fmt: skip
    assert participants[0]["role"] == "voorzitter" and participants[3]["role"] == "wethouder"


def test_a_council_information_page_gives_place_hours_and_chair_as_fields() -> None:
    text = (
        "Vorige pagina\n\nCommissievergadering\n\nwoensdag 4 maart 2026\n\n20:00 - 22:30\n"
        "Locatie\n\nRaadzaal (B1)\n\nVoorzitter\nA. de Vries\nAgendapunten\n\n"
        " 1. 1\n\n  Besluit\n\n  De agenda wordt ongewijzigd vastgesteld.\n"
    )
    [(meeting, participants)] = _meetings_of(text)
    assert (meeting["meeting_date"], meeting["start_time"], meeting["location"]) == (
        date(2026, 3, 4), time(20, 0), "Raadzaal (B1)"
    )  # fmt: skip
    assert [(p["name"], p["role"]) for p in participants] == [("A. de Vries", "voorzitter")]


def test_a_decision_list_dated_by_its_title_records_one_meeting_a_register_none() -> None:
    items = "\n\n1. Begroting\nDe begroting is vastgesteld.\n"
    [(meeting, _)] = _meetings_of(" Besluitenlijst dagelijks bestuur 14 mei 2025" + items)
    assert meeting["meeting_date"] == date(2025, 5, 14)
    assert _meetings_of(" Besluitenlijst dagelijks bestuur" + items) == []


def test_a_label_over_a_comma_list_of_people_reads_the_list_below_it() -> None:
    text = (
        " Verslag ledenvergadering 3 april 2025\n\nAanwezig:\n\n"
        "Els Vos (voorzitter), Tom de Wit (secretaris), 12 leden, Rik Mol (gemeente).\n\n"
        "Afwezig met kennisgeving:\n\nAnna Bakker (penningmeester) en Sem Kok.\n\n1. Opening\n"
    )
    [(_, participants)] = _meetings_of(text)
    assert [(p["name"], p["status"]) for p in participants] == [
        ("Els Vos", "present"), ("Tom de Wit", "present"), ("Rik Mol", "present"),
        ("Anna Bakker", "absent"), ("Sem Kok", "absent"),
    ]  # fmt: skip


def test_a_board_flattened_into_role_pairs_and_absence_noted_m_k() -> None:
    text = (
        " Verslag Algemene Ledenvergadering\n\nDatum: 3 juni 2025\n\n"
        "Voorzitter: Els van den Berg Secretaris: Tom Wit Lid: Rik Mol\n\n"
        "Afwezig(mk) : J. Kok en A. van der Zee.\n\n1. Opening\n"
    )
    [(_, participants)] = _meetings_of(text)
    assert [(p["name"], p["role"], p["status"]) for p in participants] == [
        ("Els van den Berg", "voorzitter", "present"), ("Tom Wit", "secretaris", "present"),
        ("Rik Mol", "lid", "present"), ("J. Kok", None, "absent"),
        ("A. van der Zee", None, "absent"),
    ]  # fmt: skip


def test_a_group_opening_the_label_line_and_a_year_printed_further_down() -> None:
    text = (
        " Verslag ALV 4 juni\n\nNotulen van de Algemene Leden Vergadering van woensdag 4 juni "
        "2025.\n\nAanwezig: van bestuur: W. Groen (vz), F. Bos\n\n1. Opening\n"
    )
    [(meeting, participants)] = _meetings_of(text)
    assert meeting["meeting_date"] == date(2025, 6, 4)
    assert [(p["name"], p["organisation"]) for p in participants] == [
        ("W. Groen", "bestuur"), ("F. Bos", "bestuur"),
    ]  # fmt: skip


def test_a_report_dates_its_meeting_by_the_day_it_took_place_not_the_posting_date() -> None:
    text = (
        " woensdag 12 maart 2025\n\nInformatieavond Kerkstraat: verslag\n\n"
        "Op maandag 10 maart heeft de informatieavond plaatsgevonden in het dorpshuis.\n"
        "Aanwezig: Jan Smit (projectleider), Ans de Boer (wijkraad)\n"
    )
    [(meeting, _)] = _meetings_of(text)
    assert meeting["meeting_date"] == date(2025, 3, 10)


def test_a_list_resumes_after_lines_it_cannot_read_but_not_after_an_agenda_item() -> None:
    text = (
        " Notulen ALV 3 juni 2025\n\nAanwezigen:\n\nEls Vos (voorzitter)\n\n"
        "Bestuur 76: 2024/2025: diverse leden\n\n"
        "Anna de Vries (penningmeester)\n\nBram Kok\n\n"
        "Afwezig met bericht van verhindering:\nCees Mol\n\n1. Opening\n"
    )
    [(_, participants)] = _meetings_of(text)
    assert [(p["name"], p["status"]) for p in participants] == [
        ("Els Vos", "present"), ("Anna de Vries", "present"), ("Bram Kok", "present"),
        ("Cees Mol", "absent"),
    ]  # fmt: skip


def test_a_report_opening_with_the_day_the_members_met() -> None:
    text = (
        " Van de voorzitter\n\nDinsdag 12 maart 2024 hebben we onze Algemene Ledenvergadering "
        "in De Graanhoek gehouden. De begroting is vastgesteld.\n"
    )
    [(meeting, _)] = _meetings_of(text)
    assert meeting["meeting_date"] == date(2024, 3, 12)


def test_a_long_label_list_keeps_its_people_past_an_item_naming_nobody() -> None:
    text = (
        " Notulen ALV 3 juni 2025\n\n• Aanwezig: Els Vos (voorzitter), Tom Wit, Rik Mol, "
        "de ouders van een van de jeugdleden uit de B-selectie, Anna Bakker\n\n1. Opening\n"
    )
    [(_, participants)] = _meetings_of(text)
    assert [p["name"] for p in participants] == ["Els Vos", "Tom Wit", "Rik Mol", "Anna Bakker"]


def test_the_sentence_dating_the_meeting_gives_its_time_and_place_not_the_next_ones() -> None:
    text = (
        " Verslag ledenvergadering\n\n"
        "Verslag van de ledenvergadering op dinsdag 4 maart 2025 om 20.00 uur in De Schakel.\n"
        "De volgende vergadering is op 9 april 2025 om 19.30 uur in Het Anker.\n"
    )
    [(meeting, _)] = _meetings_of(text)
    assert (meeting["start_time"], meeting["location"]) == (time(20, 0), "De Schakel")
    opened = " Notulen ALV 4 maart 2025\n\n1. Om 20.05 opent de voorzitter de vergadering.\n"
    [(meeting, _)] = _meetings_of(opened)
    assert meeting["start_time"] == time(20, 5)


def test_a_news_report_naming_the_members_present_in_a_sentence_is_a_meeting() -> None:
    """No label, no minutes' title: a report opening on a meeting and a sentence naming who
    attended (`De leden die aanwezig waren ..., zijn A, B en C.`)."""
    text = (
        "De openbare vergadering van de Staten die voor dinsdag was uitgeschreven, is niet "
        "doorgegaan. Er waren slechts vier leden.\n\n"
        "De leden die aanwezig waren en de presentielijst hebben getekend, zijn Marinus Bos, "
        "Dew Smit, Cedric van Dam en Ramon Koek.\n"
    )
    found = _meetings_of(text)
    assert len(found) == 1
    names = [p["name"] for p in found[0][1]]
    assert names == ["Marinus Bos", "Dew Smit", "Cedric van Dam", "Ramon Koek"]


def test_a_news_report_naming_people_without_a_meeting_is_none() -> None:
    text = (
        "De gemeente opent een nieuw park. Het park is drie hectare groot.\n\n"
        "De leden die aanwezig waren bij de opening, zijn Marinus Bos, Dew Smit en Ramon Koek.\n"
    )
    assert _meetings_of(text) == []


def test_a_long_title_dates_its_meeting_by_its_weekday_when_the_year_is_left_out() -> None:
    # a title that runs on into the place; the text names only other years' dates and
    # 29 February falls on a Monday in 2016 alone
    text = (
        "VERSLAG ALGEMENE LEDENVERGADERING HUURDERSKOEPEL ZUID MAANDAG 29 FEBRUARI, de Kade, "
        "Graaf Hendrik III Plein 12, BREDA\n"
        "Aanwezig: Mevrouw W. de Bruin (voorzitter) De heer J. Smit Mevrouw I. Bos\n"
        "2. Verslag ALV 18 mei 2015 Het verslag van 18 mei 2015 wordt vastgesteld. "
        "De begroting 2016 wordt besproken.\n"
    )
    [(meeting, _)] = _meetings_of(text)
    assert meeting["meeting_date"] == date(2016, 2, 29)


def test_an_attendance_label_glued_to_the_year_of_the_title() -> None:
    # a copied page lost the break between the title's date and the label
    text = (
        " DORPSRAAD HOEVE\n\nGoedgekeurd verslag van de vergadering van dinsdag 8 november "
        "2005Aanwezig : Anna de Wit, Piet Bos, Els Mol (voorzitter), Jan Kok, Tom Ros, Rik van "
        "Dam, Ina Vos en Kees Dekker (adviseur).\nAfwezig met kennisgeving : Ewout Smit\n\n"
        "1. Opening\nDe voorzitter opent de vergadering. Stukken van 2016 en 2016 liggen ter "
        "inzage.\n"
    )
    [(meeting, participants)] = _meetings_of(text)
    assert meeting["meeting_date"] == date(2005, 11, 8)
    assert [p["name"] for p in participants][:3] == ["Anna de Wit", "Piet Bos", "Els Mol"]
    assert ("Ewout Smit", "absent") in [(p["name"], p["status"]) for p in participants]


def test_a_seat_printed_without_its_holder_is_no_participant() -> None:
    assert parse_participant("Gemeente Delfzijl", "present") is None
    assert parse_participant("Provincie Groningen", "absent") is None
    assert parse_participant("de heer J. Vos, gemeente Loppersum", "present")["name"] == "J. Vos"


def _people_of(text: str) -> list[tuple]:
    people = extract_participants([(1, line) for line in text.splitlines()])
    return [(p["name"], p["role"], p["organisation"], p["status"]) for p in people]


def test_a_council_record_lists_its_members_after_tegenwoordig() -> None:
    # old council minutes: `Tegenwoordig zijn de leden:` with surnames, `mevr.` before some
    line = "Tegenwoordig zijn de leden: Van Asperen, mevr. Bas, Beerlage, mevr. Bikker en Buunk."
    assert [(p[0], p[3]) for p in _people_of(line)][:4] == [
        ("Van Asperen", "present"),
        ("Bas", "present"),
        ("Beerlage", "present"),
        ("Bikker", "present"),
    ]


def test_a_page_on_one_line_dates_its_meeting_past_its_page_number() -> None:
    # a web page's transcript of a PDF page: its number, then title, date and list on one line
    page = (
        "1 Verslag van de vergadering van de commissie bestuur en financien van 27 mei 2009 "
        "Aanwezig: A.C. Heij (voorzitter), A.D. Boland, E.M. Koestal (PvdA), B.H.M. Ernst, "
        "H. Laan (CDA), F.A. Feller (VVD) 1. Openvragenronde Er zijn geen aanmeldingen. "
        "2. Verslag van 8 april 2009 Het verslag wordt vastgesteld. De heer Laan vraagt naar "
        "de planning van de begroting en de wethouder zegt toe die te sturen."
    )
    text = f"1. Openvragenronde voor inwoners\n\nTranscriptie\n\n{page}\n"
    [(meeting, _)] = _meetings_of(text)
    assert meeting["meeting_date"] == date(2009, 5, 27)


def _reported(text: str, doc_type: str = "other") -> list[tuple[dict, list[tuple]]]:
    """(meeting, [(name, role)]) that a news item's prose reports (`pipeline.talks`)."""
    pages, documents = documents_from_text(text, SOURCE)
    out = []
    for document, page in zip(documents, pages, strict=True):
        doc = as_doc({**document, "doc_type": doc_type, "pages": [page]})
        meetings, people = reported_meetings(doc)
        out += [
            (m, [(p["name"], p["role"]) for p in people if p["meeting_id"] == m["meeting_id"]])
            for m in meetings
        ]
    return out


def _reported_full(text: str) -> list[tuple[dict, list[tuple]]]:
    """(meeting, [(name, role, organisation)]) that a news item's prose reports."""
    pages, documents = documents_from_text(text, SOURCE)
    doc = as_doc({**documents[0], "doc_type": "other", "pages": [pages[0]]})
    meetings, people = reported_meetings(doc)
    return [
        (m, [(p["name"], p["role"], p["organisation"]) for p in people
             if p["meeting_id"] == m["meeting_id"]])
        for m in meetings
    ]  # fmt: skip


def test_a_news_item_reports_a_dated_working_visit_with_the_people_by_office() -> None:
    text = (
        " Staatssecretaris bezoekt Hoorn\n\nHOORN – Staatssecretaris Anne Vos bracht woensdag "
        "8 maart 2023 een werkbezoek aan Hoorn. In het stadhuis van Hoorn sprak zij met "
        "wethouders Piet de Groot en Karin Smit over de woningbouw.\n\n"
        "De staatssecretaris was onder de indruk van de plannen.\n"
    )
    [(meeting, people)] = _reported(text)
    assert meeting["meeting_date"] == date(2023, 3, 8)
    assert meeting["location"] == "stadhuis van Hoorn"
    assert people == [
        ("Anne Vos", "staatssecretaris"),
        ("Piet de Groot", "wethouder"),
        ("Karin Smit", "wethouder"),
    ]


def test_a_headline_naming_a_visit_puts_its_office_holder_in_it() -> None:
    text = (
        " Minister Anne Vos op werkbezoek in Hoorn\n\nDe minister bracht afgelopen vrijdag een "
        "bezoek aan de haven van Hoorn en de nieuwe woonwijk aan het water.\n"
    )
    [(_, people)] = _reported(text)
    assert people == [("Anne Vos", "minister")]


def test_an_evening_told_by_the_count_of_its_visitors_with_the_people_who_led_it() -> None:
    text = (
        " Open avond\n\nDonderdagavond was het weer open huis in het raadhuis. Er waren 40 "
        "bezoekers en samen met wethouder Lies Mol en Tom Dekker (griffier) gaven wij uitleg.\n"
    )
    [(meeting, people)] = _reported(text)
    assert meeting["meeting_date"] is None
    assert people == [("Lies Mol", "wethouder"), ("Tom Dekker", "griffier")]


def test_an_overleg_between_two_office_holders_last_week_is_undated() -> None:
    text = (
        " Afspraken over de N999\n\nDe provincie vernieuwt de rotonde bij Oosterend. Dat bleek "
        "na een bestuurlijk overleg vorige week tussen de Texelse wethouder Jan Bakker en "
        "gedeputeerde Els Mulder. Wethouder Bakker is tevreden.\n"
    )
    [(meeting, people)] = _reported(text)
    assert meeting["meeting_date"] is None
    assert people == [("Jan Bakker", "wethouder"), ("Els Mulder", "gedeputeerde")]


def test_a_report_names_who_was_present_elsewhere_in_its_text() -> None:
    text = (
        " Dorpsraad Westwoud opgericht\n\nIn het dorpshuis kwamen dinsdagavond zestig inwoners "
        "naar de oprichtingsvergadering van de dorpsraad, die de leefbaarheid wil vergroten.\n\n"
        "Een nieuwe start\n\nDe aanwezige wethouder Ria Hoekstra noemde het een mooi begin. "
        "Aanwezig waren ook burgemeester Jan de Vries en Anna Kok.\n"
    )
    [(meeting, people)] = _reported(text)
    # a bare building is where it was held, as the gold writes it (`gemeentehuis`, `raadszaal`)
    assert (meeting["meeting_date"], meeting["location"]) == (None, "dorpshuis")
    assert people == [
        ("Ria Hoekstra", "wethouder"), ("Jan de Vries", "burgemeester"), ("Anna Kok", None)
    ]  # fmt: skip


def test_office_holders_named_in_brackets_or_as_an_apposition_took_part() -> None:
    text = (
        " Droogte besproken\n\nAfgelopen dinsdag spraken Henk Kamp, minister van Landbouw, en "
        "Jan Bos (dijkgraaf) met de boeren over de droogte.\n"
    )
    [(meeting, people)] = _reported(text)
    assert meeting["meeting_date"] is None
    assert sorted(people) == [("Henk Kamp", "minister"), ("Jan Bos", "dijkgraaf")]


def test_a_day_without_its_year_takes_the_year_of_the_posting_before_it() -> None:
    text = (
        " Eerste bewonersavond\n\ngepubliceerd: 12 januari 2021\n\n28 December was de eerste "
        "bewonersavond in het buurthuis van Oosterwijk. Twintig mensen kwamen langs.\n"
    )
    [(meeting, _)] = _reported(text)
    assert meeting["meeting_date"] == date(2020, 12, 28)


@pytest.mark.parametrize(
    "text",
    [
        " Nieuwe vorm van overleg\n\nDinsdag 6 september werd een nieuwe vorm van overleg "
        "gebruikt. Iedere fractie kreeg kort het woord.\n",
        " Wijkvergadering\n\nOp 14 oktober vond de eerste wijkvergadering plaats. De opkomst "
        "was goed.\n",
        " Bijeenkomst\n\nDe bewoners hebben op 2 februari met de woningcorporatie over de "
        "renovatie gesproken.\n",
    ],
)
def test_a_meeting_told_on_a_day_without_its_year_and_no_posting_date_is_undated(
    text: str,
) -> None:
    [(meeting, people)] = _reported(text)
    assert (meeting["meeting_date"], people) == (None, [])


@pytest.mark.parametrize(
    "text",
    [
        " Informateurs\n\nOp vrijdag 2 mei spraken informateurs Anna Smit en Piet de Wit met alle "
        "fracties. Zij hebben daarin teruggeblikt op de gesprekken van 25 april.\n",
        " Verkenning\n\nDe informateurs Anna Smit en Piet de Wit hebben op 2 mei met alle partijen "
        "overlegd. Daarin is teruggekeken op het overleg van 25 april.\n",
        " Formatie\n\nOp 2 mei sprak burgemeester Anna Smit met de fractievoorzitters. Op 25 april "
        "had zij al een overleg met de ondernemers.\n",
    ],
)
def test_talks_told_on_two_days_without_their_year_are_two_meetings(text: str) -> None:
    meetings = _reported(text)
    assert [m["meeting_date"] for m, _ in meetings] == [None, None]
    assert "Anna Smit" in [name for name, _ in meetings[0][1]]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Dinsdag 6 september werd in de raadszaal een nieuwe vorm van overleg gebruikt.",
         "raadszaal"),
        ("Op 3 maart 2022 was er een inloopavond, op verschillende plekken in het gemeentehuis.",
         "gemeentehuis"),
        ("Burgemeester Els Mol sprak op 4 mei 2023 bij dorpshuis De Linde met de inwoners.",
         "dorpshuis De Linde"),
        ("Het wijkoverleg vond plaats op 3 maart 2021 in het ontmoetingscentrum van Heide.",
         "ontmoetingscentrum van Heide"),
    ],
)  # fmt: skip
def test_the_building_a_sentence_puts_its_meeting_in(sentence: str, place: str) -> None:
    [(meeting, _)] = _reported(f" Nieuws\n\n{sentence} Er kwamen veel vragen.\n")
    assert meeting["location"] == place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Op 1 december 2022 bezocht wethouder Rob Rijn samen met Wouter de Vries het bedrijf "
         "Burgers Staal aan de Dijkstraat.", "Burgers Staal aan de Dijkstraat"),
        ("Burgemeester Anna Bos bezocht op 3 mei 2021 zorgboerderij De Hoeve in Ede.",
         "De Hoeve in Ede"),
        ("Op 3 mei 2021 bezochten de Kamerleden Jan Mol en Els de Wit de basisschool Het Anker.",
         "Het Anker"),
    ],
)  # fmt: skip
def test_the_place_a_visit_verb_names_after_its_subject(sentence: str, place: str) -> None:
    [(meeting, _)] = _reported(f" Nieuws\n\n{sentence} Het was een goed gesprek.\n")
    assert meeting["location"] == place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Gedeputeerde Piet Hoekstra heeft op 12 maart 2019 een werkbezoek gebracht aan Lemmer.",
         "Lemmer"),
        ("Op 5 mei 2021 is door schepen Els Peeters een bezoek afgelegd in Mol.", "Mol"),
        ("De commissie heeft op 14 juni 2018 haar jaarvergadering gehouden in Ommen.", "Ommen"),
    ],
)  # fmt: skip
def test_the_place_a_visit_went_to_after_the_participle_of_the_perfect(
    sentence: str, place: str
) -> None:
    [(meeting, _)] = _reported(f" Nieuws\n\n{sentence} Het was een goed gesprek.\n")
    assert meeting["location"] == place


@pytest.mark.parametrize(
    "sentence",
    [
        "Op 24 september 2022 organiseerde de gemeente een informatiemiddag over het zwembad.",
        "De inspraakavond over het bestemmingsplan trok op 3 november 2020 veel bezoekers.",
        "Op 8 maart 2023 was er een buurtochtend in het wijkcentrum.",
        "Op 2 juni 2021 waren veel inwoners aanwezig om te praten met het college.",
        "Op dinsdag 12 maart 2024 vond in het gemeentehuis een infoavond plaats.",
        "Op 12 maart 2024 hield de commissie een hoorzitting over de windmolens.",
        "Op 12 maart 2024 hield wethouder Anna Bos een wijkschouw in de Vogelbuurt.",
        "Op 12 maart 2024 kregen raadsleden een rondleiding door de nieuwe kazerne.",
        "Op 12 maart 2024 was er een kennismaking van burgemeester Anna Bos met de ondernemers.",
        "Op 12 maart 2024 was er een participatiemoment over de N33.",
    ],
)
def test_an_afternoon_an_evening_or_a_talk_told_in_other_words(sentence: str) -> None:
    [(meeting, _)] = _reported(f" Nieuws\n\n{sentence} Er kwamen veel vragen.\n")
    assert meeting["meeting_date"] is not None


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Schepen Els Peeters en OCMW-voorzitter Jan Claes brachten op 5 mei 2021 een bezoek "
         "aan de school.", [("Els Peeters", "schepen"), ("Jan Claes", "voorzitter")]),
        ("Op 5 mei 2021 had VVD-raadslid Anna Bos een gesprek met de ondernemers.",
         [("Anna Bos", "raadslid")]),
        ("Op 5 mei 2021 bezochten Kamerleden Anna Bos (VVD) en Piet Mol (CDA) de haven.",
         [("Anna Bos", "Kamerlid"), ("Piet Mol", "Kamerlid")]),
        ("Op 5 mei 2021 was er een wijkoverleg. Daarbij waren ook Robert Brand (SP) en Canan "
         "Uyar (PvdA).", [("Robert Brand", None), ("Canan Uyar", None)]),
    ],
)  # fmt: skip
def test_people_named_with_their_party(sentence: str, people: list[tuple]) -> None:
    [(_, found)] = _reported(f" Nieuws\n\n{sentence}\n")
    assert found == people


@pytest.mark.parametrize(
    "sentence",
    [
        "Namens de gemeente waren wethouder Anna Bos en Piet Mol aanwezig.",
        "Ook aanwezig: wethouder Anna Bos en Piet Mol.",
        "Verder waren wethouder Anna Bos, Piet Mol (Fietsersbond) aanwezig.",
    ],
)
def test_who_was_present_named_by_office_and_by_name(sentence: str) -> None:
    text = f" Overleg\n\nOp 3 mei 2021 was er een bestuurlijk overleg over de weg. {sentence}\n"
    [(_, people)] = _reported(text)
    assert people == [("Anna Bos", "wethouder"), ("Piet Mol", None)]


@pytest.mark.parametrize(
    "text",
    [
        " Bezoek\n\nOp 9 januari 2020 bracht burgemeester Remkes op ZKD-bedrijventerrein een "
        "bezoek aan de ondernemers.\n",
        " Werkbezoek\n\nOp 3 mei 2021 bracht wethouder Bos aan ABC-kinderopvang een werkbezoek.\n",
        " Overleg\n\nOp 3 mei 2021 sprak gedeputeerde Bos op NS-station Ede met de reizigers.\n",
    ],
)
def test_an_acronyms_compound_after_a_name_is_not_part_of_it(text: str) -> None:
    [(_, people)] = _reported(text)
    assert [name for name, _ in people] in (["Remkes"], ["Bos"])


def test_names_of_bodies_listed_in_a_talk_are_no_people() -> None:
    text = (
        " Bedrijfsbezoek\n\nOp 3 mei 2021 spraken we over de samenwerking bij Science Park en "
        "Economic Board Utrecht.\n"
    )
    assert [people for _, people in _reported(text)] in ([], [[]])


def test_a_talk_told_at_another_part_of_the_day_is_another_meeting_that_day() -> None:
    text = (
        " Werkbezoek\n\nOp 4 april 2022 bracht gedeputeerde Ans Wit een werkbezoek aan Ede. "
        "Daarna had zij een gesprek met de ondernemers. Later die middag werd de nieuwe brug "
        "bezocht.\n"
    )
    meetings = _reported(text)
    assert [m["meeting_date"] for m, _ in meetings] == [date(2022, 4, 4)] * 3
    # `had zij`: the visitor in the next item; the bridge visited, told without her
    wit = [("Ans Wit", "gedeputeerde")]
    assert [people for _, people in meetings] == [wit, wit, []]


@pytest.mark.parametrize(
    "text",
    [
        " Werkbezoek\n\nVrijdag bracht gedeputeerde Ans Wit een werkbezoek aan de wijk. Zij "
        "had daar een ontmoeting met bewoners. Hierna werd zij in een rondetafelgesprek "
        "bijgepraat.\n",
        " Bezoek\n\nGisteren bezocht minister Ans Wit het bedrijf Van Dam in Ede. Nadien sprak "
        "zij met de ondernemersvereniging over de haven.\n",
        " Bezoek\n\nAfgelopen maandag bracht schepen Ans Wit een bezoek aan de school, hierna "
        "had ze een gesprek met de ouderraad.\n",
    ],
)
def test_the_next_item_of_a_visit_opened_by_hierna_or_nadien(text: str) -> None:
    # the visitor, told by a pronoun, takes part in the next item too
    meetings = _reported(text)
    assert len(meetings) == 2
    assert all("Ans Wit" in [name for name, _ in people] for _, people in meetings)


def test_a_paragraph_opening_with_the_place_of_a_visits_next_stop_is_another_meeting() -> None:
    text = (
        " Gedeputeerde op werkbezoek\n\nZaterdag 6 mei 2023 - Gedeputeerde Ans Wit heeft een "
        "werkbezoek gebracht aan de regio.\n\nIn Ede bezocht zij de nieuwe zuivelfabriek van "
        "de coöperatie.\n\nOp het Gemeentehuis in Wageningen heeft de gedeputeerde met de "
        "wethouders gesproken.\n\nIn het gesprek bleek dat de plannen ver gevorderd zijn.\n"
    )
    meetings = _reported(text)
    # a stop each (`In Ede`, `Op het Gemeentehuis`), the visitor at each; `In het gesprek`
    # goes on about the talk before it
    assert [m["location"] for m, _ in meetings][1:] == ["Ede", "Gemeentehuis in Wageningen"]
    assert all(("Ans Wit", "gedeputeerde") in people for _, people in meetings)


def test_each_item_of_a_visits_programme_in_one_sentence_is_a_meeting_with_the_visitor() -> None:
    text = (
        " Bezoek\n\nOp 3 mei 2021 bracht burgemeester Kees Jansen een werkbezoek aan Oosterend. "
        "Vervolgens sprak hij met ondernemers en bewoners en bezocht hij de nieuwe school, die "
        "vorig jaar werd geopend.\n"
    )
    meetings = _reported(text)
    assert [m["meeting_date"] for m, _ in meetings] == [date(2021, 5, 3)] * 3
    assert [people for _, people in meetings] == [[("Kees Jansen", "burgemeester")]] * 3


def test_the_other_party_and_who_came_along_named_with_the_body_they_come_from() -> None:
    text = (
        " Plan voor de wijk\n\nDatum: 2 maart 2015\n\nU heeft een intakegesprek gevoerd met "
        "Els de Graaf van het Adviesbureau Noord. Daarbij waren van uw kant aanwezig Tom Visser "
        "van de Stichting Welzijn en Ria Bos van de gemeente Almelo (wijkteam).\n"
    )
    [(_, people)] = _reported(text)
    assert people == [("Els de Graaf", None), ("Tom Visser", None), ("Ria Bos", None)]


def test_who_were_there_named_between_the_verb_and_aanwezig() -> None:
    text = (
        " Kennismaking\n\nOp 12 mei is een ontmoeting geweest tussen de raad en de wijkraden. "
        "Voor de VVD waren Els Mol en Piet Kok aanwezig.\n"
    )
    [(meeting, people)] = _reported(text)
    assert (meeting["meeting_date"], people) == (None, [("Els Mol", None), ("Piet Kok", None)])


def test_the_company_a_talk_was_given_in_listed_with_offices_and_notes() -> None:
    text = (
        " Open avond\n\nEr waren 25 bezoekers en samen met wethouder Ada Kok, Bert Smit "
        "(griffier) en Carla de Wit (Bibliotheek Oost) gaf ik uitleg over de raad.\n"
    )
    [(_, people)] = _reported(text)
    assert people == [("Ada Kok", "wethouder"), ("Bert Smit", "griffier"), ("Carla de Wit", None)]


def test_a_body_or_place_a_talk_was_held_with_is_no_person() -> None:
    text = (
        " Overleg\n\nOp 3 mei 2021 sprak de wethouder met De Wolden Wonen en Stichting Welzijn "
        "Oost.\n"
    )
    [(meeting, people)] = _reported(text)
    assert (meeting["meeting_date"], people) == (date(2021, 5, 3), [])


def test_a_header_label_after_a_name_is_not_part_of_it() -> None:
    text = (
        " Verslag\n\nAdviseur: Jan de Boer Telefoon: 030 1234567\n\nOp 2 maart 2015 hebben "
        "wij met de bewoners van de Dorpsstraat over de plannen gesproken.\n"
    )
    [(_, people)] = _reported(text)
    assert people == [("Jan de Boer", "adviseur")]


def test_a_meeting_told_with_the_place_it_was_held_at_only() -> None:
    text = (
        " Buurtbezoek\n\nZaterdag hadden we weer een buurtbezoek in de Vogelwijk. We hebben "
        "veel bewoners gesproken over het parkeren.\n"
    )
    [(meeting, people)] = _reported(text)
    assert (meeting["meeting_date"], meeting["location"], people) == (None, "Vogelwijk", [])


def test_a_party_in_brackets_between_the_name_and_the_office() -> None:
    text = (
        " Avond over de opvang\nKarin Mol (CDA) burgemeester van Uden\nInformatieavond over de "
        "opvang, afgelopen dinsdag\n"
    )
    [(_, people)] = _reported(text)
    assert people == [("Karin Mol", "burgemeester")]


def test_people_named_by_an_honorific_took_part() -> None:
    text = (
        " Geachte heer Post,\n\nWij kijken terug op het gesprek dat wij met u en de heren "
        "Jansen, Visser en Mol hebben gevoerd. Mevrouw Anna Kok was er ook bij.\n"
    )
    [(meeting, people)] = _reported(text)
    assert meeting["meeting_date"] is None
    assert people == [("Jansen", None), ("Visser", None), ("Mol", None), ("Anna Kok", None)]


def test_a_meeting_of_a_named_body_is_recorded_without_who_or_when() -> None:
    text = (
        " Ledenvergadering\n\nVandaag naar de ledenvergadering van de Buurtvereniging Oost "
        "geweest, in het buurthuis. De vergadering was snel voorbij.\n"
    )
    [(meeting, people)] = _reported(text)
    assert (meeting["meeting_date"], meeting["body"], people) == (None, "Buurtvereniging Oost", [])


def test_what_an_office_holder_said_during_a_committee_sitting() -> None:
    text = (
        ' Plan voor de dijk\n\n"We beginnen in mei", vertelde wethouder Piet Smit afgelopen '
        "dinsdag tijdens de commissie ruimte.\n"
    )
    [(meeting, people)] = _reported(text)
    assert (meeting["meeting_date"], people) == (None, [("Piet Smit", "wethouder")])


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Op 12-3-2019 is de Klankbordgroep bijeen geweest.", "Klankbordgroep"),
        ("Op 12 maart 2019 kwamen veertig inwoners naar de jaarvergadering van de Wijkraad "
         "Oost in het buurthuis.", "Wijkraad Oost"),
    ],
)  # fmt: skip
def test_the_body_that_met_or_whose_meeting_it_was(sentence: str, body: str) -> None:
    [(meeting, people)] = _reported(f" Nieuws\n\n{sentence} Het plan is besproken.\n")
    assert (meeting["meeting_date"], meeting["body"], people) == (date(2019, 3, 12), body, [])


@pytest.mark.parametrize(
    "text",
    [
        # a quote, who said it, and the background come first: the talk in the fourth paragraph
        " Nieuws\n\n'We hebben onze vragen achtergelaten en zijn toen maar weggegaan, want met "
        "iemand die er niet is valt niet te praten.'\n\nDat zegt Els Mol van de bewonersgroep "
        "over de afwezigheid van de wethouder bij het overleg over de nieuwe weg.\n\nBewoners "
        "uit alle wijken hebben sinds de afsluiting van de weg de handen ineen geslagen en "
        "samen een groep gevormd.\n\nTwintig bewoners waren gisteren naar het gemeentehuis "
        "gekomen om te praten met wethouder Jan Bos over de weg.\n",
        " Boeren en kabinet\n\nHet ontbijt op het ministerie begon met excuses van de "
        "actiegroep aan de ministers en aan de andere boerenclubs.\n\nPremier Jan Bos: 'We "
        "willen dit niet nog een keer meemaken, mensen moeten vrij met ons kunnen praten.'\n\n"
        "Bestuurslid Piet Mol van de actiegroep had zijn bus tussen de auto's van de ministers "
        "geparkeerd en bood zijn excuses aan.\n\nVolgens voorzitter Anna Wit van het collectief "
        "was het gesprek met het kabinet gisteren constructief.\n",
    ],
)
def test_a_talk_told_in_the_fourth_paragraph_after_a_quote_and_background(text: str) -> None:
    [(meeting, people)] = _reported(text)
    assert people


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        # a visit called off, and the one it would have been
        (" ZWOLLE - Minister Kees Jansen komt donderdag niet naar Zwolle voor een werkbezoek. "
         "Hij zou een bezoek brengen aan de brandweer van Zwolle en burgemeester Els Bos.\n",
         "other"),
        # a service page on how to get a talk
        (" Gesprek met de burgemeester\n\nWilt u burgemeester Els Bos of een wethouder spreken? "
         "Maak dan een afspraak via het formulier.\n", "other"),
        # a letter telling its addressee about a talk on their complaint
        (" Geachte mevrouw,\n\nOp 3 mei 2021 hebben wij met wethouder Jan Bakker over uw klacht "
         "gesproken.\n", "letter"),
        # a report that tells a talk only far below its lead
        (" Jaarverslag 2021\n\n" + "Dit jaar werkten wij aan nieuwe plannen voor de wijk en de "
         "buurt en de straten daarin.\n\n" * 4 + "Op 3 mei 2021 hebben wij met wethouder Jan "
         "Bakker over de plannen gesproken.\n", "report"),
        # a place the sentence opens with is where questions were asked, not a meeting held
        (" Stand van zaken\n\nIn Zeist zijn vragen gesteld over de school en over gesprekken "
         "tussen ouders en de directie.\n", "other"),
        # a year's sittings counted: many meetings, none told
        (" Jaarverslag\n\nIn 2020 kwam de Adviesraad Zuid twaalf keer bijeen in het "
         "gemeentehuis.\n", "report"),
        # an evening planned, or registration for it, on a day without a year
        (" Nieuws\n\nDe informatieavond stond gepland op 12 maart.\n", "other"),
        (" Nieuws\n\nWoensdag 12 maart was de deadline voor aanmelding voor de inloopmiddag.\n",
         "other"),
        (" Nieuws\n\nDe bewonersavond van 3 april is verplaatst naar mei.\n", "other"),
        # a leaflet on visiting rules: `bezoek` without a visit, a speech named beside it
        (" Nieuwsbrief\n\nNa de toespraak van minister Anna de Vries zijn er maatregelen "
         "genomen die gelden: de maatregelen voor bezoek zijn aangepast.\n", "other"),
    ],
)  # fmt: skip
def test_no_meeting_from_a_talk_not_held_or_not_reported(text: str, doc_type: str) -> None:
    assert _reported(text, doc_type) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a compound whose head is a talk
        (" Bezoek uit Brussel\n\nOp 4 mei 2021 was er een werkbespreking met gouverneur Els "
         "Pieters over de haven.\n", ("Els Pieters", "gouverneur")),
        # the formal (Surinamese) talk: `een onderhoud gehad met`
        (" Personeel gehoord\n\nMinister Ravi Doekhie heeft op 4 mei 2021 een onderhoud gehad "
         "met de chauffeurs van het ministerie.\n", ("Ravi Doekhie", "minister")),
        # the Flemish `samenzitten`, its day told before the posting
        (" Werken aan de dorpskern\n\nOp 4 mei 2021 zat schepen Lien Claes samen met de "
         "aannemer om de planning te bekijken.\n", ("Lien Claes", "schepen")),
        # a loan compound: `meeting`
        (" Overleg met de staf\n\nMinister Anil Baboe hield op 4 mei 2021 een "
         "stafmeeting met de afdelingshoofden.\n", ("Anil Baboe", "minister")),
    ],
)  # fmt: skip
def test_talks_named_by_a_compound_or_a_formal_or_flemish_verb(
    text: str, person: tuple[str, str]
) -> None:
    [(meeting, people)] = _reported(text)
    assert (meeting["meeting_date"], people) == (date(2021, 5, 4), [person])


@pytest.mark.parametrize(
    "text",
    [
        # a bare `bespreking` is an agenda item's, `onderhoud` without `met` is upkeep
        " Nieuws\n\nDe bespreking van het plan werd op 4 mei 2021 uitgesteld door wethouder "
        "Jan Mol.\n",
        " Nieuws\n\nOp 4 mei 2021 kreeg het park groot onderhoud, zei wethouder Jan Mol.\n",
        # a meeting planned
        " Nieuws\n\nWethouder Jan Mol zal op 4 mei 2021 samen met de aannemer zitten.\n",
    ],
)
def test_no_talk_from_upkeep_or_an_agenda_item(text: str) -> None:
    assert _reported(text) == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the other party by office alone: a row without a name
        (" Nieuws\n\nVorige week hebben wij een gesprek gehad met de burgemeester over de "
         "sluiting van de kantine.\n", [(None, "burgemeester")]),
        # by body alone, the body's name after it: no row
        (" Overleg over de brug\n\nTwee weken geleden had het buurtcomité een goed gesprek met "
         "gemeente Bergen over de brug.\n", []),
        # the office named in a relative clause, its `geen` not the talk's
        (" Verslag\n\nNa een stroef begin hebben wij toch een open gesprek gehad waarbij de "
         "schepen geen toezegging deed.\n", []),
        # the Flemish `samenzitten` with a province
        (" Nieuws\n\nGisteren zat ons bestuur samen met de provincie om de plannen te "
         "bekijken.\n", []),
    ],
)  # fmt: skip
def test_a_talk_with_an_office_or_a_body_alone_is_a_meeting_without_a_name(
    text: str, people: list
) -> None:
    assert [(m["meeting_date"], found) for m, found in _reported(text)] == [(None, people)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # among the parties after `tussen`, beside a body and people without an office
        (" Nieuws\n\nVorige week is er een gesprek geweest tussen de buurtbewoners, de politie "
         "en de exploitant van het café en de burgemeester.\n",
         [(None, "burgemeester", None)]),
        # the agent of a reception, the body after the office
        (" Werkbezoek\n\nGisteren werd de gedeputeerde voor een gesprek ontvangen door de "
         "burgemeester van Zundert en de griffier.\n",
         [(None, "gedeputeerde", None), (None, "burgemeester", "Zundert"),
          (None, "griffier", None)]),
        # the object of a visit verb after its subject; a compound of a role head
        (" Bezoek\n\nOp 3 mei 2021 bezocht een delegatie van de fractie de dijkgraaf van het "
         "Waterschap Aa en daarna de gebiedsmanager.\n",
         [(None, "dijkgraaf", "Aa"), (None, "gebiedsmanager", None)]),
        # said present, with the party after the office; a Flemish office
        (" Verslag\n\nAfgelopen maandag overlegden de bewoners met de schepen over de "
         "parking. Ook de voorzitter van de Gezinsbond was daarbij aanwezig.\n",
         [(None, "schepen", None), (None, "voorzitter", "Gezinsbond")]),
    ],
)  # fmt: skip
def test_a_party_named_by_office_alone_is_a_participant_without_a_name(
    text: str, people: list
) -> None:
    [(_, found)] = _reported_full(text)
    assert sorted(found, key=str) == sorted(people, key=str)


@pytest.mark.parametrize(
    "text",
    [
        # the office named with its holder elsewhere in the talk
        " Nieuws\n\nVorige week hadden wij een gesprek met de burgemeester. Burgemeester Jan "
        "Bos beloofde een antwoord.\n",
        # an apposition names the holder; a plural is a count, not a party
        " Nieuws\n\nGisteren werd minister Jan Bos ontvangen door de burgemeester, mevrouw Els "
        "Mol, en de wethouders.\n",
        # one's possession, not a party
        " Nieuws\n\nVorige week sprak de klas met Jan Bos in het kantoor van de burgemeester.\n",
    ],
)
def test_no_party_by_office_alone_where_a_name_holds_it_or_none_is_a_party(text: str) -> None:
    assert all(name is not None for _, people in _reported(text) for name, _ in people)


@pytest.mark.parametrize(
    "text",
    [
        " Nieuws\n\nHet college gaat binnenkort in gesprek met de provincie.\n",
        " Nieuws\n\nWij hebben de burgemeester een brief gestuurd over de kantine.\n",
        # two offices alone with `ontvangen`: a reply received, no reception of a guest
        " Klachten\n\nStudenten hebben vorig jaar een reactie op hun klacht ontvangen door het "
        "afdelingshoofd of de opleidingsdirecteur.\n",
        # a day to come (`a.s.`: aanstaande); a rule that allows (`toegestaan`), not a perfect
        " Nieuws\n\nOp 1 juli a.s. brengt minister Els Bos een bezoek aan Ede, zo werd "
        "gisteren bekend.\n",
        " Bezoekregels\n\nTijdens het bezoek van uw familie is geen fysiek contact met "
        "de bewoners toegestaan.\n",
        # a noun shaped as a participle (`gemeenteraad`): nothing told as done
        " Jaarverslag\n\nDat is de balans die ombudsvrouw Anna Wit aan de leden van de "
        "gemeenteraad vanavond voorlegt tijdens de themacommissie.\n",
    ],
)
def test_no_meeting_from_an_office_named_or_a_visit_to_come_or_allowed(text: str) -> None:
    assert _reported(text) == []


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Op 4 mei 2021 werd ambassadeur Jan Bos door minister Els Mol ontvangen op het "
         "Ministerie van Defensie.", "Ministerie van Defensie"),
        ("Het gesprek met wethouder Els Mol vond op 4 mei 2021 plaats in Dorpshuis De Kern.",
         "Dorpshuis De Kern"),
        ("Het overleg met schepen Els Mol is op 4 mei 2021 gehouden bij Farm Nescio te Laren.",
         "Farm Nescio te Laren"),
        # the place before a verb-final participle, not `bij hem thuis`
        ("Op 4 mei 2021 heeft burgemeester Jan Bos minister Els Mol bij hem thuis op Kasteel "
         "Huis ten Donck ontvangen.", "Kasteel Huis ten Donck"),
        ("Een gesprek met burgemeester Els Mol heeft op 4 mei 2021 in de raadszaal "
         "plaatsgevonden.", "raadszaal"),
        ("Op 4 mei 2021 is het overleg van de gedeputeerde met de boeren in Zwolle gehouden.",
         "Zwolle"),
        # where a sentence has both, the place after the verb (the one before is the guest's)
        ("Op 4 mei 2021 heeft minister Els Mol ambassadeur Jan Bos van Belgie in Brussel "
         "ontvangen op het Ministerie van Defensie.", "Ministerie van Defensie"),
    ],
)  # fmt: skip
def test_where_a_talk_took_place_or_a_guest_was_received(sentence: str, place: str) -> None:
    [(meeting, _)] = _reported(f" Nieuws\n\n{sentence}\n")
    assert (meeting["meeting_date"], meeting["location"]) == (date(2021, 5, 4), place)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the speaker of a quote after it, with a word before the name
        (" Bezoek aan de school\n\nOp 4 mei 2021 ging wethouder Anna Smit op bezoek bij "
         "basisschool De Linde. \"Een mooie dag\", zegt juf Marieke Dekker.\n",
         [("Anna Smit", "wethouder"), ("Marieke Dekker", None)]),
        # `aldus`, the body the speaker comes from after the name; a visit `op bezoek`
        (" Bezoek\n\nOp 4 mei 2021 kwam de burgemeester samen met haar man op informeel "
         "bezoek in het museum. Zij werden ontvangen door de vrijwilligers, aldus Karel de Wit "
         "van het museum.\n", [("Karel de Wit", None)]),
        # a strong verb's perfect (`in gesprek gegaan`), the speaker by office
        (" Boeren\n\nOp 4 mei 2021 is gedeputeerde Jan Mol in gesprek gegaan met de boeren. "
         "\"We moeten praten\", vertelt melkveehouder Piet Kok.\n",
         [("Jan Mol", "gedeputeerde"), ("Piet Kok", "melkveehouder")]),
        # an audience with an office-holder; what one says is no speaker
        (" Op audiëntie\n\nOp 4 mei 2021 gingen de leerlingen op audiëntie bij burgemeester "
         "Els Bos. Zij zegt dat Jan Mol later komt.\n", [("Els Bos", "burgemeester")]),
    ],
)  # fmt: skip
def test_a_visit_an_audience_and_the_people_a_report_quotes(text: str, people: list) -> None:
    [(meeting, found)] = _reported(text)
    assert (meeting["meeting_date"], found) == (date(2021, 5, 4), people)


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Premier Mark Rutte had op 4 mei 2021 een gesprek met boeren op de boerderij van de "
         "familie Jansen in Oler.", [("Mark Rutte", "premier"), ("Jansen", None)]),
        ("Op 4 mei 2021 sprak gedeputeerde Jan Bos te Utrecht met wethouder Henk in 't Veld en "
         "burgemeester Anna op den Akker.", [("Jan Bos", "gedeputeerde"),
         ("Henk in 't Veld", "wethouder"), ("Anna op den Akker", "burgemeester")]),
        ("Op 4 mei 2021 bezocht minister Els Mol op Texel de school De Horn.",
         [("Els Mol", "minister")]),
    ],
)  # fmt: skip
def test_a_name_ends_where_a_place_after_it_begins(sentence: str, people: list) -> None:
    [(_, found)] = _reported(f" Bezoek\n\n{sentence}\n")
    assert found == people


@pytest.mark.parametrize(
    "sentence",
    [
        "De minister van Defensie, gouverneur Anna Wit, heeft op 4 mei 2021 ambassadeur Karel "
        "Groen op het gouvernement ontvangen.",
        "Op 4 mei 2021 ontving burgemeester Anna Wit minister Karel Groen in het stadhuis.",
        "Minister Karel Groen werd op 4 mei 2021 door burgemeester Anna Wit ontvangen.",
    ],
)
def test_one_office_holder_received_another(sentence: str) -> None:
    [(meeting, people)] = _reported(f" Nieuws\n\n{sentence}\n")
    assert meeting["meeting_date"] == date(2021, 5, 4)
    assert {name for name, _ in people} == {"Anna Wit", "Karel Groen"}


@pytest.mark.parametrize(
    "sentence",
    [
        # one office-holder receiving a thing
        "Op 4 mei 2021 ontving burgemeester Anna Wit een petitie van de buurt.",
        # a reception to come
        "Minister Karel Groen zal op 4 mei 2021 door burgemeester Anna Wit worden ontvangen.",
    ],
)
def test_no_meeting_from_a_thing_received_or_a_reception_to_come(sentence: str) -> None:
    assert _reported(f" Nieuws\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Op 4 mei 2021 heeft de burgemeester van Hattem, Karin Smit, de school bezocht.",
         ("Karin Smit", "burgemeester")),
        ("Op 4 mei 2021 sprak de wethouder, Piet de Vries (D66), met de bewoners.",
         ("Piet de Vries", "wethouder")),
        ("Het werkbezoek van de gedeputeerde van de provincie Zeeland, Els Mol, was op "
         "4 mei 2021.", ("Els Mol", "gedeputeerde")),
    ],
)  # fmt: skip
def test_a_name_as_an_apposition_after_its_office(sentence: str, person: tuple) -> None:
    [(meeting, people)] = _reported(f" Nieuws\n\n{sentence}\n")
    assert (meeting["meeting_date"], people) == (date(2021, 5, 4), [person])


@pytest.mark.parametrize(
    "sentence",
    [
        "Op 4 mei 2021 was er een werkbespreking met ambassadeur Karel Groen, adviseur van "
        "de minister.",
        "Op 4 mei 2021 had ambassadeur Karel Groen een gesprek met de directeur Sociale Zaken.",
        "Op 4 mei 2021 sprak Karel Groen (ambassadeur) met de directeur Algemene Zaken.",
    ],
)
def test_an_office_holder_once_by_their_first_office_and_a_department_is_nobody(
    sentence: str,
) -> None:
    [(_, people)] = _reported(f" Nieuws\n\n{sentence}\n")
    assert people == [("Karel Groen", "ambassadeur")]


@pytest.mark.parametrize(
    "head",
    [
        # a register's record with the date it was signed alone on a line
        "Regeling Veiligheidsregio Zuid\n\nDatum ondertekening\n\n12-03-2022\n\n"
        "Het dagelijks bestuur van de Veiligheidsregio Zuid,\n\nGelet op:\n\n"
        "- de Wet veiligheidsregio's;",
        # a municipality's publication page with its publication date
        "Mandaatbesluit Oosterzand 2021\n\nPublicatiedatum:\nmaandag 20 juli 2021\n\n"
        "De burgemeester van Oosterzand;\n\noverwegende dat:\n\nhet wenselijk is de "
        "afhandeling te versnellen;",
        # Flemish, dated in its title
        "Besluit van het college van 4 mei 2021 over het reglement\n\nHet college van "
        "burgemeester en schepenen,\n\ngelet op het decreet lokaal bestuur,",
    ],
)
def test_a_formal_decision_that_names_no_sitting_is_no_meeting(head: str) -> None:
    # the deciding organ acts by its decision; its date is when it signed or published
    text = f"{head}\n\nbesluit:\n\nvast te stellen de volgende regeling.\n\nArtikel 1\n\nBegrippen"
    assert _meetings_of(text) == []


def test_a_formal_decision_taken_at_a_dated_sitting_is_that_meeting() -> None:
    text = (
        "De raad van de gemeente Oosterzand in zijn openbare vergadering van 12 mei 2021;\n\n"
        "gelet op artikel 147 van de Gemeentewet;\n\nbesluit:\n\nvast te stellen de "
        "Verordening marktgelden 2021."
    )
    [(meeting, _)] = _meetings_of(text)
    assert meeting["meeting_date"] == date(2021, 5, 12)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # `eerst ... en daarna` in one sentence, the second item without its own verb
        (" Werkbezoek\n\nOp 4 mei 2022 bracht gedeputeerde Ans Wit een werkbezoek aan Ede. "
         "Er was eerst een gesprek met het college en daarna in de raadszaal met de "
         "fractievoorzitters.\n", ["Ede", "raadszaal"]),
        # three items listed with `vervolgens` and `tot slot`; a Flemish office
        (" Bezoek\n\nOp 4 mei 2022 sprak schepen Ans Wit met de jeugdraad, vervolgens met "
         "de handelaars en tot slot met de buurtbewoners.\n", [None, None, None]),
        # `ten slotte` after a first part set off by a comma, a sentence of its own
        (" Ambtsbezoek\n\nOp 4 mei 2022 had gedeputeerde Ans Wit een gesprek met het college. "
         "Met de fractievoorzitters, ten slotte, werd gesproken over de woningbouw.\n",
         [None, None]),
        # `Tot slot` opening the sentence, the visitor its subject
        (" Ambtsbezoek\n\nOp 4 mei 2022 had gedeputeerde Ans Wit een gesprek met het college. "
         "Tot slot had zij een ontmoeting met de jongerenraad.\n", [None, None]),
    ],
)  # fmt: skip
def test_each_step_of_a_visits_programme_is_a_meeting_with_the_visitor(
    text: str, items: list
) -> None:
    meetings = _reported(text)
    assert [m["location"] for m, _ in meetings] == items
    assert {m["meeting_date"] for m, _ in meetings} == {date(2022, 5, 4)}
    # the visitor in each step; not in a step told in the passive (`werd gesproken`)
    passive = "werd gesproken" in text
    visited = [("Ans Wit" in [name for name, _ in people]) for _, people in meetings]
    assert visited == [True] + [not passive] * (len(items) - 1)


@pytest.mark.parametrize(
    "text",
    [
        # a talk told as over: what one says after it
        " Café\n\nDat zegt wethouder Piet Mol na twee gesprekken met de eigenaar.\n",
        # attending a meeting (`woonde ... bij`)
        " Raad\n\nOp 5 juni 2020 woonde gedeputeerde Piet Mol een vergadering van de "
        "dorpsraad bij.\n",
        # the past of `praten`
        " Winkeliers\n\nOp 2 mei 2020 praatte burgemeester Piet Mol met de winkeliers.\n",
    ],
)
def test_a_talk_attended_or_told_as_over_is_a_meeting(text: str) -> None:
    [(_, people)] = _reported(text)
    assert [name for name, _ in people] == ["Piet Mol"]


def test_what_was_said_after_a_meeting_goes_on_about_it() -> None:
    text = (
        " Overleg\n\nOp 3 mei 2021 was er een bestuurlijk overleg tussen wethouder Els Bos en "
        "gedeputeerde Jan Kok.\n\nNa afloop van het overleg zei gedeputeerde Kok dat de weg "
        "er komt.\n"
    )
    [(meeting, people)] = _reported(text)
    assert meeting["meeting_date"] == date(2021, 5, 3)
    assert [name for name, _ in people] == ["Els Bos", "Jan Kok"]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Op 4 mei 2021 sprak voorzitter Anna Wit van het Landbouw Collectief met de minister.",
         [("Anna Wit", "voorzitter")]),
        # the portfolio after the name; a surname with particles stays whole
        ("Gisteren sprak gedeputeerde Jan ten Bosch van Landbouw met wethouder Els van den "
         "Berg.", [("Jan ten Bosch", "gedeputeerde"), ("Els van den Berg", "wethouder")]),
        ("Vorige week had bestuurslid Piet van Dam van Boeren Actie Groep een gesprek met "
         "schepen Lies Peeters uit Tielt.", [("Piet van Dam", "bestuurslid"),
                                             ("Lies Peeters", "schepen")]),
    ],
)  # fmt: skip
def test_the_body_after_an_office_holders_name_is_no_part_of_it(sentence: str, people) -> None:
    [(_, found)] = _reported(f" Nieuws\n\n{sentence}\n")
    assert [p for p in found if p[0]] == people


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        # the portfolio between office and name; the counterpart as `ambtgenoot`
        ("Op 4 mei 2021 heeft de minister van Buitenlandse Zaken Anna Vos haar Belgische "
         "ambtgenoot Pieter de Smet ontvangen in Den Haag.",
         [("Anna Vos", "minister"), ("Pieter de Smet", "ambtgenoot")]),
        # a body in lower case after `het`; a rank `-generaal`; a place as the body
        ("Op 4 mei 2021 sprak directeur-generaal van het katholiek onderwijs Jan Mol met "
         "burgemeester van Sint-Truiden Els Peeters.",
         [("Jan Mol", "directeur-generaal"), ("Els Peeters", "burgemeester")]),
        # a portfolio of several words joined by `en`
        ("Op 4 mei 2021 bracht gedeputeerde van Economie en Werk Karel de Boer een werkbezoek "
         "aan Assen.", [("Karel de Boer", "gedeputeerde")]),
        # a body's name after its kind (`Waterschap`), a place of one word: no one named
        ("Op 4 mei 2021 sprak de dijkgraaf van Waterschap Groote Maas met de burgemeester van "
         "Utrecht Centraal.", []),
        # a body's capitalised name after `de`, a preposition after its lower-case words, an
        # address: no one named
        ("Op 4 mei 2021 sprak de voorzitter van de Regionale Adviesraad Zorg met de "
         "woordvoerder van de minister aan Radio Noord en de wethouders van Hoorn Postbus.", []),
    ],
)  # fmt: skip
def test_an_office_with_its_portfolio_before_the_name(sentence: str, people: list) -> None:
    [(_, found)] = _reported(f" Nieuws\n\n{sentence}\n")
    assert sorted(p for p in found if p[0]) == sorted(people)  # (one by office alone: no name)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het gesprek van wethouder Jan Mol met de bewoners op 4 mei 2021 duurde twee uur.",
        "De bijeenkomst met gedeputeerde Jan Mol startte op 4 mei 2021 met een rondleiding.",
        "Op 4 mei 2021 was er overleg met schepen Jan Mol, dat in goede sfeer verliep.",
    ],
)
def test_a_meeting_told_by_its_course(sentence: str) -> None:
    [(meeting, people)] = _reported(f" Nieuws\n\n{sentence}\n")
    assert (meeting["meeting_date"], [name for name, _ in people]) == (
        date(2021, 5, 4),
        ["Jan Mol"],
    )


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the verb of a `rondleiding`; the speaker between a separable verb and its particle
        (" Bezoek\n\nOp 4 mei 2021 leidde burgemeester Els Bos de minister rond bij het nieuwe "
         "zwembad. \"We leren veel\", legt Jan de Wit uit.\n",
         [("Els Bos", "burgemeester"), ("Jan de Wit", None)]),
        (" Bedrijf\n\nOp 4 mei 2021 leidden de eigenaars gedeputeerde Els Bos rond in de "
         "fabriek. \"Mooi\", vult Jan de Wit aan.\n",
         [("Els Bos", "gedeputeerde"), ("Jan de Wit", None)]),
        (" School\n\nOp 4 mei 2021 werd schepen Els Bos door de leerlingen rondgeleid in de "
         "school. \"Dank u\", legt zij uit.\n", [("Els Bos", "schepen")]),
    ],
)  # fmt: skip
def test_a_guided_visit_told_by_its_verb_and_who_explains(text: str, people: list) -> None:
    [(meeting, found)] = _reported(text)
    assert (meeting["meeting_date"], found) == (date(2021, 5, 4), people)


def _page_on_one_line(heading: str, people: str, opening: str) -> str:
    body = " 1. Begroting 2026. De raad keurt de begroting goed met algemene stemmen. " * 3
    return f"{heading} Aanwezig: {people} {opening}{body}"


@pytest.mark.parametrize(
    ("title", "heading", "day"),
    [
        (
            "NOTULEN VAN DE GEMEENTERAAD VAN 14 …...Op dinsdag 3 januari 2023 werd gevraagd...",
            "NOTULEN VAN DE GEMEENTERAAD VAN 14 FEBRUARI 2023",
            date(2023, 2, 14),
        ),
        (
            "Verslag van de raad van 9 … zitting gehouden op 2 mei 2022 over ...",
            "2 Verslag van de openbare zitting van de raad van 9 juni 2022",
            date(2022, 6, 9),
        ),
        (
            "Notulen OCMW-raad …op maandag 4 maart 2019 besliste de raad...",
            "Notulen van de vergadering van de OCMW-raad van 25 maart 2019",
            date(2019, 3, 25),
        ),
    ],
)
def test_a_page_on_one_line_dates_the_meeting_by_its_own_heading(
    title: str, heading: str, day: date
) -> None:
    # a host's title quotes the record's text and a day it mentions; the record's own
    # heading opens the page transcribed onto one line below it
    people = "Ann Peeters, voorzitter; Jef Maes, Lies Claes, schepenen; Tom Wouters, secretaris"
    page = _page_on_one_line(heading, people, "De voorzitter opent de vergadering.")
    [(meeting, participants)] = _meetings_of(f"{title}\n\n{page}\n")
    assert meeting["meeting_date"] == day
    assert len(participants) == 4


@pytest.mark.parametrize(
    ("people", "opening", "last"),
    [
        (
            "Ann Peeters, burgemeester-voorzitter; Jef Maes, Lies Claes, schepenen; "
            "Tom Wouters, gemeentesecretaris",
            "De burgemeester-voorzitter opent de vergadering om 20.03 uur.",
            ("Tom Wouters", "gemeentesecretaris"),
        ),
        (
            "Ann Peeters, voorzitter; Jef Maes en Lies Claes, raadsleden; Tom Wouters, notulist",
            "Het raadslid Jef Maes opent om 19.30 uur de zitting.",
            ("Tom Wouters", "notulist"),
        ),
        (
            "Ann Peeters (voorzitter), Jef Maes, Lies Claes, Tom Wouters (secretaris)",
            "Ann Peeters opent de vergadering en heet iedereen welkom.",
            ("Tom Wouters", "secretaris"),
        ),
    ],
)
def test_a_flattened_list_ends_where_the_chairs_opening_sentence_begins(
    people: str, opening: str, last: tuple[str, str]
) -> None:
    # the line break before the opening sentence was lost, and with it the list's end
    page = _page_on_one_line("Verslag van de gemeenteraad van 14 februari 2023", people, opening)
    [(_, participants)] = _meetings_of(f"{page}\n")
    assert len(participants) == 4
    assert (participants[-1]["name"], participants[-1]["role"]) == last
    assert all(p["name"] for p in participants)


@pytest.mark.parametrize(
    "form",
    [
        "Orgaan:\nCollege van B&W\nDatum:\n02-10-2018\nLocatie:\nRaadzaal",
        "Locatie\nKantoor\nDatum\n2 oktober 2018\nAanvang\n10:00",
        "Datum: 2 oktober 2018\nTijd: 14.00 uur\nPlaats: Stadhuis",
    ],
)
def test_a_meeting_form_dates_the_meeting_over_a_record_its_items_approve(form: str) -> None:
    # the item approving last week's record names its date; the form's date field is the
    # meeting's own
    text = (
        f"Besluiten college\n\n{form}\n\n1. Besluitenlijst\n\n"
        "Besluitenlijst van de vergadering van 25 september 2018\n\n"
        "Besluit De besluitenlijst van de vergadering van 25 september 2018 wordt vastgesteld.\n"
    )
    [(meeting, _)] = _meetings_of(text)
    assert meeting["meeting_date"] == date(2018, 10, 2)


@pytest.mark.parametrize(
    ("head", "day"),
    [
        (
            "Verslag overleg vergadering 1-04-2009\n\nOns kenmerk\nUR 09-111\nDatum\n8 april 2009",
            date(2009, 4, 1),
        ),
        (
            "3. Verslag overleg\nUw kenmerk\n\nOns kenmerk\nUR 08-141\nFax\n\nDatum\n"
            "15 april 2008\ne-mail\nraad@example.nl\n"
            "Verslag van de overlegvergadering van de raad op dinsdag 2 april 2008",
            date(2008, 4, 2),
        ),
        ("Notulen bestuur 3 maart 2020\nKenmerk: B-20-7\nDatum:\n10 maart 2020", date(2020, 3, 3)),
    ],
)
def test_a_letterheads_date_field_does_not_date_the_meeting(head: str, day: date) -> None:
    # the day the record was sent, among the letterhead's reference fields
    text = f"{head}\n\nAanwezig: Jan Bos (voorzitter), Piet Kok, Els Dam\n\n1. Opening\nWelkom.\n"
    [(meeting, _)] = _meetings_of(text)
    assert meeting["meeting_date"] == day


@pytest.mark.parametrize(
    ("head", "members", "body"),
    [
        ("Zitting van 30 januari 2024", "An Bos, Jan Smit, Els Vos, raadsleden", "gemeenteraad"),
        (
            "Gemeente Hove\nZitting van dinsdag 30 januari 2024",
            "An Bos, burgemeester\n\nJan Smit, Els Vos, Tom Kok, Rik Mol, raadsleden",
            "gemeenteraad",
        ),
        ("Zitting van 30 januari 2024", "An Bos, Jan Smit, schepenen; Els Vos, raadslid", None),
        (
            "Vergadering wijkraad 30 januari 2024",
            "An Bos, Jan Smit, Els Vos, raadsleden",
            "wijkraad",
        ),
    ],
)
def test_a_sitting_that_names_no_body_is_the_council_of_its_members(
    head: str, members: str, body: str | None
) -> None:
    text = f"{head}\n\nAanwezig:\n\nPiet Kok, voorzitter\n\n{members}\n\n1. Opening\nWelkom.\n"
    [(meeting, _)] = _meetings_of(text)
    assert meeting["body"] == body


@pytest.mark.parametrize(
    "head",
    [
        "GEMEENTERAADSZITTING VAN 25 NOVEMBER 2014 TE UUR.",
        "Gemeenteraadszitting van 25 november 2014 te 20.00 uur",
        "Raadszitting van 25 november 2014 te 20:00 u",
    ],
)
def test_a_council_sitting_in_one_word_names_the_council_and_its_hour_no_place(head: str) -> None:
    text = f"{head}\n\nAanwezig: Piet Kok, voorzitter; An Bos, raadslid\n\n1. Opening\nWelkom.\n"
    [(meeting, _)] = _meetings_of(text)
    assert (meeting["meeting_date"], meeting["body"], meeting["location"]) == (
        date(2014, 11, 25), "gemeenteraad", None
    )  # fmt: skip


@pytest.mark.parametrize(
    ("head", "body", "location"),
    [
        (
            "Verslag Jeugdraad 28 juni 2012 om 20u Locatie: Zaal De Brug – Kerkstraat 1a",
            "jeugdraad",
            "Zaal De Brug – Kerkstraat 1a",
        ),
        (
            "Vergadering : Algemeen Bestuur Datum : 28 juni 2012 Tijd : 15:00 16:30 uur "
            "Locatie : Markt 3, Tiel",
            "algemeen bestuur",
            "Markt 3, Tiel",
        ),
        (
            "Notulen wijkraad 28 juni 2012 van 20.00 - 22.00 u Plaats: Buurthuis De Es",
            "wijkraad",
            "Buurthuis De Es",
        ),
    ],
)
def test_a_head_line_run_on_into_its_fields_gives_each_field(
    head: str, body: str, location: str
) -> None:
    text = f"{head}\n\nAanwezig: Piet Kok (voorzitter), An Bos, Jan Smit\n\n1. Opening\nWelkom.\n"
    [(meeting, _)] = _meetings_of(text)
    assert (meeting["meeting_date"], meeting["body"], meeting["location"]) == (
        date(2012, 6, 28), body, location
    )  # fmt: skip


def _extracted(text: str, doc_type: str) -> list[tuple[dict, list[tuple]]]:
    """(meeting, [(name, role)]) the extractors give a one-document text of type `doc_type`."""
    pages, documents = documents_from_text(text, SOURCE)
    out = extract_documents(pages, [{**documents[0], "doc_type": doc_type}])
    people = out["meeting_participants"]
    return [
        (m, [(p["name"], p["role"]) for p in people if p["meeting_id"] == m["meeting_id"]])
        for m in out["meetings"]
    ]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            " Minister op bezoek in Zwolle\n\nMinister Anne Vos en haar staf zijn op bezoek in "
            "Zwolle. Zij hebben vandaag meteen vergaderd met het college over de armoede.\n",
            [("Anne Vos", "minister")],
        ),
        (
            " Schepen praat met buurt\n\nGisteren had schepen Els Peeters een gesprek met "
            "burgemeester Jan Claes over de nieuwe speelpleinen in de wijk.\n",
            [("Els Peeters", "schepen"), ("Jan Claes", "burgemeester")],
        ),
        (
            "Wethouder Karin Smit ontving dinsdag ambassadeur Piet Mol op het stadhuis voor een "
            "kennismaking. Het gesprek ging over de haven.\n",
            [("Karin Smit", "wethouder"), ("Piet Mol", "ambassadeur")],
        ),
    ],
)
def test_a_talk_told_in_a_text_typed_minutes_is_read_as_a_talk(text: str, people: list) -> None:
    # a news item telling a talk or visit is typed minutes for its account of a meeting; the
    # minutes reader reads no record (no date, no one present): the talk reader reads it
    [(meeting, found)] = _extracted(text, "minutes")
    assert meeting["meeting_id"].endswith("-t1")
    assert sorted(found) == sorted(people)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Afgelopen woensdag hadden we onze jaarlijkse ledenvergadering. De voorzitter opende "
            "om acht uur de vergadering en las het jaarverslag voor.\n",
            [],
        ),
        (
            "De eerste bijeenkomst van de werkgroep Verkeer werd gehouden op dinsdag 3 mei. "
            "Voorzitter Jan Bos heette iedereen welkom.\n",
            [("Jan Bos", "voorzitter")],  # the chair who welcomes all, as one who opens it
        ),
    ],
)
def test_a_bodys_sitting_told_in_prose_stays_its_record(text: str, people: list) -> None:
    # a body's account of its own sitting (no talk or visit between parties): the minutes
    # reader's meeting, not the people a report of a talk would put in it
    [(meeting, found)] = _extracted(text, "minutes")
    assert meeting["meeting_id"].endswith("-m1")
    assert found == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Burgemeester Jan Bos bracht dinsdag 3 mei 2022 een bezoek aan de wijk. Hij had een "
            "gesprek met bewoner Karel Smit over de overlast.\n",
            [("Jan Bos", "burgemeester"), ("Karel Smit", "bewoner")],
        ),
        (
            "Schepen Els Peeters werd gisteren ontvangen door uitbater Marc Van Damme van café "
            "De Kroon voor een gesprek over het terras.\n",
            [("Els Peeters", "schepen"), ("Marc Van Damme", "uitbater")],
        ),
        (
            "Vorige week sprak de minister met eigenaar Anna de Boer en de diplomaat Piet Mol "
            "in het dorpshuis De Schans.\n",
            [("Anna de Boer", "eigenaar"), ("Piet Mol", "diplomaat")],
        ),
    ],
)
def test_a_party_named_by_what_they_do(text: str, people: list) -> None:
    # an agent noun outside the lists of offices names a person before their full name
    [(_, found)] = _reported(text)
    assert sorted(found) == sorted(people)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dag meneer Van Beek, hoe kijkt u terug op het gesprek?",
        "Het gesprek stond vorige week in de krant De Telegraaf en in het dorpshuis De Schans.",
        "Vorige week had hij een gesprek en daarover Jan Bos gebeld.",
    ],
)
def test_a_form_of_address_a_building_or_an_adverb_names_no_one_by_what_they_do(
    sentence: str,
) -> None:
    assert not [p for p in _office_holders(sentence) if p["role"] not in (None,)]


@pytest.mark.parametrize(
    "text",
    [
        "Op dinsdag 1 oktober vertrekt minister Anne Vos naar Texel en heeft daar gesprekken "
        "met de burgemeester en het college.\n",
        "Wethouder Karin Smit heeft op 4 mei 2023 gesprekken met de bewoners van de flat.\n",
        "Schepen Els Peeters heeft deze namiddag een gesprek met burgemeester Jan Claes.\n",
    ],
)
def test_a_talk_told_as_had_in_the_present_is_no_meeting_held(text: str) -> None:
    # `heeft gesprekken met` is the present (a programme), not a perfect: the talk's own
    # noun is no participle telling it done
    assert _reported(text) == []


def test_a_talk_told_in_the_perfect_is_a_meeting_held() -> None:
    text = "Wethouder Karin Smit heeft op 4 mei 2023 gesprekken gevoerd met de bewoners.\n"
    [(meeting, _)] = _reported(text)
    assert meeting["meeting_date"] == date(2023, 5, 4)


def test_a_talk_read_from_a_text_typed_minutes_keeps_the_hour_the_record_gives() -> None:
    text = (
        "Om 20:00 uur begon in het gemeentehuis het eerste rondetafelgesprek met wethouder "
        "Karin Smit over de riolering.\n"
    )
    [(meeting, found)] = _extracted(text, "minutes")
    assert meeting["meeting_id"].endswith("-t1")
    assert str(meeting["start_time"])[:5] == "20:00"
    assert found == [("Karin Smit", "wethouder")]


def test_a_reported_meeting_told_without_its_year_takes_that_of_its_heading() -> None:
    # a club's news item: its heading names the meeting with the year, the lead tells the
    # day and month only
    text = (
        "Het seizoen zit erop en dan is het tijd voor de ledenvergadering.\n\n"
        "Dit jaar vond de ALV op 16 november plaats, weer in het clubhuis De Steiger, en "
        "gaven veel leden gehoor aan de uitnodiging van het bestuur voor deze vergadering.\n\n"
        "ALV 2022\n\n"
        "Het officiële verslag volgt later.\n"
    )
    assert [m["meeting_date"] for m, _ in _reported(text)] == [date(2022, 11, 16)]


def test_published_decisions_whose_lead_in_names_the_meeting_record_it():
    """A water board's published college decisions (Hollandse Delta, November 2020): the
    lead-in names the meeting between the verb and the decisions it took (`nam in de
    vergadering van dinsdag 24 november de volgende besluiten:`): a decision list of that
    meeting, its year the one the text names."""
    text = (
        "Het college van dijkgraaf en heemraden nam in de vergadering van dinsdag 24 november "
        "de volgende besluiten: \n\ntoppografische kaart\n\nBasisregistratie Grootschalige "
        "Topografie \n\nHet college van dijkgraaf en heemraden heeft de jaarlijkse evaluatie "
        "Basisregistratie Grootschalige Topografie (BGT) over 2019 vastgesteld.\n\n\n"
        "De volgende D&H-vergadering is op dinsdag 8 december 2020.\n"
    )
    _, [document] = documents_from_text(text, SOURCE)
    assert (document["doc_type"], document["doc_date"]) == ("decision_list", date(2020, 11, 24))
    [(meeting, _)] = _meetings_of(text)
    assert meeting["meeting_date"] == date(2020, 11, 24)


#: a church's deacons' register transcribed (Dordrecht, diaconie 1812): each sitting's entry
#: opens with its date and hour, over a roll that names the officers after their roles
DEACONS_REGISTER = """Notulen van de diaconie der Nederlandse Hervormde Kerk 1812

Bron : Regionaal Archief Dordrecht (RAD)

Diakenen in 1812: S. de Voogd (boekhouder), W. Kouwens, H. Kuyl, Coolhoven, Moll, Blussé, Plukhooij.

Ordinaire vergadering, maandag 6 januari 1812, ’s av. 7 uur
praeses Plukhooij, scriba Blussé, absent Kouwens en Kuyl.
Geresolveerd met ’t einde van deze week op te houden met bedeelen.

Maandag 20 januari 1812, buitengewone vergadering, ’s av 6 u.
praeses Plukhooij voor Kouwens, scriba Moll, absent Kouwens en Kuyl.
Er is een ingezonden missive van Heeren Directeuren.
"""


def test_an_old_register_s_entries_each_open_a_sitting_with_its_roll_led_by_roles():
    """Each entry of the register is a sitting: its date opens the entry, the roll names the
    officers after their roles (`praeses`, `scriba`; `voor Kouwens`: standing in for him) and
    those absent after `absent`; one entry alone, its roll on its date's line, is one too."""
    found = _meetings_of(DEACONS_REGISTER)
    assert [m["meeting_date"] for m, _ in found] == [date(1812, 1, 6), date(1812, 1, 20)]
    assert [[(p["name"], p["role"], p["status"]) for p in people] for _, people in found] == [
        [("Plukhooij", "praeses", "present"), ("Blussé", "scriba", "present"),
         ("Kouwens", None, "absent"), ("Kuyl", None, "absent")],
        [("Plukhooij", "praeses", "present"), ("Moll", "scriba", "present"),
         ("Kouwens", None, "absent"), ("Kuyl", None, "absent")],
    ]  # fmt: skip
    one = "Notulen van de diaconie 1811\n\n7 januari 1811, ’s mi 3 uur; praeses Moll, scriba "
    [(meeting, people)] = _meetings_of(one + "Kouwens, absent Brand.\nPer broeder wordt ...\n")
    assert meeting["meeting_date"] == date(1811, 1, 7)
    assert [(p["name"], p["status"]) for p in people] == [
        ("Moll", "present"),
        ("Kouwens", "present"),
        ("Brand", "absent"),
    ]


def test_a_page_presenting_a_body_keeps_the_sitting_it_names() -> None:
    # texts179's zaanprimair-gmr page: typed other (it presents the GMR), its sitting read
    text = (
        "24 november 2011\n\nGMR vergadering\n\nTijdstip: 19.30 – 22.00 uur\n\n"
        "Lokatie: Bestuursbureau Zaan Primair\n\n"
        "De Gemeenschappelijke Medezeggenschapsraad (GMR) is het overkoepelende orgaan van alle "
        "medezeggenschapsraden van onze scholen. De raad bestaat uit ouder- en "
        "personeelvertegenwoordigers, samen maximaal 14 personen.\n"
    )
    _, documents = documents_from_text(text, SOURCE)
    assert [d["doc_type"] for d in documents] == ["other"]
    [(meeting, _)] = _meetings_of(text)
    assert meeting["meeting_date"] == date(2011, 11, 24)
    assert meeting["start_time"] == time(19, 30)


def test_a_body_page_headed_by_its_meetings_in_the_plural_presents_no_sitting() -> None:
    # texts200/drenthe-gs-vergaderingen-negatief (lines 1, 4): the page of GS's meetings, the
    # date it lists them from is no sitting's
    text = (
        "GS-vergaderingen\n\n\n"
        "Gedeputeerde Staten vergaderen elke week op dinsdagen, maar niet in de vakantieperiodes. "
        "Op deze pagina kunt u de agenda's en de besluitenlijsten vinden van de vergaderingen "
        "vanaf 1 januari 2023.\n"
    )
    _, documents = documents_from_text(text, SOURCE)
    assert [d["doc_type"] for d in documents] == ["other"]
    assert _meetings_of(text) == []


def test_a_bills_proposers_are_named_by_its_title_not_as_office_holders_at_a_meeting() -> None:
    # tk-verslag-schriftelijk-overleg-woo-2023-12-28 (web217, round AO): the dossier's title
    # over a committee's report held in writing
    title = (
        "33 328 Voorstel van wet van de leden Snels en Sneller houdende regels over de "
        "toegankelijkheid van informatie van publiek belang (Wet open overheid)"
    )
    assert _office_holders(title) == []
    # the same members named at a talk are its parties
    told = "Het gesprek met de leden Snels en Sneller vond plaats in Den Haag."
    assert [p["name"] for p in _office_holders(told)] == ["Snels", "Sneller"]
