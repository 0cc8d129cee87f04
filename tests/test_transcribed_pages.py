"""PDF pages transcribed one onto each line by a document site (its `Transcriptie`, below the
site's title and viewer): a later page that opens with a record's own head starts that record
as a document of its own; the site's viewer names no one; a page's opening number is no
decision row's; a roll table's label column flattened before its names names no one. Real
lines (texts154 koersvo, texts61 regiorivierenland, texts137 groningen, texts165 dgj-zhz,
texts128 besluitenlijst-raad-2008), cut where the test needs no more; the rolls of surnames
with their party and the one-word party label are layouts written for the test."""

from __future__ import annotations

from pipeline.decisions import extract_decisions
from pipeline.documents import documents_from_text, text_document_lines
from pipeline.documents.meeting_pages import opens_page_record
from pipeline.meetings import extract_meetings, extract_participants, parse_participant

KOERSVO_AGENDA = (
    "1 Agenda overlegvergadering OPR Koers VO Datum : 16 januari 2014 Tijd : uur uur Plaats : "
    "Bureau Koers VO, Marshallweg 17, Rotterdam Zaal : vergaderzaal 1 Agenda 1. Welkom en "
    "mededelingen 2. Vaststelling agenda 3. Kennismaking 4. Verslag overlegvergadering OPR van 14 "
    "november 2013 (zie bijlage) 5. Bespreking concept Ondersteuningsplan (zie bijlage) 6. "
    "Voordracht lid van de Raad van Toezicht (toelichting Joke Snoeijenbos) 1 7. "
    "Bespreken/vaststellen huishoudelijk reglement OPR (zie bijlage) 8. Benoemen voorzitter en "
    "vicevoorzitter OPR 9. Wat verder ter tafel komt (OOGO 16 december) 10. Rondvraag Joke "
    "Snoeijenbos Bureau Koers VO T E"
)

KOERSVO_MINUTES = (
    "2 Verslag overlegvergadering OPR-Koers VO Datum: Aanwezig namens oudergeleding: José Vermeer "
    "(Stg. Kavor), Michel Eerhart (Stg. Krimpenerwaard College), Pieter Kleinschmidt (Stg "
    "Ond.groep Zuid-Hollandse Waarden), Simone t Hart (Stg. Edudelta), Yvonne Pieterson (Stg. VO "
    "Capelle a/d IJssel) Aanwezig namens personeelsgeleding: Adrienne Buschmann (Stg. Grafisch "
    "Lyceum), Anita von Eugen ( Stg. Wellant), Dirk Oosthoek (Ver. CVO Rotterdam), Dirk de Witte "
    "(Stg. Horizon), Hanne van Asch (Stg. Vrije Scholen),Olga Beumer (Stg. LMC), Petra van Belle "
    "(Ver. CVO Hoeksche Waard) Aanwezig namens SWV Koers VO: Marieke Dekkers (lid CvB), Jaap van "
    "der Have (vz CvB), Marijke Kwakernaak (verslag), Joke Snoeijenbos (ambtelijk secretaris OPR) "
    "Aanwezig als toehoorder: Thea de Groen (Stg. LMC) Afwezig: Mondo Barends (Stg. OVO Hoeksche "
    "Waard, met afmelding), P. Rijsdijk (Stg. Yulius) 1. Welkom en mededelingen. De voorzitter "
    "van het CvB opent de bijeenkomst om en heet allen van harte welkom. Fijn dat 12 van de 14 "
    "leden aanwezig zijn. De besturen van de nog openstaande zetels zijn geïnformeerd over de "
    "aard van hun zetel (ouder/leerling of personeel). 4 besturen hebben aangegeven geen "
    "kandidaten te leveren. Het CvB spreekt de"
)

