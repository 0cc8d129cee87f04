"""A news item on one council sitting: the body its headline or lead opens on is the body that
sat, where the sentence telling the sitting names none (`pipeline.talks._body_of_lead`).
Lines of the web gold's texts, quoted as printed (sentences no test needs left out)."""

from __future__ import annotations

from pipeline.docmodel import as_doc
from pipeline.documents import documents_from_text
from pipeline.talks import reported_meetings

SOURCE = "talks-body-of-lead"


def _bodies(text: str) -> list[str | None]:
    """The body of each meeting a news item's prose reports."""
    pages, documents = documents_from_text(text, SOURCE)
    doc = as_doc({**documents[0], "doc_type": "other", "pages": [pages[0]]})
    meetings, _ = reported_meetings(doc)
    return [m["body"] for m in meetings]


def test_a_headline_opening_on_the_council() -> None:
    # tests/gold/web256/hoekschewaard-raad-zeven-besluiten.json (round AW)
    text = (
        "Terug naar het overzicht\n\nRaad neemt in sneltreinvaart 7 besluiten\n\n"
        "Dit nieuwsbericht is verlopen.\n\nBinnen het kwartier was de gemeenteraad van Hoeksche "
        "Waard gisteravond klaar met zijn besluitvormende vergadering. De voorzitter van de raad, "
        "burgemeester Aptroot hamerde 6 raadsvoorstellen af.\n"
    )
    assert _bodies(text) == ["gemeenteraad"]


def test_a_lead_opening_on_the_council() -> None:
    # tests/gold/web266/heusdenzolder-gemeenteraad-oppositie-huishoudelijk-reglement.json (AY)
    text = (
        "Oppositie bolt het af\n\nDe gemeenteraad vanavond was al niet bepaald een verheven "
        "vertoning, maar het echte venijn zat in de staart. Toen voorzitter Marc Swevers (Open "
        "VLD) een amendement te berde bracht bij het huishoudelijk reglement van de raad, stond "
        "de boel op stelten. Sonja Claes (CD&V) trok als eerste tegen dat voorstel van leer "
        "omdat er volgens haar tijdens de commissie niets over gezegd was en ze zich beperkt "
        "voelde in haar fundamentele politieke vrijheid en opdracht.\n"
    )
    assert _bodies(text) == ["gemeenteraad"]


def test_a_headline_on_the_council_over_a_sitting_told_by_its_outcome() -> None:
    # tests/gold/web291/nieuwsblad-drogenbos-gemeenteraad-belastingreglementen.json (BD)
    text = (
        "Veel vragen, opmerkingen en zelfs een schorsing\n\nGemeenteraad kende geen rustig "
        "verloop\n\nDrogenbos - De Openbare zitting van de jongste gemeenteraad van Drogenbos "
        "telde niet minder dan 36 agendapunten en dat is men in de gemeente niet gewoon.\n\n"
        "Burgemeester Alexis Calmeyn wees er op dat het reglement er kwam om het sluikstorten "
        "tegen te gaan. Uiteindelijk werd beslist het agendapunt af te voeren , de financiele "
        "dienst de kans te geven een en ander te onderzoeken en de gemeentelijke "
        "milieubelasting nader te bekijken op de commissievergadering.\n"
    )
    assert _bodies(text) == ["gemeenteraad"]


def test_no_body_where_the_lead_opens_on_none() -> None:
    # the same sitting told under a headline and lead that open on no body: none is made up
    text = (
        "Veel vragen, opmerkingen en zelfs een schorsing\n\nDrogenbos - Er waren niet minder "
        "dan 36 agendapunten en dat is men in de gemeente niet gewoon.\n\n"
        "Burgemeester Alexis Calmeyn wees er op dat het reglement er kwam om het sluikstorten "
        "tegen te gaan. Uiteindelijk werd beslist het agendapunt af te voeren , de financiele "
        "dienst de kans te geven een en ander te onderzoeken en de gemeentelijke "
        "milieubelasting nader te bekijken op de commissievergadering.\n"
    )
    assert _bodies(text) == [None]
