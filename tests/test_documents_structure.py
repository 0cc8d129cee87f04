"""Document boundaries and types from how a kind of document is built (own texts)."""

from __future__ import annotations

import pytest

from pipeline.documents import documents_from_text

SOURCE = "cd" * 32


def _documents(text: str) -> list[tuple[int, str]]:
    """(first_line, doc_type) of each document of a plain text."""
    _, documents = documents_from_text(text, SOURCE)
    return [(d["first_line"], d["doc_type"]) for d in documents]


SERIES_PAGE = """Verslag Wijkoverleg 12 maart 2024

Aanwezig: Piet Bos, Anna de Wit

De notulen worden vastgesteld.

Verslag Wijkoverleg 6 februari 2024

Aanwezig: Piet Bos, Kees Smit

Het jaarplan wordt besproken."""


def test_a_page_listing_a_series_newest_first_holds_one_document_per_title() -> None:
    assert [first for first, _ in _documents(SERIES_PAGE)] == [1, 7]


def test_a_later_date_under_the_same_title_goes_on_with_the_report() -> None:
    # a page heading dated the day the report was put up, the report's own heading below it
    text = SERIES_PAGE.replace("6 februari 2024", "13 maart 2024")
    assert [first for first, _ in _documents(text)] == [1]


def test_a_dated_heading_that_names_no_meeting_is_no_series_title() -> None:
    text = "Nieuws 12 maart 2024\n\nDe bibliotheek is open.\n\nNieuws 6 februari 2024\n\nDicht."
    assert [first for first, _ in _documents(text)] == [1]


@pytest.mark.parametrize(
    "text",
    [
        # the opening reports the meeting as held
        "Op dinsdag 4 maart vergaderde het bestuur van de buurtvereniging in het clubhuis. "
        "Hieronder de belangrijkste punten.\n\nDe contributie blijft gelijk.",
        "De leden van de adviesraad kwamen vorige week woensdag bij elkaar in het dorpshuis "
        "om het jaarplan te bespreken.\n\nHet jaarplan is goedgekeurd.",
        "Afgelopen week hebben wij als bestuur een digitaal overleg gehad met de directeur van "
        "de stichting.\n\nWe spraken over de huren.",
        # a heading that names the meeting, the report below it says it was held
        "Voorjaarsvergadering 2023\n\nNa de mededelingen gaf de penningmeester een toelichting "
        "op de cijfers.\n\nOm tien uur werd de vergadering afgesloten met een drankje.",
        "Menu\nNieuws\nVerslagen\nImpressie Ledenavond en Jaarvergadering\n\nNa de pauze "
        "sprak de voorzitter de leden toe over de plannen voor het nieuwe seizoen.\n\n"
        "Op een zonnige avond in mei werd de jaarvergadering in De Schakel gehouden.",
        "Vergadering oktober 2022\n\nDit is besproken in de vergadering van oktober:\n\n"
        "1. Het hek wordt gerepareerd.",
        # who or how many attended the meeting it names
        "Op de voorjaarsvergadering waren 34 leden en enkele gasten aanwezig.\n\nDe kas "
        "werd gecontroleerd en goed bevonden.",
        "Terugblik\n\nEr waren maar 12 bewoners aanwezig bij de ledenvergadering van de "
        "vereniging.\n\nHet bestuur blijft ongewijzigd.",
        "Van de penningmeester\n\nDe opkomst tijdens de ALV in het clubhuis was goed, "
        "maar het kan altijd beter.\n\nDe contributie blijft gelijk.",
    ],
)
def test_a_prose_report_of_a_held_meeting_is_minutes(text: str) -> None:
    assert _documents(text) == [(1, "minutes")]


@pytest.mark.parametrize(
    "text",
    [
        # an announcement: the meeting is still to come
        "Jaarvergadering 2024\n\nDe jaarvergadering wordt gehouden op 12 april in het "
        "clubhuis. Alle leden zijn van harte welkom.\n\nDe stukken liggen ter inzage.",
        # news that mentions a meeting without reporting one
        "Gemeente meldt meer datalekken\n\nDe gemeente heeft vorig jaar 52 datalekken gemeld "
        "bij de toezichthouder, blijkt uit het jaarverslag.\n\nDe raad bespreekt de cijfers "
        "in de vergadering van volgende maand.",
        # news of a gathering of residents that counts who came: no meeting of a body
        "Informatieavond nieuwe wijk\n\nBij de bijeenkomst in het dorpshuis waren circa 45 "
        "bewoners aanwezig. De gemeente lichtte de plannen toe.",
        # an annual report's section counting how often a body met in the year
        "Klachten en beroepen\n\nHet college van beroep kwam in 2017 60 keer in zitting "
        "bijeen. Het aantal zaken daalde naar 148.",
    ],
)
def test_an_announcement_or_news_naming_a_meeting_is_no_report_of_it(text: str) -> None:
    assert _documents(text) == [(1, "other")]


