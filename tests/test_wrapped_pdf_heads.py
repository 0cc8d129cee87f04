"""A record's head as a born-digital PDF's text layer gives it: each paragraph wrapped at the
page's width (`scripts/web_render_eval.py`'s rendering of web gold texts). The lines below
are real, from web texts of pages transcribed onto one line (`Transcriptie`), wrapped as the
PDF wraps them; the meeting is dated as the text's one line dates it."""

from __future__ import annotations

from datetime import date

from pipeline.documents import documents_from_text
from pipeline.documents.segment import _paragraphs_made_whole
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


#: drenthe-ps-2003-12-17 (web174): a portal's lines over the transcribed pages, the record's
#: title (`Verslag van de vergadering ... gehouden op 17 december 2003`) over two lines of
#: the wrap; a page's number and its table of contents open the paragraphs
DRENTHE = """\
van de vergadering van provinciale staten van Drenthe
Save this PDF as:
 WORD  PNG  TXT  JPG
Maat: px
Weergave met pagina beginnen:
Download "van de vergadering van provinciale staten van Drenthe"
Transcriptie
1 van de vergadering van provinciale staten van Drenthe gehouden op 17 december 2003
2 INHOUD Opening 2 Mededelingen 2 Ingekomen stukken 2 Vaststelling van de agenda 2
Mondelinge vragen 4 Voorstellen 5 - Motie A (aangenomen) 9 Rapport
Onderzoekscommissie NNBT 10 - Motie B (verworpen) 20 - Amendement C (verworpen) 23
- Motie D (verworpen) 30 Sluiting 61 Toezegging december 2003
3 PROVINCIALE STATEN VAN DRENTHE Verslag van de vergadering van provinciale staten
van Drenthe, gehouden op 17 december 2003 in het provinciehuis te Assen. Tegenwoordig
zijn: A.L. ter Beek, Commissaris van de Koningin, voorzitter de leden (49 in getal): H. Baas
(ChristenUnie) H. Beerda (PvdA) W.A.R. Boer (PvdA) H.C.E. Boerland (VVD) L. Bomhof
"""

#: hillegom-bezwaarschriften-2019-2020 (web173): a blog's welcome filling the width, then the
#: post's date alone on its line
HILLEGOM = """\
Dé lokale en regionale nieuwssite
Beste bezoeker, Als journalist schrijf ik over actuele zaken. Deze blog heeft al miljoenen
bezoekers verwelkomd. Hier vindt u alle, ruim 26.800, gepubliceerde artikelen,
verschenen in landelijke, regionale en lokale dag- en weekbladen en magazines. Veel
leesplezier! Mocht u onderwerpen aan de kaak willen stellen, neemt u dan contact met mij
op: info@writing4u.nl. Foto's kunnen, tegen vergoeding, besteld worden via dit emailadres.
17 oktober 2021
Minder bezwaarschriften
Hillegom – Het aantal bezwaarschriften richting de gemeente is omlaag gegaan. Dat blijkt
uit het jaarverslag over 2020 van de Commissie Bezwaren en Klachten.
In 2019 werden er nog 45 bezwaren ingediend, maar vorig jaar waren dit er ‘slechts’ 36.
En een groot deel van die bezwaren (17) betroffen één besluit van het college van
burgemeester en wethouders. Deze mensen waren het niet eens met het afgeven van een
"""


#: bthate-aangifte-2012 (web38): a page's title, then a mail hard-wrapped at 75 characters
BTHATE = """\
.. title:: aangifte

.. _aangifte:

.. raw:: html

    <br><br>

aangifte
========

.. raw:: html

    <br>


Van: Bart Thate [mailto:bthate@gmail.com<mailto:bthate@gmail.com>]
Verzonden: dinsdag 16 oktober 2012 21:49
Aan: AP-Alkmaar (Parket Alkmaar); Info Hoge Raad
Onderwerp: Re: verzoek aan de officier van justitie om tot strafrechtelijke
vervolging over te gaan

Hallo Korps Politie,

ik wil hiermee melding maken van een situatie die voor zowel mij als mijn v
riendin levensbedreigend is. Wij hebben al vele malen in de loop van de afg
elopen 4 jaar aangifte proberen te doen van de misstanden hier in de GGZ, h
et is alle keren tegengehouden omdat er geen sprake zou zijn van opzet. Ik
zal u laten zien wat de situatie is en is zal u ook aangeven dat er wel spr
ake is van opzet.
"""


