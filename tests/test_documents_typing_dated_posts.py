"""A web page whose head prints the day it was posted alone on a line, over or under its
headline, is a post: its figures are news (tests/gold/README.md rule 20 (1): `other`), not an
organisation's own report. Lines quoted from development texts."""

from __future__ import annotations

from pipeline.documents import classify_document

# texts254/berg-en-dal-meldingen-openbare-ruimte-2021 (round AW), its first paragraph
BERG_EN_DAL = (
    "21 maart 2022\n\n"
    "Inwoners gemeente Berg en Dal doen vaker digitale melding openbare ruimte\n\n"
    "Steeds meer meldingen via app Meldpunt Buitenruimte\n"
    "De gemeente Berg en Dal ontving in 2021 bijna 5.400 meldingen over de openbare\n"
    "ruimte. Daar is de gemeente blij mee. De gemeente heeft namelijk een oppervlak van\n"
    "94 km2 en kan niet alles zelf in de gaten houden. Dankzij de meldingen van inwoners\n"
    "weet de gemeente waar iets loos is en kan ze actie ondernemen.\n"
    "De gemeente heeft onlangs de cijfers over de meldingen openbare ruimte in 2021\n"
    "geëvalueerd. (lees hieronder verder)\n"
)

# texts240/pz-maasland-woninginbraken-verkeersongevallen-2007 (round AT), lines 1-9, 17, 19
PZ_MAASLAND = (
    "dinsdag 19 februari 2008\n\n"
    "2007 : Gunstige cijfers voor woninginbraken en verkeersongevallen\n\n"
    "In de politiezone Maasland werden er in het afgelopen jaar 2007 beduidend minder "
    "woninginbraken vastgesteld en ook het aantal verkeersongevallen daalden.\n\n"
    "Woninginbraken 2007\n\n\n"
    "In de ganse politiezone was er een daling van het aantal woninginbraken met 27 %, voor "
    "de wijkzone Maaseik bedroeg die daling zelfs 45 %.\n\n"
    "Het aantal verkeersongevallen binnen de politiezone daalde in 2007 met 12% .\n"
    "Over een termijn van de laatste vier jaar bekeken noteren we nog betere cijfers als we "
    "rekening houden met een daling van 30 % van het aantal ongevallen met lichamelijk letsel.\n"
)

# texts259/amk-meldingen-2012 (round AX), lines 1-9 (shortened) and 11: the date under the
# headline
AMK = (
    "Nieuws : archief : 2013\n\n"
    "Jaaroverzicht 2012 Advies- en Meldpunten Kindermishandeling\n\n"
    "20 november 2013\n\n"
    "Uit het jaaroverzicht 2012 van de Advies- en Meldpunten Kindermishandeling blijkt dat er "
    "na een jarenlange stijging in 2012 ongeveer even veel telefoontjes binnenkwamen als in "
    "2011, namelijk ruim 65.000.\n\n"
    "Jan-Dirk Sprokkereef, vice-voorzitter van Jeugdzorg Nederland: ‘Dat is het succes van de "
    "aanpak ... Per 1 januari 2015 worden de gemeenten verantwoordelijk voor de jeugdzorg. We "
    "roepen hen dan ook op ons te helpen deze succesvolle aanpak voort te zetten’.\n\n"
    "In 2012 is er ongeveer even vaak contact opgenomen met de Advies- en Meldpunten "
    "Kindermishandeling (AMK) als in 2011, namelijk ruim 65.000 keer. In 2012 werden 45.887 "
    "adviezen gegeven en 19.453 onderzoeken gestart.\n"
)


def test_a_page_under_its_posting_date_is_a_post_not_a_report() -> None:
    assert classify_document(BERG_EN_DAL)[0] == "other"
    assert classify_document(PZ_MAASLAND)[0] == "other"


def test_a_posting_date_under_the_headline_makes_a_post_too() -> None:
    assert classify_document(AMK)[0] == "other"


def test_the_same_figures_without_a_posting_date_are_still_an_own_account() -> None:
    # the organisation's own account of its year in figures (`_own_account`): the date
    # alone on its line is what says the page is a post
    undated = PZ_MAASLAND.replace("dinsdag 19 februari 2008\n\n", "")
    assert classify_document(undated)[0] == "report"


def test_a_date_in_a_sentence_or_behind_a_label_is_no_posting_date() -> None:
    # a report's head dates it by a label or in a sentence, never by a date alone
    labelled = PZ_MAASLAND.replace("dinsdag 19 februari 2008", "Datum: 19 februari 2008")
    assert classify_document(labelled)[0] == "report"


def test_a_document_sites_copy_keeps_its_own_date_line() -> None:
    # texts263/vlaamse-raad-bulletin-vragen-antwoorden-1986-02-05 (round AX): 5dok's copy
    # of a bulletin, its date alone under its title; a copy is no post (rule 20 (4))
    copy = (
        "VLAAMSE RAAD\n\n"
        'Share "VLAAMSE RAAD"\n\n'
        "ZITTING 19851986 Nr. 2\n\n"
        "BULLETIN VAN\n\n"
        "VRAGEN EN ANTWOORDEN\n\n"
        "5 FEBRUARI 1986\n\n"
        "INHOUDSOPGAVE\n"
    )
    assert classify_document(copy)[0] == classify_document(copy.replace("5 FEBRUARI 1986", ""))[0]
