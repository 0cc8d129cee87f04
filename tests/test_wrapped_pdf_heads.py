"""A record's head as a born-digital PDF's text layer gives it: each paragraph wrapped at the
page's width (`scripts/web_render_eval.py`'s rendering of web gold texts). The lines below
are real, from web texts of pages transcribed onto one line (`Transcriptie`), wrapped as the
PDF wraps them; the meeting is dated as the text's one line dates it."""

from __future__ import annotations

from datetime import date

from pipeline.documents import documents_from_text
from pipeline.meetings import extract_meetings

#: woensdrecht-raad-1985 (web137): the head's date cut by the wrap
WOENSDRECHT = """\
Openbare vergadering van de raad der gemeente Woensdrecht gehouden op maandag 23
december 1985 des avonds om acht uur in de raadzaal. Voorzitter: Mr.J.M.de Leeuw,
burgemeester. Secretaris: PS.F.M.Vorstenbosch, loco. Aanwezig de leden Schuurbiers, de
Klerk, Piasmans, Wils, de Weert, Meeuwisse, Verduit, Kuijlen, Klunder Nijland, Beekhuijzen
en Konings en de wethouders Bogers en Koulman—Leenhouts Afwezig geen der leden. De
voorzitter opent de vergadering met gebed. Tot voorstemmer wordt door het lot
aangewezen het lid Meeuwisse. 1. VASTSTELLING NOTULEN VAN DE VORIGE
VERGADERINGEN. De notulen van de vergaderingen van 12 november 1985, 15 november
1985 en 6 december 1985 zijn aan de leden in concept toegezonden. De heer Piasmans
verzoekt om in de notulen van 6 december 1985 op bladzijde 10, 27e regel, "spreker" te
wijzigen in "zeker". De raad besluit zonder hoofdelijke stemming de notulen vast te stellen
met inachtneming van de door de heer Piasmans voorgestelde wijziging. 2.
"""

#: velsen-raad-2013 (web125): a portal's lines over the transcribed page, whose record title
#: runs over the first lines of the wrap
VELSEN = """\
Wethouders : A.V. Baerveldt, R.G. te Beest, R. Vennik, A. Verkaik, W.E. Westerman.
Maat: px
Weergave met pagina beginnen:
Download "Wethouders : A.V. Baerveldt, R.G. te Beest, R. Vennik, A. Verkaik, W.E.
Westerman."
Transcriptie
1 1 Conceptnotulen van de openbare vergadering van de raad van de gemeente Velsen
gehouden op donderdag 12 december 2013 om uur in het TATA Steel Stadion, Minister van
Houtenlaan 123 te Velsen-Zuid. Aanwezig de leden: F. Bal, P.J. van Bodegraven, P. de
Bruijn, R. Cruz Linde, P. van Deudekom, H.B.E. Dreijer, A.C. Eggermont, M.M. Gregoire,
R.W. de Haan, M.M. Hillebrink, G.J. W. van der Hulst, J.P. van Ikelen, H. Kat, F.J. Korf, A.F.
Kouthoofd L. Kwant, H.S. Langendijk-Meijer, S. Meinema, E.J. Merhottein, C. Ockeloen, A.M.
van Ombergen-Vester, D. Sintenie-Wiegers, H.M. Teske- Post, A. Uytendaal, G. Vosse, F.
Vrijhof, H.Wijkhuisen, E.H. Zorgdrager-van Laar. Plaatsvervangend voorzitter:t.
Mastenbroek-Wesseling, Griffier : J.P.E.M. Huijs Wethouders : A.V. Baerveldt, R.G. te Beest,
R. Vennik, A. Verkaik, W.E. Westerman. Afwezig de leden: R.N. van den Brink, B.J.J.
Hendriks, M.S. Koedijker, M.G.J.E. Vos-Vester 01 OPENING De voorzitter: Welkom dames en
heren, een speciaal welkom aan de gasten van de raad. Ik hoop dat u na deze vergadering
een beeld hebt van het werk van de raadsleden. Wij hebben een bericht van verhindering
"""


def _one_line(text: str) -> str:
    """The same text as the web text prints it: the wrapped lines of each paragraph as one."""
    return " ".join(text.splitlines())


def _document_and_meetings(text: str) -> tuple[dict, list[dict]]:
    pages, documents = documents_from_text(text, "x")
    return documents[0], extract_meetings({**documents[0], "pages": [pages[0]]})[0]


def test_a_head_date_cut_by_the_wrap_dates_the_sitting() -> None:
    # `gehouden op maandag 23` / `december 1985`: read as the paragraph's one line, by the
    # meeting's head itself (not the document's title or date, left out here)
    for text in (WOENSDRECHT, _one_line(WOENSDRECHT)):
        pages, documents = documents_from_text(text, "x")
        undated = {**documents[0], "doc_date": None, "title": None, "pages": [pages[0]]}
        assert [m["meeting_date"] for m in extract_meetings(undated)[0]] == [date(1985, 12, 23)]


def test_a_text_with_a_paragraph_per_line_is_read_as_before() -> None:
    # nothing to join: short lines of a portal, then the page on one line
    head, page = VELSEN.split("Transcriptie\n")
    text = head + "Transcriptie\n" + _one_line(page) + "\n"
    document, meetings = _document_and_meetings(text)
    assert (document["doc_type"], document["doc_date"]) == ("minutes", date(2013, 12, 12))
    assert [m["meeting_date"] for m in meetings] == [date(2013, 12, 12)]
