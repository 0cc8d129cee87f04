"""Attendance as old council minutes print it (archive OCR, 1900-1995): a sentence opening
the minutes without a colon (`Tegenwoordig de heeren ...`, `Aanwezig zyn de heeren: ...`),
names in capitals, titles of nobility inside a name, a person given two functions."""

from __future__ import annotations

import pytest

from pipeline.meetings import extract_participants
from pipeline.meetings.layout import _initials_restored, _label_marks_restored


def _people(text: str) -> list[tuple]:
    lines = [(1, line) for line in text.splitlines()]
    return [(p["name"], p["role"], p["status"]) for p in extract_participants(lines)]


@pytest.mark.parametrize(
    "lead",
    [
        "Tegenwoordig de heeren",
        "Tegenwoordig zijn de heeren:",
        "Aanwezig zyn de heeren:",
        # the formula for a full council (`all members of the council, namely ...`)
        "Tegenwoordig al de Leden van den Raad, te weten de heeren",
        "Tegenwoordig de leden van de raad te weten de heeren",
    ],
)
def test_an_opening_sentence_without_verb_or_colon_lists_who_attended(lead):
    assert _people(f"{lead} A. Bos, K. Kok en P. Mol.") == [
        ("A. Bos", None, "present"),
        ("K. Kok", None, "present"),
        ("P. Mol", None, "present"),
    ]


def test_a_name_in_capitals_ends_the_sentence_of_the_absent():
    text = (
        "Afwezig de heeren B. C. VAN HOUT, K. KOK en W. SMIT.-- De voorzitter opent de vergadering."
    )
    assert _people(text) == [
        ("B. C. VAN HOUT", None, "absent"),
        ("K. KOK", None, "absent"),
        ("W. SMIT", None, "absent"),
    ]


def test_a_title_of_nobility_inside_a_name():
    # a name the role after the list is checked against: `baron` is part of it
    text = "Tegenwoordig de heeren J. R. baron VAN DAM, A. BOS en K. KOK, burgemeester."
    assert _people(text) == [
        ("J. R. baron VAN DAM", None, "present"),
        ("A. BOS", None, "present"),
        ("K. KOK", "burgemeester", "present"),
    ]


def test_a_second_function_after_the_first_is_the_same_persons():
    people = extract_participants(
        [(1, "Aanwezig: A. Bos, K. Kok en P. Mol, burgemeester, voorzitter.")]
    )
    assert [(p["name"], p["role"], p["is_chair"]) for p in people] == [
        ("A. Bos", None, False),
        ("K. Kok", None, False),
        ("P. Mol", "burgemeester", True),
    ]
    assert _people("Voorzitter is de heer P. Hamel, tevens secretaris.") == [
        ("P. Hamel", "voorzitter", "present")
    ]


def test_a_function_alone_between_commas_is_the_one_before_s():
    # `Aanwezig:` over a blank line and one comma list whose functions stand as items
    text = (
        "Aanwezig:\n\n"
        "A. Bos, K. Kok, secretaris, P. Mol, wnd. voorzitter, J. Dam en H. Vos, notulist."
    )
    assert _people(text) == [
        ("A. Bos", None, "present"),
        ("K. Kok", "secretaris", "present"),
        ("P. Mol", "voorzitter", "present"),
        ("J. Dam", None, "present"),
        ("H. Vos", "notulist", "present"),
    ]
    people = extract_participants([(1, "Afwezig: M. Vonk, contactambtenaar gemeente, K. Kok")])
    assert [(p["name"], p["role"], p["organisation"]) for p in people] == [
        ("M. Vonk", "contactambtenaar", "gemeente"),
        ("K. Kok", None, None),
    ]


def test_a_surname_opened_by_a_shortened_particle():
    text = "Aanwezig zijn de heren: Bos, P. Kok, v. Dam en J. Mol."
    assert [name for name, _, _ in _people(text)] == ["Bos", "P. Kok", "v. Dam", "J. Mol"]