#: idaarderadeel-raad-1965 (web128), as the born-digital PDF's text layer gives it: the title
#: in capitals does not fill the width, the lines below it run on as one paragraph
IDAARDERADEEL = """\
GEMEENTE IDAARDERADEEL GROUW Notulen van de openbare vergadering van de raad
der gemeente Idaarderadeel op woensdag 27 oktober 1965 1s avonds 8 uur» Aanwezig
mevrouw G.Kuiper-Koopstra, mevrouw JSpijkstra-Nijdam en de heren S.K.de Jong,
R.Wartena, A.Hondema, Joh.van der Meer, K.Postma, R. Elsenga, S.de Boer, J.Bouma,
J.Sjoerdsma, P.van der Hem en H.van de Lageweg. Voorzitter? K.J.Vrijling, burgemeester.
Secretaris? D.Smits. Opening. De voorzitter opent de vergadering en stelt aan de orde? 1.
Notulen, van de vergadering van 13 oktober 1965 Op verzoek van de voorzitter worden de
navolgende wijzigingen aangebracht? bladzijde 2, regel 1? "de scheepvaart" wordt
gewijzigd in "het wegverkeer"; regel 3* doorgehaald wordt het woord "landweg", waarvoor
te le zen? "gewone openbare weg, zoals een landweg"; regel Ai "eerste" wordt gewijzigd in
"tweede"; regel 5; "tweede" wordt gewijzigd in "eerste"; bladzijde 3. regels 8 en 9 van
onder? De eerste volzin wordt gelezen alsvolgt De voorzitter antwoordt, dat reeds
opdracht is gegeven tot het maken van een besteksklaar plan voor een riolering te
Roordahui- zum» Hierna worden de notulen zonder hoofdelijke stemming vastgesteld. 2.
Ingekomen stukken. Zonder discussie en zonder hoofdelijke stemming wordt conform het
"""


#: overijssel-ps-2006-03-15 (web184): the record's title in capitals over the first line of the
#: wrap, which it fills with 75 characters where the prose lines hold 85; the date below it
OVERIJSSEL = """\
Tevens zijn aanwezig de gedeputeerden Abbenhues (PvdA), Jansen (CDA), Klaasen (VVD),
Kristen (PvdA), Ranter (CDA) en Rietkerk (CDA).
Save this PDF as:
 WORD  PNG  TXT  JPG
Maat: px
Weergave met pagina beginnen:
Download "Tevens zijn aanwezig de gedeputeerden Abbenhues (PvdA), Jansen (CDA),
Klaasen (VVD), Kristen (PvdA), Ranter (CDA) en Rietkerk (CDA)."
Transcriptie
1 VERSLAG van de VERGADERING VAN PROVINCIALE STATEN VAN OVERIJSSEL gehouden
op woensdag 15 maart 2006 Aanvang uur Voorzitter: de heer Jansen. Griffier: de heer
Alberda van Ekenstein. Aanwezig zijn 61 leden, te weten: Antuma (CDA),
Antuma-Duisterwinkel (CDA), Beckmann (CDA), Been (VVD), Van der Bent-van den Hout
(CU), Beugelink (CDA), Broeze-van der Kolk (CDA), De Bruin (GL), Bussink (VVD), Van
Dalfsen (PvdA), Dalhuisen (PvdA), D. van Dijk (SGP), G. van Dijk (D66), Dijkhuis (LPF),
Dijkslag (VVD), Engbers (CDA), Evering (CDA), De Greef-Moes (D66), Haan (VVD),
Harmelink (PvdA), Van Harsselaar-Timmer (VVD), Husselman-Oosterom (CDA), Jaegers
(PvdA), Kerkdijk (CDA), Knoeff (CDA), Koggel- Alferink (CDA), Koopman (CDA), Leussink
(CDA), Leusink-Jonker (PvdA), Van der Lied- Homeijer (PvdA), Lulofs (PvdA), Mercanoglu
"""

