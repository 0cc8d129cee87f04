"""The date a report's or a paper's cover carries, read below a document host's furniture: the
host's labels and counters are not the document's first lines, its entry for the file dates
the upload, and a cover's dateline or adoption stamp dates the paper however long its line.
The texts quote the real web texts named in each test, shortened."""

from __future__ import annotations

from datetime import date

from pipeline.documents import classify_document, document_date
from pipeline.documents.dating import _told, is_update_stamp, without_file_stamp

#: a document host's furniture above the page it transcribes (5dok.net, as stored)
_HOST = (
    "• No results found\n\n{title}\n\nN/A\nN/A\nProtected\n\nAcademic year: 2022\n\n"
    'Share "{title}"\n\nCopied!\n200\n0\n0\n\n'
    "Bezig met laden.... (Bekijk nu de volledige tekst)\n\nHele tekst\n\n"
    "(1)\n(2)\n(3)\n(4)\n(5)\n\n"
)


def _date_of(text: str) -> date | None:
    doc_type, title = classify_document(text, 3)
    return document_date(doc_type, text, title)[0]


def test_a_cover_below_a_hosts_furniture_dates_the_report() -> None:
    # texts188/vru-jaarstukken-meldingen-2019 (5dok.net): the title page's version line
    title = "Voorlopige jaar- stukken 2019"
    text = _HOST.format(title=title) + (
        f"{title}\n\nVerslag & rekening\n\nVersie: zienswijzen gemeenten 3 april 2020\n\n(6)\n\n"
        "Colofon\n\nStafafdeling Bestuur & Control Team Planning & Control\n\n"
        "Documentnummer: 20.0002358 Vastgesteld op: 30 maart 2020\n\n"
        "Door: Algemeen bestuur VRU\n\n(7)\n\nVoorwoord\n\n"
        "Graag bied ik u hierbij de jaarstukken 2019 van Veiligheidsregio Utrecht (VRU) aan.\n"
    )
    assert _date_of(text) == date(2020, 4, 3)


def test_a_covers_dateline_after_who_issues_the_paper_dates_it() -> None:
    # texts186/maastricht-beantwoording-vragen-kaderbrief-2015-negatief (5dok.net)
    title = "Beantwoording informatieve vragen Kaderbrief 2015"
    text = _HOST.format(title=title) + (
        f"{title}\n\nCollege van Burgemeester en Wethouders Maastricht, 8 juni 2015\n\n(2)\n\n"
        "2 Onderstaand de beantwoording van informatieve vragen zoals wij deze ontvangen "
        "hebben:\n\n"
        "A. Mondelinge vraag CDA d.d. 28 mei 2015\n"
    )
    assert _date_of(text) == date(2015, 6, 8)


def test_a_reports_adoption_stamp_dates_it() -> None:
    # texts180/bezwaar-beroep-klaagschriften-2013-negatief (adoc.pub), its title page
    text = (
        "JAARVERSLAG 2013 COMMISSIES VOOR BEZWAAR-, BEROEP- EN KLAAGSCHRIFTEN\n"
        "Samenstelling: Secretariaat commissies voor bezwaar-, beroep- en klaagschriften, "
        "Afdeling Juridisch, Inkoop en Subsidies, Werkveld Services\n"
        "Vastgesteld door de commissies voor bezwaar-, beroep en klaagschriften d.d. 20 mei 2014.\n"
        "INHOUDSOPGAVE SAMENVATTING VAN DE FEITEN ....... 6\n"
    )
    assert _date_of(text) == date(2014, 5, 20)


def test_a_hosts_entry_for_the_file_does_not_date_the_report() -> None:
    # texts166/groningen-commissie-rechtsbescherming-2017-negatief (5dok.net): the report
    # prints no date of its own; its file was put online on 9 July 2018
    title = "Jaarverslag Commissie Rechtsbescherming 09 juli 2018, 36 pagina's, PDF - 2,69 MB"
    text = _HOST.format(title=title) + (
        "JAARVERSLAG 2017\n\nCOMMISSIE RECHTSBESCHERMING\n\nINHOUDSOPGAVE\n\nVOORWOORD 5\n\n"
        "1. INLEIDING\n\n7\n"
    )
    assert _date_of(text) is None


def test_a_sentence_that_runs_on_after_its_date_tells_of_it() -> None:
    # texts191/pz-dilbeek-jaarverslag-2017-negatief: a news item's lead tells of the council's
    # act; the date does not close the line as a dateline's does
    lead = (
        "Gisteren, 26 juni 2018, nam de gemeenteraad kennis van het jaarverslag 2017 van de "
        "politiezone Dilbeek."
    )
    assert _told(lead)
    assert not _told("College van Burgemeester en Wethouders Maastricht, 8 juni 2015")