RIVIERENLAND_AGENDA = (
    "1 Algemeen Bestuur Regio Rivierenland Agenda 15 oktober 2015 Donderdag 15 oktober 2015 om "
    "uur tot uur vergadert het Algemeen Bestuur van de Regio Rivierenland in het Regiokantoor. De "
    "agenda luidt als volgt: 1 Opening 2 Vaststelling van de agenda 3 Vaststelling van de "
    "besluitenlijst van de vergadering van 24 juni Mededelingen 5 Besluitenlijst van het "
    "Dagelijks Bestuur van 10 juni 2015 ter kennisname Voorstellen ter besluitvorming 6 "
    "Hamerstukken Concern 6 a - wijziging GR i.v.m. basismobiliteit Avri 6 b - wijziging GR BSR 7 "
    "Ter bespreking/discussie Concern 7 a - bestuursrapportage b - terugkoppeling bezoek Open "
    "Days Brussel (mondeling) Avri 7 c - inzameling oude medicijnen en injectienaalden bij "
    "apotheken en apotheekhoudende huisartsen 8 Ter kennisname Avri 8 a - evaluatie project Goed "
    "Scheiden Loont (GSL) 9 Inbreng onderwerpen vanuit de AB-leden 10 Rondvraag 11 Sluiting"
)

RIVIERENLAND_LIST = (
    "2 Regio Rivierenland Concept-besluitenlijst van de vergadering van het Algemeen Bestuur van "
    "24 juni 2015 in het Regiokantoor aan het J.S. de Jongplein 2 te Tiel Aanwezig: dhr. Van "
    "Schelven (voorzitter Regio), mw. Van Wamel (secretaris Regio), dhr. De Boer (Buren), dhr. "
    "Beenakker (Tiel), dhr. Zondag (Zaltbommel), dhr. Veerhoek (Neder-Betuwe), dhr. Van Kooten "
    "(Maasdriel), Dhr. Van Maanen (Geldermalsen), dhr. Steenkamp (West Maas en Waal) mw. Van "
    "Ruijven (Lingewaal) en dhr. Kool (Neerijnen) Tevens aanwezig: dhr. De Vries (directeur "
    "AVRI), dhr. Sheikkariem (directeur Contractgestuurde Dienstverlening.) en Mw Van Wijk "
    "(concernondersteuning) Afwezig: dhr. Verwoert (wordt vervangen door dhr. Kool) en Mw. De "
    "Vries (wordt vervangen door dhr. Van Maanen) Volgnr. Onderwerp Besluit/Conclusie 1 Opening "
    "De voorzitter opent de vergadering en heet de aanwezigen welkom. 2 Vaststelling van de De "
    "agenda wordt onveranderd vastgesteld. age"
)

GRONINGEN_TOP = (
    "Niet aanwezig: mw. L.K. Smit (PvdA), mw. D.J. Hoekzema-Buist (PvhN).\n"
    "\n"
    "Save this PDF as:\n"
    " WORD  PNG  TXT  JPG\n"
    "\n"
    "Maat: px\n"
    "Weergave met pagina beginnen:\n"
    "\n"
    'Download "Niet aanwezig: mw. L.K. Smit (PvdA), mw. D.J. Hoekzema-Buist (PvhN)."\n'
    "\n"
    "Transcriptie\n"
)

GRONINGEN_PAGE = (
    "1 Verslag van de vergadering van de statencommissie Welzijn, Cultuur en Sociaal beleid "
    "gehouden op 7 september 2005 van tot uur in de Blauwe Zaal (139) van het Provinciehuis te "
    "Groningen. Aanwezig: mw. A.M.K.D. Folkerts (GroenLinks, voorzitter), mw. I.L. Voogd (PvdA), "
    "mw. W.J. Mansveld (PvdA), dhr. J.W. Kok (PvdA), mw. C.A. de Lange (PvdA), mw. J.F.W. "
    "Boon-Themmen (VVD), dhr. J.G. Abbes (CDA), mw. A.G. van Kleef-Schrör (CDA), mw. A.C.M. de "
    "Winter-Wijffels (CDA), dhr. E.A. van Zuijlen (GroenLinks), dhr. J. Hilverts (ChristenUnie), "
    "mw. T. Deinum-Bakker (D66), dhr. H. Hemmes (SP), dhr. T.J. Zanen (PvhN). Niet aanwezig: mw. "
    "L.K. Smit (PvdA), mw. D.J. Hoekzema-Buist (PvhN). Voorts aanwezig: dhr. J.C. Gerritsen "
    "(gedeputeerde), mw. C.A.M. Mulder (gedeputeerde), dhr. J.C.F. Broekhuizen (secretaris), dhr. "
    "Van der Werff (medewerker Ambulancezorg Groningen), dhr. Froentjens (directie Ambulancezorg "
    "Groningen), dhr. Dijkstra (Provinciale Archiefinspectie), dhr. Bunskoeke (Provinciale "
    "Archiefinspect"
)

