"""The documents of the sample release, each drawn by one function.

People and most details are invented; the genres, header shapes and list layouts follow the
Utrecht SVMN release (see /work/shared/reference). Figures are internally consistent: the
2021 total (73 incidents) is printed in several files on purpose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from woo_eval.sample.gold import FileGold
from woo_eval.sample.layout import (
    BOLD_FONT,
    BULLET_FONT,
    LEFT,
    PAGE_HEIGHT,
    RIGHT,
    FileWriter,
    Redact,
    Span,
)
from woo_eval.sample.mail import Person, email_header

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))

YEAR_2019 = ("2019-01-01", "2019-12-31")
YEAR_2020 = ("2020-01-01", "2020-12-31")
YEAR_2021 = ("2021-01-01", "2021-12-31")
H1_2021 = ("2021-01-01", "2021-06-30")
H2_2021 = ("2021-07-01", "2021-12-31")
H1_2022 = ("2022-01-01", "2022-06-30")
Q2021 = [
    ("2021-01-01", "2021-03-31"),
    ("2021-04-01", "2021-06-30"),
    ("2021-07-01", "2021-09-30"),
    ("2021-10-01", "2021-12-31"),
]
Q2022 = [("2022-01-01", "2022-03-31"), ("2022-04-01", "2022-06-30")]

CATEGORY_ROWS = [
    ("wrong_recipient", "Gegevens verstuurd aan de verkeerde ontvanger"),
    ("wrong_data", "Ontvanger krijgt verkeerde gegevens"),
    ("lost_letter", "Brief kwijtgeraakt of (geopend) retour"),
    ("lost_device", "Telefoon/laptop/pas verloren"),
    ("theft", "Diefstal"),
    ("other", "Overig"),
]

# 2021 per quarter, per category (sums: 49, 6, 7, 4, 1, 6 -> 73; quarters 20, 18, 16, 19)
COUNTS_2021 = {
    "wrong_recipient": [13, 12, 11, 13],
    "wrong_data": [2, 1, 2, 1],
    "lost_letter": [2, 2, 1, 2],
    "lost_device": [1, 1, 0, 2],
    "theft": [0, 1, 0, 0],
    "other": [2, 1, 2, 1],
}
AP_2021 = [4, 3, 4, 4]
# 2022 Q1 and Q2 (sums 17 and 19 -> 36)
COUNTS_2022 = {
    "wrong_recipient": [11, 13],
    "wrong_data": [2, 1],
    "lost_letter": [2, 2],
    "lost_device": [1, 1],
    "theft": [0, 0],
    "other": [1, 2],
}
AP_2022 = [3, 3]

# the municipal side of the conversations
HOEKSTRA = Person("r.hoekstra", "utrecht.nl")
BOS = Person("f.bos", "utrecht.nl")
JANSEN = Person("w.jansen", "utrecht.nl")
MOL = Person("k.mol", "amersfoort.nl")
DE_VOS = Person("a.devos", "samen-veilig.nl")
VAN_DIJK = Person("j.vandijk", "samen-veilig.nl")
WOUTERS = Person("d.wouters", "samen-veilig.nl")
SVMN_SECRETARIAAT = Person(
    "bestuurssecretariaat", "samen-veilig.nl", name="Bestuurssecretariaat", redacted=False
)

WETHOUDERS = [
    # (salutation, name, municipality, region suffix)
    ("Mevr.", "Verhoeven", "Wijk bij Duurstede", "voorzitter"),
    ("Dhr.", "Brouwer", "Utrecht", "regio Utrecht Stad"),
    ("Mevr.", "Smits", "Amersfoort", "regio Eemland"),
    ("Dhr.", "J. de Graaf", "Houten", "regio Lekstroom"),
    ("Mevr.", "Van Leeuwen", "Zeist", "regio Zuidoost Utrecht"),
    ("Dhr.", "Hendriks", "Woerden", "regio Utrecht West"),
    ("Mevr.", "Bakker", "Almere", "regio Flevoland"),
]


@dataclass(frozen=True)
class SampleFile:
    name: str
    title: str
    default_style: str
    draw: Callable[[FileWriter, FileGold], None]


def heading(fw: FileWriter, text: str, size: float = 13.0, after: float = 4.0) -> None:
    fw.paragraph([Span(text, BOLD_FONT, size)], size=size, leading=size * 1.3, after=after)


def bullets(fw: FileWriter, items: list[list | str], x: float = LEFT + 12) -> None:
    for item in items:
        if BULLET_FONT:
            fw.draw_words("\u2022", x - 10, fw.y, BULLET_FONT)
        else:
            fw.canvas.setFillColorRGB(0, 0, 0)
            fw.canvas.circle(x - 8, PAGE_HEIGHT - fw.y + 3.2, 1.6, stroke=0, fill=1)
        fw.paragraph(item if isinstance(item, list) else [item], x=x, after=1.0)


def table(fw: FileWriter, columns: list[float], rows: list[list[str]], bold_first: bool = True):
    """Rows of cells at fixed x positions (numbers right-aligned at the column's x)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for n, row in enumerate(rows):
        font = BOLD_FONT if (bold_first and n == 0) else "Helvetica"
        for col, cell in enumerate(row):
            if not cell:
                continue
            if col == 0:
                fw.draw_words(cell, columns[0], fw.y, font, 9.5)
            else:
                w = stringWidth(cell, font, 9.5)
                fw.draw_words(cell, columns[col] - w, fw.y, font, 9.5)
        if n == 0:
            fw.canvas.setLineWidth(0.5)
            fw.canvas.line(LEFT, PAGE_HEIGHT - fw.y - 3.5, RIGHT, PAGE_HEIGHT - fw.y - 3.5)
        fw.y += 13.0
    fw.y += 4


def page_footer(fw: FileWriter, n: int, total: int) -> None:
    fw.footer(f"Pagina {n} van {total}")


# ----------------------------------------------------------------------------------------
# 01: an English Outlook e-mail with long recipient and attachment lists


def mail_agenda(fw: FileWriter, g: FileGold) -> None:
    fw.new_page()
    subject = "Agenda en bijlagen BO/BP 13 april a.s."
    g.document("email", subject, "2022-04-05")
    to = [
        Person("l.verhoeven", "wijkbijduurstede.nl"),
        Person("t.brouwer", "utrecht.nl"),
        Person("i.smits", "amersfoort.nl"),
        Person("h.degraaf", "houten.nl"),
        Person("e.vanleeuwen", "zeist.nl"),
        Person("p.hendriks", "woerden.nl"),
        Person("n.bakker", "almere.nl"),
    ]
    cc = [
        Person("secretariaat.jeugd", "amersfoort.nl", name="Secretariaat Jeugd", redacted=False),
        Person("r.dekker", "utrecht.nl"),
        Person("a.yilmaz", "utrecht.nl"),
        Person("b.schouten", "amersfoort.nl"),
        MOL,
    ]
    attachments = [
        "Bijlage 1.2 Concept agenda BOBP 13 april 2022.pdf",
        "Bijlage 1.3 Conceptverslag BOBP 16-02-2022_v2.pdf",
        "Bijlage 2.1 Voorblad gesprek SVMN over datalek en klachten.pdf",
        "Bijlage 2.2 Beknopte terugkoppeling gesprekken 9 maart.pdf",
        "Bijlage 3.1 Kwartaalcijfers informatieveiligheid Q1 2022.pdf",
        "Bijlage 1.2 Concept agenda BOBP 13 april 2022.docx",
        "Bijlage 2.1 Voorblad gesprek SVMN over datalek en klachten.docx",
    ]
    record = email_header(
        fw,
        "outlook_en",
        Person("m.kok", "amersfoort.nl"),
        datetime(2022, 4, 5, 10, 39, 31, tzinfo=CEST),
        to,
        subject,
        cc=cc,
        attachments=attachments,
    )
    g.email(record, "t1", 0)
    fw.space(12)
    fw.paragraph("Beste bestuurders,")
    fw.paragraph(
        "Hierbij ontvangt u de conceptagenda en de bijlagen voor het Bestuurlijk Overleg / "
        "Bestuurlijk Platform (BO/BP) van woensdag 13 april 2022. Het overleg vindt weer fysiek "
        "plaats, in de Raadzaal van het Stadhuis in Zeist. Vanaf 12.00 uur staat er een lunch "
        "klaar voor de bestuurders die afscheid nemen en voor de trekkers van de werkgroepen."
    )
    fw.out_of_scope_block(4)
    fw.paragraph(
        [
            "Bij agendapunt 2 sluit",
            Redact("Sanne Vermeulen"),
            "van de gemeente Utrecht aan. Zij kan uw vragen over de terugkoppeling van de "
            "gesprekken van 9 maart beantwoorden. De stukken voor agendapunt 3 volgen later deze "
            "week, zodra de regio Flevoland die heeft vastgesteld.",
        ]
    )
    fw.new_page()
    fw.paragraph(
        "Wilt u uiterlijk vrijdag 8 april laten weten of u aanwezig bent? Dan kan het "
        "secretariaat de lunch en de parkeerplaatsen regelen."
    )
    fw.out_of_scope_block(6)
    fw.paragraph("Met vriendelijke groet,", after=14)
    fw.line([Redact("Mirjam Kok", label="5.1.2e")])
    fw.line("Bovenregionaal procesondersteuner")
    fw.line("Zorg voor Jeugd en SAVE/Veilig Thuis, Utrechtse jeugdregio's")
    fw.line("Gemeente Amersfoort | Afdeling Samen Leven")
    fw.line(["T", Redact("06 41 27 88 90"), "| Aanwezig: maandag t/m donderdag"])


# ----------------------------------------------------------------------------------------
# 02 (and bundle 12): a thread with the municipality asking SVMN for figures


def _body_devos(fw: FileWriter) -> None:
    fw.paragraph(["Beste", Redact("Rik"), ","])
    fw.paragraph(
        "Zoals gevraagd de cijfers waar de wethouder naar vroeg. In 2021 zijn bij de afdeling "
        "Informatieveiligheid 73 meldingen van beveiligingsincidenten en datalekken gedaan. "
        "Daarvan hebben wij er 15 gemeld bij de Autoriteit Persoonsgegevens, steeds binnen de "
        "termijn van 72 uur."
    )
    fw.paragraph(
        "Het datalek van januari (de kopie van ons intranet op een openbare server) hebben wij op "
        "28 januari bij de AP gemeld. De betrokken medewerkers zijn persoonlijk geïnformeerd."
    )


def _counts_devos(g: FileGold) -> None:
    g.count(YEAR_2021, "total", 73)
    g.count(YEAR_2021, "reported_to_ap", 15)


def _signature_devos(fw: FileWriter) -> None:
    fw.paragraph("Met vriendelijke groet,", after=10)
    fw.line(Redact("Anouk de Vos"))
    fw.line("Privacy Officer")
    fw.line("Samen Veilig Midden-Nederland")


def _quoted_hoekstra(fw: FileWriter, g: FileGold, position: int) -> None:
    fw.space(6)
    fw.rule()
    record = email_header(
        fw,
        "outlook_nl",
        HOEKSTRA,
        datetime(2022, 2, 14, 9, 12, tzinfo=CET),
        [DE_VOS],
        "Datalek SVMN",
    )
    g.email(record, "t2", position)
    fw.space(8)
    fw.paragraph(["Beste", Redact("Anouk"), ","])
    fw.paragraph(
        "Naar aanleiding van het bericht van RTV Utrecht over het intranet van SVMN zijn in de "
        "raad mondelinge vragen gesteld. Kun je mij uiterlijk woensdag laten weten hoeveel "
        "datalekken SVMN over heel 2021 heeft geregistreerd en hoeveel daarvan bij de AP zijn "
        "gemeld?"
    )
    fw.paragraph("Alvast dank,", after=8)
    fw.line(Redact("Rik Hoekstra"))
    fw.line("Beleidsadviseur Jeugd | Gemeente Utrecht")


def mail_thread_datalek(fw: FileWriter, g: FileGold) -> None:
    fw.new_page()
    g.document("email", "RE: Datalek SVMN", "2022-02-17")
    record = email_header(
        fw,
        "outlook_en",
        HOEKSTRA,
        datetime(2022, 2, 17, 12, 35, 13, tzinfo=CET),
        [BOS],
        "RE: Datalek SVMN",
        cc=[JANSEN, MOL],
        attachments=["20220217 antwoorden mondelinge vragen datalek SVMN.docx"],
    )
    g.email(record, "t2", 0)
    fw.space(12)
    fw.paragraph(["Hoi", Redact("Femke"), ","])
    fw.paragraph(
        [
            "In de bijlage vind je de antwoorden op de mondelinge vragen over het datalek bij "
            "SVMN. De cijfers over 2021 komen uit de mail van SVMN hieronder. Mochten er nog "
            "vragen of onduidelijkheden zijn, dan kun je het beste contact opnemen met",
            Redact("Wouter Jansen"),
            ".",
        ]
    )
    fw.paragraph("Groet,", after=8)
    fw.line(Redact("Rik Hoekstra"))
    fw.line("Beleidsadviseur Jeugd | Gemeente Utrecht")
    fw.space(6)
    fw.rule()
    record = email_header(
        fw,
        "outlook_nl",
        DE_VOS,
        datetime(2022, 2, 16, 16, 53, tzinfo=CET),
        [HOEKSTRA],
        "RE: Datalek SVMN",
        cc=[VAN_DIJK, SVMN_SECRETARIAAT],
    )
    g.email(record, "t2", 1)
    fw.space(8)
    _body_devos(fw)
    _counts_devos(g)
    fw.new_page()
    _signature_devos(fw)
    _quoted_hoekstra(fw, g, 2)


# ----------------------------------------------------------------------------------------
# 03: a forward with the figures in the quoted message


def mail_forward_figures(fw: FileWriter, g: FileGold) -> None:
    fw.new_page()
    g.document("email", "FW: informatie 2021 en eerste helft 2022", "2022-09-12")
    attachments = [
        "Directiebeoordeling 2021 datalekken en informatieveiligheid def.pdf",
        "Directiebeoordeling 2022 eerste halfjaar datalekken.pdf",
    ]
    record = email_header(
        fw,
        "outlook_en",
        WOUTERS,
        datetime(2022, 9, 12, 9, 5, 44, tzinfo=CEST),
        [HOEKSTRA, MOL],
        "FW: informatie 2021 en eerste helft 2022",
        attachments=attachments,
    )
    g.email(record, "t4", 0)
    fw.space(12)
    fw.paragraph(["Dag", Redact("Rik"), "en", Redact("Kees"), ","])
    fw.paragraph(
        "Hierbij de informatie over de recente cijfers; jullie kunnen die meenemen in de "
        "beantwoording van de schriftelijke vragen. Is er al een map op Digiplaza voor deze "
        "raadsvraag? Dan zet ik het er ook in."
    )
    fw.paragraph("Met vriendelijke groet,", after=8)
    fw.line(Redact("Dirk Wouters"))
    fw.line("Directie en Servicecentrum")
    fw.line("Samen Veilig Midden-Nederland")
    fw.space(6)
    fw.rule()
    record = email_header(
        fw,
        "outlook_nl",
        DE_VOS,
        datetime(2022, 9, 9, 14, 21, tzinfo=CEST),
        [WOUTERS],
        "informatie 2021 en eerste helft 2022",
        attachments=attachments,
    )
    g.email(record, "t4", 1)
    fw.space(8)
    fw.paragraph(["Hoi", Redact("Dirk"), ","])
    fw.paragraph(
        "Zoals beloofd de directiebeoordelingen over 2021 en over het eerste halfjaar van 2022. "
        "In 2021 ging het om 73 meldingen, in het eerste halfjaar van 2022 om 36 meldingen."
    )
    g.count(YEAR_2021, "total", 73)
    g.count(H1_2022, "total", 36)
    fw.paragraph("Groet,", after=8)
    fw.line(Redact("Anouk"))
    fw.space(20)
    fw.line(
        [Span("SAVE en Veilig Thuis Utrecht zijn onderdeel van Samen Veilig Midden-Nederland",
              size=8)]
    )  # fmt: skip
    fw.line([Span("Niet printen is beter voor het milieu", size=8)])


# ----------------------------------------------------------------------------------------
# 04: an Apple Mail forward printed from Outlook (Wob era, boxes without grounds)


def mail_apple_forward(fw: FileWriter, g: FileGold) -> None:
    fw.new_page()
    subject = "Fwd: Locatie jeugdhulpvoorziening De Linde"
    g.document("email", subject, "2018-12-18")
    record = email_header(
        fw,
        "print_nl",
        Person("m.dijkstra", "gmail.com", show_domain=False),
        datetime(2018, 12, 18, 9, 12, 45, tzinfo=CET),
        [Person("secretariaat.wethouders", "utrecht.nl", show_domain=False)],
        subject,
    )
    g.email(record, "t3", 0)
    fw.space(2)
    fw.rule(width=1.2)
    fw.space(10)
    fw.line(
        [Span("04_Mail wethouder aan regio's besluit locatie d.d. 18-12-18 gelakt", "Times-Roman",
              12, (0.8, 0.1, 0.1))],
        leading=20,
    )  # fmt: skip
    fw.line([Span("Verstuurd vanaf mijn iPhone", "Times-Roman", 12)], leading=20)
    fw.line([Span("Begin doorgestuurd bericht:", "Times-Roman", 12)], leading=26)
    to = [
        Person("r.visser", "utrecht.nl", name="Visser, Ruud", show_domain=False),
        Person("a.peters", "utrecht.nl", name="Peters, Anouk", show_domain=False),
        Person("s.elamrani", "utrecht.nl", name="El Amrani, Said", show_domain=False),
        Person("l.jonker", "utrecht.nl", name="Jonker, Lotte", show_domain=False),
    ]
    cc = [
        Person("bestuursadviseurs", "utrecht.nl", show_domain=False),
        Person("w.dekker", "utrecht.nl", show_domain=False),
    ]
    record = email_header(
        fw,
        "apple",
        Person("m.dijkstra", "utrecht.nl", name="Dijkstra, Marloes", show_domain=False),
        datetime(2018, 12, 17, 18, 43, 48, tzinfo=CET),
        to,
        "Locatie jeugdhulpvoorziening De Linde",
        cc=cc,
        x=100,
    )
    g.email(record, "t3", 1)
    fw.space(40)
    x = 140
    width = RIGHT - x - 20
    fw.paragraph("Dag allemaal,", x=x, width=width, after=8)
    fw.paragraph(
        "Tijdens ons laatste overleg stond het besluit over een nieuwe locatie voor de "
        "jeugdhulpvoorziening op de agenda. Ik heb toen toegezegd uiterlijk 18 december te "
        "besluiten. Vandaag heb ik besloten dat de voorziening tijdelijk wordt gehuisvest in het "
        "voormalige schoolgebouw De Linde.",
        x=x,
        width=width,
        after=8,
    )
    fw.paragraph(
        "De locatie is beschikbaar van maart 2019 tot en met februari 2021. De kosten van de "
        "verbouwing en de structurele kosten worden, zoals in het overleg afgesproken, door de "
        "regio's gedeeld.",
        x=x,
        width=width,
        after=8,
    )
    fw.paragraph(
        [
            "Er is nadrukkelijk gezocht naar een plek in een wijk waar nog geen voorziening staat. "
            "Op korte termijn bleek die er niet te zijn. De buurt wordt door",
            Redact("Ruud Visser"),
            "persoonlijk geïnformeerd.",
        ],
        x=x,
        width=width,
        after=8,
    )
    fw.paragraph("Hartelijke groet,", x=x, width=width, after=0)
    fw.paragraph("Marloes", x=x, width=width)


# ----------------------------------------------------------------------------------------
# 05: minutes


def _participant_line(g: FileGold, status: str, salutation: str, name: str, org: str, extra: str):
    g.participant(
        status, name, "wethouder", org, [f"Wethouder {salutation} {name}, {org}, {extra}"]
    )


#: Officials of the regions at the BO/BP table (name, role, organisation, region): listed
#: with their names boxed in both its minutes and its agenda.
REGION_OFFICIALS = [
    ("Yasmina Bakkali", "beleidsadviseur", "Utrecht", "regio Utrecht Stad"),
    ("Kees Mol", "beleidsregisseur", "Amersfoort", "regio Eemland"),
]


def _boxed_participant_line(
    g: FileGold, status: str, name: str, role: str, org: str, region: str
) -> None:
    g.participant(status, None, role, org, [Redact(name), f", {role}, {org}, {region}"])


def minutes_bobp(fw: FileWriter, g: FileGold) -> None:
    fw.new_page()
    g.document("minutes", "Concept verslag BO/BP 13 april 2022", "2022-04-13")
    heading(fw, "Concept verslag", 14)
    heading(fw, "Bestuurlijke overlegtafel bovenregionale samenwerking Zorg voor Jeugd", 11, 10)
    m = g.meeting("BO/BP", "2022-04-13", "13:00", "14:30", "Stadhuis Zeist, Raadzaal")
    fw.field("Datum:", "13 april 2022", value_x=140, label_font="Helvetica")
    fw.field("Tijd:", "13.00 - 14.30 uur", value_x=140, label_font="Helvetica")
    fw.field("Locatie:", "Stadhuis Zeist, Raadzaal", value_x=140, label_font="Helvetica")
    fw.space(8)
    fw.line(Span("Aanwezig:", BOLD_FONT))
    for salutation, name, org, extra in WETHOUDERS[:6]:
        _participant_line(g, "present", salutation, name, org, extra)
    for official in REGION_OFFICIALS:
        _boxed_participant_line(g, "present", *official)
    g.participant(
        "present", None, "adviseur informatieveiligheid", "Utrecht",
        ["Bij punt 2:", Redact("Sanne Vermeulen"), ", adviseur informatieveiligheid, Utrecht"],
    )  # fmt: skip
    fw.space(6)
    fw.line(Span("Afmelding:", BOLD_FONT))
    _participant_line(g, "absent", *WETHOUDERS[6])
    _boxed_participant_line(
        g, "absent", "Tom Willemsen", "beleidsadviseur", "Almere", "regio Flevoland"
    )
    fw.space(10)
    heading(fw, "1. Opening en vaststelling agenda", 11)
    fw.paragraph(
        [
            "De voorzitter opent de vergadering en heet iedereen welkom, in het bijzonder",
            Redact("Sanne Vermeulen"),
            "die bij punt 2 aansluit. De agenda wordt ongewijzigd vastgesteld. Op het verslag "
            "van 16 februari 2022 is een tekstuele opmerking gemaakt over pagina 2.",
        ]
    )
    g.unlabelled_decision("De agenda wordt ongewijzigd vastgesteld.", meeting_index=m)
    g.decision(
        "Besluit:",
        "Het verslag van het BO/BP van 16 februari 2022 wordt met die wijziging vastgesteld.",
        meeting_index=m,
    )
    page_footer(fw, 1, 3)

    fw.new_page()
    heading(fw, "2. Datalek en klachtafhandeling SVMN", 11)
    heading(fw, "2.1 Terugkoppeling gesprekken van 9 maart", 10)
    fw.paragraph(
        "Wethouder Brouwer doet verslag van de gesprekken met de IGJ, het bestuur van SVMN en "
        "twee melders van klachten. De beoordeling van klachten over de kwaliteit van de "
        "dienstverlening ligt bij de IGJ; gemeenten hebben daarin geen directe rol. Wel willen de "
        "bestuurders met SVMN concrete afspraken maken over het onderling informeren bij een "
        "datalek en over de klachtafhandeling."
    )
    g.decision(
        "Besluit 1:",
        "Ingestemd wordt met een vervolggesprek met het bestuur van SVMN, te voeren door de "
        "wethouders Verhoeven, Brouwer en Smits.",
        number="1",
        meeting_index=m,
    )
    g.decision(
        "Besluit 2:",
        "Ingestemd wordt met een bericht aan de IGJ waarin staat dat de melders is geadviseerd "
        "hun meldingen bij de IGJ in te dienen.",
        number="2",
        meeting_index=m,
    )
    g.decision(
        "Actie:",
        "Het secretariaat plant vóór 1 mei 2022 het vervolggesprek met het bestuur van SVMN in.",
        kind="actie",
        meeting_index=m,
    )
    fw.space(6)
    heading(fw, "2.2 Informatieveiligheid", 10)
    fw.paragraph(
        [
            Redact("Sanne Vermeulen"),
            "licht de kwartaalcijfers toe. In het eerste kwartaal van 2022 zijn bij SVMN 17 "
            "meldingen van datalekken gedaan, waarvan 3 bij de Autoriteit Persoonsgegevens. SVMN "
            "laat een nulmeting uitvoeren door",
            Redact("Secura Advies", ground="5.1.2.e;5.1.1.c", label="5.1.2.e, 5.1.1.c"),
            "en deelt het rapport met de opdrachtgevers.",
        ]
    )
    g.count(Q2022[0], "total", 17)
    g.count(Q2022[0], "reported_to_ap", 3)
    fw.line(Span("Gemaakte afspraken:", BOLD_FONT))
    for text in (
        "SVMN meldt datalekken die gevoelig kunnen liggen direct bij de accounthouders.",
        "De kwartaalcijfers over datalekken worden voortaan in elk BO/BP gedeeld, met een duiding.",
    ):
        g.unlabelled_decision(text, m, kind="afspraak")
        bullets(fw, [text])
    page_footer(fw, 2, 3)

    fw.new_page()
    heading(fw, "3. Bovenregionale samenwerking Flevoland - Utrecht", 11)
    fw.paragraph(
        "De regio Flevoland heeft de evaluatie van de samenwerking afgerond. De bestuurders zijn "
        "positief over de gezamenlijke inkoop en willen de afspraken over het zorglandschap "
        "voortzetten."
    )
    g.decision(
        "Besluit:",
        "De samenwerkingsafspraken met de regio Flevoland worden met een jaar verlengd.",
        meeting_index=m,
    )
    fw.space(6)
    heading(fw, "4. Rondvraag en sluiting", 11)
    fw.paragraph(
        "In Houten zijn raadsvragen gesteld over het datalek en de informatie die daardoor "
        "beschikbaar is gekomen."
    )
    g.decision(
        "Actie:",
        "Wethouder De Graaf stuurt de raadsvragen uit Houten door aan het secretariaat.",
        kind="actie",
        meeting_index=m,
    )
    fw.paragraph("De voorzitter sluit de vergadering om 14.30 uur.")
    page_footer(fw, 3, 3)


# ----------------------------------------------------------------------------------------
# 06: decision list (no redactions at all)

BESLUITEN = [
    ("2022-01", "16 februari 2022", "Datalek SVMN",
     "Wethouders Verhoeven, Brouwer en Smits voeren namens de bovenregionale samenwerking een "
     "bestuurlijk gesprek met SVMN over het datalek, de cliëntenraad en de klachtafhandeling."),
    ("2022-02", "16 februari 2022", "Onafhankelijk onderzoek informatiebeveiliging",
     "De samenwerking laat een onafhankelijk onderzoek uitvoeren naar de opvolging van de "
     "aanbevelingen uit het onderzoek van 2019."),
    ("2022-03", "13 april 2022", "Vervolggesprek bestuur SVMN",
     "Ingestemd wordt met een vervolggesprek met het bestuur van SVMN, te voeren door de "
     "wethouders Verhoeven, Brouwer en Smits."),
    ("2022-04", "13 april 2022", "Bericht aan de IGJ",
     "Ingestemd wordt met een bericht aan de IGJ waarin staat dat de melders is geadviseerd hun "
     "meldingen bij de IGJ in te dienen."),
    ("2022-05", "13 april 2022", "Samenwerking Flevoland - Utrecht",
     "De samenwerkingsafspraken met de regio Flevoland worden met een jaar verlengd."),
]  # fmt: skip


def decision_list(fw: FileWriter, g: FileGold) -> None:
    fw.new_page()
    g.document("decision_list", "Besluitenlijst BO/BP 2022", "2022-04-20")
    heading(fw, "BESLUITENLIJST BO/BP 2022", 14)
    fw.line("Bestuurlijke overlegtafel bovenregionale samenwerking Zorg voor Jeugd")
    fw.line("Bijgewerkt tot en met 20 april 2022", leading=24)
    for number, date, subject, text in BESLUITEN:
        fw.line([Span(f"Nr. {number}", BOLD_FONT), f"| BO/BP {date}"])
        fw.field("Onderwerp:", subject, value_x=140, label_font="Helvetica")
        g.decision("Besluit:", text, number=number, label_width=68)
        fw.space(8)
    fw.line("Structureel agenderen: voortgang veranderagenda SVMN en jeugdbeschermingsketen.")
    page_footer(fw, 1, 1)


# ----------------------------------------------------------------------------------------
# 07: agenda


def agenda_bobp(fw: FileWriter, g: FileGold) -> None:
    fw.new_page()
    g.document("agenda", "Concept Agenda BO/BP 13 april 2022", "2022-04-13")
    heading(fw, "BO/BP 13 april 2022", 12)
    location = "Stadhuis Zeist, Het Rond 1, Zeist, Raadzaal"
    fw.field("Locatie:", location, value_x=130)
    fw.space(4)
    fw.line("12.00 - 13.00 uur Lunch vertrekkende bestuurders en trekkers werkgroepen")
    fw.line("13.00 - 14.30 uur Vergadering BO/BP", leading=24)
    g.meeting("BO/BP", "2022-04-13", "13:00", "14:30", location)
    heading(fw, "Concept Agenda BO/BP 13 april 2022", 13, 8)
    fw.line(Span("Genodigden:", BOLD_FONT))
    for salutation, name, org, extra in WETHOUDERS:
        _participant_line(g, "invited", salutation, name, org, extra)
    fw.space(6)
    fw.line(Span("Aanwezig:", BOLD_FONT))
    for official in REGION_OFFICIALS:
        _boxed_participant_line(g, "present", *official)
    g.participant(
        "present", None, "projectleider", "Utrecht",
        ["Bij punt 2:", Redact("Sanne Vermeulen", ground="5.1.2.e;5.1.2.i",
                               label="5.1.2.e;5.1.2.i"),
         ", projectleider informatieveiligheid, Utrecht"],
    )  # fmt: skip
    fw.space(10)
    items = [
        ("1.", "Welkom, agenda en verslag", "13.00-13.10",
         ["Concept verslag BO/BP 16 februari 2022 (ter vaststelling)"]),
        ("2.", "Datalek en klachtafhandeling SVMN", "13.10-13.50",
         [["Terugkoppeling gesprekken van 9 maart (zie bijlagen, ter instemming), toelichting "
           "door", Redact("Sanne Vermeulen"), "en", Redact("Yasmina Bakkali")],
          "Kwartaalcijfers informatieveiligheid Q1 2022 (ter informatie)"]),
        ("3.", "Bovenregionale samenwerking Flevoland - Utrecht", "13.50-14.15",
         ["Evaluatie en verlenging samenwerkingsafspraken (ter besluitvorming)"]),
        ("4.", "Rondvraag en sluiting", "14.15-14.30", []),
    ]  # fmt: skip
    for number, title, times, subs in items:
        fw.draw_words(number, LEFT, fw.y, BOLD_FONT)
        fw.draw_words(title, LEFT + 20, fw.y, BOLD_FONT)
        fw.line(times, x=RIGHT - 60)
        for n, sub in enumerate(subs, start=1):
            fw.draw_words(f"{number[:-1]}.{n}", LEFT + 20, fw.y)
            fw.paragraph(sub if isinstance(sub, list) else [sub], x=LEFT + 45, after=1)
        fw.space(6)
    page_footer(fw, 1, 2)

    fw.new_page()
    heading(fw, "Bijlagen bij deze agenda", 11)
    for text in (
        "1.2 Concept agenda BO/BP 13 april 2022",
        "1.3 Conceptverslag BO/BP 16 februari 2022",
        "2.1 Voorblad gesprek SVMN over datalek en klachten",
        "2.2 Beknopte terugkoppeling gesprekken 9 maart",
        "3.1 Kwartaalcijfers informatieveiligheid Q1 2022",
    ):
        fw.line(text, x=LEFT + 12)
    fw.space(10)
    heading(fw, "Vergaderschema 2022", 11)
    fw.paragraph(
        "16 februari, 13 april, 22 juni, 5 oktober en 7 december 2022, telkens van 13.00 tot "
        "14.30 uur. De locatie wisselt per overleg tussen de deelnemende regio's."
    )
    page_footer(fw, 2, 2)


# ----------------------------------------------------------------------------------------
# 08, 09: management reviews with incident figures


def _category_list(fw: FileWriter, g: FileGold, period, values: dict[str, int]) -> None:
    phrases = {
        "wrong_recipient": "'gegevens verstuurd aan de verkeerde ontvanger' (Verk ontv)",
        "wrong_data": "'ontvanger krijgt verkeerde gegevens' (Verk geg)",
        "lost_letter": "'brief kwijtgeraakt of (geopend) retour ontvangen'",
        "lost_device": "'telefoon/laptop/pas verloren of gestolen'",
        "theft": "'diefstal'",
        "other": "'overig'",
    }
    for category, phrase in phrases.items():
        fw.paragraph(f"{values[category]} in de categorie {phrase}", x=LEFT + 12, after=1)
        g.count(period, category, values[category])
    fw.space(4)


def review_2021(fw: FileWriter, g: FileGold) -> None:
    fw.new_page()
    g.document(
        "report",
        "Directiebeoordeling: Veiligheidsincidenten/datalekken en Informatieveiligheid 2021",
        "2022-02-15",
    )
    heading(
        fw, "Directiebeoordeling: Veiligheidsincidenten/datalekken en Informatieveiligheid 2021"
    )
    fw.line("Samen Veilig Midden-Nederland | Versie 1.0 | 15 februari 2022")
    fw.line(["Opgesteld door:", Redact("Anouk de Vos"), "(Privacy Officer)"], leading=22)
    fw.paragraph(
        "Sinds 2016 moeten alle organisaties die persoonsgegevens verwerken een datalek melden bij "
        "de Autoriteit Persoonsgegevens (AP) wanneer schade voor de betrokkene niet is uit te "
        "sluiten, en alle meldingen opnemen in een eigen register. Samen Veilig Midden-Nederland "
        "houdt zo'n register bij."
    )
    fw.paragraph(
        "Datalek: de toegang tot of vernietiging, wijziging of het vrijkomen van "
        "persoonsgegevens zonder dat dit de bedoeling is of zonder dat dit wettelijk is toegestaan."
    )
    heading(fw, "1. Aantal meldingen", 11)
    fw.paragraph(
        "Bij de afdeling Informatieveiligheid zijn in 2021 73 meldingen gedaan van "
        "veiligheidsincidenten of datalekken. In 2020 waren het er 91. Medewerkers gebruiken "
        "hiervoor het meldformulier op Intranet."
    )
    g.count(YEAR_2021, "total", 73)
    g.count(YEAR_2020, "total", 91)
    fw.paragraph("Van deze 73 meldingen waren er:")
    _category_list(fw, g, YEAR_2021, {k: sum(v) for k, v in COUNTS_2021.items()})
    fw.line(Span("Ter vergelijking:", BOLD_FONT))
    fw.paragraph(
        "In 2020 was het aantal gemelde datalekken 91, waarvan 58 in de categorie 'gegevens "
        "verstuurd aan de verkeerde ontvanger'."
    )
    g.count(YEAR_2020, "wrong_recipient", 58)
    fw.paragraph(
        "In 2019 was het aantal gemelde datalekken 67, waarvan 33 in de categorie 'gegevens "
        "verstuurd aan de verkeerde ontvanger'."
    )
    g.count(YEAR_2019, "total", 67)
    g.count(YEAR_2019, "wrong_recipient", 33)
    page_footer(fw, 1, 3)

    fw.new_page()
    heading(fw, "2. Verloop per kwartaal", 11)
    fw.paragraph("Aantal meldingen per categorie en per kwartaal in 2021:")
    quarter_table(fw, g, [LEFT, 330, 375, 420, 465, RIGHT], Q2021, COUNTS_2021, AP_2021, YEAR_2021)
    heading(fw, "3. Verloop per maand en per halfjaar", 11)
    fw.paragraph(
        "Het aantal meldingen liep in het eerste kwartaal op van 5 in januari en 6 in februari "
        "naar 9 in maart. In het eerste halfjaar van 2021 zijn 38 meldingen gedaan, in het "
        "tweede halfjaar 35."
    )
    g.count(("2021-01-01", "2021-01-31"), "total", 5)
    g.count(("2021-02-01", "2021-02-28"), "total", 6)
    g.count(("2021-03-01", "2021-03-31"), "total", 9)
    g.count(H1_2021, "total", 38)
    g.count(H2_2021, "total", 35)
    heading(fw, "4. Meldingen per onderdeel", 11)
    fw.paragraph(
        "Vanuit SAVE kwamen 44 meldingen, vanuit Veilig Thuis 19. De overige meldingen zijn gedaan "
        "door het servicecentrum, het bestuur en 'overige rollen'. Het grotere aantal meldingen "
        "van SAVE kan samenhangen met de grotere omvang van SAVE en met de meldingsbereidheid."
    )
    g.count(YEAR_2021, "total", 44, scope="SAVE")
    g.count(YEAR_2021, "total", 19, scope="Veilig Thuis")
    heading(fw, "5. Autoriteit Persoonsgegevens", 11)
    fw.paragraph(
        "Van de 73 meldingen hebben wij er 15 gemeld bij de Autoriteit Persoonsgegevens, dat is "
        "21%. In 2020 was dit 26%. Wij letten erop dat deze meldingen binnen 72 uur worden gedaan."
    )
    g.count(YEAR_2021, "reported_to_ap", 21, unit="percent")
    g.count(YEAR_2020, "reported_to_ap", 26, unit="percent")
    fw.paragraph(
        "Het aandeel 'gegevens verstuurd aan de verkeerde ontvanger' was in 2021 67%, tegen 64% "
        "in 2020."
    )
    g.count(YEAR_2021, "wrong_recipient", 67, unit="percent")
    g.count(YEAR_2020, "wrong_recipient", 64, unit="percent")
    page_footer(fw, 2, 3)

    fw.new_page()
    heading(fw, "6. Maatregelen en doelen", 11)
    fw.paragraph(
        "De automatische aanvulling van e-mailadressen is in 2021 uitgezet. Medewerkers hebben "
        "een handleiding gekregen om hun adresboek in te richten. In de bewustwordingscampagne "
        "'Waken over een Schat aan Informatie' komt het zorgvuldig controleren van het "
        "e-mailadres steeds terug."
    )
    fw.paragraph(
        [
            "Sinds oktober 2021 is er een security officer,",
            Redact("Bram Koopman"),
            ", die elk kwartaal rapporteert aan de stuurgroep informatieveiligheid. Vragen over "
            "het register kunnen naar",
            Redact("privacy@samen-veilig.nl"),
            ".",
        ]
    )
    for text in (
        "Doel: in 2022 evalueert de stuurgroep het uitzetten van de automatische aanvulling.",
        "Doel: in 2022 krijgt informatieveiligheid een plaats in de introductie van nieuwe "
        "medewerkers.",
        "Doel: wij benadrukken de termijn van 72 uur voor meldingen bij de AP.",
    ):
        fw.paragraph(text, after=2)
    page_footer(fw, 3, 3)


def review_2022_h1(fw: FileWriter, g: FileGold) -> None:
    fw.new_page()
    g.document(
        "report",
        "Directiebeoordeling: Veiligheidsincidenten/datalekken en Informatieveiligheid, "
        "eerste half jaar 2022",
        "2022-09-01",
    )
    heading(fw, "Directiebeoordeling: Veiligheidsincidenten/datalekken en Informatieveiligheid")
    heading(fw, "Eerste half jaar 2022", 12, 8)
    fw.line(
        ["Opgesteld door", Redact("Anouk de Vos", label="5.1.2e"), "en", Redact("Bram Koopman"),
         ", 1 september 2022"],
        leading=22,
    )  # fmt: skip
    fw.paragraph(
        "Bij de afdeling Informatieveiligheid zijn in de eerste helft van 2022 36 meldingen gedaan "
        "van veiligheidsincidenten of datalekken. In heel 2021 waren het er 73."
    )
    g.count(H1_2022, "total", 36)
    g.count(YEAR_2021, "total", 73)
    fw.paragraph("Van deze 36 meldingen waren er:")
    _category_list(fw, g, H1_2022, {k: sum(v) for k, v in COUNTS_2022.items()})
    fw.paragraph("Aantal meldingen per categorie en per kwartaal:")
    quarter_table(fw, g, [LEFT, 380, 450, RIGHT], Q2022, COUNTS_2022, AP_2022, H1_2022)
    fw.paragraph("Per maand in het tweede kwartaal: in april 8, in mei 5 en in juni 6 meldingen.")
    g.count(("2022-04-01", "2022-04-30"), "total", 8)
    g.count(("2022-05-01", "2022-05-31"), "total", 5)
    g.count(("2022-06-01", "2022-06-30"), "total", 6)
    page_footer(fw, 1, 2)

    fw.new_page()
    heading(fw, "Meldingen per onderdeel", 11)
    fw.paragraph(
        "Vanuit SAVE kwamen in het eerste halfjaar 21 meldingen, vanuit Veilig Thuis 10. De "
        "overige meldingen kwamen van het servicecentrum en de frontoffice."
    )
    g.count(H1_2022, "total", 21, scope="SAVE")
    g.count(H1_2022, "total", 10, scope="Veilig Thuis")
    heading(fw, "Autoriteit Persoonsgegevens", 11)
    fw.paragraph(
        "Van de 36 meldingen zijn er 6 gemeld bij de Autoriteit Persoonsgegevens, dat is 17%."
    )
    g.count(H1_2022, "reported_to_ap", 17, unit="percent")
    heading(fw, "Ontwikkelingen", 11)
    fw.paragraph(
        [
            "Naar aanleiding van het intranet-datalek van januari hebben wij de kwetsbaarheden "
            "binnen de organisatie geïnventariseerd. Het externe bureau",
            Redact("Secura"),
            "onderzoekt de menselijke factor bij het ontstaan van datalekken; de rapportage "
            "volgt na de zomer. Contactpersoon voor de gemeenten is",
            Redact("Dirk Wouters"),
            ".",
        ]
    )
    fw.paragraph(
        "De gemeenten hebben daarnaast een quickscan gegevensbescherming laten uitvoeren. De "
        "definitieve rapportage bespreken wij in de Stuurgroep Informatieveiligheid."
    )
    page_footer(fw, 2, 2)


# ----------------------------------------------------------------------------------------
# 10, 11: letters


def letter_council_2019(fw: FileWriter, g: FileGold) -> None:
    fw.new_page()
    g.document(
        "letter", "Onderzoek gegevensbescherming Samen Veilig Midden-Nederland", "2019-09-27"
    )
    heading(fw, "Gemeente Utrecht", 16, 0)
    fw.line([Span("Burgemeester en Wethouders", size=9)], leading=11)
    fw.line(
        [Span("Postadres Postbus 16200, 3500 CE Utrecht | Telefoon 14 030 | www.utrecht.nl",
              size=8)],
        leading=30,
    )  # fmt: skip
    fw.line("Aan de gemeenteraad", leading=30)
    label = 160
    fw.field("Datum", "27 september 2019", value_x=label, label_font="Helvetica")
    fw.field("Ons kenmerk", "7154302", value_x=label, label_font="Helvetica")
    fw.field(
        "Onderwerp",
        "Onderzoek gegevensbescherming Samen Veilig Midden-Nederland",
        value_x=label,
        label_font="Helvetica",
    )
    fw.field("Behandeld door", [Redact("Pieter Smeets", ground="10.2.e")], value_x=label,
             label_font="Helvetica")  # fmt: skip
    fw.field("Doorkiesnummer", [Redact("030 286 12 34", ground="10.2.e")], value_x=label,
             label_font="Helvetica")  # fmt: skip
    fw.field("E-mail", [Redact("p.smeets", ground="10.2.e"), "@utrecht.nl"], value_x=label,
             label_font="Helvetica")  # fmt: skip
    fw.space(20)
    fw.paragraph("Geachte leden van de raad,", after=8)
    fw.paragraph(
        "Naar aanleiding van het op 9 april 2019 geconstateerde datalek bij Samen Veilig "
        "Midden-Nederland (SVMN) hebben de gezamenlijke jeugdregio's in de provincie Utrecht "
        "opdracht gegeven tot een onderzoek naar de gegevensbescherming binnen SVMN. Bijgaand "
        "treft u de rapportage van het onderzoeksbureau aan."
    )
    fw.paragraph(
        [
            "De onderzoekers hebben beoordeeld hoe SVMN het datalek heeft afgehandeld en hoe de "
            "informatiebeveiliging binnen de organisatie is ingericht. De uitkomsten laten zien "
            "dat SVMN adequaat heeft gehandeld na het constateren van het datalek. "
            "De kwetsbaarheid in",
            Redact("de koppeling met het externe dossiersysteem van de leverancier",
                   ground="10.1.b;10.2.g", label="10.1.b;10.2.g"),
            "is inmiddels verholpen.",
        ]
    )  # fmt: skip
    fw.paragraph(
        "Op basis van hun bevindingen hebben de onderzoekers zes aanbevelingen geformuleerd. Een "
        "volledige weergave van de conclusies vindt u in de managementsamenvatting aan het begin "
        "van het rapport."
    )
    page_footer(fw, 1, 2)

    fw.new_page()
    fw.field("Datum", "27 september 2019", value_x=label, label_font="Helvetica")
    fw.field("Ons kenmerk", "7154302", value_x=label, label_font="Helvetica")
    fw.space(16)
    fw.paragraph(
        [
            "Tijdens de raadscommissie Mens en Samenleving van 16 juli 2019 is toegezegd dat wij u "
            "informeren over de voortgang. Het rapport is besproken met",
            Redact("Hanneke Lubbers", ground="10.2.e"),
            ", bestuurder van SVMN, en wordt in het bestuurlijk overleg van de jeugdregio's "
            "verder uitgewerkt.",
        ]
    )
    fw.paragraph(
        "In oktober sturen wij u een totaaloverzicht van alle ontwikkelopgaven van SVMN. Daarin "
        "leest u ook welke afspraken de jeugdregio's als opdrachtgever met SVMN hebben gemaakt om "
        "de aanbevelingen uit te voeren.",
        after=16,
    )
    fw.paragraph("Hoogachtend,", after=2)
    fw.paragraph("Burgemeester en wethouders van Utrecht,", after=30)
    fw.draw_words("de secretaris,", LEFT, fw.y)
    fw.line("de burgemeester,", x=300)
    fw.draw_words("M. Oosterhuis", LEFT, fw.y)
    fw.line("J. van Zanten", x=300)
    page_footer(fw, 2, 2)


def letter_svmn_2022(fw: FileWriter, g: FileGold) -> None:
    fw.new_page()
    g.document("letter", "Bestuurlijk gesprek over informatieveiligheid", "2022-02-25")
    heading(fw, "Samen Veilig Midden-Nederland", 15, 0)
    fw.line([Span("Directie & Ondersteunende diensten", size=9)], leading=11)
    fw.line([Span("Bezoekadres Vredenburgkade 21, 3511 BA Utrecht | www.samen-veilig.nl", size=8)],
            leading=30)  # fmt: skip
    for text in (
        "Secretariaat Bestuurlijk Platform Utrechtse Jeugdregio's",
        "p/a Gemeente Amersfoort",
        "Afdeling Samen Leven",
        "Postbus 4000",
        "3800 EA Amersfoort",
    ):
        fw.line(text)
    fw.space(24)
    fw.line("Datum: 25 februari 2022")
    fw.line("Ons kenmerk: 041 2022 02 25/RV/pk")
    fw.line("Onderwerp: Bestuurlijk gesprek over informatieveiligheid", leading=30)
    fw.paragraph("Geachte wethouders,", after=8)
    fw.paragraph(
        "In antwoord op uw brief van 22 februari jl. laten wij u weten dat wij graag met u in "
        "gesprek gaan over het voorgenomen externe onderzoek, de opeenvolging van de datalekken en "
        "de wijze waarop wij u in voorkomende gevallen informeren."
    )
    fw.paragraph(
        "In 2021 zijn bij onze afdeling Informatieveiligheid 73 meldingen van "
        "beveiligingsincidenten en datalekken gedaan. Daarvan hebben wij er 15 gemeld bij de "
        "Autoriteit Persoonsgegevens."
    )
    g.count(YEAR_2021, "total", 73)
    g.count(YEAR_2021, "reported_to_ap", 15)
    fw.paragraph(
        [
            "Voor een nulmeting van onze informatiebeveiliging hebben wij",
            Redact("Secura Advies B.V.", ground="5.1.2.e;5.1.1.c", label="5.1.2.e, 5.1.1.c"),
            "gevraagd een offerte uit te brengen. De opdracht delen wij met de deelnemers van het "
            "bovenregionale accountgesprek.",
        ]
    )
    fw.paragraph("Wij wachten uw uitnodiging voor het gesprek af.", after=12)
    fw.paragraph("Met vriendelijke groet,", after=20)
    fw.line(Redact("Rianne Verbeek"))
    fw.line("Bestuurder")
    fw.line(["Mail:", Redact("r.verbeek"), "@samen-veilig.nl"])
    fw.space(30)
    fw.line([Span("KvK 41 17 72 20 | IBAN", size=8),
             Redact("NL12 ABNA 0123 4567 89", ground="5.1.1.c", label="5.1.1.c")],
            size=8)  # fmt: skip


# ----------------------------------------------------------------------------------------
# 12: a bundle of attachments, documents back to back with number stamps


def bundle_bobp(fw: FileWriter, g: FileGold) -> None:
    # doc A: cover sheet (memo)
    fw.new_page()
    fw.stamp("Docnr 21")
    g.document("memo", "Voorblad gesprek bestuur SVMN over datalek en klachten", "2022-04-13")
    heading(fw, "VOORBLAD", 14)
    heading(fw, "Bestuurlijk Platform bovenregionale samenwerking Zorg voor Jeugd", 11, 10)
    vx = 190
    fw.field("Onderwerp:", "Gesprek bestuur SVMN over datalek en klachten", value_x=vx)
    fw.field("Datum BO-BP:", "13 april 2022", value_x=vx)
    fw.field("Opsteller:", [Redact("Yasmina Bakkali")], value_x=vx)
    fw.field("Behandelingsvoorstel:", "Besluitvormend", value_x=vx)
    fw.field("Bijlagen:", "2.2 Beknopte terugkoppeling gesprekken 9 maart", value_x=vx)
    fw.space(12)
    heading(fw, "Voorstel", 11)
    fw.paragraph(
        "1. Een vervolggesprek met het bestuur van SVMN, te voeren door de wethouders Verhoeven, "
        "Brouwer en Smits, over het datalek, de cliëntenraad en de klachtafhandeling."
    )
    fw.paragraph(
        "2. Een bericht aan de IGJ waarin we aangeven dat we gesprekken hebben gevoerd en de "
        "melders hebben geadviseerd hun meldingen (deels opnieuw) bij de IGJ in te dienen."
    )
    heading(fw, "Aanleiding", 11)
    fw.paragraph(
        [
            "In het BO/BP van 16 februari is afgesproken dat drie wethouders namens de "
            "bovenregionale samenwerking een gesprek voeren met het bestuur van SVMN. Op 9 maart "
            "heeft dat gesprek plaatsgevonden; daarvoor spraken de wethouders met de IGJ en met",
            Redact("twee melders van klachten"),
            ". Afgestemd met",
            Redact("Kees Mol"),
            "(Amersfoort).",
        ]
    )
    page_footer(fw, 1, 1)

    # doc B: the thread of file 02, printed from the other mailbox
    fw.new_page()
    fw.stamp("Docnr 22")
    g.document("email", "RE: Datalek SVMN", "2022-02-16")
    fw.default_style = "black_red_label"
    record = email_header(
        fw,
        "outlook_en",
        DE_VOS,
        datetime(2022, 2, 16, 16, 53, 8, tzinfo=CET),
        [HOEKSTRA],
        "RE: Datalek SVMN",
        cc=[VAN_DIJK, SVMN_SECRETARIAAT],
        importance="High",
    )
    g.email(record, "t2", 0)
    fw.space(12)
    _body_devos(fw)
    _counts_devos(g)
    _signature_devos(fw)
    page_footer(fw, 1, 2)
    fw.new_page()
    fw.stamp("Docnr 22")
    _quoted_hoekstra(fw, g, 1)
    page_footer(fw, 2, 2)

    # doc C: short report of the talks, with agreements
    fw.new_page()
    fw.stamp("Docnr 23")
    fw.default_style = "grey_black_label"
    g.document("memo", "Beknopte terugkoppeling gesprekken 9 maart", "2022-03-09")
    fw.line("Bijlage 2.2 horende bij voorblad 'Gesprek SVMN over datalek en klachten'", leading=20)
    heading(fw, "Beknopte terugkoppeling gesprekken 9 maart", 12)
    fw.paragraph("Korte terugkoppeling van de gesprekken, in de volgorde waarin ze plaatsvonden:")
    heading(fw, "1. Dilemmagesprek IGJ (Brouwer, Smits, Verhoeven)", 10)
    fw.paragraph(
        "De IGJ is toezichthouder op de kwaliteit van zorg. Gemeenten kunnen signalen doorgeven, "
        "maar beoordelen zelf geen dossiers."
    )
    heading(fw, "2. Gesprek melding 1 (Brouwer, Smits)", 10)
    fw.out_of_scope_block(3, struck=True)
    heading(fw, "3. Gesprek bestuur SVMN (Brouwer, Smits, Verhoeven)", 10)
    fw.paragraph(
        [
            "Het gesprek ging vooral over de klachtafhandeling. SVMN gaf aan dat",
            Redact("Marleen Bosman"),
            "de hoorzitting over de cliëntenraad leidt.",
        ]
    )
    fw.line(Span("Gemaakte afspraken:", BOLD_FONT))
    for text in (
        "Plannen van een vervolggesprek met het bestuur van SVMN over het datalek en de "
        "klachtafhandeling.",
        "SVMN en gemeenten maken samen een verdieping op de klachtafhandeling.",
        "SVMN verstrekt na de hoorzitting de stand van zaken over de cliëntenraad.",
    ):
        g.unlabelled_decision(text, kind="afspraak")
        bullets(fw, [text])
    page_footer(fw, 1, 1)

    # doc D: quarterly figures, no redactions
    fw.new_page()
    fw.stamp("Docnr 24")
    g.document("report", "Kwartaalcijfers informatieveiligheid SVMN, Q1 2022", "2022-04-05")
    heading(fw, "Kwartaalcijfers informatieveiligheid SVMN, Q1 2022", 12)
    fw.paragraph(
        "Aantal meldingen van veiligheidsincidenten en datalekken in het eerste kwartaal van "
        "2022, per categorie:"
    )
    rows = [["Categorie", "Q1 2022"]]
    for category, label in CATEGORY_ROWS:
        rows.append([label, str(COUNTS_2022[category][0])])
        g.count(Q2022[0], category, COUNTS_2022[category][0])
    rows.append(["Totaal", "17"])
    rows.append(["Gemeld bij de AP", "3"])
    g.count(Q2022[0], "total", 17)
    g.count(Q2022[0], "reported_to_ap", 3)
    table(fw, [LEFT, 420], rows)
    fw.paragraph(
        "Ter vergelijking: in het eerste kwartaal van 2021 waren het er 20. De cijfers zijn "
        "voorlopig; de definitieve cijfers volgen in de directiebeoordeling over het eerste "
        "halfjaar."
    )
    g.count(Q2021[0], "total", 20)
    page_footer(fw, 1, 1)


# ----------------------------------------------------------------------------------------
# 13: the one leaky file: names drawn, then covered by a box


def leaky_memo(fw: FileWriter, g: FileGold) -> None:
    fw.new_page()
    g.document("memo", "Privacy notitie t.b.v. gesprek met inwoner 20 juli", "2022-07-18")
    heading(fw, "Privacy notitie t.b.v. gesprek met inwoner 20 juli", 13, 8)
    fw.field("Aan:", [Redact("Eva Brink", leaky=True), ", wethouder Jeugd"], value_x=130)
    fw.field("Van:", [Redact("Jeroen Smit", leaky=True), ", privacyjurist"], value_x=130)
    fw.field("Datum:", "18 juli 2022", value_x=130)
    fw.space(12)
    fw.paragraph(
        [
            "In deze zaak heeft",
            Redact("mevrouw Karin de Wit", leaky=True),
            "zorgen over de omgang met haar gegevens door SVMN en SAVE. Om deze zorgen goed op "
            "te vangen moet duidelijk worden wat de zorgen precies zijn en welke organisatie ze "
            "kan oppakken.",
        ]
    )
    fw.paragraph(
        "De gemeente en alle andere partijen houden zich aan de Algemene verordening "
        "gegevensbescherming (AVG), de Uitvoeringswet AVG en de Jeugdwet. De gemeente, SVMN en "
        "SAVE zijn elk verwerkingsverantwoordelijke voor de gegevens die zij voor hun eigen taken "
        "verwerken."
    )
    heading(fw, "Advies", 11)
    fw.paragraph(
        [
            "Stel in het gesprek eerst vast wat de aard van de klacht is en verwijs dan naar de "
            "juiste instantie. Het dossier is bekend onder nummer",
            Redact("2022-0417-KW", leaky=True),
            "bij SAVE.",
        ]
    )
    fw.paragraph(
        "Verwijs daarbij ook naar het privacybeleid van de betreffende organisatie, zodat de "
        "inwoner een klachtenprocedure op de juiste manier kan starten."
    )


SAMPLE_FILES: list[SampleFile] = [
    SampleFile("01_mail_agenda_bobp_13-04-2022.pdf", "Mail agenda BO/BP", "black_white_label",
               mail_agenda),
    SampleFile("02_mail_re_datalek_svmn.pdf", "Mail RE: Datalek SVMN", "black_red_label",
               mail_thread_datalek),
    SampleFile("03_mail_fw_informatie_datalekken.pdf", "Mail FW: informatie datalekken",
               "code_beside_box", mail_forward_figures),
    SampleFile("04_mail_fwd_locatie_de_linde_gelakt.pdf", "Mail Fwd: Locatie De Linde",
               "no_code", mail_apple_forward),
    SampleFile("05_verslag_bobp_13-04-2022.pdf", "Concept verslag BO/BP 13 april 2022",
               "grey_black_label", minutes_bobp),
    SampleFile("06_besluitenlijst_bobp_2022.pdf", "Besluitenlijst BO/BP 2022",
               "black_white_label", decision_list),
    SampleFile("07_concept_agenda_bobp_13-04-2022.pdf", "Concept agenda BO/BP 13 april 2022",
               "black_white_label", agenda_bobp),
    SampleFile("08_directiebeoordeling_2021.pdf", "Directiebeoordeling 2021",
               "code_beside_box", review_2021),
    SampleFile("09_directiebeoordeling_2022_h1.pdf", "Directiebeoordeling eerste half jaar 2022",
               "black_red_label", review_2022_h1),
    SampleFile("10_raadsbrief_onderzoek_gegevensbescherming_2019.pdf",
               "Raadsbrief onderzoek gegevensbescherming SVMN", "black_white_label",
               letter_council_2019),
    SampleFile("11_brief_svmn_gesprek_informatieveiligheid.pdf",
               "Brief SVMN gesprek informatieveiligheid", "grey_black_label", letter_svmn_2022),
    SampleFile("12_bundel_bijlagen_bobp_13-04-2022.pdf", "Bijlagen BO/BP 13 april 2022",
               "black_white_label", bundle_bobp),
    SampleFile("13_notitie_privacy_gesprek_inwoner.pdf", "Privacy notitie gesprek inwoner",
               "no_code", leaky_memo),
]  # fmt: skip


def quarter_table(fw, g, cols, quarters, counts, ap_counts, whole_period) -> None:
    """A table of counts per category and quarter, with Totaal row and column and the AP
    row, and its gold: every cell, the quarter totals and the AP count of the whole period."""
    header = [f"Q{(int(start[5:7]) + 2) // 3} {start[:4]}" for start, _ in quarters]
    rows = [["Categorie", *header, "Totaal"]]
    for category, label in CATEGORY_ROWS:
        values = counts[category]
        rows.append([label, *map(str, values), str(sum(values))])
        for q, value in zip(quarters, values, strict=True):
            g.count(q, category, value)
    totals = [sum(v[i] for v in counts.values()) for i in range(len(quarters))]
    rows.append(["Totaal", *map(str, totals), str(sum(totals))])
    rows.append(["Gemeld bij de AP", *map(str, ap_counts), str(sum(ap_counts))])
    for q, total, ap in zip(quarters, totals, ap_counts, strict=True):
        g.count(q, "total", total)
        g.count(q, "reported_to_ap", ap)
    g.count(whole_period, "reported_to_ap", sum(ap_counts))
    table(fw, cols, rows)