#: groningen-statencie-bf-2010-09-22 (web189): the title's first line full at 81 characters,
#: the next word (`en`) a narrow one; the date on the line below
GRONINGEN = """\
De agenda is met deze wijzigingen vastgesteld.
Save this PDF as:
 WORD  PNG  TXT  JPG
Maat: px
Weergave met pagina beginnen:
Download "De agenda is met deze wijzigingen vastgesteld."
Transcriptie
1 Samenvattend verslag van de openbare vergadering van de Statencommissie Bestuur
en Financiën, gehouden op woensdag 22 september 2010 van uur tot uur in Blauwe Zaal
(C319) van het Provinciehuis te Groningen. Aanwezig: dhr. H. Staghouwer (ChristenUnie,
voorzitter), dhr. P.H.R. Brouns (CDA), dhr. D. Bultje (PvdA), dhr. R.M. Knegt (CDA), dhr. E.J.
Luitjens (VVD), mw. W.J. Mansveld (PvdA), dhr. W. van der Ploeg (GroenLinks), dhr. R.
Sangers (SP, plaatsvervangend voorzitter), dhr. R. Stevens (ChristenUnie), dhr. P.G. de Vey
Mestdagh (D66), mw. A.A. Waal (burgercommissielid VVD), dhr. T.J. Zanen (Partij voor het
Noorden). Afwezig: mw. A.A.H. Hazekamp (PvdD), mw. L. Veenstra (SP), Voorts aanwezig:
dhr. M.J. van den Berg (CdK, voorzitter GS), dhr. W.J. Moorlag (gedeputeerde), dhr. R.A.C.
Slager (gedeputeerde), dhr. P.M. de Bruijne (gedeputeerde), dhr. B.W. Littel en dhr. R.
Wortelboer (Ernst & Young) dhr. J.M.C.A. Berkhout (griffier), mw. A.L. Meeske (secretaris),
dhr. Th. Poggemeier (Verslagbureau Groningen). 1. Opening en mededelingen De
"""


