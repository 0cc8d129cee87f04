"""Decision pages whose layout the text runs on as prose: a provincial executive's decision
table with an advice and a result column copied by a news archive (each row's number,
subject, advice and `Conform.` on one run of lines), a water board's published decisions
whose sentence closes a quoted title (`... eeuw.’ Heemraad X zal ...`), and a body's page
that names decisions only as what its advisers help it take."""

from __future__ import annotations

from tests.test_decisions_headings import _decisions

# texts150/drenthe-gs-besluitenlijst-1999-11-16.txt (lines 4-39)
GS_LIST = """GS-besluitenlijst d.d. 16 november 1999Nummer Openbaar Onderwerp Advies Beslissing GS

6.2/RW Ja Bestemmingsplan Zandwinning Ubbena; gemeente Assen. Reclamant ontvankelijk verklaren, de bedenkingen ongegrond verklaren en het bestemmingsplan goedkeuren, met uitzondering van het percentage van 15 in artikel 7,

eerste lid.
Conform.

6.5/RW Ja Verklaring van geen bezwaar verbouwen garagebedrijf Elim, gemeente Hoogeveen. De verklaring van geen bezwaar afgeven. Conform.
6.8/RW Ja Vergadering IPO-adviescommissie Milieu en

Water op 18 november 1999.
Instemmen met de voorstellen en de reacties en aan-

geven wie de vergadering zal bezoeken.
Conform; gedeputeerden Edelenbosch en Swierstra gaan.
6.9/WK Ja Vragen ex artikel 29 van het Reglement van orde over coördinatie onderhouds- en verbeteringswerkzaamheden wegen. Instemmen met de conceptbrief. Conform (met aanpassing).

6.11/Bo Ja Programmatische aanpak verontreinigde gasfabrieksterreinen.
1. Kennisnemen van het plan van aanpak.

2. Instemmen met de aanpak in noordelijk verband met Groningen, Fryslân en Overijssel.
4. Gedeputeerde Dijks aanwijzen als lid van de stuurgroep.

Conform (afstemmen met Intergemeentelijk Samenwerkings Verband).
6.13/MB Ja Najaarsprogramma Nationaal Milieubeleidsplan (NMP) 1999. He"""  # noqa: E501


def test_each_advice_a_table_run_on_as_prose_adopts_is_a_decision():
    assert _decisions(GS_LIST, "decision_list") == [
        ("besluit", "6.2", "Reclamant ontvankelijk verklaren, de bedenkingen ongegrond "
         "verklaren en het bestemmingsplan goedkeuren, met uitzondering van het percentage "
         "van 15 in artikel 7, eerste lid."),
        ("besluit", "6.5", "De verklaring van geen bezwaar afgeven."),
        ("besluit", "6.8", "Instemmen met de voorstellen en de reacties en aangeven wie de "
         "vergadering zal bezoeken."),
        # what the result adds after its semicolon settles who carries the advice out
        ("actie", "6.8", "gedeputeerden Edelenbosch en Swierstra gaan."),
        ("besluit", "6.9", "Instemmen met de conceptbrief."),
        # an advice in numbered steps: a decision per step, by its own number
        ("besluit", "1", "Kennisnemen van het plan van aanpak."),
        ("besluit", "2", "Instemmen met de aanpak in noordelijk verband met Groningen, "
         "Fryslân en Overijssel."),
        ("besluit", "4", "Gedeputeerde Dijks aanwijzen als lid van de stuurgroep."),
    ]  # fmt: skip