def test_a_function_s_qualifier_is_no_organisation():
    people = extract_participants([(1, "Aanwezig: A. Bos, wnd. voorzitter, K. Kok, secretaris")])
    assert [(p["name"], p["role"], p["organisation"]) for p in people] == [
        ("A. Bos", "voorzitter", None),
        ("K. Kok", "secretaris", None),
    ]


def test_a_function_after_a_guest_is_theirs_not_the_group_s():
    text = "Aanwezig:  de dames A. Bos, K. Kok, P. Mol\n\nGasten:        mw. C. Dam, wethouder\n"
    assert _people(text)[-1] == ("C. Dam", "wethouder", "present")


@pytest.mark.parametrize(
    "prose",
    [
        "Tegenwoordig zijn de heren Bos en Kok eigenaar van de zaak.",
        "Tegenwoordig de heer Bos woont in Utrecht.",
    ],
)
def test_tegenwoordig_in_today_s_prose_lists_no_one(prose):
    assert _people(prose) == []


def test_a_welcome_list_running_on_with_alsmede_after_its_comma_is_read() -> None:
    # an archive's page on one line: the chair welcomes guests, the last after `alsmede`
    # and a comma, and the next item runs on without a full stop (`... en aanmerkingen`)
    text = (
        "VERSLAG VAN DE LEDENVERGADERING VAN DE VERENIGING DE LINDE OP VRIJDAG 12 MAART "
        "1971 IN HOTEL DE ZON TE ZUIDERHOEK. Aanwezig: 40 leden. Voorzitter: J. Bos. 1. "
        "Opening. De voorzitter opent de vergadering. Hij heet in het bijzonder welkom de "
        "wethouders en hun partners, alsmede mevrouw A. Smit-de Wit 2. Verslag van de "
        "ledenvergadering van 6 november 1970. Het verslag wordt zonder op- en aanmerkingen "
        "vastgesteld."
    )
    assert ("J. Bos", "voorzitter", "present") in _people(text)


def test_apologies_received_from_gentlemen_named_before_the_news():
    # `van de heeren ... bericht is ingekomen, dat zij ... niet kunnen bijwonen`: they were
    # away; the sentence below the list and the secretary's field ends the list
    text = (
        "Tegenwoordig zijn de heeren: A. Bos, K. Kok en P. Mol.\n"
        "Secretaris: de heer N. Dam.\n"
        "De Voorzitter opent de vergadering.\n"
        "De Voorzitter deelt mede, dat van de heeren Mr. Wit, Vos en Ruis bericht is "
        "ingekomen, dat zij de vergadering niet kunnen bijwonen."
    )
    assert [p for p in _people(text) if p[2] == "absent"] == [
        ("Wit", None, "absent"),
        ("Vos", None, "absent"),
        ("Ruis", None, "absent"),
    ]


def test_apologies_received_spelt_old_and_glued_to_its_that():
    text = (
        "Tegenwoordig de heeren A. Bos en K. Kok.\n"
        "De Voorzitter meldt, dat van de Heeren D. Wit, Dr. C. Vos en Mr. T. Ruis berigt is "
        "ontvangendat zij deze Vergadering niet kunnen bijwonen."
    )
    assert [p for p in _people(text) if p[2] == "absent"] == [
        ("D. Wit", None, "absent"),
        ("C. Vos", None, "absent"),
        ("T. Ruis", None, "absent"),
    ]


def test_the_chair_and_secretary_in_sentences_of_a_flattened_head():
    # the head flattened into one line: each function a sentence of its own after the list
    text = (
        "Tegenwoordig al de Leden van den Raad, te weten de heeren A. Bos, K. Kok en P. Mol. "
        "Voorzitter Jhr. Mr. J. de Wit. Secretaris A. G. Dam. De Voorzitter opent de "
        "vergadering en stelt voor de notulen vast te stellen."
    )
    assert _people(text) == [
        ("A. Bos", None, "present"),
        ("K. Kok", None, "present"),
        ("P. Mol", None, "present"),
        ("J. de Wit", "voorzitter", "present"),
        ("A. G. Dam", "secretaris", "present"),
    ]
    # a sentence that opens with the function and goes on with a verb names no one
    text = "Aanwezig: A. Bos, K. Kok en P. Mol. Voorzitter opent de vergadering om 20.00 uur."
    assert _people(text) == [
        ("A. Bos", None, "present"),
        ("K. Kok", None, "present"),
        ("P. Mol", None, "present"),
    ]