#: an official publication's head as stored: its labels row and the row of their values, each
#: run together (texts202/defensie-kamerbrief-burgerbrieven-2012, lines 1-4)
_KAMERSTUK = (
    "Kamerstuk\n\nDatum publicatieOrganisatieVergaderjaarDossier- en ondernummer\n"
    "Tweede Kamer der Staten-Generaal2012-201329362 nr. 214\n\n"
    "29 362 Modernisering van de overheid\n\nNr. 214 BRIEF VAN DE MINISTER VAN DEFENSIE\n\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 15 mei 2013\n\n"
    "In de kabinetsreactie op het rapport van de Nationale Ombudsman in 2008 is toegezegd ...\n"
)


def test_a_publications_labels_row_is_no_date_field_of_the_letter_it_prints() -> None:
    # `Datum publicatie` run into the next label is the register's date of publication, not
    # the letter's Datum field: the letter keeps its own dateline
    assert document_date("letter", _KAMERSTUK, "Kamerstuk")[0] == date(2013, 5, 15)


def test_a_publications_row_of_values_stamps_the_page_it_heads() -> None:
    # texts208/mrdh-db-besluitenlijst-2021-06-21, lines 1-4: no publication date printed, the
    # title run onto the row of values dates the page
    blad = (
        "Blad gemeenschappelijke regeling van Metropoolregio Rotterdam Den Haag\n\n"
        "Datum publicatieOrganisatieJaargang en nummerRubriek\n"
        "Metropoolregio Rotterdam Den HaagBlad gemeenschappelijke regeling 2021, 844overige "
        "overheidsinformatieOpenbaar lichaam Metropoolregio Rotterdam Den Haag - Besluitenlijst"
        " - dagelijks bestuur - 21 juni 2021\n\n • 1.\n\n  Opening, mededelingen en vaststellen "
        "agenda\n"
    )
    assert document_date("other", blad, blad.split("\n")[0])[0] == date(2021, 6, 21)


def test_a_corpus_date_stamp_does_not_date_the_page() -> None:
    # texts203/hartvannederland-veiligthuis-meldingen-2025h1, lines 1-5: the stamp the search
    # corpus prints at the head of the stored page is the day it was stored; the news item's
    # own date has no year (`Vandaag, 10:44`), so the page has none (gold: null)
    text = (
        " date 2025-10-24 Terug\n\nMeer meldingen huiselijk geweld, Veilig Thuis beter"
        " bereikbaar\n\nVandaag, 10:44\n\nHet aantal meldingen bij Veilig Thuis is in het eerste"
        " halfjaar van 2025 gestegen.\n"
    )
    assert document_date("other", text, "Meer meldingen huiselijk geweld")[0] is None
    # texts244/mma-meldingen-2025, line 1: the stamp on the title's own line
    text = (
        " date 2026-02-12 Tips bij Meld Misdaad Anoniem in 10 jaar tijd verdubbeld, vooral"
        " meldingen over drugs\nDrugs, wapens en geweld. In 10 jaar tijd kwamen niet eerder"
        " zoveel meldingen binnen bij Meld Misdaad Anoniem.\n"
    )
    assert document_date("other", text, text.splitlines()[0])[0] is None


def test_a_screenshots_file_name_does_not_date_the_page() -> None:
    # texts217/vvoj-tip-inventarislijst-wob-2021-negatief, lines 1-7: the caption of a
    # screenshot is its file name, the day the picture was taken (gold: null)
    text = (
        "Tips\n\nVraag een inventarislijst\n\nSchermafbeelding 2022-01-13 om 13.32.00\n\n"
        "Om grip te krijgen op de manier, waarop een bestuursorgaan op je Wob-verzoek heeft"
        " beslist, is een inventarislijst een handig hulpmiddel.\n"
    )
    assert document_date("other", text, "Vraag een inventarislijst")[0] is None


def test_the_page_below_a_corpus_stamp_keeps_its_own_date() -> None:
    # texts166/ichtegem-klachtenregister-2019, lines 1-3: the news item's own date below the
    # corpus's month stamp still dates it
    text = (
        " date 2020-01 Klachtenregister telt precies 50 meldingen Timmy Van Assche\n\n"
        "29 januari 2020\n\nHet klachtenregister van de gemeente telt precies 50 meldingen.\n"
    )
    assert document_date("other", text, "Klachtenregister telt precies 50 meldingen")[0] == date(
        2020, 1, 29
    )
    # texts163/fronteers-alv-uitnodiging-2010, line 3: a post's front matter date field
    # (`date: 2010-11-06`) is the post's own, not a corpus stamp
    assert without_file_stamp("date: 2010-11-06") == "date: 2010-11-06"


