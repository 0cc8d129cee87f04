"""Help text that tells the reader, in the second person, what he can or must do (`kunt u
... beluisteren`, `wilt u ... meld dit dan`, `Wil je ..., dan moet je ...`) decides nothing,
and nor does the paragraph that holds it (decDev, `page_text_regex`): a water board's news on
its assembly (wshd-verenigde-vergadering-besluiten-2017-03-30, texts204, AL), a village
association's minutes calling on its readers (witteveen-dorpsbelang-alv-2018-03-28, texts209,
AM) and a page that explains how a Flemish social committee meets (vvsg-bcsd-vergadering,
texts221, AP). The lines are real; the decision beside them stays."""

from __future__ import annotations

from tests.test_decisions_headings import _decisions

WSHD = (
    "Besluiten Verenigde Vergadering 30 maart 2017\n\n"
    "Besloten is ook om mevrouw ir. I.G.M. de Bondt officieel aan te bevelen voor benoeming "
    "tot dijkgraaf van ons waterschap met ingang van 1 juli 2017.\n\n"
    "Volgende week kunt u op de website van het waterschap bij de agenda en stukken van de "
    "vergadering het audioverslag van deze vergadering beluisteren. Mocht u vragen hebben "
    "over bovenstaand bericht neemt u dan contact op met het waterschapsloket op 0900 2005 "
    "005 (lokaal tarief).\n"
)

WITTEVEEN = (
    "Notulen ALV Dorpsbelang Witteveen 28 maart 2018\n\n"
    "1. Mededelingen\n"
    " • Naast deze geplande afspraak is door de burgemeester een oproep gedaan aan alle "
    "dorpen om te laten zien waarom inwoners trots zijn op hun dorp! Zij zal dan 1-3 uur in "
    "dat dorp op bezoek komen. Dus, wilt u graag uw activiteiten onder de aandacht brengen "
    "bij de burgemeester, meld dit dan rechtstreeks bij contactambtenaar Tinka Neutel of bij "
    "DBW.\n"
    " • De agenda wordt vastgesteld na toevoeging van agendapunt 8.I ‘Rabo projectenfonds’.\n"
)

VVSG = (
    "2. Agenda\n\n"
    "Wil je zelf een punt op de agenda te plaatsen, dan moet je per agendapunt een toegelicht "
    "voorstel van beslissing bezorgen aan de voorzitter.\n"
)


def test_what_the_reader_can_listen_to_is_no_decision():
    texts = [t for _, _, t in _decisions(WSHD, "decision_list")]
    assert not any("kunt u" in t for t in texts)
    assert any(t.startswith("Besloten is ook") for t in texts)


def test_a_paragraph_that_calls_on_the_reader_sets_no_task():
    texts = [t for _, _, t in _decisions(WITTEVEEN)]
    assert not any("op bezoek komen" in t for t in texts)
    assert any(t.startswith("De agenda wordt vastgesteld") for t in texts)


def test_what_the_reader_must_do_to_add_a_point_is_no_decision():
    assert _decisions(VVSG, "decision_list") == []


def test_a_decision_addressed_to_the_assembly_stays():
    text = (
        "Notulen vergadering dorpsraad 3 maart 2024\n\n4. Speeltuin\n"
        "Het bestuur besluit de speeltuin te vernieuwen. Jan vraagt of je dan ook een bank "
        "kunt plaatsen.\n"
    )
    assert [k for k, _, _ in _decisions(text)] == ["besluit"]