def test_names_glued_where_ocr_lost_the_line_break_are_parted():
    # West-Brabants Archief, Rucphen 1989: the head flattened into one line, the chair and
    # secretary as inline fields, a title and names glued to the initials after them
    text = (
        "GEMEENTE RUCPHEN 1. Opening 2. Notulen 3Ingekomen stukken op dinsdag 26 september "
        "1989, om 19.00 uur. Voorzitter: W. du Chatinier, secretaris: mrL.M. Cooijmans "
        "Aanwezig: J. Verpaalen (wethouder), A. Schijven (wethouder), H. van MiertD. Luijkx, "
        "C. de Sraidt, W. KoolsJ. Ermen, J. Vermunt-SchrauwenD. de Jong, L. Gabriels en P. "
        "Vroegrijk. 4. Aanbieding begroting 1990 Opening van de vergadering"
    )
    assert _people(text) == [
        ("W. du Chatinier", "voorzitter", "present"),
        ("L.M. Cooijmans", "secretaris", "present"),
        ("J. Verpaalen", "wethouder", "present"),
        ("A. Schijven", "wethouder", "present"),
        ("H. van Miert", None, "present"),
        ("D. Luijkx", None, "present"),
        ("C. de Sraidt", None, "present"),
        ("W. Kools", None, "present"),
        ("J. Ermen", None, "present"),
        ("J. Vermunt-Schrauwen", None, "present"),
        ("D. de Jong", None, "present"),
        ("L. Gabriels", None, "present"),
        ("P. Vroegrijk", None, "present"),
    ]


def test_a_glued_agenda_number_ends_the_secretary_s_name():
    # Oudenbosch 1953: `1Opening`, the first item's number glued to its title
    text = (
        "VERGADERING VAN DE GEMEENTERAAD op Maandag, 12 october 1953 des avonds om 20.00 uur "
        "Aanwezig de leden; J.A.J.P. KeijC.A. van Oosterhout, H.M. Rubbens en H.Tolhuizen, "
        "Voorzitter: B. Punk. Secretaris: J.P. van Hoek. 1Opening De voorzitter opent de "
        "vergadering met gebed."
    )
    assert _people(text) == [
        ("J.A.J.P. Keij", None, "present"),
        ("C.A. van Oosterhout", None, "present"),
        ("H.M. Rubbens", None, "present"),
        ("H.Tolhuizen", None, "present"),
        ("B. Punk", "voorzitter", "present"),
        ("J.P. van Hoek", "secretaris", "present"),
    ]


def test_ocr_marks_of_a_list_closed_by_its_roles_are_restored():
    # Rijsbergen 1968: the label's colon read as `s`, a role glued to the name before it (its
    # semicolon read as `s`), the next role's semicolon read as `?`, names glued
    text = (
        "NOTULEN van de openbare vergadering van de raad der gemeente RIJSBERGEN op Donderdag "
        "12 september 1968 te 16,- uur in de raadzaal van het gemeentehuis. Aanwezigs "
        "Mr.J.J.G.H.Raaijmakersvoorzitters A.Hendrickx en J. F.g.Rombouts, wethouders? "
        "A.A.Martens, C.A.P.RomboutsW.J.I.Simonis en A.J.Braapennincx, leden, Afwezig zonder "
        "bericht van verhindering; P»F.A.Konnis en G.Bastiaansen. 1Openingmet het gebed."
    )
    assert _people(text) == [
        ("J.J.G.H.Raaijmakers", "voorzitter", "present"),
        ("A.Hendrickx", "wethouder", "present"),
        ("J. F.g.Rombouts", "wethouder", "present"),
        ("A.A.Martens", "lid", "present"),
        ("C.A.P.Rombouts", "lid", "present"),
        ("W.J.I.Simonis", "lid", "present"),
        ("A.J.Braapennincx", "lid", "present"),
        ("P.F.A.Konnis", None, "absent"),
        ("G.Bastiaansen", None, "absent"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Aanwezig: A. Bode, K. Verlinde en P. Kok.",  # a surname no role glued to it
        "Wie is de wethouder? Jan Bos weet het.",  # a question, no role closing names
        "Aanwezigheid: 12 leden",  # a word going on from a label's
        "Het collegeA.B. Smit, mr. C. van Dam",  # a table's cell glued to its names
    ],
)
def test_lines_without_ocr_damage_are_left_as_they_are(line):
    assert _label_marks_restored(_initials_restored(line)) == line


