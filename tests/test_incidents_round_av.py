"""Builds of round AV's filed-items texts found in earlier rounds (docs/incident-silent-gates.md,
section "Round AV released (incAV)"): a period from a date to a date (`tussen 25 mei 2018 en 30
november 2019`, AF AN AV), a count since an undated event, a count told with `telde`, and a
group of bodies receiving together as a compound after the verb. Each test quotes the real
lines it names."""

from __future__ import annotations

from datetime import date

from tests.incident_facts import calendar_year as _year
from tests.incident_facts import period_facts, scoped_facts, text_facts

_EUROPE = (date(2018, 5, 25), date(2019, 11, 30))


# texts249/knack-privacyklachten-europa-2018-2019 (AV), line 3 (cut after the GBA's quote)
_KNACK = (
    " date 2020-03 Europese gegevensbeschermingsautoriteiten ontvingen ruim 275.000 "
    "privacyklachten sinds de GDPR van kracht werd. Dat schrijft het Europees Comité voor "
    "gegevensbescherming in een nieuw rapport. Opmerkelijk: bijna nergens worden zo weinig "
    "klachten geregistreerd als in België.\n\n"
    "Sinds 25 mei 2018 is de privacy van de Europese burger beschermd door de GDPR, de Europese "
    "Algemene Verordening Gegevensbescherming. Om die nieuwe wetgeving te evalueren, stelde het "
    "Europees Comité voor gegevensbescherming een rapport op met input van de 28 EU-lidstaten "
    "(met het VK nog inbegrepen) plus Noorwegen en IJsland. Wat blijkt? Tussen 25 mei 2018 en "
    "30 november 2019 ontvingen de gegevensbeschermingsautoriteiten van die dertig landen samen "
    "275.557 klachten, zo staat te lezen in het rapport. Kleine nuance: de auteurs merken op dat "
    "één land daarbij klachten én meldingen van gegevenslekken heeft samengeteld.Opmerkelijk zijn "
    "de grote verschillen tussen de Europese landen. Duitsland (66.965 klachten) voert de "
    "rangschikking aan, gevolgd door het Verenigd Koninkrijk (64.667) en Nederland (37.275). "
    "Helemaal achteraan in het lijstje staan België (541), Malta (178) en IJsland (173). Dat de "
    "cijfers zo sterk verschillen komt volgens de auteurs onder meer omdat het concept van een "
    "'klacht' kan verschillen van land tot land. Dat bevestigt ook Aurélie Waeterinckx, "
    "woordvoerster van de Belgische Gegevensbeschermingsautoriteit (GBA):'Wij hebben 541 "
    "klachten en/of verzoeken tot bemiddeling ontvangen sinds de GDPR van kracht werd."
)


def test_a_period_between_two_dates_dates_the_groups_sum_and_its_ranking():
    assert scoped_facts(_KNACK) >= {
        (_EUROPE, "total", 275557.0, "gegevensbeschermingsautoriteiten"),
        (_EUROPE, "total", 66965.0, "Duitsland"),
        (_EUROPE, "total", 64667.0, "Verenigd Koninkrijk"),
        (_EUROPE, "total", 37275.0, "Nederland"),
    }
    # not the GBA's own `541 ... ontvangen sinds de GDPR van kracht werd` (a count since an
    # event the clause does not date), nor the sum without its group
    assert all(f[3] is not None for f in scoped_facts(_KNACK))
    assert 275000.0 not in {f[2] for f in scoped_facts(_KNACK)}


def test_a_period_between_two_days_of_one_year():
    # texts210/rotterdam-privacy-datalekken-begroting-2026 (AN), line 17 (cut before 2024)
    text = (
        "Houdt de gemeente een datalekkenregister bij. Bij een datalek zijn persoonsgegevens "
        "mogelijk of daadwerkelijk in handen gekomen van onbevoegden. Dat kan bijvoorbeeld zijn "
        "gebeurd door een verkeerd geadresseerde brief of e-mail. Tussen 1 januari en 20 augustus "
        "2025 waren er 148 datalekken. Daarvan zijn er 33 gemeld bij de Autoriteit "
        "Persoonsgegevens (AP)."
    )
    span = (date(2025, 1, 1), date(2025, 8, 20))
    assert (span, "total", 148.0) in {f[:3] for f in period_facts(text, "other")}
    assert (_year(2025), "total", 148.0) not in {f[:3] for f in period_facts(text, "other")}


def test_a_period_between_two_months_and_a_count_told_in_words():
    # texts177/overijssel-politie-geluidsoverlast-2020-2021 (AF), lines 1-3 (line 3 cut after
    # its second sentence); the lead names the area
    text = (
        " date 2021-05 In Overijssel is het aantal meldingen van geluidsoverlast het afgelopen "
        "jaar flink gestegen. (Foto: iStock / Getty Images Plus)\n\n"
        "Geluidsoverlast; er wordt sinds het uitbreken van het coronavirus een stuk meer over "
        "geklaagd, ook in Overijssel. Tussen maart 2019 en februari 2020 telde Overijssel bijna "
        "negenduizend meldingen van geluidsoverlast."
    )
    facts = text_facts(text, "other", casefold_scope=True)
    assert (date(2019, 3, 1), date(2020, 2, 29), "total", 9000.0, "count", "overijssel") in facts


def test_a_bare_and_joins_no_range():
    # `en` joins the ends of a range only after `tussen`
    text = "Van 3 mei en 4 juni 2020 kwamen 40 klachten binnen."
    assert (date(2020, 5, 3), date(2020, 6, 4)) not in {f[0] for f in scoped_facts(text)}