def test_an_epaper_hosts_upload_stamp_does_not_date_the_copy() -> None:
    # texts254/vlaamse-klachtendienst-financien-2012-negatief, lines 1-13: a YUMPU copy of a
    # PDF headed by the day it was uploaded over its view counter; the complaints book
    # prints no date of its own (gold: null)
    text = (
        "18.09.2013 Views\n\nKlachtenboek 2012 - Vlaamse Ombudsdienst\n\n"
        "Klachtenboek 2012 - Vlaamse Ombudsdienst\n\nSHOW MORE\nSHOW LESS\n\n"
        "YUMPU automatically turns print PDFs into web optimized ePapers that Google loves.\n\n"
        "<strong>Klachtenboek</strong><br />\n\n<strong>2012</strong>\n\n"
        "1. Financiën en Begroting<br />\n"
    )
    assert document_date("other", text, "Klachtenboek 2012 - Vlaamse Ombudsdienst")[0] is None
    # texts242/arendonk-jeugdraad-2013-03, lines 1-3 and 16: the same host's stamp over a
    # youth council's minutes that give a month only (gold: null)
    text = (
        "09.09.2013 Views\n\nVerslag jeugdraad maart 2013 PDF, 195,4Kb - Arendonk\n\n"
        "SHOW MORE\nSHOW LESS\n\nCreate successful ePaper yourself\n\n"
        "Aanwezig: Niels Bosmans (jeugdhuis ’t Onkrooid), Kaatje Blockx, Sofie Baeyens en"
        " Eva<br />\n"
    )
    title = "Verslag jeugdraad maart 2013 PDF, 195,4Kb - Arendonk"
    assert document_date("minutes", text, title)[0] is None


def test_the_copy_below_an_upload_stamp_keeps_its_own_date() -> None:
    # texts242/duffel-sportraad-av-2012-10-18, lines 1-3 and 20: the minutes' own date field
    # still dates them below the host's stamp
    text = (
        "27.09.2013 Views\n\n18/10/12 - Gemeente Duffel\n\nSHOW MORE\nSHOW LESS\n\n"
        "Datum 18/10/12\n\nLocatie Refter „t Kofschip\n\n"
        "Verslag van Algemene Vergadering van de sportraad\n"
    )
    title = "Verslag van Algemene Vergadering van de sportraad"
    assert document_date("minutes", text, title)[0] == date(2012, 10, 18)
    # a date with `Views` in running text is no host's stamp
    assert without_file_stamp("Op 18.09.2013 views we ...") == "Op 18.09.2013 views we ..."


def test_a_pages_last_edit_stamp_does_not_date_the_report() -> None:
    # texts188/brandweerzone-kempen-activiteitenrapport-2021, lines 1-3 and 30: an activity
    # report's page closed by the day it was last edited (rule 21 (b); gold: null)
    text = (
        "Activiteitenrapport 2021\n\nA4_activiteitenrapport_bzk-2021_final.pdf\n\n"
        "Voorwoord Activiteitenrapport\n\n"
        "Ook 2021 zal de geschiedenis ingaan als een coronajaar.\n\n"
        "Veel leesplezier!\n\nKoen Bollen\n\nZonecommandant Brandweer zone Kempen\n\n"
        "Powered by Froala Editor\n\nLaatst bijgewerkt op 21 april 2022\n"
    )
    assert document_date("other", text, "Activiteitenrapport 2021")[0] is None
    assert is_update_stamp("Laatst bijgewerkt op 21 april 2022")
    assert is_update_stamp("(Bijgewerkt op: 11-11-2013)")


def test_a_posting_stamp_still_dates_the_page() -> None:
    # texts166/vlaanderen-eerstelijnsklachten-vlaamse-overheid-2022, lines 3-5: the stamp of
    # when the indicator page was put online is its own date (gold: 2023-03-15); only the
    # stamp of a change is set aside
    text = (
        "Aantal ontvankelijke eerstelijnsklachten\n\n"
        "Gepubliceerd op 15 maart 2023 • Volgende update: maart 2024\n"
        "Inhoud is aan het laden\n"
    )
    assert not is_update_stamp("Gepubliceerd op 15 maart 2023 • Volgende update: maart 2024")
    title = "Aantal ontvankelijke eerstelijnsklachten"
    assert document_date("other", text, title)[0] == date(2023, 3, 15)