@pytest.mark.parametrize(
    "text",
    [
        "Wethouder luistert naar ondernemers\n\nVorige week hebben drie winkeliers een "
        "gesprek gehad met wethouder Jansen over de parkeerplaatsen in de Kerkstraat.\n\n"
        "Zij legden uit dat klanten wegblijven.",
        "Op 12 mei hadden we een goed gesprek met de gedeputeerde over de nieuwe "
        "fietsbrug.\n\nDe provincie kijkt naar de planning.",
        "Het buurtcomité had dinsdag een verkennend gesprek met de schepen van "
        "mobiliteit.\n\nDe schepen beloofde een antwoord voor de zomer.",
        # `kwam ... samen met`: came along with someone, no body coming together
        "Bezoek van de burgemeester\n\nVrijdag kwam de burgemeester van Ede, mevrouw Anna "
        "de Wit, samen met haar man op bezoek in ons museum.\n\nZij kreeg een rondleiding.",
    ],
)
def test_news_of_a_conversation_with_an_official_is_no_account_of_a_meeting(text: str) -> None:
    # a conversation (`gesprek`) has no body that meets: an account of one is news, not
    # minutes; pipeline.talks records its meeting (also with the official unnamed)
    assert _documents(text) == [(1, "other")]


MEETING_PAGE = """Raadsvergadering

woensdag 3 april 2024

19:30 - 22:30

Agendapunten

1. Opening

2. Jaarrekening 2023 van de gemeenschappelijke regeling
{outcome}
3. Sluiting"""


@pytest.mark.parametrize(
    ("outcome", "doc_type"),
    [
        ("", "agenda"),
        ("Stemuitslag\nvoor 100%\n", "decision_list"),
        ("Vastgesteld\n", "decision_list"),
        (
            "De raad besluit vandaag over de jaarrekening.  Besluit\nDe raad stemt in.\n",
            "decision_list",
        ),
        ("Aanwezig namens de raad: Piet Bos, Kees Smit\n", "minutes"),
        ("Het voorstel is met algemene stemmen aangenomen.\n", "decision_list"),
        ("De motie werd met 12 stemmen voor en 9 tegen verworpen.\n", "decision_list"),
        ("Het voorstel wordt met algemene stemmen aangenomen, verwacht de griffie.\n", "agenda"),
        (
            "Aanwezig namens de raad: Piet Bos, Kees Smit\nHet voorstel is unaniem vastgesteld.\n",
            "minutes",
        ),
    ],
)
def test_a_meeting_page_with_outcomes_lists_decisions_with_attendance_records_a_meeting(
    outcome: str, doc_type: str
) -> None:
    assert _documents(MEETING_PAGE.format(outcome=outcome)) == [(1, doc_type)]


def test_a_meeting_page_that_lists_the_invited_is_an_agenda_also_with_its_attendees() -> None:
    outcome = "Genodigden: de leden van de raad\nAanwezig: de griffier\n"
    assert _documents(MEETING_PAGE.format(outcome=outcome)) == [(1, "agenda")]


def test_a_pdf_page_transcribed_onto_one_line_is_minutes_by_its_attendance_label() -> None:
    text = (
        "Documentenbank\n\nDownload bestand\n\nTranscriptie\n\n"
        "1 Stichting Dorpshuis Verslag bestuur d.d. 3 juni 2019 te Ede. Aanwezig: J. Bos "
        "(voorzitter), K. Smit, A. de Wit Afwezig met kennisgeving: P. Jansen 1. Opening De "
        "voorzitter heet iedereen welkom."
    )
    assert _documents(text) == [(1, "minutes")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In de vergadering zijn tegenwoordig de volgende leden, te weten: A. Bos, mw. K. Smit.",
        "Tegenwoordig zijn de leden: Van Dam, mevr. Kok, Smit.",
        "Ter vergadering waren tegenwoordig de statenleden J. Mol en P. Wit.",
    ],
)
def test_the_formal_word_for_who_attended_tells_a_record(sentence: str) -> None:
    """`tegenwoordig` (present) over the members who attended, as a council's or states'
    record words it, where a page is transcribed onto one line under its chair and clerk."""
    head = "Transcriptie\n\n1 Voorzitter: mw. A. Groen Griffier: R. Claes AGENDA 1. Opening. "
    head += "2. Vaststelling notulen van de vergadering van 3 mei. 1. Opening. "
    assert _documents(head + sentence) == [(1, "minutes")]
    nowadays = "Tegenwoordig zijn de meeste leden van de club online actief."
    assert _documents(head + nowadays) == [(1, "other")]