BESLUITENLIJST_PAGE = (
    "1 BESLUITENLIJST VAN DE RAADSVERGADERING VAN 24 JUNI 2008 Aanwezig de leden: de heer H.K. "
    "Balgobind, de heer J.I. Pultrum, de heer A.J.A. Weitenberg, de heer L. van der Meulen, de "
    "heer P.H.A. Stoelinga, de heer R.P. van Dijk, mevrouw J. van der Heide, de heer P.J.M. "
    "Huijskes, mevrouw T. Flapper, mevrouw D. Groen-Tamminga, de heer P.S. Fortuin, mevrouw T. "
    "Burggraaff-Schipstra, de heer J. de Boer, mevrouw K. van der Velde-Ronda, de heer J. van "
    "Kampen, de heer J.J.W. Mulder, de heer J. van der Wouden, de heer P. van der Sluis, mevrouw "
    "M. Krans, de heer E. Berenst, de heer J.B. van der Horst, de heer M. Schrier, mevrouw P. "
    "Kramer, de heer B.J. Potjer (tot de behandeling van de perspectiefnota in de tweede ronde), "
    "mevrouw J.M. van der Aart-Drost, de heer B.H. van Pelt, mevrouw M. Saïd- Brinkman, de heer "
    "D. Oosterhof en de heer F. de Groot Verder aanwezig: Voorzitter: Griffier: Afwezig: mevrouw "
    "N.G. Ketelaar, de heer F. Veenstra en de heer C. Kuipers de heer L.P. Middel de heer E.W.K. "
    "Meurs de heer J. Rozema, mevrouw S. Akkerman, de heer J. Leegwater en de heer B.J. Potjer "
    "(vanaf de behandeling van de perspectiefnota in de tweede ronde) 1. Opening en loting "
    "volgnummer bij stemmingen De voorzitter heet alle aanwezigen welkom en opent de vergadering. "
    "Hij meldt bericht van verhindering te hebben ontvangen van mevrouw Akkerman, die vandaag een "
    "nieuwe operatie heeft ondergaan. Ook de heer Leegwater heeft zich afgemeld. Van collegezijde "
    "ontbreekt wethouder Rozema. De voorzitter meldt dat de heer Rozema na een verblijf van "
    "enkele dagen in het ziekenhuis, inmiddels goed herstelt. De heer Rozema verwacht snel weer "
    "te kunnen beginnen. Het stemnummer is 9 (de heer Stoelinga). 2. Vaststelling van de agenda "
    "De agenda wordt ongewijzigd vastgesteld. A-voorstellen 3. Concernrapportage 2008-I De "
    "voorzitter wijst"
)

#: the site's title and viewer above the first transcribed page (texts154 koersvo)
KOERSVO_TOP = (
    "Agenda overlegvergadering OPR Koers VO\n\nMaat: px\nWeergave met pagina beginnen:\n\n"
    'Download "Agenda overlegvergadering OPR Koers VO"\n\nTranscriptie\n'
)


#: texts128 besluitenlijst-raad-2008's title and viewer
BESLUITENLIJST_TOP = (
    "BESLUITENLIJST VAN DE RAADSVERGADERING VAN 24 JUNI 2008\n\nMaat: px\n"
    'Weergave met pagina beginnen:\n\nDownload "BESLUITENLIJST VAN DE RAADSVERGADERING VAN '
    '24 JUNI 2008"\n\nTranscriptie\n'
)


def _starts(text: str) -> list[int]:
    return [first for first, _ in text_document_lines(text)]


def test_a_later_page_that_opens_with_a_records_head_opens_that_record() -> None:
    text = f"{KOERSVO_TOP}\n{KOERSVO_AGENDA}\n\n{KOERSVO_MINUTES}"
    assert _starts(text) == [1, 12]
    pages, docs = documents_from_text(text, "x")
    assert [d["doc_type"] for d in docs] == ["agenda", "minutes"]
    minutes = {**docs[1], "pages": [p for p in pages if p["page_no"] == docs[1]["first_page"]]}
    people = extract_meetings(minutes)[1]
    assert {"José Vermeer", "Michel Eerhart", "Joke Snoeijenbos"} <= {p["name"] for p in people}