def test_initials_that_lost_a_full_stop_still_part_glued_names():
    # Prinsenbeek 1962: `A.JG.Hurks` (J.G.), names glued without space or comma, and the
    # first item's number set apart from its full stop (`1 .Opening`)
    text = (
        "-59- NOTULEU van het behandelde in de openbare ver gadering van de Raad der gemeente "
        "Prinsenbeek op vrijdag 5 .januari 1962 te 7 uur n.m. Aanwezig zijn de leden: "
        "W.BaremansP.BiemahsA.J. DikmansA.JG.HurksJ.Huijben,H.Lotstra en P.de Vooght. "
        "Voorzitter: P J.A.Baetens Secretaris: P.P.A.van Hal. 1 .Opening. De VOORZITTER opent "
        "de vergadering met gebed."
    )
    assert [p[0] for p in _people(text)] == [
        "W.Baremans", "P.Biemahs", "A.J. Dikmans", "A.JG.Hurks", "J.Huijben", "H.Lotstra",
        "P.de Vooght", "P J.A.Baetens", "P.P.A.van Hal",
    ]  # fmt: skip


def test_function_labels_whose_colon_ocr_read_as_a_question_mark():
    # Idaarderadeel 1965: every colon of the page read as `?`; the first item unnumbered
    text = (
        "GEMEENTE IDAARDERADEEL GROUW Notulen van de openbare vergadering van de raad der "
        "gemeente Idaarderadeel op woensdag 27 oktober 1965 1s avonds 8 uur» Aanwezig mevrouw "
        "G.Kuiper-Koopstra en de heren S.K.de Jong, R.Wartena en H.van de Lageweg. Voorzitter? "
        "K.J.Vrijling, burgemeester. Secretaris? D.Smits. Opening. De voorzitter opent de "
        "vergadering en stelt aan de orde? 1. Notulen"
    )
    assert _people(text)[-2:] == [
        ("K.J.Vrijling", "burgemeester", "present"),
        ("D.Smits", "secretaris", "present"),
    ]
    assert _label_marks_restored("Wie? J. Bos weet het.") == "Wie? J. Bos weet het."


def test_a_label_without_colon_before_de_leden_and_en_de_wethouders():
    # Woensdrecht 1985: the label and `de leden` without colon, surnames only, the aldermen
    # a group after `en de wethouders` without comma; chair and secretary with their office
    text = (
        "Openbare vergadering van de raad der gemeente Woensdrecht gehouden op maandag 23 "
        "december 1985 des avonds om acht uur in de raadzaal. Voorzitter: Mr.J.M.de Leeuw, "
        "burgemeester. Secretaris: PS.F.M.Vorstenbosch, loco. Aanwezig de leden Schuurbiers, "
        "de Klerk, Piasmans, Wils, Beekhuijzen en Konings en de wethouders Bogers en "
        "Koulman—Leenhouts Afwezig geen der leden. De voorzitter opent de vergadering met gebed."
    )
    assert _people(text) == [
        ("J.M.de Leeuw", "voorzitter", "present"),
        ("PS.F.M.Vorstenbosch", "secretaris", "present"),
        ("Schuurbiers", "lid", "present"),
        ("de Klerk", "lid", "present"),
        ("Piasmans", "lid", "present"),
        ("Wils", "lid", "present"),
        ("Beekhuijzen", "lid", "present"),
        ("Konings", "lid", "present"),
        ("Bogers", "wethouder", "present"),
        ("Koulman—Leenhouts", "wethouder", "present"),
    ]