#: alblasserdam-raad-2011-05-31 (web193): the record's title in capitals, 78 characters that
#: fill the line, its year on the next; by characters as many lines run full as printed
ALBLASSERDAM = """\
OPENBARE VERGADERING. van de raad der gemeente Alblasserdam op dinsdag 31 mei
2011 des avonds om uur in het raadhuis
Maat: px
Weergave met pagina beginnen:
Download "OPENBARE VERGADERING. van de raad der gemeente Alblasserdam op dinsdag
31 mei 2011 des avonds om 20.00 uur in het raadhuis"
Transcriptie
1 OPENBARE VERGADERING van de raad der gemeente Alblasserdam op dinsdag 31 mei
2011 des avonds om uur in het raadhuis Aanwezig de leden: mevrouw M.J.H.
Barra-Leenheer (PvdA)de heer R. van Lavieren (PvdA), de heer L. Verwoert (PvdA), O.
Yilmaz (PvdA), de heer Th. de Gelder (CDA), de heer J.H. Wesselius (CDA). de heer A.C. van
t Zelfde (CDA), de heer mr. A. Boele (SGP), de heer dr.ir H. Boersma (SGP), de heer B.W.
de Leeuw (SGP), de heer F.C. de Gier (VVD), mevrouw C.E.J. Leeuwis (VVD), de heer H.F.
Verweij VVD), de heer A.J. Zwaan (ChristenUnie), de heer J.R. Pardo Kruidenier (D 66) en de
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


def test_a_record_title_over_the_wrap_types_and_dates_the_document() -> None:
    # `1 1 Conceptnotulen van de openbare vergadering ... Velsen` / `gehouden op donderdag
    # 12 december 2013 ...`: minutes of that day, as the text's one page line reads
    document, meetings = _document_and_meetings(VELSEN)
    assert (document["doc_type"], document["doc_date"]) == ("minutes", date(2013, 12, 12))
    assert [m["meeting_date"] for m in meetings] == [date(2013, 12, 12)]


def test_a_record_title_cut_by_the_wrap_types_the_document_as_minutes() -> None:
    # `Verslag van de vergadering van provinciale staten` / `van Drenthe, gehouden op 17
    # december 2003 ...`: read from its first fragment the record was `other`, undated, and
    # lost its sitting with it
    document, meetings = _document_and_meetings(DRENTHE)
    assert (document["doc_type"], document["doc_date"]) == ("minutes", date(2003, 12, 17))
    assert [m["meeting_date"] for m in meetings] == [date(2003, 12, 17)]


def test_a_date_alone_after_a_full_line_stays_on_its_own_line() -> None:
    # the post's date after a welcome that fills the width is no end of the welcome's
    # sentence (nor, on a two-column page, a date line after a full line of the other
    # column: the real gold's newsletter): it is not joined into the line before
    lines = _paragraphs_made_whole(HILLEGOM).splitlines()
    assert "17 oktober 2021" in lines
    document, _ = _document_and_meetings(HILLEGOM)
    assert document["doc_date"] == date(2021, 10, 17)


def test_a_record_its_printed_lines_date_keeps_that_date() -> None:
    # `op woensdag 27 oktober 1965` below the title dates the record as printed; joined, the
    # title stands above a page-long line, and the joined reading finds no date
    document, _ = _document_and_meetings(IDAARDERADEEL)
    assert (document["doc_type"], document["doc_date"]) == ("minutes", date(1965, 10, 27))


def test_an_e_mail_header_keeps_a_field_per_line() -> None:
    # a mail hard-wrapped at 75 characters under a page's title: its header is not joined
    # into one line (`Onderwerp: ...` fills the width), so it stays an e-mail
    document, _ = _document_and_meetings(BTHATE)
    assert (document["doc_type"], document["doc_date"]) == ("email", date(2012, 10, 16))


def test_a_title_in_capitals_that_fills_the_width_goes_on_into_the_next_line() -> None:
    # by characters `1 VERSLAG van de VERGADERING ... gehouden` (75) and `1 Samenvattend
    # verslag ... Bestuur` (81) fall short of the page's 86 and 90; printed, in the page's
    # proportional type, they fill it, and the title's date on the next line goes with them
    for text, day, names in (
        (OVERIJSSEL, date(2006, 3, 15), 30),
        (GRONINGEN, date(2010, 9, 22), 12),
    ):
        lines = _paragraphs_made_whole(text).splitlines()
        assert any(day.strftime("%Y") in x and x.startswith("1 ") for x in lines)
        document, meetings = _document_and_meetings(text)
        assert (document["doc_type"], document["doc_date"]) == ("minutes", day)
        assert [m["meeting_date"] for m in meetings] == [day]
        pages, documents = documents_from_text(text, "x")
        people = extract_meetings({**documents[0], "pages": [pages[0]]})[1]
        assert len(people) >= names


def test_a_page_as_full_by_characters_as_printed_is_read_printed() -> None:
    # `1 OPENBARE VERGADERING van de raad ... op dinsdag 31 mei` / `2011 des avonds ...`: the
    # title and its year one line, a sitting's record, not a page of `other`
    document, _ = _document_and_meetings(ALBLASSERDAM)
    assert (document["doc_type"], document["doc_date"]) == ("minutes", date(2011, 5, 31))