def test_a_label_of_attendance_inside_a_sentence_makes_no_minutes() -> None:
    text = "Nieuws\n\nDe gemeente meldt dat de bibliotheek weer open is; aanwezig: niemand."
    assert _documents(text) == [(1, "other")]


def test_a_transcript_of_a_meetings_recording_is_minutes() -> None:
    said = ["Goedemiddag allemaal.", "We beginnen.", "Het eerste punt.", "Akkoord?", "Dank."]
    lines = [f"[0:00:{n:02d}] {x}" for n, x in enumerate(said)]
    text = "Commissie Wonen\n\n" + "\n\n".join(lines)
    assert _documents(text) == [(1, "minutes")]
    assert _documents("Commissie Wonen\n\n" + "\n\n".join(lines[:2])) == [(1, "other")]


def test_the_decisions_of_a_body_named_in_capitals_title_a_decision_list() -> None:
    text = (
        "Besluiten Bestuur en Raad van Toezicht\n\n12 mei 2023 Bestuur\n\n"
        " • De jaarrekening is vastgesteld."
    )
    assert _documents(text) == [(1, "decision_list")]
    assert _documents("Besluiten nemen is lastig\n\nEen column.") == [(1, "other")]


def test_a_category_tag_in_lower_case_gives_way_to_the_title_below_it() -> None:
    text = "jaarverslag\n\nVERSLAG VAN DE JAARVERGADERING 9 oktober 2019\n\nDe voorzitter heet"
    assert _documents(text + " iedereen welkom.") == [(1, "minutes")]


@pytest.mark.parametrize(
    ("items", "doc_type"),
    [
        ("1. Opening\n\n2. Vaststelling van de agenda", "agenda"),
        (
            "1. Opening\n\n2. Vaststelling van de agenda\n\nStemuitslag\n\nvoor 100%",
            "decision_list",
        ),
    ],
)
def test_a_portal_page_of_agenda_items_is_an_agenda_or_with_outcomes_a_decision_list(
    items: str, doc_type: str
) -> None:
    text = f"Ga naar de inhoud\n\nUitzending\n\nAgendapunten\n\n{items}"
    assert _documents(text) == [(1, doc_type)]


def test_a_report_heading_over_decision_fields_without_attendance_is_a_decision_list() -> None:
    items = "1. Jaarrekening\n\nBESLUIT:\n\nVastgesteld.\n\n2. Begroting\n\nBESLUIT:\n\nAkkoord."
    text = f"Openbaar verslag vergadering dagelijks bestuur 3-4-2024\n\n{items}"
    assert _documents(text) == [(1, "decision_list")]
    # minutes list who attended, and may label a decision or two
    attended = text.replace("\n\n1.", "\n\nAanwezig: Piet Bos, Kees Smit\n\n1.")
    assert _documents(attended) == [(1, "minutes")]


def test_a_text_opening_with_the_decisions_taken_is_a_decision_list() -> None:
    text = (
        "Aanwezig: Piet Bos, Kees Smit\n\nDe volgende afspraken zijn gemaakt:\n\n"
        "- Piet belt de aannemer\n\n- Kees maakt de begroting"
    )
    assert _documents(text) == [(1, "decision_list")]


@pytest.mark.parametrize(
    "opening",
    [
        "Het dagelijks bestuur kwam dinsdag bijeen. Het nam de volgende besluiten.",
        "De kerkenraad nam besluiten naar aanleiding van de rapporten van de commissies.",
        "In de vergadering van 4 maart 2024 stemde de raad over vijf voorstellen. "
        "Hieronder vindt u een overzicht van de genomen beslissingen:",
        "Het college neemt de volgende beslissingen:",
    ],
)
def test_a_lead_in_telling_the_body_took_the_decisions_below_makes_a_decision_list(
    opening: str,
) -> None:
    items = "Subsidie speeltuin\n\nHet verzoek wordt toegekend.\n\nVerkeersplan\n\nAkkoord."
    assert _documents(f"{opening}\n\n{items}") == [(1, "decision_list")]


