"""A `Verslag` titled by the work or function it reports on, not by a meeting: an ombudsman's
or a commission's `verslag van/over (de) werkzaamheden`, a `Verslag klachtenmanagement`, the
Tweede Kamer's `Verslag houdende een lijst van vragen en antwoorden`. The gold types each
`report` (tests/gold/README.md rule 20); `Verslag ...` otherwise titles minutes. Lines quoted
from development texts (rounds AF, AR, AV, BE), shortened."""

from __future__ import annotations

import pytest

from pipeline.documents import classify_document

PLAIN = 3  # the title lines of a plain-text release

#: the chrome of a document site's copy (docplayer) above its transcription
_HOST = "\n\nMaat: px\nWeergave met pagina beginnen:\n\n"

#: texts229/spijkenisse-ombudsman-verslag-werkzaamheden-negatief, lines 1-13 (AR)
_SPIJKENISSE = (
    "verslag van werkzaamheden"
    + _HOST
    + 'Download "verslag van werkzaamheden"\n\nTranscriptie\n\n1 verslag van werkzaamheden\n\n'
    "2 gemeentelijke ombudsman Spijkenisse Minervahuis I Meent 106 4e etage 3011 JR Rotterdam"
    " Telefoon Fax Webadres info@ombudsmanrotterdam.nl\n\n3 verslag van werkzaamheden\n\n"
    "4 Ombudsman: missie, werkwijze en behoorlijkheid De gemeentelijke ombudsman onderzoekt"
    " klachten over de gemeente Spijkenisse en een aantal gemeenten en gemeentelijke"
    " samenwerkingsverbanden in de regio.\n"
)

#: texts294/leerlingenrechten-verslag-2008-negatief, lines 1-30 (BE): a document host's
#: labels over the report's cover page
_LEERLINGENRECHTEN = (
    "• No results found\n\nCommissie inzake Leerlingenrechten\n\nN/A\nN/A\nProtected\n\n"
    'Academic year: 2022\n\nShare "Commissie inzake Leerlingenrechten"\n\nCopied!\n32\n0\n0\n\n'
    "Bezig met laden.... (Bekijk nu de volledige tekst)\n\nHele tekst\n\n(1)\n\n"
    "V E R S L AG 2 0 0 8\n\nCommissie inzake Leerlingenrechten\n\n"
    "Verslag over de werkzaamheden\n\n2008\n\n(2)\n\n"
    "Eindredactie Prof. Dr. Ludo M. Veny (voorzitter) Daphne Rombauts en Katrien Deman"
    " (Agentschap voor Onderwijsdiensten)\n\nVerantwoordelijke uitgever\n\nProf. Dr. Ludo M."
    " Veny\n\n(3)\n\nInhoud\n\nDeel I Omtrent de Commissie inzake Leerlingenrechten ... 3\n\n"
    "I.0 Vooraf ...3\n\nI.1 Samenstelling van de Commissie inzake Leerlingenrechten...3\n"
)

#: texts178/vlm-klachtenmanagement-2016, lines 1-10 (AF)
_VLM = (
    "Verslag klachtenmanagement 2016"
    + _HOST
    + 'Download "Verslag klachtenmanagement 2016"\n\nTranscriptie\n\n'
    "1 Verslag klachtenmanagement 2016 Vlaamse Landmaatschappij Gulden Vlieslaan Brussel Totaal"
    " aantal klachten 41 Ontvangen klachten 38 Niet gekwalificeerd als klacht 3 Aantal dagen"
    " tussen de ontvangstdatum van de klacht en de verzenddatum van uw antwoord\n"
)

#: texts253/tk-verslag-lijst-vragen-antwoorden-bhos-suppletoire-begroting-2024-09-27,
#: lines 1-10 (AV)
_TWEEDE_KAMER = (
    "Verslag houdende een lijst van vragen en antwoorden : Verslag houdende een lijst van"
    " vragen en antwoorden\n36 613 XVII Wijziging van de begrotingsstaat van Buitenlandse Handel"
    " en Ontwikkelingssamenwerking (XVII) voor het jaar 2024 (wijziging samenhangende met"
    " Miljoenennota)\nNr. 3\n                   VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN"
    " ANTWOORDEN\n            \nVastgesteld 27 september 2024\nDe vaste commissie voor"
    " Buitenlandse Handel en Ontwikkelingssamenwerking, belast met\n                  het"
    " voorbereidend onderzoek van dit voorstel van wet, heeft de eer verslag uit te\n"
    "                  brengen in de vorm van een lijst van vragen met de daarop gegeven"
    " antwoorden.\n"
)


@pytest.mark.parametrize(
    "text",
    [_SPIJKENISSE, _LEERLINGENRECHTEN, _VLM, _TWEEDE_KAMER],
    ids=["spijkenisse", "leerlingenrechten", "vlm", "tweede-kamer"],
)
def test_a_verslag_titled_by_the_work_it_reports_on_is_a_report(text: str) -> None:
    assert classify_document(text, PLAIN)[0] == "report"


@pytest.mark.parametrize(
    "title",
    [
        # a meeting's record keeps its title rule (texts297 strekervogelvrienden, a club's)
        "Verslag van de jaarvergadering van 23 mei 2011",
        "Verslag van de werkgroep 12 maart 2019",
        "Verslag ALV 2016",
    ],
)
def test_a_verslag_of_a_meeting_stays_minutes(title: str) -> None:
    roll = "Aanwezig: Jan, Piet, Klaas\n\n1. Opening\nDe voorzitter opent de vergadering.\n"
    text = f"{title}\n\n{roll}"
    assert classify_document(text, PLAIN)[0] == "minutes"