def test_a_margin_label_in_capitals_and_lower_case_roles_before_initials():
    # Dinteloord 1982: the typescript's margin labels in capitals among the text, the first
    # name's initials glued (`GMGJMvan`), the officers' column in lower case (`sekretaris`,
    # the spelling of the time) after the absent
    text = (
        "1 NOTULEN van de openbare vergadering van de raad der ge meente Dinteloord en "
        "Prinsenland, gehouden op donderdag, 28 januari 1982 's avonds om 7.30 uur. OPENING "
        "NOTULEN AANWEZIG GMGJMvan Steen, M.C. Sturris, J.de Visser en F.Hulshof. AFWEZIG met "
        "kennisgeving: H.D.W.Boven voorzitter: S.M.Bierkens sekretaris: N.Littooij 1. De "
        "voorzitter opent de vergadering door voorlezing van het formuliergebed."
    )
    assert _people(text) == [
        ("GMGJMvan Steen", None, "present"),
        ("M.C. Sturris", None, "present"),
        ("J.de Visser", None, "present"),
        ("F.Hulshof", None, "present"),
        ("H.D.W.Boven", None, "absent"),
        ("S.M.Bierkens", "voorzitter", "present"),
        ("N.Littooij", "sekretaris", "present"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Aanwezig waren 14 van de 16 leden.",
        "Aanwezig de leden van de commissie en enkele ambtenaren.",
        "Zoals bekend was daar aanwezig de heer Bos die de stukken toelichtte.",
        "Er zijn ook aanwezig de leden Bos en Kok die later kwamen, zegt de voorzitter.",
        "Het voorstel is aangenomen en de wethouders Bos en Kok zullen het uitvoeren.",
    ],
)
def test_prose_with_an_attendance_word_lists_no_one(text):
    assert [p for p in _people(text) if p[2] == "present" and p[0] in {"Bos", "Kok"}] == []
    assert not any(p[1] == "lid" for p in _people(text))


def test_officers_of_a_label_column_without_colon_after_the_lists():
    # Waterschap Veluwe: the head's label column flattened without colons; the officers'
    # fields (`Dijkgraaf`, `Secretaris-directeur`, `Opgemaakt door`) follow the absent's list
    text = (
        "1 Besprekingsverslag algemeen bestuur Steenbokstraat 10 Postbus AC Apeldoorn [T] (055) "
        "Aanwezig B.J. Aalbers (Water Natuurlijk), V. Doorn (VVD), A. van Wijhe (ongebouwd) "
        "Afwezig G.B. Ekelmans (ChristenUnie), B.J. Prenger (bedrijfsgebouwd) Dijkgraaf G. "
        "Verwolf Secretaris-directeur P. Spaan Opgemaakt door N. Knapen (BMO) Volgende "
        "vergadering 27 april Opening en mededelingen De dijkgraaf opent de vergadering en heet "
        "iedereen van harte welkom."
    )
    assert [p for p in _people(text) if p[2] == "present"][-2:] == [
        ("G. Verwolf", "dijkgraaf", "present"),
        ("P. Spaan", "secretaris-directeur", "present"),
    ]
    assert ("B.J. Prenger", None, "absent") in _people(text)


def test_the_author_field_of_a_head_names_no_attendee():
    text = "Nummer: 0 Opgemaakt door: S. Tuinsma Onderwerp/overlegorgaan: GMR PO"
    assert _people(text) == []