def test_some_decisions_taken_told_in_a_report_make_no_decision_list() -> None:
    text = (
        "Jaarvergadering 2024\n\nAanwezig: Piet Bos, Kees Smit\n\nDe voorzitter opent de "
        "vergadering. Er werden enkele besluiten genomen: het jaarverslag is goedgekeurd."
    )
    assert _documents(text) == [(1, "minutes")]


@pytest.mark.parametrize(
    "dicta",
    [
        "De gemeenteraad keurt de jaarrekening 2023 goed.\n\n"
        "De gemeenteraad neemt kennis van het verslag van de kasverificatie.",
        "ma 04/03/2024 - 19:00 Raadzaal\n\nHet college van burgemeester en schepenen hecht "
        "goedkeuring aan de lijst van de facturen.",
        "Enig artikel:\nDe raad voor maatschappelijk welzijn beslist om het reglement op te "
        "heffen.",
        "Het schepencollege verleent de omgevingsvergunning voor de Kerkstraat 4.",
    ],
)
def test_a_text_opening_with_a_bodys_dictum_is_a_decision_list(dicta: str) -> None:
    assert _documents(dicta) == [(1, "decision_list")]
    # a Flemish council's minutes print the same dicta under who attended
    attended = f"Aanwezig:\nJan Peeters, voorzitter; An Claes, schepen\n\n{dicta}"
    assert _documents(attended) != [(1, "decision_list")]


def test_a_body_that_proposes_or_a_committee_that_takes_in_makes_no_dictum() -> None:
    # `Het Algemeen Bestuur besluit:` over its points is the body deciding, as a web page's
    # decision list prints it (tests/test_decision_list_pages.py); a proposal puts them
    for text in (
        "Het dagelijks bestuur stelt het algemeen bestuur voor:\n\n1. de begroting vast te stellen",
        "Het college stelt de raad voor de begroting 2024 vast te stellen.",
        "De klachtencommissie neemt schriftelijke klachten in behandeling van cliënten.",
    ):
        assert _documents(text) != [(1, "decision_list")]


def test_a_meeting_page_dated_with_a_comma_before_its_year() -> None:
    text = "Gemeenteraad\n\ndinsdag, 4 juni, 2024 - 19:30 tot 22:00\n1 Opening\n2 Mededelingen"
    assert _documents(text) == [(1, "agenda")]


@pytest.mark.parametrize(
    ("below", "doc_type"),
    [
        ("Goedenavond allemaal, welkom in de raadzaal en welkom aan de kijkers thuis.", "minutes"),
        ("2. Vaststellen van de agenda en de mededelingen van de voorzitter", "other"),
    ],
)
def test_the_opening_item_over_a_line_of_prose_opens_a_meetings_record(
    below: str, doc_type: str
) -> None:
    assert _documents(f"1.a Opening en mededelingen\n{below}") == [(1, doc_type)]


def test_a_transcribed_page_is_titled_by_its_first_phrase_not_the_tabling_stamp() -> None:
    line = (
        "Vergadering dagelijks bestuur op 9 mei 2023, agendapunt 3 Verslag van de vergadering "
        "van het dagelijks bestuur d.d. 4 april 2023 te Ede. Aanwezig: J. Bos (voorzitter), "
        "K. Smit, A. de Wit, P. Jansen, M. de Vries, L. Bakker, R. Visser en T. Mulder. "
        "1. Opening De voorzitter opent de vergadering."
    )
    _, (document,) = documents_from_text(line, SOURCE)
    assert document["doc_type"] == "minutes"
    assert document["title"] == (
        "Verslag van de vergadering van het dagelijks bestuur d.d. 4 april 2023 te Ede."
    )
    assert str(document["doc_date"]) == "2023-04-04"


def test_a_reports_date_is_the_day_its_opening_says_the_meeting_was_held() -> None:
    text = (
        "Bewoners en corporatie weer in gesprek\n\n23 november 2023\n\n"
        "Op 21 november was er een bijeenkomst van het bestuur met de directie van de "
        "corporatie. Het gesprek verliep goed."
    )
    _, (document,) = documents_from_text(text, SOURCE)
    assert document["doc_type"] == "minutes"
    assert str(document["doc_date"]) == "2023-11-21"  # not the posting date above it


FORMAL_DECISION = """Besluit van het dagelijks bestuur van het Waterschap Aa over de keur

Het dagelijks bestuur van het Waterschap Aa;

gelet op artikel 3 van de keur;

overwegende dat de regels verouderd zijn;

b e s l u i t :

1. De nadere regels vast te stellen;

2. De oude regels in te trekken."""


