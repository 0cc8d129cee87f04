"""A record transcribed onto one line (a web page's `Transcriptie` of a Flemish council's
minutes, a GS report's flattened form) keeps each item's dictum inside the line: `BESLUIT:`
or `BESLIST:`, a vote or the body's formula, then its articles (`Enig art.:`, `Artikel 1. –`)
or points (`1.` `2.`). No label reader looked inside the line, so the decisions were lost
(decAP: rounds AK, AO, AP). Each text quotes real lines of the development texts (webprobe)."""

from __future__ import annotations

from tests.test_decisions_headings import _decisions

# docplayer-gemeenteraad-2013-12-18 (texts222), line 13 (cut before its roll and after item 2)
DOCPLAYER_NOTULEN = "De notulen van de gemeenteraadszitting van 25 november 2013 goed te keuren."
DOCPLAYER = (
    "GEMEENTERAADSZITTING 18 DECEMBER 2013\n\n"
    "1 302 GEMEENTERAADSZITTING 18 DECEMBER 2013 OPENBARE ZITTING De voorzitter opent de "
    "openbare zitting. 1. Goedkeuren notulen van 25 november Gelet op het gemeentedecreet van "
    "15 juli 2005 en in het bijzonder op artikel 33; BESLUIT: eenparig Enig art.: "
    f"{DOCPLAYER_NOTULEN} AGENDAPUNTEN OP VOORSTEL VAN DE VOORZITTER 2. Mandataris aktename "
    "verhindering gemeenteraadslid Hugo Leroy. Gelet op het gemeentedecreet van 15 juli 2005 "
    "en in het bijzonder op de artikelen 14 en 16;\n"
)

# ocmw-raad-zitting-2008-07-15 (texts218), line 1 (cut after item 2's title)
OCMW_ART1 = (
    "De jaarrekening betreffende het boekjaar 2007 wordt afgesloten met een globaal negatief "
    "resultaat ten bedrage van 511.988,83 euro."
)
OCMW_ART2 = (
    "Afschrift van deze beslissing wordt gezonden : - ter kennisneming naar de gemeenteraad - "
    "ter goedkeuring naar de heer gouverneur van de provincie Vlaams-Brabant"
)
OCMW = (
    "Zitting van 15 juli 2008. De voorzitter opent de vergadering om 20.00 uur en de Raad gaat "
    "over tot de dagorde. De Raad vergadert openbaar. 1. – Dienstjaarrekening 2007. DE RAAD "
    "Gelet op de hierbijgevoegde jaarrekening betreffende het boekjaar 2007, omvattende de "
    "resultatenrekening, de toelichting en het schema van de financiële stromen; BESLIST: met "
    f"6 stemmen bij 2 onthoudingen (Lesage en Matthys) Artikel 1. – {OCMW_ART1} Artikel 2. – "
    f"{OCMW_ART2} 2. – Jaarverslag 2007. De Raad\n"
)

# utrecht-gs-openbaar-verslag-2020-03-03 (texts200), line 9 (cut in its summary and after)
UTRECHT_1 = (
    "het IGP-realisatieplan “Gebiedsontwikkeling Salmsteke Ontkiemt! in concept vast te stellen;"
)
UTRECHT_2 = (
    "het statenvoorstel IGP-realisatieplan “Gebiedsontwikkeling Salmsteke Ontkiemt!” vast te "
    "stellen en ter besluitvorming toe te zenden aan provinciale staten."
)
UTRECHT = (
    "Openbaar verslag vergadering GS Utrecht 03-03-2020\n\n"
    "SAMENVATTING: Het gebied Salmsteke is gelegen in de gemeente Lopik en ligt in de "
    "uiterwaarden van de Lek, aan de Lekdijk. HDSR zal dit project namens de "
    "samenwerkingspartners gaan trekken. Dit voorstel bevat het IGP- realisatieplan welke na "
    "goedkeuring van GS aan de Staten dient te worden voorgelegd. BESLUIT: Gedeputeerde Staten "
    f"besluiten: 1. {UTRECHT_1} 2. {UTRECHT_2} Hiermee wordt PS gevraagd vooruitlopend op de "
    "Zomernota 2020 €1.000.000,- uit de reserve te halen.\n"
)


def test_a_sole_article_after_a_vote() -> None:
    assert ("besluit", "1", DOCPLAYER_NOTULEN) in _decisions(DOCPLAYER)


def test_articles_numbered_on_the_copy_article_adding_none() -> None:
    # `Afschrift van deze beslissing wordt gezonden`: a copy sent adds no decision (the
    # `restated` convention; the second reading of ocmw leaves it out too)
    assert _decisions(OCMW) == [("besluit", "1", OCMW_ART1)]


def test_the_last_article_ends_before_the_next_agenda_item() -> None:
    from pipeline.decisions.labels import _run_on_articles

    text = OCMW[OCMW.index("Artikel 1.") :]
    assert _run_on_articles(text) == [("1", OCMW_ART1), ("2", OCMW_ART2)]


def test_points_after_the_bodys_formula() -> None:
    assert _decisions(UTRECHT) == [("besluit", "1", UTRECHT_1), ("besluit", "2", UTRECHT_2)]


def test_a_dictum_label_in_lower_case_prose_is_no_dictum() -> None:
    prose = OCMW.replace("BESLIST:", "besliste de raad:")
    assert ("besluit", "1", OCMW_ART1) not in _decisions(prose)
