"""A proposal paper named by its kind or by its form's head in wordings the vocabulary
missed: a `statenvoorstel`, an `initiatiefvoorstel` or a `bisnota` in the title, an old
college proposal (`Voorstel van burgemeester en wethouders tot ...`), a council form named
`Voorstel raad en raadsbesluit`, a water board's paper addressed to its board over its subject
and proposal.
The gold types each `memo` (tests/gold/README.md rule 20). Lines quoted from development
texts (rounds AW, AZ, BB, BC, BE), shortened."""

from __future__ import annotations

import pytest

from pipeline.documents import classify_document, proposes_to_a_board

PLAIN = 3  # the title lines of a plain-text release

#: the chrome of a document site's copy (docplayer) above its transcription
_HOST = "\n\nSave this PDF as:\n WORD  PNG  TXT  JPG\n\nMaat: px\nWeergave met pagina beginnen:\n\n"

#: texts298/breda-raadsvoorstel-aanvullend-krediet-tachymeter-1975-12-10, lines 1-3 (BE):
#: an archive's OCR of a 1975 proposal, its header run into its title, under the volume's line
_BREDA = (
    "aan de raad der Bijlage nr. 26 Gemeente Breda Voorstel van burgemeester en wethouders tot"
    " het beschikbaar stellen van een aanvullend kre- St/62688 diet voor de aanschaf van een"
    " 10-12-1975 elektro-optische tachymeter ten behoeve van de dienst van open bare werken."
    " Op grond van het bovenstaande stellen wij U voor om een aanvul lend krediet ad"
    " 6.000,beschikbaar te stellen, zulks door vaststelling van bijgaand concept-besluit"
    " Burgemeester en wethouders van Breda, Merkx burgemeester, van den Dam secretaris. ligt ter"
    " visie in de leeskamer\n\nRaadsnotulen en jaarverslagen\n\n"
    "Breda - Bijlagen bij de notulen van de gemeenteraad | 1976 | | pagina 114\n"
)

#: texts288/landgraaf-raadsvoorstel-referendumverordening-2017-05-19, lines 1-10 (BC)
_LANDGRAAF = (
    "Voorstel raad en raadsbesluit"
    + _HOST
    + 'Download "Voorstel raad en raadsbesluit"\n\nTranscriptie\n\n'
    "1 Voorstel raad en raadsbesluit Gemeente Landgraaf Documentnummer: B B Landgraaf, 19 mei"
    " 2017 ONDERWERP: Referendumverordening gemeente Landgraaf 2017 Raadsvoorstelnummer: 45"
    " Verantwoordelijke portefeuillehouder(s): Burgemeester Behandeld in BenW d.d.: 19 mei 2017"
    " Samenvatting In de gemeenteraad van 20 april 2017 is bij besluit van uw raad bij meerderheid"
    " een motie aangenomen inhoudende de invoering van een referendumverordening.\n"
)

#: texts273/waterschapsblad-sittard-zienswijze-begroting-wbl-2011-06-21, lines 1-10 (AZ)
_WATERSCHAPSBLAD = (
    "WATERSCHAPSBLAD 2011, NUMMER 27 BIJL.: 1 Agendapunt: 12"
    + _HOST
    + 'Download "WATERSCHAPSBLAD 2011, NUMMER 27 BIJL.: 1 Agendapunt: 12"\n\nTranscriptie\n\n'
    "1 AB WATERSCHAPSBLAD 2011, NUMMER 27 BIJL.: 1 Agendapunt: 12 Sittard, 21 juni 2011 AAN HET"
    " ALGEMEEN BESTUUR Onderwerp: Zienswijze ontwerpbegroting 2012 en meerjarenraming"
    " Waterschapsbedrijf Limburg Voorstel De in dit waterschapsblad beschreven aspecten inbrengen"
    " als zienswijze bij het bestuur van het Waterschapsbedrijf Limburg. Op 13 mei 2011 is de"
    " ontwerpbegroting 2012 en meerjarenraming van het Waterschapsbedrijf Limburg ontvangen.\n"
)