def test_considerations_over_an_enacting_line_make_a_formal_decision_a_decision_list() -> None:
    assert _documents(FORMAL_DECISION) == [(1, "decision_list")]
    flemish = FORMAL_DECISION.replace("b e s l u i t :", "Besluit:")
    assert _documents(flemish) == [(1, "decision_list")]


REGISTER_FIELDS = """Regeling {name}

Gegevens van de regeling

Citeertitel {name}

Vastgesteld door dagelijks bestuur

Onderwerp bestuur en recht

Datum ondertekening

Kenmerk voorstel

Betreft

12-03-2022 nieuwe regeling

Tekst van de regeling

{name}

"""


@pytest.mark.parametrize(
    "decision",
    [
        "Het dagelijks bestuur van de Veiligheidsregio Zuid;\n\nGelet op:\n\n"
        "- de Wet veiligheidsregio's;\n\n- hoofdstuk 10 van de Algemene wet bestuursrecht;"
        "\n\nBesluit:\n\nde volgende regeling vast te stellen:\n\nArtikel 1",
        "De burgemeester van Oosterzand, ieder voor zover het zijn bevoegdheid betreft;\n\n"
        "overwegende dat:\n\nhet wenselijk is de afhandeling te versnellen;\n\n"
        "gezien het advies van de commissie;\n\nbesluiten:\n\nvast te stellen de regeling.",
        "De gemeenteraad van Heist,\n\ngelet op het decreet lokaal bestuur,\n\n"
        "op voorstel van het college,\n\nbeslist:\n\nEnig artikel. De statuten worden "
        "goedgekeurd.",
    ],
)
def test_a_formal_decision_below_a_registers_record_fields_is_a_decision_list(
    decision: str,
) -> None:
    # the register's fields (`Betreft`, `Kenmerk`) push the considerations down the page
    text = REGISTER_FIELDS.format(name="Mandaatregeling Zuid 2022") + decision
    assert _documents(text) == [(1, "decision_list")]


def test_considerations_far_above_an_enacting_line_make_no_formal_decision() -> None:
    # a letter that weighs something (`gezien ...`) and, pages on, heads a section `Besluit`
    text = (
        "Geachte heer Bos,\n\nGezien uw verzoek van 3 mei schrijf ik u.\n\n"
        + ("Wij hebben uw verzoek zorgvuldig bekeken en alle stukken gelezen.\n\n" * 14)
        + "Besluit\n\nIk wijs uw verzoek af.\n\nMet vriendelijke groet,\n\nP. Smit"
    )
    assert _documents(text)[0][1] != "decision_list"


def test_considerations_without_an_enacting_line_or_under_attendance_decide_no_type() -> None:
    no_enacting = FORMAL_DECISION.replace("b e s l u i t :", "Toelichting")
    assert _documents(no_enacting)[0][1] != "decision_list"
    # council minutes hold formal decisions item by item, under who attended
    minutes = FORMAL_DECISION.replace(
        "Het dagelijks bestuur van het Waterschap Aa;", "Aanwezig: Piet Bos, Kees Smit"
    )
    assert _documents(minutes)[0][1] != "decision_list"


def test_a_club_news_item_that_tells_its_alv_was_held_is_its_record() -> None:
    text = (
        "Als de bladeren vallen en de tuinen winterklaar zijn, is het bij onze vereniging weer "
        "tijd voor het jaarlijkse overleg met de leden over het afgelopen seizoen.\n\n"
        "Dit jaar vond de ALV op 14 november plaats, zoals altijd in het clubhuis aan de dijk, "
        "en de zaal zat goed vol.\n"
    )
    assert _documents(text) == [(1, "minutes")]


VOTED_ITEMS = (
    "De leden konden tot 1 juli stemmen over de voorstellen van het bestuur.\n\n"
    "1. Jaarrekening 2023\nUitslag stemming: 96% voor\n"
    "2. Begroting 2025\nUitslag stemming: 88% voor, 12% tegen\n"
    "3. Benoeming penningmeester\nUitslag stemming: 100% voor\n"
)


def test_items_carrying_the_outcome_of_their_vote_make_a_decision_list() -> None:
    assert _documents(VOTED_ITEMS) == [(1, "decision_list")]
    # minutes record the same outcomes below who attended
    attended = f"Aanwezig\n\nPiet Bos, voorzitter; Anna de Wit, secretaris\n\n{VOTED_ITEMS}"
    assert _documents(attended) != [(1, "decision_list")]
