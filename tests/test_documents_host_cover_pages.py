"""A document site's copy of one document: the host's furniture (`Share "..."`, `Copied!`,
`Hele tekst`, `(1)`) and the transcription's cover pages (the PDF's empty first page, its
number alone; a contents page `2 INHOUD Opening 4 ...`) are no document of their own above
the letter, the record or the proposal they carry (the gold: one document from line 1). A
letter's dispatch note alone on its line (`Per e-mail` under the addressee) names no mail.
Lines of texts293 amersfoort (BD), texts201 drenthe-ps (AK), texts233 middendrenthe (AR) and
texts238 brabantsedelta (AS), cut where the test needs no more."""

from __future__ import annotations

import pytest

from pipeline.documents import documents_from_text
from pipeline.documents.lines import is_cover_page

VIEWER = "Maat: px\nWeergave met pagina beginnen:\n\n"


def _found(text: str) -> list[tuple[int, str, str | None]]:
    _, docs = documents_from_text(text, "x")
    return [(d["first_line"], d["doc_type"], d["doc_date"] and str(d["doc_date"])) for d in docs]


AMERSFOORT_PAGE = (
    "2 RAADSVOORSTEL Van : Burgemeester en Wethouders Reg.nr. : Aan : Gemeenteraad Datum : 11 "
    "november 2013 Portefeuillehouder : Wethouder C.J.M. van Eijk Agendapunt : B&W-vergadering "
    ": De Ronde : Agenda Het Besluit : Vastgesteld besluit : TITEL Verstrekking werkkapitaal aan "
    "Kredietbank Nederland BESLISPUNTEN 1. Stichting Kredietbank Nederland ten behoeve van de "
    "sociale kredietverlening aan Amersfoorters een langlopende lening van ,- te verstrekken als "
    "werkkapitaal. 2. In te stemmen met het wijzigen van de begroting AANLEIDING Amersfoort heeft "
    "geen eigen gemeentelijk kredietbank."
)


def test_a_proposal_below_the_pdfs_empty_first_page_is_one_memo():
    # texts293/amersfoort-raadsvoorstel-werkkapitaal-kredietbank-nederland-2013-11-11 (web293)
    title = "RAADSVOORSTEL. TITEL Verstrekking werkkapitaal aan Kredietbank Nederland"
    text = f'{title}\n\n{VIEWER}Download "{title}"\n\nTranscriptie\n\n1\n\n{AMERSFOORT_PAGE}\n'
    assert _found(text) == [(1, "memo", "2013-11-11")]


def test_a_proposal_below_a_cover_sheet_with_text_still_opens_its_own_document():
    title = "RAADSVOORSTEL. TITEL Verstrekking werkkapitaal aan Kredietbank Nederland"
    cover = "1 Raadsbundel raadsvergadering 2 december 2013 Inhoud van deze bundel: het voorstel"
    text = f"{title}\n\n{VIEWER}Transcriptie\n\n{cover}\n\n{AMERSFOORT_PAGE}\n"
    assert len(_found(text)) == 2


DRENTHE_CONTENTS = (
    "2 INHOUD Opening 4 Mededelingen 4 Ingekomen stukken 4 Vaststelling van de agenda 5 "
    "Vaststelling verslagen van de vergaderingen van 8 maart 2006 en 22 maart Mondelinge vragen "
    "5 Onderzoek geloofsbrief 5 Installatie van de heer H. van de Pol te Assen 5 Benoeming leden "
    "statencommissies 6 Voorstellen 6 Statenstuk : Verordening vertrouwenscommissie herbenoeming "
    "Commissaris van de Koningin 6 Sluiting 9 26 april"
)
DRENTHE_RECORD = (
    "3 PROVINCIALE STATEN VAN DRENTHE Verslag van de vergadering van provinciale staten van "
    "Drenthe, gehouden op 26 april 2006 in het provinciehuis te Assen. Tegenwoordig zijn: A.L. "
    "ter Beek, Commissaris van de Koningin, voorzitter de leden (44 in getal): H. Baas "
    "(ChristenUnie) H. Beerda (PvdA) W.A.R. Boer (PvdA) L. Bomhof (VVD) N.B. Bossina (VVD) "
    "A.H.J. Dohle (VVD) G.A.W. Fonk (VVD) A. Haar (D66) Ch.C. de Haas (OPD) J. Haikens (VVD)"
)