def test_mej_is_an_unmarried_member_s_honorific():
    """Old council minutes title an unmarried member `mej.` (Steenbergen 1966: `Tegenwoordig
    de heren: ..., mej. J.A.W. van Eekeren, ..., M.C.G. Herbers, wethouder en A. J. Jansen,
    wethouder.`): an honorific as `mevr.` is, the list read whole."""
    line = (
        "Tegenwoordig de heren: P. J. G. Koenraadt, J.C. Laanen, mej. J.A.W. van Eekeren, "
        "J-A. van Poppel, M.C.G. Herbers, wethouder en A. J. Jansen, wethouder."
    )
    people = extract_participants([(1, line)])
    assert [(p["name"], p["role"]) for p in people] == [
        ("P. J. G. Koenraadt", None), ("J.C. Laanen", None), ("J.A.W. van Eekeren", None),
        ("J-A. van Poppel", None), ("M.C.G. Herbers", "wethouder"), ("A. J. Jansen", "wethouder"),
    ]  # fmt: skip


def test_the_full_council_after_the_unnamed_chair_in_groups_led_by_their_roles():
    # web282 klundert-raad-1938-05-18 (West-Brabants Archief): `Met den Burgemeester` names
    # no one; each group opens with its plural role; `v. d.` spaced; a comma lost between two
    text = (
        "Met den Burgemeester zijn aanwezig alle leden t.w. de beide Wethouders H. Knook en "
        "A. H. v. d. Wiel en de raadsleden K. J. Munters, W. A. de Vries, C. Vermeulen, J. "
        "Verhoef, C. de Roos, W. Dietvorst, R. de Gassen D. A. Geleijns. De Voorzitter opent "
        "de vergadering met gebed en stelt aan de orde: 1. NOTULEN."
    )
    assert _people(text) == [
        ("H. Knook", "wethouder", "present"),
        ("A. H. v. d. Wiel", "wethouder", "present"),
        ("K. J. Munters", "raadslid", "present"),
        ("W. A. de Vries", "raadslid", "present"),
        ("C. Vermeulen", "raadslid", "present"),
        ("J. Verhoef", "raadslid", "present"),
        ("C. de Roos", "raadslid", "present"),
        ("W. Dietvorst", "raadslid", "present"),
        ("R. de Gassen", "raadslid", "present"),
        ("D. A. Geleijns", "raadslid", "present"),
    ]


def test_the_members_roll_typed_without_colon_or_commas():
    # web282 wouw-raad-besloten-1979-09-27: the head flattened into one line; `Leden` heads a
    # roll of initialled names with nothing between them, the minutes' text right after it
    text = (
        "-11- Notulen van de besloten vergadering van de raad der gemeente Wouw van 27 "
        "september 1979 Aanwezig: Voorzitter: mr. A.G.J.M. Rombouts Secretaris: P.Th. Maas "
        "Leden P.C. Boden P.A. Bogers M.M. Goossens mr. F.X.A.M. van Hasselt H.A.G. Hellegers "
        "Th.P.M. Joachems E.M.C. Kemperman-de Vet P.A.M. van Tiggelen Na het sluiten van de "
        "deuren beslist de raad zonder hoofdelijke stemming, dat met gesloten deuren zal "
        "worden beraadslaagd over het voorstel van burgemeester en wethouders."
    )
    assert _people(text) == [
        ("A.G.J.M. Rombouts", "voorzitter", "present"),
        ("P.Th. Maas", "secretaris", "present"),
        ("P.C. Boden", "lid", "present"),
        ("P.A. Bogers", "lid", "present"),
        ("M.M. Goossens", "lid", "present"),
        ("F.X.A.M. van Hasselt", "lid", "present"),
        ("H.A.G. Hellegers", "lid", "present"),
        ("Th.P.M. Joachems", "lid", "present"),
        ("E.M.C. Kemperman-de Vet", "lid", "present"),
        ("P.A.M. van Tiggelen", "lid", "present"),
    ]


