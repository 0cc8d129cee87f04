"""Decision lists as their born-digital PDF gives them: each paragraph wrapped at the page's
width, no empty lines (`scripts/web_render_eval.py --wrapped`). A sentence the wrap ends at a
line's end goes on in its paragraph, a heading below a full line is the next point's title,
and a subject's title stands between empty lines again, as its text prints it."""

from __future__ import annotations

from pipeline.decisions.labels import _paragraphs_whole
from tests.test_decisions_headings import _decisions

# texts185/zeeland-gs-besluitenlijst-2017-06-06.txt (lines 9-21), wrapped as its PDF is
ZEELAND = """Subsidie voor Kernsportplan Zeeland 2017
De provinciale inzet op sport focust zich op het versterken van de provinciale kernsporten:
sporten die bij het DNA van Zeeland passen en haar onderscheidend positioneren. De
Provincie Zeeland investeert daarom in het versterken van beach-, wieler en watersporten.
SportZeeland ontvangt een subsidie van maximaal € 65.000 voor het uitvoeren van het
Kernsportplan Zeeland.
Natuurontwikkelingsplannen voor Strijdersgatpolder en Willempolder vastgesteld
GS hebben twee natuurontwikkelingsplannen vastgesteld voor de Willempolder op Sint
Philipsland en de Strijdersgatpolder bij Nieuwvliet. In de plannen zijn de natuurdoelen en
de inrichtingsmaatregelen voor deze nieuwe natuurgebieden binnen het Natuurnetwerk
Zeeland (NNZ) opgenomen. De plannen worden dit jaar uitgevoerd.
Jaarverslag 2016 NV Westerscheldetunnel
Tijdens de Algemene Vergadering van Aandeelhouders van de NV Westerscheldetunnel
(NV WST) op 31 mei 2017 zijn het jaarverslag en de jaarrekening 2016 vastgesteld en
heeft de aandeelhouder de directie en Raad van Commissarissen decharge verleend.
Conform het in 2016 vastgestelde deelnemingenbeleid worden de jaarstukken ter
kennisname aan Provinciale Staten toegezonden."""


def test_a_sentence_ending_at_the_wrap_opens_no_row_of_its_own():
    texts = [text for _, _, text in _decisions(ZEELAND, "decision_list")]
    assert texts[-1].startswith("Tijdens de Algemene Vergadering van Aandeelhouders")
    assert texts[-1].endswith("ter kennisname aan Provinciale Staten toegezonden.")
    assert not any(text.startswith("Conform het in 2016") for text in texts)


# texts185/noordoostpolder-bw-besluitenlijst-2022-10-04.txt (lines 6-12), wrapped
NOORDOOSTPOLDER = """Rapportage 213a onderzoek: “De inzet van mediationvaardigheden bij bezwaren”.
 1. Kennisnemen van de rapportage 213a onderzoek over de inzet van
mediationvaardigheden bij bezwaren.
 2. De rapportage ter informatie verstrekken aan het auditcommittee.
Aanmeldcentrum asielzoekers
 1. Instemmen met het afwijzen van de vraag om mee te werken aan een aanmeldcentrum
in Bant/Luttelgeest.
 2. In te gaan op het verzoek om een tijdelijke alternatieve locatie te zoeken binnen de
gemeente voor een ander type aanmeldcentrum."""


def test_a_title_below_a_full_line_that_ends_its_sentence_stays_a_line_of_its_own():
    lines = [(1, line) for line in NOORDOOSTPOLDER.split("\n")]
    whole, spans = _paragraphs_whole(lines)
    assert (1, "Aanmeldcentrum asielzoekers") in whole
    assert [k for span in spans for k in span] == list(range(len(lines)))


# texts208/zeeland-gs-besluitenlijst-2016-04-19.txt (lines 1-13), wrapped as its PDF is:
# each subject's title over its paragraph, no empty line between them
ZEELAND_2016 = """Het college van Gedeputeerde Staten (GS) vergadert wekelijks op dinsdagmorgen over
onderwerpen die gaan over Zeeland. Zij nam de volgende besluiten.
Aanwijzing Het Verdronken Land van Saefthinge als aardkundig monument
Het provinciebestuur heeft besloten het Verdronken Land van Saeftinghe aan te wijzen als
aardkundig monument. Het Verdronken Land van Saeftinghe is een gebied met bijzondere
aardkundige waarde, aangezien het een van de meest uitgestrekte brakwater schorren- en
slikkengebieden van West-Europa is, waar de natuurlijke, aardkundige processen nog
ongestoord verlopen. Door het gebied aan te wijzen als aardkundig monument wordt de
bijzondere aardkundige waarde van dit gebied erkend en de bekendheid ervan vergroot.
De statustoekenning vindt plaats op woensdag 20 april 2016 in Emmadorp.
Gedeputeerde Staten herbenoemen lid Raad van Toezicht SCEZ
Met ingang van 1 april 2016 herbenoemen Gedeputeerde Staten de heer H.G.L. Verheuvel
AA als lid van de Raad van Toezicht van Stichting Cultureel Erfgoed Zeeland voor een
periode van vier jaar. In de statuten van deze stichting is opgenomen dat elk jaar een deel
van de leden van de Raad van Toezicht zijn zetel ter beschikking stelt volgens een
vastgesteld rooster. Een lid is éénmaal herbenoembaar. In dezelfde statuten is
opgenomen dat de leden van de leden van de Raad van Toezicht worden benoemd door
Gedeputeerde Staten van Zeeland.
Geen subsidie voor 200 jaar stoomvaart in Zeeland
De Stichting Veere-Schotland heeft een subsidieaanvraag ingediend voor de viering van
200 jaar stoomvaart in Zeeland. De Provincie Zeeland heeft dit subsidieverzoek
afgewezen."""


def test_a_subjects_title_and_its_paragraph_are_read_as_the_text_prints_them():
    texts = [text for _, _, text in _decisions(ZEELAND_2016, "decision_list")]
    assert [text.split(".")[0] for text in texts] == [
        "Het provinciebestuur heeft besloten het Verdronken Land van Saeftinghe aan te wijzen als"
        " aardkundig monument",
        "Met ingang van 1 april 2016 herbenoemen Gedeputeerde Staten de heer H",
        "De Stichting Veere-Schotland heeft een subsidieaanvraag ingediend voor de viering van 200"
        " jaar stoomvaart in Zeeland",
    ]