#: texts258/zuid-holland-initiatiefvoorstel-reglementen-waterschappen-geborgde-zetels, lines
#: 1-10 (AW)
_ZUID_HOLLAND = (
    "Initiatiefvoorstel Aanpassing reglementen waterschappen Rijnland, Delfland, Schieland en de"
    ' Krimpenerwaard en Hollandse Delta"'
    + _HOST
    + 'Download "Initiatiefvoorstel Aanpassing reglementen waterschappen Rijnland, Delfland,'
    ' Schieland en de Krimpenerwaard en Hollandse Delta""\n\nTranscriptie\n\n'
    "1 Initiatiefvoorstel Aanpassing reglementen waterschappen Rijnland, Delfland, Schieland en"
    ' de Krimpenerwaard en Hollandse Delta" Samenvatting Met dit statenvoorstel stellen'
    " Provinciale Staten voor om de waterschapsreglementen van de waterschappen Rijnland,"
    " Delfland, Schieland en de Krimpenerwaard, en Hollandse Delta te wijzigen.\n"
)

#: texts283/vlaamse-regering-bisnota-groeipakket-handhaving-2018-04-27, lines 1-8 (BB)
_BISNOTA = (
    "Bisnota aan de leden van de Vlaamse Regering - principiële goedkeuring - 27 april 2018\n\n"
    "DE VLAAMSE MINISTER VAN ONDERWIJS\n\n"
    "DE VLAAMSE MINISTER VAN WELZIJN, VOLKSGEZONDHEID EN GEZIN\n\n \n\n"
    "BISNOTA AAN DE LEDEN VAN DE VLAAMSE REGERING\n\n \n\n"
    "Betreft:    Ontwerp van besluit van de Vlaamse Regering houdende de nadere regels over het"
    " toezicht, de nalevingsondersteuning en de handhaving ten aanzien van de burgers.\n\n"
    "Principiële goedkeuring\n\n \n\n1. INHOUDELIJK\n\n1.1 Situering van de nota:\n\n"
    "Op 31 mei 2016 werd de conceptnota “Voor elk kind en elk gezin een groeipakket op maat”"
    " goedgekeurd door de Vlaamse Regering.\n"
)


@pytest.mark.parametrize(
    "text",
    [_BREDA, _LANDGRAAF, _WATERSCHAPSBLAD],
    ids=["breda", "landgraaf", "waterschapsblad"],
)
def test_a_proposal_named_by_its_forms_head_is_a_memo(text: str) -> None:
    assert classify_document(text, PLAIN)[0] == "memo"


@pytest.mark.parametrize("text", [_ZUID_HOLLAND, _BISNOTA], ids=["initiatiefvoorstel", "bisnota"])
def test_a_proposal_named_by_its_kind_in_the_title_is_a_memo(text: str) -> None:
    assert classify_document(text, PLAIN)[0] == "memo"


def test_a_proposal_named_inside_minutes_or_a_decision_is_no_form() -> None:
    # texts193/gelderland-ps-cie-row-2010-03-17 (AI): a committee's minutes head an item by the
    # statenvoorstel it discusses; texts200/utrecht-gs-openbaar-verslag (AK): GS adopt one
    assert not proposes_to_a_board(
        "Verslag commissie Ruimte, Omgeving en Water 17 maart 2010\n\n"
        "Statenvoorstel Religieus erfgoed 2010 (PS2010-185) GroenLinks stemt in, maar vraagt of"
        " er een evaluatie komt.\n"
    )
    assert not proposes_to_a_board(
        "BESLUIT: Gedeputeerde Staten besluiten: 1. het IGP-realisatieplan in concept vast te"
        " stellen; 2. het statenvoorstel IGP-realisatieplan vast te stellen.\n"
    )
    # `het voorstel van burgemeester en wethouders om ...` told in old minutes (texts282 wouw)
    assert not proposes_to_a_board(
        "dat met gesloten deuren zal worden beraadslaagd over het voorstel van burgemeester en"
        " wethouders om aan de heer J.M. de Vet een erepenning toe te kennen.\n"
    )