def test_a_dated_decision_list_over_its_roll_opens_a_record_below_the_agenda() -> None:
    assert opens_page_record(RIVIERENLAND_LIST)
    assert not opens_page_record(RIVIERENLAND_AGENDA)  # an agenda's head: no record's
    text = f"{KOERSVO_TOP}\n{RIVIERENLAND_AGENDA}\n\n{RIVIERENLAND_LIST}"
    assert _starts(text) == [1, 12]


def test_the_page_of_a_record_after_its_own_first_page_opens_nothing() -> None:
    # the first page holds the record's roll: a later page with a heading goes on with it
    text = f"{KOERSVO_TOP}\n{KOERSVO_MINUTES}\n\n{KOERSVO_MINUTES}"
    assert _starts(text) == [1]


def test_the_viewer_of_a_document_site_names_no_one() -> None:
    lines = [(1, x) for x in f"{GRONINGEN_TOP}\n{GRONINGEN_PAGE}".splitlines()]
    names = {p["name"] for p in extract_participants(lines)}
    assert "A.M.K.D. Folkerts" in names
    assert not names & {"WORD PNG", "TXT JPG"}


def test_a_pages_opening_number_is_no_decision_row() -> None:
    text = f"{BESLUITENLIJST_TOP}\n{BESLUITENLIJST_PAGE}"
    pages, docs = documents_from_text(text, "x")
    doc = {**docs[0], "pages": pages}
    assert docs[0]["doc_type"] == "decision_list"
    found = [d["text"] for d in extract_decisions(doc, extract_meetings(doc)[0])]
    assert "De agenda wordt ongewijzigd vastgesteld." in found
    assert not any(x.startswith("BESLUITENLIJST") for x in found)


#: texts184 overijssel-ps-2006-03-15 line 13 (a Provinciale Staten report on a document site, one
#: line a page): the page's head and its roll, a count of members before their surnames, each with
#: its party
OVERIJSSEL_ROLL = (
    "1 VERSLAG van de VERGADERING VAN PROVINCIALE STATEN VAN OVERIJSSEL gehouden op "
    "woensdag 15 maart 2006 Aanvang uur "
    "Voorzitter: de heer Jansen. Griffier: de heer Alberda van Ekenstein. Aanwezig zijn 61 "
    "leden, te weten: Antuma (CDA), Antuma-Duisterwinkel (CDA), Beckmann (CDA), Been (VVD), "
    "Van der Bent-van den Hout (CU), Beugelink (CDA), Broeze-van der Kolk (CDA), De Bruin "
    "(GL), Bussink (VVD), Van Dalfsen (PvdA), Dalhuisen (PvdA), D. van Dijk (SGP), G. van "
    "Dijk (D66), Dijkhuis (LPF), Dijkslag (VVD), Engbers (CDA), Evering (CDA), De Greef-Moes "
    "(D66), Haan (VVD), Harmelink (PvdA), Van Harsselaar-Timmer (VVD), Husselman-Oosterom "
    "(CDA), Jaegers (PvdA), Kerkdijk (CDA), Knoeff (CDA), Koggel- Alferink (CDA), Koopman "
    "(CDA), Leussink (CDA), Leusink-Jonker (PvdA), Van der Lied- Homeijer (PvdA), Lulofs "
    "(PvdA), Mercanoglu (PvdA), Morskate (CDA), Netjes (CDA), Nieuwenhuis (CU), Nijhof-Sander "
    "(CDA), Oldenburger (CU), Van Olphen (GroenLinks), Van Ommen (SP), Oostra (CU), Pot "
    "(PvdA), Relker (PvdA), Rouwet (SP), Ter Schegget (PvdA), Schelhaas-Leistra (CDA), M. "
    "Schipper (CDA), P. Schipper (VVD), Schulten (CDA), Sijbom (VVD), Slagman (SGP), "
    "Slijkhuis (CDA), Tunc (PvdA), Visscher (VVD), Visser-Hendriks (CDA), Vruggink "
    "(GroenLinks), Weegenaar-Bosch (CDA), Weijnen (PvdA), Welten (CDA), Wichers Schreur "
    "(CDA), Yildirim (SP) en Zwart (PvdA). Tevens zijn aanwezig de gedeputeerden Abbenhues "
    "(PvdA), Jansen (CDA), Klaasen (VVD), Kristen (PvdA), Ranter (CDA) en Rietkerk (CDA)."
)