def test_a_record_below_its_own_contents_page_is_one_document():
    # texts201/drenthe-ps-2006-04-26 (web201)
    title = "van de vergadering van provinciale staten van Drenthe"
    first = "1 van de vergadering van provinciale staten van Drenthe gehouden op 26 april 2006"
    text = (
        f'{title}\n\n{VIEWER}Download "{title}"\n\nTranscriptie\n\n{first}\n\n'
        f"{DRENTHE_CONTENTS}\n\n{DRENTHE_RECORD}\n"
    )
    assert _found(text) == [(1, "minutes", "2006-04-26")]


@pytest.mark.parametrize(
    ("line", "cover"),
    [
        ("1", True),
        (DRENTHE_CONTENTS, True),
        ("Inhoud Inleiding ....... 3", True),
        (DRENTHE_RECORD, False),
        (AMERSFOORT_PAGE, False),
    ],
)
def test_cover_pages(line: str, cover: bool):
    assert is_cover_page(line) is cover


def test_a_letter_below_a_document_hosts_furniture_is_one_document():
    # texts233/middendrenthe-beantwoording-artikel-33-vragen-wadudu-2020-08-25 (web233): the
    # host's labels over the letterhead, the subject names the answers to questions
    head = (
        "Datum: 25 augustus 2020 Uw brief van: Onderwerp: Beantwoording artikel 33-vragen "
        "Verzonden op: 2 september 2020"
    )
    text = (
        f"• No results found\n\n{head}\n\nN/A\nN/A\nProtected\n\nAcademic year: 2022\n\n"
        f'Share "{head}"\n\nCopied!\n9\n0\n0\n\n'
        "Bezig met laden.... (Bekijk nu de volledige tekst)\n\nHele tekst\n\n(1)\n\n"
        "Postadres Postbus 24, 9410 AA Beilen Telefoon (0593) 53 92 22\n\n"
        "Internet www.middendrenthe.nl E-mail gemeente@middendrenthe.nl\n\nper e-mail\n\n"
        "De raadsfractie van\n\n"
        "Gemeentebelangen Smilde, Beilen, Westerbork t.a.v. De heer CH.C. de Haas\n\n"
        "Zandmeer 15 9422 JJ SMILDE\n\n"
        "Datum: 25 augustus 2020 Uw brief van: 11-08-2020\n\n"
        "Behandeld door: Erik Eefting Uw kenmerk:\n\nZaaknummer: 1849875 Bijlagen:\n\n"
        "Onderwerp: Beantwoording artikel 33-vragen Verzonden op: 2 september 2020\n\n"
        "Geachte heer De Haas,\n\n"
        "Op 11 augustus 2020 hebben wij uw brief ontvangen, waarin u conform artikel 33 van het "
        "Reglement van Orde vragen stelt over het bedrijf Wadudu, Noordveen 1 te Beilen. "
        "Hieronder treft u de beantwoording op uw vragen aan.\n"
    )
    assert _found(text) == [(1, "council_questions", "2020-08-25")]


def test_a_letters_dispatch_note_names_no_mail():
    # texts238/brabantsedelta-brief-ab-lid-regionale-keringen-2022-01-28 (web238)
    text = (
        "300 MILJOEN VOOR DE REGIONALE KERINGEN VOOR LIMBURG\n\n\n"
        "Bergen op Zoom, 28 januari  2022\n\n \n\n"
        "Aan het Dagelijks Bestuur van het Waterschap Brabantse Delta\n\nPer e-mail\n\n \n\n"
        "BETREFT: 300 MILJOEN VOOR DE REGIONALE KERINGEN VOOR LIMBURG, KENMERK W 22001.\n\n \n\n"
        "Geacht Dagelijks bestuur,\n\n \n\n"
        "Ik heb een aantal vragen waarop ik graag een (ambtelijke) toelichting krijg in de "
        "commissie waterveiligheid.\n"
    )
    assert _found(text)[0] == (1, "letter", "2022-01-28")


def test_a_letter_sent_per_mail_in_its_opening_is_still_a_mail():
    text = (
        "Aan het Dagelijks Bestuur van het Waterschap Brabantse Delta\n\n"
        "Geacht bestuur,\n\nHierbij ontvangt u per mail de stukken voor de vergadering.\n\n"
        "Met vriendelijke groet,\n\nJan Jansen\n"
    )
    assert _found(text)[0][1] == "email"