def test_a_label_column_of_dashed_functions_before_values_closed_by_full_stops():
    # web282 woensdrecht-raad-1994-09-27: a two-column table flattened, the labels first
    # (`Aanwezig-voorzitter -secretaris -de leden -wethouders Afwezig`), then one value per
    # label, each closed by a full stop (not the one of a title: `Ir. Van der Schrier`)
    text = (
        "Openbare vergadering van de raad der gemeente Woensdrecht op 27 september 1994 des "
        "avonds om 20.00 uur in de raadszaal. Aanwezig-voorzitter -secretaris -de leden "
        "-wethouders Afwezig H.W.M. Klitsie, burgemeester. F.A.J. Jansen. Adriaansen, Ars, "
        "Bosman, Ir. Van der Schrier en Van Loon. Schuurbiers en Beekhuijzen. met "
        "kennisgeving de heer Konings. De voorzitter opent de vergadering met gebed."
    )
    assert _people(text) == [
        ("H.W.M. Klitsie", "burgemeester", "present"),
        ("F.A.J. Jansen", "secretaris", "present"),
        ("Adriaansen", "lid", "present"),
        ("Ars", "lid", "present"),
        ("Bosman", "lid", "present"),
        ("Van der Schrier", "lid", "present"),
        ("Van Loon", "lid", "present"),
        ("Schuurbiers", "wethouder", "present"),
        ("Beekhuijzen", "wethouder", "present"),
        ("Konings", None, "absent"),
    ]


def test_a_label_row_wrapped_over_ruler_numbered_lines_with_group_roles():
    # web251 haarlemmerliede-raad-notulen-2010-04-27: the margin numbers every fifth line;
    # the row of labels runs over two lines, the values on one line below, group by group
    text = (
        "20 Aanwezig: Leden:\n"
        "25 Wethouders: Voorzitter: Griffier: Notulen:\n"
        "Mevrouw G.Th.M. van der Aar-van Lieshout, Mevrouw C.C.J. Breed-Vlaar; De heren "
        "F.J.M. Duits, W.J. Geldof en H. Werner Mevrouw M.J.P. Vink-van Bruggen en de heer J. "
        "Witteman de heer H.B. Bruijn Mevrouw A.J. Kuijper Mevrouw M. Hopman-Walter\n"
        "30 Afwezig met kennisgeving:\n"
        "35\n"
    )
    assert _people(text) == [
        ("G.Th.M. van der Aar-van Lieshout", "lid", "present"),
        ("C.C.J. Breed-Vlaar", "lid", "present"),
        ("F.J.M. Duits", "lid", "present"),
        ("W.J. Geldof", "lid", "present"),
        ("H. Werner", "lid", "present"),
        ("M.J.P. Vink-van Bruggen", "wethouder", "present"),
        ("J. Witteman", "wethouder", "present"),
        ("H.B. Bruijn", "voorzitter", "present"),
        ("A.J. Kuijper", "griffier", "present"),
        ("M. Hopman-Walter", "notulist", "present"),
    ]


def test_a_board_s_functions_in_a_row_over_the_row_of_their_holders():
    # web262 westbroek-chalets-alv-2012-04-26: the head's table read row by row; another
    # table's heading stands between the functions and the names
    text = (
        "Algemene Ledenvergadering 26 april 2012 Notulen Plaats: Datum: Tijd: Aanwezig:\n"
        "Gebouw Rehoboth, Kerkdijk 6, Westbroek 26 april 2012 Aanvang 20.00 uur; sluiting "
        "23.00 uur. Bestuur: Voorzitter Secretaris Penningmeester Onderhoud Legalisatie e.d.\n"
        "Aantal stemmen: leden/eigenaren bestuursleden machtigingen totaal aantal stemmen\n"
        "Judith Knijn Sandra Tulp Hans Beuk Rob Overeem Riet Ritman\n"
        "39 5 6 50\n"
        "1. Opening, welkom, inleiding Judith Knijn opent de vergadering."
    )
    assert [name for name, _, _ in _people(text)] == [
        "Judith Knijn",
        "Sandra Tulp",
        "Hans Beuk",
        "Rob Overeem",
        "Riet Ritman",
    ]
    assert _people(text)[:3] == [
        ("Judith Knijn", "voorzitter", "present"),
        ("Sandra Tulp", "secretaris", "present"),
        ("Hans Beuk", "penningmeester", "present"),
    ]