def test_a_count_of_members_opens_a_roll_of_surnames_each_with_its_party() -> None:
    people = [
        (p["name"], p["role"], p["organisation"])
        for p in extract_participants([(13, OVERIJSSEL_ROLL)])
    ]
    members = [x for x in people if x[1] == "lid"]
    assert len(members) == 61
    assert members[:2] == [("Antuma", "lid", "CDA"), ("Antuma-Duisterwinkel", "lid", "CDA")]
    assert ("Zwart", "lid", "PvdA") in members and ("Yildirim", "lid", "SP") in members
    assert ("Rietkerk", "gedeputeerde", "CDA") in people
    assert ("Alberda van Ekenstein", "griffier", None) in people


def test_a_partys_acronym_is_no_code_of_a_surnames_initials() -> None:
    assert parse_participant("Vos (VVD)", "present", allow_bare=True)["organisation"] == "VVD"
    assert parse_participant("Slot (SGP)", "present", allow_bare=True)["organisation"] == "SGP"
    # `Tim Kok (TK)`: the minutes' short name for him, no organisation
    assert parse_participant("Tim Kok (TK)", "present", allow_bare=True)["organisation"] is None


#: texts184 noordenveld-raadscommissie-2005-12-07 line 13: the roll by party, one-member parties
#: among them (`D66: de heer K.W.J. Stoop ChristenUnie: de heer K. Haan`)
NOORDENVELD_ROLL = (
    "Aanwezig: Gemeentebelangen: mevrouw A. Jansen, de heren J. Dam, J. Darwinkel, J.A. "
    "Koolen, A.J. Poelstra (voorzitter) PvdA: de dames T.T. Antons-Raap, J.R. Brink-Rozema, "
    "de heren G. Boksem en O.L. Keizer CDA: de heren G. Alssema en J.W. Stevenson VVD: "
    "mevrouw J.P. Schrale-Oranje, de heren D.J. Klompe, H.E. Emmens en M. ter Veer "
    "GroenLinks: mevrouw A.C.M. Zeeman en de heer O. Huisman D66: de heer K.W.J. Stoop "
    "ChristenUnie: de heer K. Haan Griffier: de heer W.F.C. Damman."
)


def test_a_party_label_with_digits_heads_its_one_member() -> None:
    people = [
        (p["name"], p["organisation"]) for p in extract_participants([(13, NOORDENVELD_ROLL)])
    ]
    assert ("K.W.J. Stoop", "D66") in people and ("K. Haan", "ChristenUnie") in people
    assert ("O. Huisman", "GroenLinks") in people and len(people) == 20


#: texts165 dgj-zhz-ab-2017 line 14: a roll table flattened column by column, its rows'
#: bodies and a function first, then the names
DGJ_MINUTES = (
    "3 OPENBARE vergadering algemeen bestuur Dienst Gezondheid & Jeugd 6 juli 2017 Aanwezig: "
    "Dordrecht Alblasserdam Binnenmaas Cromstrijen Dordrecht Giessenlanden Gorinchem "
    "Hardinxveld-Giessendam Hendrik-Ido-Ambacht Korendijk Leerdam Molenwaard Oud-Beijerland "
    "Sliedrecht Strijen Zederik Zwijndrecht Secretaris Met kennisgeving afwezig: Papendrecht "
    "mevrouw C.M.L. Lambrechts, voorzitter mevrouw A.D. Zandvliet de heer A. Mol de heer J.J. "
    "Luteijn de heer H. van der Lind"
)


def test_a_roll_tables_flattened_label_column_names_no_one() -> None:
    names = [p["name"] for p in extract_participants([(1, DGJ_MINUTES)])]
    assert "C.M.L. Lambrechts" in names and "A.D. Zandvliet" in names
    assert not [x for x in names if x.startswith(("Dordrecht", "Binnenmaas", "Zwijndrecht"))]
