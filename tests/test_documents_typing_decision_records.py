"""A published decision's record, typed by its decision-date field (`Datum besluit: ...`):
a decision list whatever paper its title names. Lines quoted from development texts."""

from __future__ import annotations

from datetime import date

from pipeline.documents import classify_document, documents_from_text
from pipeline.meetings import extract_meetings

# texts200/zuidholland-gs-brief-lockdown-2021-01-19 (round AK), the whole page
GS_DECISION_ON_A_LETTER = (
    "GS-brief over consequenties lockdown\n\n"
    "Datum besluit: 19 januari 2021\n\n\n"
    "De maatregelen die van kracht zijn inzake Covid-19 raken ook de provinciale organisatie en "
    "daarmee mogelijk ook het realiseren van provinciaal beleid. Met deze brief worden leden van "
    "Provinciale Staten daarover geïnformeerd.\n\n"
    "Type besluit: GS-vergadering\n"
)

# texts246/zuidholland-gs-besluit-dcmr-2020-11-24 (round AU), its sentence cut short
GS_DECISION_ON_A_NOMINATION = (
    "Voordracht J. Baljeu als plaatsvervangend DB-lid DCMR\n\n"
    "Datum besluit: 24 november 2020\n\n\n"
    "Het Dagelijks Bestuur (DB) van DCMR heeft een aantal maal geen besluiten kunnen nemen, "
    "omdat het minimum aantal aanwezige bestuursleden niet werd gehaald.\n\n"
    "Type besluit: GS-vergadering\n"
)


def test_a_decision_record_titled_by_the_letter_it_decided_on_is_a_decision_list() -> None:
    assert classify_document(GS_DECISION_ON_A_LETTER) == (
        "decision_list",
        "GS-brief over consequenties lockdown",
    )


def test_a_decision_record_without_a_title_rule_is_a_decision_list() -> None:
    assert classify_document(GS_DECISION_ON_A_NOMINATION)[0] == "decision_list"


def test_a_decision_date_label_without_a_date_types_nothing() -> None:
    # the label alone, as a form prints it before it is filled in: no record of a decision
    blank = GS_DECISION_ON_A_LETTER.replace("Datum besluit: 19 januari 2021", "Datum besluit:")
    assert classify_document(blank)[0] != "decision_list"


def test_a_decision_date_under_a_roll_of_attendance_is_no_decision_record() -> None:
    # minutes list who attended; a decision's date among their head lines does not make
    # them the body's published decision
    rolled = GS_DECISION_ON_A_NOMINATION.replace(
        "Datum besluit: 24 november 2020\n",
        "Datum besluit: 24 november 2020\nAanwezig: J. Baljeu, voorzitter; A. de Vries\n",
    )
    assert classify_document(rolled)[0] != "decision_list"


def _meetings(text: str) -> list[dict]:
    pages, documents = documents_from_text(text, "typedev-test")
    out: list[dict] = []
    for document, page in zip(documents, pages, strict=True):
        out += extract_meetings({**document, "pages": [page]})[0]
    return out


def test_a_decision_record_holds_no_meeting() -> None:
    # `Type besluit: GS-vergadering` says how the executive decided, not when it met
    assert _meetings(GS_DECISION_ON_A_NOMINATION) == []


# texts197/eeklo-gr-besluitenlijst-2021-07-07 (round AJ), its head
COUNCIL_DECISION_LIST = (
    "Besluitenlijst gemeenteraad van 7 juli 2021\n\n"
    "Datum bekendmaking  dinsdag 13 juli 2021\nDatum besluit  woensdag 7 juli 2021\n\n"
    "OPENBARE ZITTING\n\n"
    "Bekrachtiging burgemeestersbesluit 29 juni 2021 betreffende de organisatie van een fysieke\n"
    "zitting van de gemeenteraad zonder publiek.\n\n"
    "De gemeenteraad bekrachtigt het burgemeestersbesluit van 29 juni 2021 betreffende de "
    "organisatie\n"
    "van een fysieke gemeenteraadszitting zonder publiek.\n"
)


def test_a_decision_list_titled_by_its_sitting_keeps_its_meeting() -> None:
    assert classify_document(COUNCIL_DECISION_LIST)[0] == "decision_list"
    assert [(m["body"], m["meeting_date"]) for m in _meetings(COUNCIL_DECISION_LIST)] == [
        ("gemeenteraad", date(2021, 7, 7))
    ]
