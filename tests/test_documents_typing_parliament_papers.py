"""A parliament's paper typed by the kind its head block prints, whatever surrounds it.

Under its chamber, session and dossier a Kamerstuk prints its kind in capitals (`BRIEF VAN DE
MINISTER ...`, `MEMORIE VAN ANTWOORD`, `NOTA NAAR AANLEIDING VAN HET VERSLAG`), a Flemish
parliament's bulletin its name in its masthead (`BULLETIN VAN VRAGEN EN ANTWOORDEN`), the
Aanhangsel a member's questions under `Vragen van het lid ... aan de minister ...`: the gold
types the minister's letter `letter`, the answers and the questions `council_questions`
(rule 20), where a register's or a host's chrome over them typed them other or report. A
letter to a chamber that prints its addressee and dateline on one line is dated by that
dateline. Lines quoted from development texts (rounds AX, AY, BB, BF, BH), shortened."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.documents import classify_document, document_date

PLAIN = 3  # the title lines of a plain-text release


def _typed_and_dated(text: str) -> tuple[str, date | None]:
    doc_type, title = classify_document(text, PLAIN)
    return doc_type, document_date(doc_type, text, title)[0]


#: texts263/vws-kamerbrief-mondkapjesdeal-toezeggingen-2023-02-03, lines 1-37 (AX): a
#: register's page (its `Kerngegevens`) over the letter's head, addressee and dateline on one line
_VWS = (
    "Brief regering; Beantwoording toezeggingen en openstaande vragen, gedaan tijdens het debat"
    " van 21 december 2022, over de Mondkapjesdeal - Hulpmiddelenbeleid in de gezondheidszorg\n\n"
    "Deze brief is onder nr. 156 toegevoegd aan dossier 32805 - Hulpmiddelenbeleid in de"
    " gezondheidszorg.\n\n1.\n\nKerngegevens\n\n"
    "Officiële titel Hulpmiddelenbeleid in de gezondheidszorg; Brief regering; Beantwoording"
    " toezeggingen en openstaande vragen, gedaan tijdens het debat van 21 december 2022, over de"
    " Mondkapjesdeal\nDocument date 03-02-2023\nPublication date 03-02-2023\n"
    "Nummer KST32805156\nReference 32805, nr. 156\nExternal link original article\n"
    "Original document in PDF\n\n2.\n\nText\n\nTweede Kamer der Staten-Generaal\n\n"
    "Vergaderjaar 2022-\n\n2023\n\n32 805\n\nHulpmiddelenbeleid in de gezondheidszorg\n\n"
    "Nr. 156\n\nBRIEF VAN DE MINISTER VOOR LANGDURIGE ZORG EN SPORT\n\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 3 februari 2023\n\n"
    "In het debat van uw vaste commissie voor Volksgezondheid, Welzijn en Sport van 21 december"
    " 2022 (Kamerstuk 32 805, nr. 155) (hierna: het commissiedebat) over de zogenaamde"
    " mondkapjesdeal, hebben diverse Kamerleden vragen gesteld waarvan de beantwoording in het"
    " commissiedebat niet aan bod is gekomen.\n"
)

#: texts268/kst-27510-2-brief-minister-gsi-oprichting-ictu-2001-02-22, lines 1-10 (AY): a
#: document site's transcription runs the head block onto one line; typed minutes before
_KST = (
    "1/2. Staten-Generaal Oprichting ICT-implementatie-organisatie Stichting ICTU. Vergaderjaar"
    "\n\nMaat: px\nWeergave met pagina beginnen:\n\n"
    'Download "1/2. Staten-Generaal. 27 510 Oprichting ICT-implementatie-organisatie Stichting'
    ' ICTU. Vergaderjaar 2000 2001"\n\nTranscriptie\n\n'
    "1 Staten-Generaal 1/2 Vergaderjaar Nr. 113a Oprichting ICT-implementatie-organisatie"
    " Stichting ICTU Nr. 2 BRIEF VAN DE MINISTER VOOR GROTE STEDEN- EN INTEGRATIEBELEID Aan de"
    " Voorzitters van de Eerste en van de Tweede Kamer der Staten-Generaal s-gravenhage, 22"
    " februari 2001 Ter griffie van de Eerste en van de Tweede Kamer der Staten-Generaal"
    " ontvangen op 26 februari Het oordeel dat de voorgenomen rechtshandeling een voorafgaande"
    " machtiging bij de wet behoeft kan door een van beide Kamers worden uitgesproken uiterlijk"
    " op 26 maart Bij deze termijn is rekening gehouden met de recesperiode van de Tweede"
    " Kamer.\n"
)


@pytest.mark.parametrize(
    ("text", "dated"), [(_VWS, date(2023, 2, 3)), (_KST, date(2001, 2, 22))], ids=["vws", "kst"]
)
def test_a_ministers_letter_by_its_printed_kind_dated_on_its_addressee_line(
    text: str, dated: date
) -> None:
    assert _typed_and_dated(text) == ("letter", dated)


#: texts303/bzk-memorie-van-antwoord-eerste-kamer-crisisopvang-2022-11-22, lines 1-33 (BF):
#: the register's title line is too long to read as a title; the kind stands under the dossier
_BZK = (
    "Memorie van antwoord - Wijziging van de begrotingsstaat van het Ministerie van Binnenlandse"
    " Zaken en Koninkrijksrelaties voor het jaar 2022 (Tweede incidentele suppletoire begroting"
    " inzake personele inzet voor crisisopvang)\n\n"
    "Deze memorie van antwoord i is onder nr. D toegevoegd aan wetsvoorstel 36177 - Tweede"
    " incidentele suppletoire begroting Binnenlandse Zaken en Koninkrijksrelaties 2022"
    " (personele inzet voor crisisopvang).\n\n1.\n\nKerngegevens\n\n"
    "Documentdatum 22-11-2022\nPublicatiedatum 22-11-2022\nNummer KST36177D\n\n2.\n\nTekst\n\n"
    "Eerste Kamer der Staten-Generaal\n\n2023\n\nVergaderjaar 2022-\n\n36 177\n\n"
    "Wijziging van de begrotingsstaat van het Ministerie van Binnenlandse Zaken en"
    " Koninkrijksrelaties voor het jaar 2022 (Tweede incidentele suppletoire begroting inzake"
    " personele inzet voor crisisopvang)\n\nMEMORIE VAN ANTWOORD\n\nOntvangen 22 november 2022\n\n"
    "INLEIDING\n\nHet kabinet heeft met interesse kennisgenomen van de vragen en opmerkingen van"
    " de leden van de fracties van GroenLinks, Fractie-Nanninga en PVV.\n"
)

#: texts283/szw-nota-naar-aanleiding-verslag-veegwet-1997-11-04, lines 1-11 (BB): the kind
#: below the paper's number, typed memo by its first word before
_SZW = (
    "25 641\nNadere wijziging van een aantal socialezekerheidswetten en enige andere wetten"
    " (Veegwet SZW 1997)\n\nnr. 6\nNOTA NAAR AANLEIDING VAN HET VERSLAG\n\n"
    "Ontvangen 4 november 1997\n\n1. Algemeen\n\nMet erkentelijkheid heb ik kennis genomen van de"
    " bijdragen van de verschillende fracties aan het verslag inzake dit wetsvoorstel.\n"
)

#: texts263/vlaamse-raad-bulletin-vragen-antwoorden-1986-02-05, lines 1-30 (AX): a document
#: site's copy, the bulletin's name wrapped over two lines of its masthead
_VLAAMSE_RAAD = (
    "• No results found\n\nVLAAMSE RAAD\n\nN/A\nN/A\nProtected\n\nAcademic year: 2021\n\n"
    'Share "VLAAMSE RAAD"\n\nCopied!\n45\n0\n0\n\n'
    "Bezig met laden.... (Bekijk nu de volledige tekst)\n\nHele tekst\n\n(1)\n\n"
    "ZITTING 19851986 Nr. 2\n\nBULLETIN VAN\n\nVRAGEN EN ANTWOORDEN\n\n5 FEBRUARI 1986\n\n"
    "INHOUDSOPGAVE\n\n1. VRAGEN VAN DE LEDEN EN ANTWOORDEN VAN DE REGERING A. Vragen waarop werd"
    " geantwoord binnen de reglementaire termijn (R.v.O.\n"
)

#: texts313/vlaams-parlement-bulletin-vragen-antwoorden-nr10-2003-02-28, lines 1-26 (BH): an
#: ePaper host's chrome over the masthead
_VLAAMS_PARLEMENT = (
    "21.01.2015 Views\n\nTekst - Vlaams Parlement\n\nTekst - Vlaams Parlement\n\n"
    "Tekst - Vlaams Parlement\n\nSHOW MORE\nSHOW LESS\n\n"
    "You also want an ePaper? Increase the reach of your titles\n\n"
    "YUMPU automatically turns print PDFs into web optimized ePapers that Google loves.\n\n"
    "Nr. 10<br />\n\nVLAAMS PARLEMENT<br />\n\nZitting 2002-2003<br />\n\n"
    "28 februari 2003<br />\n\nBULLETIN VAN VRAGEN EN ANTWOORDEN<br />\n\nINHOUDSOPGAVE<br />\n"
)

#: texts313/tk-kamervragen-asscher-bibliotheek-almelo-2020-10-30, lines 1-17 (BH): the
#: Aanhangsel's head below a site's breadcrumb; the questions ask the minister, not a college
_ASSCHER = (
    "Tweedemonitor / Kamervraag / De dreigende sluiting van de bibliotheek in Almelo.De"
    " dreigende sluiting van de bibliotheek in Almelo.\n\nKeywords:\nZaaknummer: 2020Z20081\n\n"
    "2020Z20081\n\n(ingezonden 30 oktober 2020)\n\n"
    "Vragen van het lid Asscher (PvdA) aan de ministers van Onderwijs, Cultuur en Wetenschap en"
    " van Binnenlandse Zaken en Koninkrijksrelaties over de dreigende sluiting van de"
    " bibliotheek in Almelo.\n\n"
    "  1. Bent u ermee bekend dat sluiting dreigt voor de bibliotheek in Almelo als gevolg van"
    " een bezuiniging op de gemeentelijke subsidie? \n"
    "  2. Deelt u de mening dat het zorgwekkend is dat in een middelgrote gemeente als Almelo de"
    " bibliotheek dreigt te verdwijnen? \n"
)


@pytest.mark.parametrize(
    "text",
    [_BZK, _SZW, _VLAAMSE_RAAD, _VLAAMS_PARLEMENT, _ASSCHER],
    ids=["memorie-van-antwoord", "nota-nav-verslag", "bulletin-wrapped", "bulletin", "aanhangsel"],
)
def test_questions_and_answers_by_their_printed_kind(text: str) -> None:
    assert classify_document(text, PLAIN)[0] == "council_questions"


def test_a_report_that_tells_of_a_ministers_letter_in_prose_stays_a_report() -> None:
    # the negative case: the kind is read in capitals only, not in a sentence that names one
    text = (
        "Jaarverslag 2022 Nationale ombudsman\n\nInleiding\n\n"
        "In de brief van de minister van Binnenlandse Zaken aan de Tweede Kamer staat dat het"
        " aantal klachten is gestegen. Dit jaarverslag geeft de cijfers over 2022.\n"
    )
    assert classify_document(text, PLAIN)[0] == "report"


def test_an_oral_question_in_the_minutes_of_a_question_hour_is_no_written_question() -> None:
    # the negative case: the same head without the stamp `(ingezonden ...)` of a written one
    text = (
        "Handelingen Tweede Kamer 2020-2021, nr. 12\n\nAanwezig zijn 150 leden der Kamer.\n\n"
        "Vragenuur\n\n"
        "Vragen van het lid Kwint aan de minister voor Basis- en Voortgezet Onderwijs en Media"
        " over het bericht dat de bibliotheek in Almelo dreigt te sluiten.\n\n"
        "De voorzitter opent de vergadering.\n\nDe voorzitter:\n"
        "Ik geef het woord aan de heer Kwint namens de SP.\n"
    )
    assert classify_document(text, PLAIN)[0] == "minutes"
