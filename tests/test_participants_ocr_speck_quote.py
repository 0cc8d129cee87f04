"""A speck on a scanned page that OCR read as an opening quote glued to a line's first word
(`‘Afwezig`, `‘bestuursleden ...`): the line is read as the label or list it is. The lines are
the OCR of the 200-dpi scan renderings (`scripts/web_render_eval.py`, seed 20221) of the dev
texts named; a quotation the page prints closes on its line and stays."""

from __future__ import annotations

from pipeline.meetings import extract_participants
from pipeline.meetings.layout import _label_marks_restored


def _people(text: str) -> list[tuple]:
    lines = [(k, line) for k, line in enumerate(text.splitlines(), start=1)]
    return [(p["name"], p["role"], p["status"]) for p in extract_participants(lines)]


def test_a_speck_before_the_absent_label_leaves_the_label():
    # ouderraad-notulen-2016-08-30 (texts262, scan): the table's label column flattened, the
    # lone colons lost, a speck before `Afwezig`
    text = (
        "Notulen vergadering ouderraad 30 augustus 2016\n"
        "Aanwezig TB\n"
        "\n"
        "Aanwezig PB\n"
        "\n"
        "Aanwezig vanuit team :\n"
        "‘Afwezig\n"
        "\n"
        "Cyrille (notulist), Gini, Joost\n"
        "Désirée, Ilona, Natascha, Paula, Rogier, Nicole, Eva, Judith\n"
        "Mariska, team\n"
        "Voorstelronde:\n"
    )
    names = [name for name, _, _ in _people(text)]
    assert names[:3] == ["Cyrille", "Gini", "Joost"]
    assert "Judith" in names


def test_a_speck_before_a_plural_role_leaves_the_role_leading_its_names():
    # harmelen-dorpsoverleg-2017-11-28 (texts247, scan)
    text = (
        "Aanwezig bestuur Dorpsplatform:\n"
        "Jose van Engelen, voorzitter.\n"
        "Cees van Elteren, secretaris.\n"
        "‘bestuursleden Ineke Alsem, Ko Kleijn en Paul Kwakkenbos.\n"
        "Lennard Lindeman, wijkambtenaar.\n"
    )
    assert ("Ineke Alsem", "bestuurslid", "present") in _people(text)
    assert ("Paul Kwakkenbos", "bestuurslid", "present") in _people(text)


def test_a_speck_a_space_before_a_roll_line_leaves_the_name():
    # westvlaanderen-provincieraad-2018-09-27 (texts197, scan): the speck read `‘ ` opened the
    # line, and `‘ Coupillie Luc` was read as an organisation with no name
    text = (
        "Zijn aanwezig: Spincemaille Eliane (Raadslid), voorzitter;\n"
        "Colpaert Alex (Raadslid), Content Jurgen (Raadslid), Cool Annie (Raadslid),\n"
        "‘ Coupillie Luc (Raadslid), Croes Claude (Raadslid), DE BETHUNE Jean, DE BLOCK Franky\n"
    )
    assert ("Coupillie Luc", "raadslid", "present") in _people(text)
    assert all(name for name, _, _ in _people(text))  # no organisation read without its name


def test_a_speck_before_a_page_hosts_chrome_makes_no_label():
    # drenthe-ps-2003-12-17 (texts174, scan): docplayer's `Save this PDF as:` over its formats
    text = "‘Save this PDF as:\nWORD PNG TXT JPG\n"
    assert _people(text) == []


def test_a_printed_quotation_and_an_elision_stay():
    # jhm-zoetermeer-bestuur-2021-07-27 (texts175, scan) and emmen-seniorenraad-2011-12-14
    # (texts227, scan): quotations closed on their line
    for line in (
        "‘landen’ bij de contact-/ inschrijfmogelijkheden.",
        "‘Dé oudere’ bestaat niet net zomin als ‘dè jongere’niet bestaat.",
        "'s Avonds om 20.00 uur",
        "'t Veld, Jan Bos",
    ):
        assert _label_marks_restored(line) == line
    assert _label_marks_restored("‘Afwezig") == "Afwezig"
