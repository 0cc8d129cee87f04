"""Typing, dating and splitting of documents laid out in ways a plain reading misses: a web
page's source (HTML, the PHP file that prints it, a body saved as HTML), a record's head above
its items, a note app's front matter and log, a meeting page with an attendance heading,
English titles and labels, a pandoc title block, a site's sections, a running page of several
meetings, an e-mail pasted into notes, a document-sharing site's page. Every text here is written
for the test, in the layout of its kind, or quoted from a real text where a comment says so."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.dates import repair_date_span
from pipeline.documents import (
    classify_document,
    document_date,
    split_text_into_documents,
    text_document_lines,
    without_markdown,
)

PHP_PAGE = """<?php
include_once('../config.php');
if (!isset($_SESSION['user'])) {
\theader('location:index.php');
}
?>
<!DOCTYPE HTML>
<html lang="nl-NL">
\t<head>
\t\t<title>Stichting De Brug</title>
\t\t<style>
\t\t\t.kop { color: #304280; }
\t\t</style>
\t</head>
<body>
<?php include('../includes/menu.inc'); ?>
\t<div class="container">
\t\t<h3 class="kop">9 oktober 2023</h3>
\t\t<h1 class="kop">Verslag bestuursvergadering 5 oktober 2023</h1>
\t\t<h5>Anna de Wit</h5>
\t\t<p>Het bestuur sprak over de vrijwilligers &amp; de nieuwe locatie.</p>
\t\t<ul>
\t\t<li>Kees meldt dat de huur per 1 januari stijgt.</li>
\t\t</ul>
\t</div>
</body>
</html>
"""


def _typed_and_dated(text: str) -> tuple[str, date | None]:
    doc_type, title = classify_document(text, 3)
    return doc_type, document_date(doc_type, text, title)[0]


def test_a_web_page_source_reads_as_the_browser_prints_it() -> None:
    printed = without_markdown(PHP_PAGE)
    assert len(printed.splitlines()) == len(PHP_PAGE.splitlines())  # lines keep their numbers
    shown = [x for x in printed.splitlines() if x.strip()]
    title = "Verslag bestuursvergadering 5 oktober 2023"
    assert shown[:3] == ["9 oktober 2023", title, "Anna de Wit"]
    assert "Het bestuur sprak over de vrijwilligers & de nieuwe locatie." in shown
    assert "- Kees meldt dat de huur per 1 januari stijgt." in shown  # a list item's bullet


def test_a_record_on_a_web_page_is_typed_and_dated_by_its_title_not_the_posting() -> None:
    assert _typed_and_dated(PHP_PAGE) == ("minutes", date(2023, 10, 5))


def test_html_inside_markdown_is_no_web_page() -> None:
    text = "# Notulen\n\nRegel een<br>twee\n"
    assert "Regel een<br>twee" in without_markdown(text)  # a tag in markdown is left alone


def test_a_date_below_a_records_first_item_dates_no_meeting() -> None:
    text = (
        "Notulen jaarvergadering 2023\n\n1. Opening\nDe voorzitter opent de vergadering.\n"
        "Sinds 4 maart 2022 is het clubhuis gesloten.\n2. Mededelingen\nGeen.\n3. Rondvraag\n"
    )
    assert _typed_and_dated(text) == ("minutes", None)  # only the year is printed


def test_an_item_approving_an_earlier_record_gives_no_date() -> None:
    text = (
        "vmbo, havo, vwo\n\n1. Begroting\nDe begroting 2024 wordt door de raad vastgesteld.\n\n"
        "2. Notulen 12 januari 2024\nDe notulen van de raad worden ongewijzigd vastgesteld.\n\n"
        "3. Rondvraag\nEr zijn geen vragen van de leden.\n"
    )
    assert _typed_and_dated(text) == ("decision_list", None)


@pytest.mark.parametrize(
    "approval",
    [
        "De notulen van de OCMW-raad d.d. 14 oktober 2024 worden goedgekeurd.",
        "Het verslag van de raadszitting d.d. 14 oktober 2024 wordt zonder opmerking vastgesteld.",
        "De notulen van 14 okt. 2024 worden ongewijzigd goedgekeurd.",
    ],
)
def test_an_abbreviations_full_stops_keep_an_earlier_records_date_off(approval: str) -> None:
    text = (
        "De voorzitter opent de zitting op 18/11/2024 om 20:00.\n\n"
        + approval
        + "\n\nDe raad keurt het reglement voor de speelpleinwerking goed.\n"
    )
    assert _typed_and_dated(text) == ("minutes", date(2024, 11, 18))


def test_a_numbered_title_opens_the_head_not_the_body() -> None:
    text = "3. Werkgroep data\n\nWerkgroep data (14 mei 2025)\n\nAanwezig: Jan Bos, Eva Dam\n"
    assert _typed_and_dated(text)[1] == date(2025, 5, 14)


def test_a_note_apps_front_matter_with_spaced_keys_is_no_date_field() -> None:
    text = (
        "---\ndate created: 2019-05-02\ndate modified: 2024-01-10\n---\n# Logboek servers\n\n"
        "- # [[2019-04-30]]\n  Schijf vervangen op de back-upserver. Monitoring staat weer aan.\n"
    )
    printed = without_markdown(text)
    assert "2019-05-02" not in printed  # the note's creation stamp, no printed date
    # a log's entry dated as a list item dates that entry, not the page
    assert _typed_and_dated(text) == ("other", None)


def test_a_meeting_page_with_an_attendance_heading_is_its_record() -> None:
    text = (
        "# Kennisdag archieven\n\nDatum: 3 april 2024\nTijd: 10:00-12:00\nLocatie: zaal 4\n\n"
        "### Aanwezig\n\n- Els Bos\n- Tom Kok\n\n## Presentatie scans\n\n- nieuwe scanner\n"
    )
    assert _typed_and_dated(text) == ("minutes", date(2024, 4, 3))


def test_a_meeting_page_asking_members_not_to_attend_is_no_record() -> None:
    text = (
        "Raadsvergadering\ndinsdag 14 april 2020\n17:00 - 18:00\n\n"
        "De vergadering is niet openbaar. Aan de leden is verzocht niet aanwezig te zijn.\n\n"
        "1. Opening\n2. Vaststellen agenda\n3. Sluiting\n"
    )
    assert _typed_and_dated(text)[0] == "agenda"


def test_an_english_meeting_notes_title_names_a_record() -> None:
    text = "# Platform team meeting notes\n\n> 14/03/2023\n\n## Updates\n\n- release 2.1 is uit\n"
    assert _typed_and_dated(text)[0] == "minutes"
    release = "# Release notes\n\n- versie 2.1\n- kleine fixes\n"
    assert _typed_and_dated(release)[0] != "minutes"


def test_an_opening_naming_a_dated_meeting_over_its_attendees_is_its_record() -> None:
    text = (
        "# Gebruikersgroep sessie 2\n\nDit zijn de notes van het overleg op 3 juni 2021 van de "
        "gebruikersgroep.\n\n## Attendees\n\n- Gemeente Ede\n- Kadaster\n\n## Notes\n\n"
        "- Ede wil de koppeling testen\n"
    )
    assert _typed_and_dated(text) == ("minutes", date(2021, 6, 3))


def test_an_invitation_naming_a_dated_meeting_over_its_guests_is_no_record() -> None:
    text = (
        "# Overleg wijkteams\n\nUitnodiging voor het overleg op 3 juni 2021 in het wijkhuis.\n\n"
        "We bespreken de plannen.\n\nDe koffie staat klaar.\n\nHet wijkhuis is open.\n\n"
        "## Aanwezig\n\n- de wijkteams\n"
    )
    assert _typed_and_dated(text)[0] != "minutes"


PANDOC_MINUTES = """% Bestuursvergadering 3
% Lies Kok
% 12/05/2019

# Bestuursvergadering 3

_Datum: 11/05/2019 - 14:00_

## 1. Verslag vorige vergadering

Het verslag van de vorige keer is door iedereen gelezen en goedgekeurd.

## 2. Financiën

De penningmeester heeft de subsidie van de faculteit binnen gekregen.

## 3. Evenementen

- barbecue in juni, de zaal is al gereserveerd door Tom

## 4. Varia
"""


def test_a_title_naming_a_meeting_over_items_told_one_by_one_is_its_record() -> None:
    assert classify_document(PANDOC_MINUTES, 3) == ("minutes", "Bestuursvergadering 3")
    assert _typed_and_dated(PANDOC_MINUTES)[1] == date(2019, 5, 11)  # the Datum field


def test_a_title_naming_a_meeting_over_bare_items_is_no_record() -> None:
    text = "Bestuursvergadering 3\n\n1. Opening\n2. Financiën\n3. Evenementen\n4. Sluiting\n"
    assert _typed_and_dated(text)[0] != "minutes"


SECTIONED_RECORD = """---
title: 3. Logboek
---
{{< section title="Logboek (8 april 2025)" >}}
{{< /section >}}

{{< section title="Aanwezigen" >}}
- Jan Bos (Gemeente Ede)
- Eva Dam (Kadaster)
{{< /section >}}

{{< section title="Agenda" >}}
- Welkom
- Stand van zaken logboek
{{< /section >}}

{{< section title="Stand van zaken logboek" >}}
Jan Bos vertelt dat de eerste versie van het logboek klaar is voor review.

**Besluit**: de versie gaat in mei in consultatie.
{{< /section >}}
"""


def test_a_record_in_site_sections_without_numbered_items_is_minutes() -> None:
    assert _typed_and_dated(SECTIONED_RECORD) == ("minutes", date(2025, 4, 8))


def test_a_numeric_date_with_its_year_set_apart_dates_the_record() -> None:
    text = "Ledenvergadering schaatsclub De Poel\n\n7-4 2023\n\nDe vergadering ging over de baan.\n"
    assert _typed_and_dated(text)[1] == date(2023, 4, 7)
    assert repair_date_span("7-4 2023") == "7-4-2023"
    assert repair_date_span("3.2 2023") == "3.2 2023"  # a section number before a year


def test_a_news_lead_telling_of_an_earlier_event_dates_no_meeting() -> None:
    text = (
        "HOORN - Op 2 oktober 2022 installeerde de burgemeester de eerste jongerenraad van de "
        "stad. Een jaar later neemt de raad afscheid.\n\n"
        "De voorzitter opent de vergadering. Anna vertelt over het speelveld.\n"
    )
    assert _typed_and_dated(text) == ("minutes", None)


def test_a_heading_line_saying_when_the_meeting_was_held_dates_it() -> None:
    text = (
        "Verslag van de Algemene Ledenvergadering van de Harmonie,\n"
        "gehouden op dinsdag 23 april 2024, in het dorpshuis te Lienden.\n"
        "Aanwezig ca 40 leden.\n1. Opening\n"
    )
    assert _typed_and_dated(text) == ("minutes", date(2024, 4, 23))


def test_a_running_page_of_several_meetings_decisions_has_no_one_date() -> None:
    text = (
        "Besluiten Kerkenraad en Moderamen\n\n12 september Kerkenraad\n\n • Collecte: het rooster "
        "is vastgesteld.\n\n2 juli 2023 Moderamen\n\n • Dienst: de zomerdiensten gaan door.\n\n"
        "5 juni 2023 Kerkenraad\n\n • Jeugd: Eva Dam wordt jeugdouderling.\n"
    )
    assert _typed_and_dated(text) == ("decision_list", None)


def test_a_records_own_heading_below_a_pages_links_and_planning_dates_it() -> None:
    lines = ["Notulen ALV 14 april 2024", "", "Vergaderplanning seizoen 2022/23", ""]
    lines += [
        f"{body}: 2022 {d} oktober" for body in ("Bestuur", "DB") for d in (3, 10, 17, 24, 31)
    ]
    lines += ["Concept notulen Algemene Ledenvergadering 21 november 2022", ""]
    lines += ["Aanwezig: 30 leden", "1. Opening", "De voorzitter opent de vergadering."]
    lines += ["2. Notulen 15 november 2021 worden goedgekeurd."]
    assert _typed_and_dated("\n".join(lines)) == ("minutes", date(2022, 11, 21))


def test_a_record_opening_with_who_attended_is_dated_by_its_heading_below() -> None:
    text = (
        "Aanwezig:\n\nJan Bos (gemeente)\n\nRisico 1 de menselijke factor\n\n"
        "Gesprek gemeente met de stichting over gegevensbescherming - 7 maart 2022\n\n"
        "De stichting geeft aan dat zij veel heeft geïnvesteerd in bewustwording.\n"
    )
    doc_type, _ = classify_document(text, 3)
    assert document_date(doc_type, text, None)[0] == date(2022, 3, 7)


PASTED_MAIL = """# Logboek pompstation

- # 2014-03-02
  Pomp 2 gaf een storing, monteur gebeld.
- # mail van Ilse
  To: Kees Bos; Anna Smit
  Cc: Piet Dam
  Subject: Verslag overleg pomp 2

  Hierbij mijn verslag van het overleg van vanochtend.

  Aanwezig: Kees Bos, Anna Smit
"""


def test_a_mail_pasted_into_notes_is_a_document_of_its_own() -> None:
    documents = split_text_into_documents(PASTED_MAIL)
    assert [d.strip().splitlines()[0] for d in documents] == [
        "# Logboek pompstation",
        "- # mail van Ilse",
    ]
    assert classify_document(documents[1], 3) == ("email", "Verslag overleg pomp 2")


def test_a_threads_quoted_headers_open_no_document() -> None:
    thread = (
        "Van: Kees Bos <k.bos@example.nl>\nVerzonden: 3 maart 2024 10:12\nAan: Anna Smit\n"
        "Onderwerp: RE: pomp\n\nPrima.\n\nmijn vraag:\nAan: Kees Bos\nCc: Piet Dam\n"
        "Onderwerp: pomp\n\nKan de pomp weg?\n"
    )
    assert len(split_text_into_documents(thread)) == 1


def test_a_body_saved_as_html_reads_as_printed() -> None:
    text = (
        "<h1>Notulen ALV 12 maart 2024</h1>\n<p>Aanwezig: Jan Bos &amp; Eva Dam</p>\n"
        "<p>De voorzitter opent de vergadering.</p>\n<p>Mail naar <k.bos@example.nl>.</p>\n"
    )
    printed = without_markdown(text).splitlines()
    assert printed[:2] == ["Notulen ALV 12 maart 2024", "Aanwezig: Jan Bos & Eva Dam"]
    assert printed[3] == "Mail naar <k.bos@example.nl>."  # an address is no tag
    assert _typed_and_dated(text) == ("minutes", date(2024, 3, 12))


def test_english_record_titles_and_attendance_labels() -> None:
    assert _typed_and_dated("Minutes - 12 March 2024\n\nPresent: Jan, Eva\n") == (
        "minutes",
        date(2024, 3, 12),
    )
    assert classify_document("Board meeting minutes 4 June 2024\n\nx\n", 3)[0] == "minutes"
    assert classify_document("Minutes later the fire was out.\n", 3)[0] != "minutes"
    text = "Werkgroep data\n\nApologies: Tom Kok\n\n1. Opening\nEva opens the meeting.\n"
    assert classify_document(text, 3)[0] == "minutes"  # an attendance label opens a record


def test_a_date_with_dashes_around_its_month_reads_whole() -> None:
    assert repair_date_span("12-mrt-2024") == "12 mrt 2024"
    text = "Verslag werkgroep\n\nDatum: 5-juni-2023\n\nAanwezig: Eva Dam\n"
    assert _typed_and_dated(text) == ("minutes", date(2023, 6, 5))


def test_a_page_titled_as_a_periods_figures_is_a_report() -> None:
    text = "Toegankelijkheid\nKerncijfers bezwaren 2022\nIn 2022 zijn 412 bezwaren ontvangen.\n"
    assert classify_document(text, 3) == ("report", "Kerncijfers bezwaren 2022")
    news = "Cijfers bezwaren 2022 gestegen\nHet aantal bezwaren steeg, meldt de gemeente.\n"
    assert classify_document(news, 3)[0] != "report"


def test_a_break_between_words_parts_them_an_inline_tag_does_not() -> None:
    text = "<html><body>\n<p>10 april 20.00 uur<br/>Aanwezig: <b>Jan</b> Bos</p>\n</body></html>\n"
    assert without_markdown(text).splitlines()[1] == "10 april 20.00 uur Aanwezig: Jan Bos"


def test_a_web_pages_menu_and_footer_are_furniture() -> None:
    text = (
        "<!DOCTYPE html>\n<html>\n<body>\n<nav>\n<ul>\n<li>Home</li>\n<li>Nieuws</li>\n</ul>\n"
        "</nav>\n<h1>Notulen ALV 4 maart 2024</h1>\n<p>Aanwezig: 20 leden</p>\n"
        "<footer>\n<p>Copyright 2025</p>\n</footer>\n</body>\n</html>\n"
    )
    shown = [x for x in without_markdown(text).splitlines() if x.strip()]
    assert shown == ["Notulen ALV 4 maart 2024", "Aanwezig: 20 leden"]


def test_english_action_and_decision_labels_are_a_records_cues() -> None:
    text = (
        "Werkgroep data\n\n1. Opening\nHet overleg begint om tien uur met koffie en thee.\n"
        "2. Koppeling\nDe test van de koppeling is geslaagd in de testomgeving.\nAction: Tom\n"
        "3. Rondvraag\nGeen vragen meer.\n"
    )
    assert _typed_and_dated(text)[0] == "minutes"


# an HTML page saved as text: its menu and its ordered list indented as the browser printed
# them, every item numbered 1 (the numbers were the list's, not the text's)
SAVED_LIST_PAGE = """ • Home
 • Nieuws
 • Contact
maandag 3 juni 2024

Verslag ledenvergadering

Op 14 mei 2024 vond de jaarlijkse ledenvergadering van de toneelvereniging plaats.

 1. Opening

De voorzitter heet iedereen welkom.

 1. Jaarverslag

Het jaarverslag wordt goedgekeurd.

 1. Rondvraag

Geen vragen.
"""


def test_an_indented_list_of_a_saved_web_page_starts_no_pages() -> None:
    assert len(split_text_into_documents(SAVED_LIST_PAGE)) == 1
    # the OCR release's convention: a space opens each page, whatever its first line is
    pages = " Verslag overleg 3 mei\nTekst.\n 1. Opening\nTekst.\n Notitie datalekken\nTekst.\n"
    assert len(split_text_into_documents(pages)) == 3


def test_a_converters_page_headings_split_a_release_as_a_pdfs_pages_do() -> None:
    letter = (
        "Gemeente Dorp\nPostbus 2\n\nBesluit op uw Woo-verzoek\n\nGeachte heer,\n\n"
        "Op 3 maart 2023 ontvingen wij uw verzoek.\n"
    )
    text = (
        f"## Pagina 1\n\n{letter}\n## Pagina 2\n\nHoogachtend,\nde burgemeester\n\n"
        "## Pagina 3\n\nInventarislijst\n\nNr. Document Beoordeling\n1. Mail Openbaar\n\n"
        "## Pagina 4\n\nVan: Jan Bos <jan@dorp.nl>\nVerzonden: maandag 6 maart 2023 10:12\n"
        "Aan: Piet Kok\nOnderwerp: opvang\n\nHallo Piet, graag je reactie.\n"
    )
    starts = [first for first, _ in text_document_lines(text)]
    assert starts == [1, 17, 24]


def test_a_mail_programs_print_stamp_opens_a_printed_mail() -> None:
    text = (
        "Hoogachtend,\nde burgemeester\n\nBijlagen\n1. Mailwisseling 5 juli 2022\n"
        "dinsdag 11 juli 2023 11:50\nVan:\nVerzonden:\nAan:\nOnderwerp: FW: zaken\n\n"
        "Graag uw reactie.\n\nVan: Piet Kok\nVerzonden: dinsdag 5 juli 2022 16:58\n"
        "Aan: Jan Bos\nOnderwerp: zaken\n\nHierbij.\n"
    )
    assert [first for first, _ in text_document_lines(text)] == [1, 6]


def test_a_crawlers_stored_date_does_not_date_a_letter() -> None:
    text = (
        '---\ntitle: "Woo-besluit politie"\ndate: 2026-07-22\n---\n\n'
        "Gemeente Dorp\nPostbus 2\n\nOnderwerp Besluit op uw Woo-verzoek\n\n"
        "Geachte heer,\n\nWij hebben uw verzoek ontvangen.\n"
    )
    assert document_date("woo_decision", text, None)[0] != date(2026, 7, 22)
    dated = text.replace("Onderwerp", "Datum 19 juli 2023\nOnderwerp")
    assert document_date("woo_decision", dated, None) == (date(2023, 7, 19), False)


def test_a_pages_text_copied_with_its_break_tags_reads_as_printed():
    text = (
        "Jeugdraad<br />\n\n06.01.<strong>2007</strong><br />\n\nverslag vergadering<br />\n\n"
        "Aanwezig: Jan Bos (KLJ) en Els Dam<br />\n"
    )
    printed = without_markdown(text).splitlines()
    assert [line for line in printed if line] == [
        "Jeugdraad",
        "06.01.2007",
        "verslag vergadering",
        "Aanwezig: Jan Bos (KLJ) en Els Dam",
    ]


def test_a_page_headed_as_the_decisions_of_a_dated_sitting_is_a_decision_list() -> None:
    # `Besluiten`, the Flemish `Beslissingen`, with an adjective before them: the decisions
    # of one sitting, each numbered below
    for title in (
        "Belangrijke beslissingen van de ministerraad van dinsdag 4 maart 2025:",
        "Beslissingen van het college van 12 januari 2023",
        "Genomen besluiten van het dagelijks bestuur 8 mei 2024",
    ):
        items = "1. Het college stemt in met de nota Groen.\n\n2. Het college stelt de lonen vast."
        text = f"{title}\n\n{items}\n"
        assert _typed_and_dated(text)[0] == "decision_list", title


_MEMBERS = ", ".join(f"J. Jansen{n} (lid)" for n in range(12))


@pytest.mark.parametrize(
    ("host_title", "page"),
    [
        (
            "Dorpsraad. b. Verslag vergadering d.d. 12 maart 2019",
            "1 Dorpsraad Zuiderhoek Reg.nr. 14 JUN 2019 CONCEPTVERSLAG van de vergadering van "
            "de dorpsraad op dinsdag 11 juni 2019 in het dorpshuis te Zuiderhoek 1. Opening De "
            "voorzitter opent de vergadering. " + _MEMBERS,
        ),
        (
            "1. Vragenronde Er zijn geen vragen.",
            "1 Verslag van de vergadering van de commissie ruimte en wonen van 11 juni 2019 "
            "Aanwezig: " + _MEMBERS + " Afwezig: P. de Bruin",
        ),
        (
            "Ouderraad. Opening De voorzitter heet iedereen welkom.",
            "1 Ouderraad basisschool De Wilg Notulen van de ouderraadsvergadering van 11 juni "
            "2019 Aanwezig zijn: " + _MEMBERS,
        ),
    ],
)
def test_a_transcribed_first_page_holds_the_records_own_dated_heading(
    host_title: str, page: str
) -> None:
    text = (
        f"{host_title}\n\nMaat: px\nWeergave met pagina beginnen:\n\n"
        f'Download "{host_title}"\n\nTranscriptie\n\n{page}\n\n'
        "2 Notulen van de vergadering van 14 mei 2019 worden vastgesteld. " + _MEMBERS + "\n"
    )
    assert _typed_and_dated(text) == ("minutes", date(2019, 6, 11))


def test_a_transcribed_page_under_a_title_naming_no_record_is_typed_by_its_own_heading() -> None:
    # the host page's title quotes a line of the record (`Wethouders : ...`); the page itself,
    # on one line after its numbers, opens on the record's dated heading
    host_title = "Wethouders : A. Bos, C. Kok."
    page = (
        "1 1 Conceptnotulen van de openbare vergadering van de raad van de gemeente Zuiderhoek "
        "gehouden op donderdag 13 juni 2019 om 20.00 uur in het raadhuis. Aanwezig de leden: "
        + _MEMBERS
    )
    text = f'{host_title}\n\nMaat: px\n\nDownload "{host_title}"\n\nTranscriptie\n\n{page}\n'
    assert _typed_and_dated(text) == ("minutes", date(2019, 6, 13))


def test_a_long_paragraph_of_a_post_is_no_transcribed_page() -> None:
    # a post's paragraph that opens on a talk and its date is not a record's heading: no page
    # number opens it
    text = (
        "Gesprek met bewoners\n\n0\n\n"
        "Het overleg dat ik op 18 februari 2008 heb gehad met bewoners uit de wijk was goed. "
        "Er zijn in het afgelopen jaar een aantal zaken niet goed gelopen tussen de bewoners en "
        "de gemeente. Het gesprek was een nieuwe start om met respect voor elkaars belangen de "
        "communicatie open te houden. We hebben afspraken gemaakt over de communicatie.\n"
    )
    assert _typed_and_dated(text)[0] != "minutes"


def test_a_sitting_field_in_a_transcribed_title_block_dates_the_record() -> None:
    # `ZITTING VAN : <date>` in a council's title block, not a later date an item names
    host_title = "Gemeente ZUIDERHOEK Provincie LIMBURG NOTULEN VAN DE GEMEENTERAAD"
    page = (
        "1 Gemeente ZUIDERHOEK Provincie LIMBURG ZITTING VAN : 11 juni 2019 NOTULEN VAN DE "
        "GEMEENTERAAD Bos Jan - voorzitter Kok Piet - burgemeester Smit Ann, Mol Kees - "
        "raadsleden 001 Aanduiding afgevaardigde voor de algemene vergadering van de "
        "intercommunale op 22 september 2019. Gelet op het gemeentedecreet van 15 juli 2005; "
        + _MEMBERS
    )
    text = f'{host_title}\n\nMaat: px\n\nDownload "{host_title}"\n\nTranscriptie\n\n{page}\n'
    assert _typed_and_dated(text) == ("minutes", date(2019, 6, 11))


# a document-sharing site's page of a hosted PDF, as saved (texts178, texts111, texts142):
# its own head, the document's first lines run together by periods quoted on a download or
# share line, then the transcript
HOSTED_ANNUAL_REPORT = """Inleiding. Jaarverslag Klachtencommissie Kinderopvang. Overzicht \
aangesloten instellingen. Houders Fte s
Maat: px
Weergave met pagina beginnen:
Download "Inleiding. Jaarverslag Klachtencommissie Kinderopvang. Overzicht aangesloten \
instellingen. Houders 456 872 1101 1679. Fte s 12429 18634 20385 28472"
Transcriptie
1 Jaarverslag 008
2
3 Inleiding Voor u ligt het jaarverslag 008 van de Stichting Klachtencommissie Kinderopvang.
"""

SHARED_ANNUAL_REPORT = """• No results found

Jaarverslag Commissie van Toezicht bij Penitentiaire Inrichting Nieuwegein. Utrecht, mei 2021

N/A
N/A
Protected

Academic year: 2022

Share "Jaarverslag Commissie van Toezicht bij Penitentiaire Inrichting Nieuwegein. Utrecht, \
mei 2021"
"""


@pytest.mark.parametrize("text", [HOSTED_ANNUAL_REPORT, SHARED_ANNUAL_REPORT])
def test_a_hosted_document_is_typed_by_the_title_the_site_quotes(text: str) -> None:
    """The site's quoted title is the document's first lines run together: one of them
    (`Jaarverslag Klachtencommissie Kinderopvang`) is a report's title."""
    assert classify_document(text, 3)[0] == "report"


def test_a_hosted_document_without_a_known_title_is_typed_by_its_text() -> None:
    text = 'Maat: px\nDownload "Arrondissement Kortrijk"\nTranscriptie\n'
    text += "Aanwezig: Jan Bos, voorzitter\n1. Opening\nDe voorzitter opent de vergadering.\n"
    assert classify_document(text, 3)[0] == "minutes"


def test_a_press_release_on_an_annual_report_is_news() -> None:
    """A press release (texts178) headed `Persbericht` over the report's name: the news
    section's word in the singular, as the plural is."""
    text = (
        "Persbericht\n\nJaarverslag van de ombudsdienst voor de treinreizigers (Ombudsrail)\n\n"
        "Brussel, 21 mei 2019.\n\nIn 2018 ontving de ombudsdienst 2.961 klachten en in 943 "
        "dossiers daarvan kwam het tot een bemiddeling.\n"
    )
    assert classify_document(text, 3)[0] == "other"
    assert classify_document(text.replace("Persbericht", "Persberichten"), 3)[0] == "other"


def _hosted(host_title: str, *pages: str) -> str:
    """A document site's page of a PDF as saved: its title (any line of the PDF), viewer,
    download line, then the PDF's pages transcribed one onto each line."""
    body = "\n\n".join(pages)
    return (
        f"{host_title}\n\nMaat: px\nWeergave met pagina beginnen:\n\n"
        f'Download "{host_title}"\n\nTranscriptie\n\n{body}\n'
    )


@pytest.mark.parametrize(
    ("host_title", "pages"),
    [
        (  # texts188/vrijsselland-ab-notulen-2015-03-25, lines 1 and 10: the site's title is
            # an item of the agenda, whose head names it above its first item
            "4. Rampbestrijdingsplan Argos Terminal Zwolle (bijlage opvraagbaar bij secretariaat)",
            (
                "1 Agenda betreft Vergadering Veiligheidsoverleg IJsselland datum 13 mei 2015 tijd "
                "plaats Mooirivier Hotel, Dalfsen Algemeen Bestuur Veiligheidsregio ( uur) 1. "
                "Opening 2. Verslag vergadering 25 maart 2015 (bijlage) 3. Mededelingen/ingekomen "
                "stukken (bijlage) besluitvormend 4. Rampbestrijdingsplan Argos Terminal Zwolle "
                "(bijlage opvraagbaar bij secretariaat) 5. Rampbestrijdingsplan Salland Olie",
            ),
        ),
        (  # texts185/euregio-raad-agenda-2017-06-23-negatief, lines 1, 13 and 15: the
            # meeting's name and date as the site's title, a cover letter, then the agenda
            "Vergadering van de EUREGIO-raad d.d. 23 juni 2017 in Steinfurt",
            (
                "1 euregio, Enscheder Straße 362, Gronau Aan de leden en adviserende leden van de "
                "EUREGIO-raad postadres Postbus 6008 NL-7503 GA Enschede Vergadering van de "
                "EUREGIO-raad d.d. 23 juni 2017 in Steinfurt Geachte dames en heren, De "
                "eerstvolgende vergadering van de EUREGIO-Raad, waarvoor wij u van harte "
                "uitnodigen, vindt plaats op vrijdag 23 juni 2017 in het Kreishaus Steinfurt.",
                "2 AGENDA voor de vergadering van de EUREGIO-raad d.d. 23 juni 2017 in Steinfurt "
                "1: Opening en begroeting - Goedkeuring van de agenda 2: Goedkeuring van het "
                "verslag van de vergadering van de EUREGIOraad d.d. 31 maart : Mededelingen a) Dag "
                "van de buurtaal b) Stand van zaken promoten grensoverschrijdende economische "
                "regio EUREGIO c) Stand van zaken Luchthaven Twente d) Informatie DOC Ochtrup",
            ),
        ),
        (  # texts165/drechtraad-agenda-2013-09-03, lines 1 and 13: an invitation over its
            # `Concept-agenda`
            "Nr. Onderwerp Stukken (bijlagenr.) Voor kennisgeving aannemen.",
            (
                "1 De voorzitter nodigt de leden van de Drechtraad uit voor de openbare "
                "vergadering van de Drechtraad op dinsdag 3 september 2013 van uur in het "
                "Energiehuis, kamer Ketel 2, Noordendijk 148 te Dordrecht. de voorzitter van de "
                "Drechtraad, drs. A.A.M. Brok Concept-agenda Nr. Onderwerp Stukken (bijlagenr.) "
                "1. Opening 2. Vaststelling agenda en mededelingen 3. Vragenkwartier",
            ),
        ),
    ],
)
def test_a_transcribed_agenda_is_typed_by_its_first_pages_head(
    host_title: str, pages: tuple[str, ...]
) -> None:
    assert classify_document(_hosted(host_title, *pages), 3)[0] == "agenda"


def test_a_transcribed_record_that_lists_its_roll_is_no_agenda() -> None:
    # an `Agenda` heading in the head of a page that lists who attended: the record of the
    # sitting, its order of business printed in it (written for the test)
    page = (
        "1 Notulen van de vergadering van het algemeen bestuur van 13 juni 2019 Aanwezig: "
        + _MEMBERS
        + " AGENDA 1. Opening De voorzitter opent de vergadering en heet allen welkom."
    )
    assert classify_document(_hosted("Notulen algemeen bestuur 13 juni 2019", page), 3)[0] == (
        "minutes"
    )


def test_an_item_that_names_its_agenda_point_makes_no_agenda() -> None:
    # texts187/devo-raadsvoorstel-wob-verzoek-2017, line 13: `Agendapunt` in a proposal's head
    page = (
        "1 RAADSVOORSTEL Agendapunt Raad 23 februari 2017 Afdeling Strategie & Control "
        "Voorstelnummer Datum 14 februari 2017 Onderwerp Programma Wob-verzoek informatie DEVO "
        "Burger en Bestuur Inlichtingen bij Telefoonnummer adres Bart Knieriem (0318) Bart. Aan "
        "de leden van de raad, Beslispunten 1. Naar aanleiding van het Wob-verzoek om informatie "
        "te verstrekken die is vastgelegd in documenten"
    )
    host_title = "RAADSVOORSTEL. Raad 23 februari februari Wob-verzoek informatie DEVO"
    assert classify_document(_hosted(host_title, page), 3)[0] != "agenda"


def test_a_transcribed_sittings_name_and_date_over_its_roll_are_minutes() -> None:
    # texts193/alblasserdam-raad-2011-05-31, lines 1 and 10: no record's name, the sitting's
    # own over who attended
    host_title = (
        "OPENBARE VERGADERING. van de raad der gemeente Alblasserdam op dinsdag 31 mei 2011 "
        "des avonds om uur in het raadhuis"
    )
    page = (
        "1 OPENBARE VERGADERING van de raad der gemeente Alblasserdam op dinsdag 31 mei 2011 des "
        "avonds om uur in het raadhuis Aanwezig de leden: mevrouw M.J.H. Barra-Leenheer (PvdA)de "
        "heer R. van Lavieren (PvdA), de heer L. Verwoert (PvdA), O. Yilmaz (PvdA), de heer Th. "
        "de Gelder (CDA), de heer J.H. Wesselius (CDA). de heer A.C. van t Zelfde (CDA)"
    )
    assert classify_document(_hosted(host_title, page), 3)[0] == "minutes"


def test_a_copy_of_a_paper_that_nothing_else_types_is_a_report() -> None:
    # rule 20 (4) of the gold: a document site's transcription (5dok: its share line quoting
    # the title; texts207/veiligthuis-nhn-prestatie-indicatoren-negatief, lines 3-25) and an
    # annex headed by its number (texts199/rivm-referentiekader-ambulancezorg-2017-negatief,
    # lines 1-5) are copies of a paper: `report`
    hosted = (
        "• No results found\n\nPrestatie-Indicatoren Veilig Thuis NHN\n\nN/A\nN/A\nProtected\n\n"
        'Academic year: 2022\n\nShare "Prestatie-Indicatoren Veilig Thuis NHN"\n\nCopied!\n8\n'
        "0\n0\n\nBezig met laden.... (Bekijk nu de volledige tekst)\n\nHele tekst\n\n(1)\n\n"
        "Prestatie-Indicatoren Veilig Thuis NHN\n\nAanleiding\n\nOp basis van de Wet "
        "Maatschappelijke Ondersteuning (2015) voert Veilig Thuis NHN (Veilig Thuis) in opdracht"
        " van de achttien bovenregionale gemeenten een aantal wettelijke taken uit.\n"
    )
    annex = (
        "Bijlage 1. Referentiekader spreiding en beschikbaarheid ambulancezorg 2017\n"
        "[Regeling vervallen per 01-01-2021]\n"
        "Referentiekader spreiding en beschikbaarheid ambulancezorg 2017\n"
        "RIVM Briefrapport 2017-0109\nPubliekssamenvatting\n"
        "Op basis van ritgegevens over het jaar 2016 heeft het RIVM berekend hoeveel ambulances\n"
        "er in Nederland nodig zijn.\n"
    )
    assert classify_document(hosted)[0] == "report"
    assert classify_document(annex)[0] == "report"
    # the same page without the host's share line or the annex's number is a page: other
    assert classify_document(hosted.replace('Share "', 'Zie "'))[0] == "other"
    assert classify_document(annex.replace("Bijlage 1. ", ""))[0] == "other"
    # a copy that tells news stays a page of news
    news = annex + "Dat meldt het RIVM vandaag.\n"
    assert classify_document(news)[0] == "other"


@pytest.mark.parametrize(
    ("host_title", "page"),
    [
        # texts165/wbl-ab-voorstel-rapportage-ey, lines 1 and 10
        (
            "Voorstel aan het AB. Rapportage EY omtrent vermeende belangenverstrengeling",
            "1 FPC Algemeen Voorstel aan het AB Van Dagelijks Bestuur Corsanr. Onderwerp "
            "Rapportage EY omtrent vermeende belangenverstrengeling Agendapuntnr. "
            "AB-vergadering Besluit Overeenkomstig het voorstel van het Dagelijks Bestuur:",
        ),
        # texts186/woerden-klachten-art40-2014-2015, lines 1 and 10
        (
            "J. v.d. Dool, L. v. Dijk, M. Walboomers, R. v.d. Hoven",
            "1 VOORSTEL AAN BURGEMEESTER EN WETHOUDERS & BEANTWOORDING ARTIKEL 40 VRAGEN Van: "
            "J. van Luling Tel nr: 8671 Nummer: 16A Datum: 31 mei 2016 Team: Concernzaken",
        ),
        # texts195/hoogeveen-collegevoorstel-rud-2009, line 10 (OCR as printed)
        (
            "-ep- OOCEVEEN *.uui wurgemeester en wethouders",
            "1 -ep- OOCEVEEN *.uui wurgemeester en wethouders Onderwerp: Discussie Regionale "
            "Uitvoeringsdienst in Drenthe Voorgesteld besluit: 1. Instemmen met de bijgevoegde "
            "brief aan de minister van Vrom;",
        ),
    ],
)
def test_a_copy_of_a_proposal_to_a_board_is_a_memo(host_title: str, page: str) -> None:
    # a document site's transcription of a proposal put to a board (its form header
    # `Voorstel aan het AB`, or the label `Voorgesteld besluit`, run onto the page's line):
    # a memo, as the gold types a collegevoorstel, not the report of a copy nothing types
    assert classify_document(_hosted(host_title, page), 3)[0] == "memo"


@pytest.mark.parametrize(
    ("host_title", "page"),
    [
        # texts248/katwijk-raadsvoorstel-nota-gezondheidsbeleid-2009-05-20, lines 1 and 13
        (
            "~atwijl{ Aan de gemeenteraad. : Zorg, welzijn, werk en inkomen : Nota Lokaal "
            "Gezondheidsbeleid Katwijk, woensdag 20 mei 2009.",
            "1 Aan de gemeenteraad ~atwijl{ laaknummer Programma Onderwerp : : Zorg, welzijn, werk "
            "en inkomen : Nota Lokaal Gezondheidsbeleid Katwijk, woensdag 20 mei 2009 Inleiding "
            "Op 29 juli 2008 stelde het college van Burgemeester en Wethouders de Concept Nota "
            "Lokaal Gezondheidsbeleid vast.",
        ),
    ],
)
def test_a_copy_of_a_council_proposal_is_a_memo(host_title: str, page: str) -> None:
    # the proposal's address to the council over its first section (`Aan de gemeenteraad
    # ... Inleiding`): a memo, not the report of a copy nothing types
    assert classify_document(_hosted(host_title, page), 3)[0] == "memo"


def test_a_council_proposal_on_its_own_page_is_a_memo() -> None:
    # texts233/zutphen-raadsvoorstel-financiele-verordening-2019, lines 1-7
    zutphen = (
        "Pagina delen\n\nFinanciële verordening gemeente Zutphen 2019, Nota financieel beleid "
        "2019 en Treasurystatuut gemeente Zutphen 2019\n\n"
        "Het college van burgemeester & wethouders stelt voor :\n\n"
        " 1. De Financiële verordening gemeente Zutphen 2019 vast te stellen.\n"
        " 3. Het Treasurystatuut gemeente Zutphen 2019 vast te stellen.\n\nInhoud\n\n"
        "Inleiding/aanleiding\n\nVolgens artikel 212 Gemeentewet moet de raad in een "
        "verordening de uitgangspunten voor het financiële beleid vaststellen.\n"
    )
    # texts233/gulpen-wittem-raadsvoorstel-zienswijzen-vrzl-2015, lines 1-14
    gulpen = (
        "Ons kenmerk\nG.15.01777\n*G.15.01777*\n"
        "Voorstel van college danwel burgemeester aan gemeenteraad Raadsnummer:\nBP/305\n"
        "Datum collegebehandeling:\n12 mei 2015\nSteller:\nW. Herberichs\n"
        "Portefeuillehouder:\nBurgemeester\nOnderwerp\nZienswijzen jaarstukken, begroting en "
        "risicoprofielen van de Veiligheidsregio Zuid Limburg\n1. Samenvatting\n"
        "Van de Veiligheidsregio Zuid-Limburg is de begroting 2016 ontvangen.\n"
    )
    assert classify_document(zutphen)[0] == "memo"
    assert classify_document(gulpen)[0] == "memo"
    # a decision list's line that mentions a proposal is no proposal's form
    # (texts170/oldambt-college-besluitenlijst-2022-06-22)
    listed = "Besluitenlijst college\n\nBijgaand raadsvoorstel met het beslispunt:\n"
    assert classify_document(listed)[0] != "memo"


# Quoted from the head of adoc.pub's transcription of Haarlemmerliede's council minutes of 27
# April 2010 (round AV, web251): the PDF's first page over its lines, its roll's labels, then
# page 2 transcribed onto one line with the order of business.
HAARLEMMERLIEDE_MINUTES = (
    "Gemeenteraad van Haarlemmerliede en Spaarnwoude/27 april 2010\n"
    "5 2010 nr.6 10 NOTULEN VAN DE OPENBARE VERGADERING VAN DE RAAD DER GEMEENTE "
    "HAARLEMMERLIEDE EN SPAARNWOUDE OP DINSDAG 27 APRIL 20.00 UUR 15\n"
    "20 Aanwezig: Leden:\n"
    "25 Wethouders: Voorzitter: Griffier: Notulen:\n"
    "Mevrouw G.Th.M. van der Aar-van Lieshout, Mevrouw C.C.J. Breed-Vlaar; De heren F.J.M. "
    "Duits, W.J. Geldof, B. Graal, G.A. Jägers, mr. D.Ph. Kasper, M.J. van der Laan\n"
    "30 Afwezig met kennisgeving:\n35\n40\n45\n1\n"
    "Gemeenteraad van Haarlemmerliede en Spaarnwoude/27 april 2010\n"
    "5 AGENDA 1. Opening, vaststellen van de agenda en mededelingen 10 2. Inspreekrecht 3. "
    "Vragen halfuur 4.a.Vaststellen notulen van 11 maart 2010 b.Vaststellen notulen van 30 "
    "maart 2010 5 Ingekomen stukken 15 6. a.Lijst van toezeggingen begrotingsraad\n"
)

# Quoted from a document site's copy of Noord-Holland's PS sitting of 14 November 2005 (round
# AE, web174): page 1 the order of business, page 2 the roll.
NOORDHOLLAND_MINUTES = (
    'Agenda PS-vergadering 14 november 2005\n\nDownload "Agenda PS-vergadering 14 november '
    '2005"\n\nTranscriptie\n\n'
    "1 Agenda PS-vergadering 14 november Opening en mededelingen (blz. 2). 2. "
    "Vaststelling agenda en regeling van werkzaamheden (blz. 3). 3. Vaststelling "
    "langetermijnagenda (blz. 3). 4. Geagendeerde ingekomen stukken van derden; ingekomen "
    "stukken in het kader van de actieve informatieplicht van gedeputeerde staten aan "
    "provinciale staten en overige ingekomen post (blz. 3). 5. Voortgangslijst van "
    "aangenomen en aangehouden moties en\n\n"
    "2 Voorzitter: H.C.J.L. Borghouts Griffier: mw. C.A. Peters 1. Opening en "
    "mededelingen. In de vergadering zijn tegenwoordig de volgende leden, te weten: mw. "
    "M. Agema, mw. S. Akkas, mw. S. Akkaya, mw. P.D.A.M. Baks, J.N.J.J. Beemsterboer, "
    "G.J.M.A. Le Belle, H.W. Berkhout, J. Bezemer, H.A. Binnema, mw. G. Blokker, mw. C. "
    "Boelhouwer, C.F.H. van Boltaringen, J.H.M. Bond, E.G. Bouma, A.P. Bouwens\n"
)

# Quoted from Boutersem's council record of 27 January 2022 (round AT, web241).
BOUTERSEM_MINUTES = (
    "Agenda Gemeenteraad\n\nVan 27 JANUARI 2022\n\n \n\nAanwezig :\n\n"
    "Guy Vanbelle - voorzitter\n\nChris Vervliet - burgemeester\n\n"
    "Tinne Alaerts, Maarten Devroye, Bart Dusart, Janina Vandebroeck - schepenen\n\n"
    "Verontschuldigd :\n"
)


@pytest.mark.parametrize("text", [HAARLEMMERLIEDE_MINUTES, NOORDHOLLAND_MINUTES, BOUTERSEM_MINUTES])
def test_an_order_of_business_beside_the_roll_heads_the_minutes(text: str) -> None:
    # minutes print their agenda on their first pages, over or under who attended
    assert classify_document(text, 3)[0] == "minutes"


def test_an_order_of_business_without_a_roll_stays_an_agenda() -> None:
    no_roll = NOORDHOLLAND_MINUTES.split("\n\n2 Voorzitter")[0] + "\n"
    assert classify_document(no_roll, 3)[0] == "agenda"
    titled = "Agenda Gemeenteraad\n\nVan 27 JANUARI 2022\n\n1. Opening\n2. Notulen\n3. Rondvraag\n"
    assert classify_document(titled, 3)[0] == "agenda"


def test_an_agenda_naming_who_attends_for_a_point_beside_its_guests_stays_an_agenda() -> None:
    # written for the test, in the layout of a regional board's agenda: who will attend for
    # a point and who is invited, the items with their hours
    text = (
        "Concept Agenda BO/BP 6 april 2022\n\n1. Welkom, agenda 13.00-13.25\n\n"
        "Aanwezig:\nBij punt 2\n\nGenodigden:\nWethouder Mevr. Kosterman, voorzitter\n"
        "Wethouder Dhr. Van Eijk, Amersfoort\n\n2. 13.25-13.50 Bovenregionale samenwerking\n"
    )
    assert classify_document(text, 3)[0] == "agenda"


def _transcribed(title: str, *pages: str) -> str:
    """A document site's page of a hosted PDF as saved: its title, the viewer's controls, the
    download line quoting the title, then one line per PDF page."""
    viewer = "Maat: px\nWeergave met pagina beginnen:"
    head = f'{title}\n\n{viewer}\n\nDownload "{title}"\n\nTranscriptie\n'
    return head + "".join(f"\n{page}\n" for page in pages)


# texts188 vrbn (lines 10, 12), texts195 hoogeveen (line 12), texts258 (lines 10, 12): the
# proposal's page as transcribed, below the agenda or the cover sheet that routes it
PROPOSAL_PAGES = [
    (
        "1 Vergadering Plaats Datum 7 november 2018 Tijd uur uur Algemeen Bestuur Veiligheidsregio "
        "Brabant-Noord Bijlagen AGENDA 1. Opening./. 2. Ingekomen stukken en mededelingen",
        "2 Voorstel AGP 2 Aan : Algemeen Bestuur Datum : 7 november 2018 Bijlage : - Steller : "
        "Pien Hordijk Onderwerp : Ingekomen en uitgegane stukken Algemene toelichting",
    ),
    (
        "1 -ep- OOCEVEEN *.uui wurgemeester en wethouders Onderwerp: Discussie Regionale "
        "Uitvoeringsdienst in Drenthe Voorgesteld besluit: 1. Instemmen met de bijgevoegde brief",
        "2 GEMEENTE HOOGEVEEN Voorstel voor burgemeester en wethouders Onderwerp Discussie "
        "Regionale Uitvoeringsdienst in Drenthe Voorgesteld besluit 1. Instemmen met de brief",
    ),
    (
        "1 VOORBLAD VOOR RAADSBUNDEL, bundelnummer: 13 11ini Onderwerp: Speelruimtebeleid 2. Voor "
        "welke raadscyclus: 3. Agendering: 4. Behandelwijze:",
        "2 Raadsvoorstel Datum raadsvergadering : 15 september 2011 Bundelnummer : 13 11int00578 "
        "Onderwerp : Speelruimtebeleid Voorgestelde beslissing: 1. De evaluatie vaststellen.",
    ),
]


@pytest.mark.parametrize(("first", "proposal"), PROPOSAL_PAGES)
def test_a_transcribed_page_opening_a_proposal_form_is_a_memo_of_its_own(
    first: str, proposal: str
) -> None:
    text = _transcribed(first[2:60], first, proposal)
    documents = text_document_lines(text)
    assert [start for start, _ in documents] == [1, 12]
    proposal_text = "\n".join(text.splitlines()[11:])
    assert classify_document(proposal_text)[0] == "memo"


@pytest.mark.parametrize(
    ("proposal", "expected"),
    list(zip([page for _, page in PROPOSAL_PAGES], [date(2018, 11, 7), None, None], strict=True)),
)
def test_a_transcribed_proposal_is_dated_by_its_own_date_field_only(
    proposal: str, expected: date | None
) -> None:
    # `Datum : 7 november 2018` is the form's own date; `Datum raadsvergadering : ...` names
    # the sitting the proposal goes to (the gold's rule 21), not the paper's date
    assert document_date("memo", proposal, None)[0] == expected


def test_a_proposals_running_header_or_a_mention_on_a_later_page_opens_nothing() -> None:
    # the proposal's own next page repeats its heading (no field label after it); a page
    # that tells of a proposal does so inside a sentence
    first = (
        "1 Raadsvoorstel Datum raadsvergadering : 15 september 2011 Onderwerp : Speelruimtebeleid"
    )
    running = "2 Raadsvoorstel Datum raadsvergadering : 15 september 2011 Aanleiding Op 22 februari"
    told = "3 Het voorstel aan de raad is op 1 september besproken. Datum en plaats volgen."
    text = _transcribed("Raadsvoorstel", first, running, told)
    assert [start for start, _ in text_document_lines(text)] == [1]
