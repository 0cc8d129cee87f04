"""A letter's title is its printed subject (`Betreft`, `Onderwerp`), with the line it wraps
onto, not the return address or the letterhead's first line (lines from real letters:
17_getekend, Bij-Besluit p1, Inv-20-0774 p1)."""

from __future__ import annotations

from pipeline.documents import classify_document, letter_subject

AMSTERDAM = """Postbus 202
1000 AEAmsterdam
Retouradres: Postbus 1840, 1000 BV Amsterdam
Datum 8 oktober2020
Ons kenmerk CE20-07584en CE20-07583
Bijlage(n) 2
Onderwerp Beslissing op uw verzoeken in het kader van Wet openbaarheid bestuur betreffende
Plantage Doklaan
Geachte ,
Middels drie e-mails heeft u met een beroep op de Wet openbaarheid van bestuur"""

EZK = """> Retouradres Postbus 20401 2500 EK Den Haag
Behandeld door
Datum 4 december 2020 10.2.e
@minezk.nl
Betreft Besluit Wob-verzoek d.d. 1 juli 2020 inzake Technology Readiness
Level (TRL)
Ons kenmerk
Geachte heer 10.2.e , DGBI-I&K / 20236750"""

NVWA = """> Retouradres Postbus 430063540 AA Utrecht
directie Strategie
Onze referentie
TRCVWA/2021/776
Datum: verzonden op 2 april 2021 per e-mail
Betreft: Besluit op Wob-verzoek 20-0774
Geachte heer/mevrouw,
Bij e-mail van 22 oktober 2020 heeft u met een beroep op de Wet openbaarheid"""


def test_the_subject_and_its_wrapped_line_are_the_title():
    assert letter_subject(AMSTERDAM.splitlines()).endswith("betreffende Plantage Doklaan")
    assert letter_subject(EZK.splitlines()) == (
        "Besluit Wob-verzoek d.d. 1 juli 2020 inzake Technology Readiness Level (TRL)"
    )
    assert letter_subject(NVWA.splitlines()) == "Besluit op Wob-verzoek 20-0774"
    assert classify_document(NVWA)[1] == "Besluit op Wob-verzoek 20-0774"


def test_an_address_line_of_the_other_column_is_not_the_subjects_rest():
    lines = ["Betreft Besluit op uw verzoek", "3511 GG Utrecht", "Ons kenmerk"]
    assert letter_subject(lines) == "Besluit op uw verzoek"


def test_a_word_that_starts_with_a_label_is_no_subject():
    lines = ["Onderwerpen en categorie die de klacht het beste omschrijven", "Inzake"]
    assert letter_subject(lines) is None
