"""A held-out sample release whose content varies with the seed (`vary_content=True`).

The extractors were tuned on the fixed sample of `documents.py`; this module draws the same
genres from pools instead: people, roles and municipalities, meeting dates, times and places,
report years and incident figures, e-mail subjects, senders, domains, attachments and date
formats, redaction styles and grounds per box, the documents in the bundle and their order,
and alternative phrasings the real release uses for the same facts. The gold is recorded
while drawing (as in `documents.py`), so it is right for whatever comes out.

Figures are consistent within a release: categories sum to the totals, quarters to the
year, months to their quarter, halves to the year, percentages are computed from counts.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from woo_eval.sample.documents import (
    CATEGORY_ROWS,
    SampleFile,
    bullets,
    heading,
    page_footer,
    table,
)
from woo_eval.sample.gold import FileGold
from woo_eval.sample.layout import BOLD_FONT, LEFT, RIGHT, STYLES, FileWriter, Redact, Span
from woo_eval.sample.mail import (
    DUTCH_DAYS,
    DUTCH_MONTHS,
    Person,
    dutch_date,
    email_header,
    outlook_en_long_sent,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

# (municipality, region as printed after it, mail domain)
MUNICIPALITIES = [
    ("Utrecht", "regio Utrecht Stad", "utrecht.nl"),
    ("Amersfoort", "regio Eemland", "amersfoort.nl"),
    ("Soest", "regio Eemland", "soest.nl"),
    ("Houten", "regio Lekstroom", "houten.nl"),
    ("Nieuwegein", "regio Lekstroom", "nieuwegein.nl"),
    ("IJsselstein", "regio Lekstroom", "ijsselstein.nl"),
    ("Zeist", "regio Zuidoost Utrecht", "zeist.nl"),
    ("Wijk bij Duurstede", "regio Zuidoost Utrecht", "wijkbijduurstede.nl"),
    ("Utrechtse Heuvelrug", "regio ZOU", "heuvelrug.nl"),
    ("De Bilt", "regio Zuidoost Utrecht", "debilt.nl"),
    ("Woerden", "regio Utrecht West", "woerden.nl"),
    ("Stichtse Vecht", "regio Utrecht West", "stichtsevecht.nl"),
    ("Oudewater", "regio Utrecht West", "oudewater.nl"),
    ("Rhenen", "regio Foodvalley", "rhenen.nl"),
    ("Almere", "regio Flevoland", "almere.nl"),
    ("Lelystad", "regio Flevoland", "lelystad.nl"),
    ("Zwolle", "regio IJsselland", "zwolle.nl"),
    ("Arnhem", "regio Centraal Gelderland", "arnhem.nl"),
    ("Haarlem", "regio Zuid-Kennemerland", "haarlem.nl"),
    ("Tilburg", "regio Hart van Brabant", "tilburg.nl"),
    ("Leeuwarden", "regio Fryslân", "leeuwarden.nl"),
    ("Groningen", "regio Groningen", "groningen.nl"),
]

FIRST_NAMES = {
    "f": [
        "Anouk",
        "Marloes",
        "Femke",
        "Sanne",
        "Yasmina",
        "Lotte",
        "Iris",
        "Fatma",
        "Noor",
        "Eline",
        "Hanneke",
        "Rianne",
        "Karin",
        "Esra",
        "Ingrid",
        "Mirjam",
        "Chantal",
        "Renée",
        "Saskia",
        "Joyce",
        "Naima",
        "Zoë",
    ],
    "m": [
        "Rik",
        "Kees",
        "Dirk",
        "Wouter",
        "Bram",
        "Pieter",
        "Said",
        "Jeroen",
        "Tom",
        "Ruud",
        "Mehmet",
        "Sjoerd",
        "Gerrit",
        "Bas",
        "Hüseyin",
        "Thijs",
        "Koen",
        "Maarten",
        "Joris",
        "Ahmed",
        "Frank",
        "Björn",
    ],
}
# (tussenvoegsel, surname)
SURNAMES = [
    ("", "Hoekstra"),
    ("", "Bos"),
    ("", "Jansen"),
    ("", "Mol"),
    ("de", "Vos"),
    ("van", "Dijk"),
    ("", "Wouters"),
    ("", "Verbeek"),
    ("", "Koopman"),
    ("", "Smeets"),
    ("", "Bakkali"),
    ("", "Vermeulen"),
    ("", "Kosterman"),
    ("", "Broekhuis"),
    ("", "Eerenberg"),
    ("van", "Eijk"),
    ("", "Overweg"),
    ("", "Duindam"),
    ("de", "Heer"),
    ("", "Veneklaas"),
    ("van", "Aalst"),
    ("", "Bosch"),
    ("", "Yilmaz"),
    ("", "El Idrissi"),
    ("van der", "Meer"),
    ("", "Schouten"),
    ("", "Dekker"),
    ("", "Kok"),
    ("ter", "Horst"),
    ("", "Hendriks"),
    ("van den", "Berg"),
    ("", "Çelik"),
    ("", "Brinkman"),
    ("", "Postma"),
    ("de", "Graaf"),
    ("", "Öztürk"),
    ("", "Visser"),
    ("van", "Leeuwen"),
    ("", "Peters"),
    ("", "Lubbers"),
    ("", "Timmermans"),
    ("", "Nijland"),
    ("", "Zwart"),
    ("van", "Beek"),
    ("", "Kuipers"),
    ("in 't", "Veld"),
]

OFFICIAL_ROLES = [
    "beleidsadviseur",
    "beleidsregisseur",
    "projectleider",
    "teammanager",
    "senior beleidsadviseur",
    "programmamanager",
    "accounthouder",
]

# grounds as the two laws number them; the first of each list is the common one
WOO_GROUNDS = [
    "5.1.2.e",
    "5.1.1.c",
    "5.1.1.d",
    "5.1.1.e",
    "5.1.2.a",
    "5.1.2.b",
    "5.1.2.c",
    "5.1.2.d",
    "5.1.2.f",
    "5.1.2.g",
    "5.1.2.h",
    "5.1.2.i",
    "5.1.5",
]
WOB_GROUNDS = [
    "10.2.e",
    "10.1.c",
    "10.1.d",
    "10.2.a",
    "10.2.b",
    "10.2.c",
    "10.2.d",
    "10.2.f",
    "10.2.g",
    "11.1",
]
WOO_START = date(2022, 5, 1)

BOXED_STYLES = [s for s in STYLES if s != "out_of_scope_text"]

ORGANISATIONS = [
    # (name, short name, mail domain, visiting address)
    (
        "Samen Veilig Midden-Nederland",
        "SVMN",
        "samen-veilig.nl",
        "Vredenburgkade 21, 3511 BA Utrecht",
    ),
    (
        "Jeugdbescherming Midden-Nederland",
        "JBMN",
        "jbmn.nl",
        "Catharijnesingel 47, 3511 GC Utrecht",
    ),
    (
        "Stichting Veilig Opgroeien Oost",
        "SVOO",
        "veiligopgroeien.nl",
        "Stationsplein 12, 8011 CW Zwolle",
    ),
]

CATEGORY_PHRASES = {
    "wrong_recipient": "'gegevens verstuurd aan de verkeerde ontvanger' (Verk ontv)",
    "wrong_data": "'ontvanger krijgt verkeerde gegevens' (Verk geg)",
    "lost_letter": "'brief kwijtgeraakt of (geopend) retour ontvangen'",
    "lost_device": "'telefoon/laptop/pas verloren of gestolen'",
    "theft": "'diefstal'",
    "other": "'overig'",
}
ORDINALS = ["eerste", "tweede", "derde", "vierde"]


def _pct(part: int, whole: int) -> int:
    """A percentage as a report rounds it (half up)."""
    return int(100 * part / whole + 0.5)


def _month(year: int, month: int) -> tuple[str, str]:
    last = calendar.monthrange(year, month)[1]
    return (f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last:02d}")


def _quarter(year: int, q: int) -> tuple[str, str]:
    start = _month(year, 3 * q + 1)[0]
    return (start, _month(year, 3 * q + 3)[1])


def _year(year: int) -> tuple[str, str]:
    return (f"{year}-01-01", f"{year}-12-31")


def _half(year: int, h: int) -> tuple[str, str]:
    return (f"{year}-01-01", f"{year}-06-30") if h == 0 else (f"{year}-07-01", f"{year}-12-31")


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """`total` as `parts` integers, positive when it can (a monthly series)."""
    if total >= parts:
        cuts = sorted(rng.sample(range(1, total), parts - 1))
    else:
        cuts = sorted(rng.randint(0, total) for _ in range(parts - 1))
    bounds = [0, *cuts, total]
    return [b - a for a, b in zip(bounds, bounds[1:], strict=False)]


@dataclass
class Human:
    first: str
    tussen: str
    last: str
    gender: str

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.tussen, self.last) if p)

    @property
    def surname(self) -> str:
        """As printed after a title: `Van Leeuwen` (capitalised without first name)."""
        if self.tussen:
            return f"{self.tussen[0].upper()}{self.tussen[1:]} {self.last}"
        return self.last

    @property
    def initial_name(self) -> str:
        """`J. de Graaf`"""
        return " ".join(p for p in (f"{self.first[0]}.", self.tussen, self.last) if p)

    @property
    def salutation(self) -> str:
        return "Mevr." if self.gender == "f" else "Dhr."

    def local(self, rng: random.Random) -> str:
        plain = str.maketrans("çöüéëï", "coueei")
        last = (self.tussen + self.last).replace(" ", "").replace("'", "").lower()
        first = self.first.lower().translate(plain)
        return rng.choice([f"{first[0]}.{last}", f"{first}.{last}"]).translate(plain)


@dataclass
class Incidents:
    year: int
    quarters: dict[str, list[int]]  # category -> Q1..Q4 of `year`
    ap: list[int]
    prev: list[tuple[int, int, int, int]]  # (year, total, wrong_recipient, ap) for year-1, -2
    save: int
    vt: int
    h1_year: int
    h1: dict[str, list[int]]  # category -> Q1, Q2 of h1_year
    h1_ap: list[int]
    h1_save: int
    h1_vt: int

    def q_totals(self) -> list[int]:
        return [sum(v[q] for v in self.quarters.values()) for q in range(4)]

    @property
    def total(self) -> int:
        return sum(self.q_totals())

    def h1_q_totals(self) -> list[int]:
        return [sum(v[q] for v in self.h1.values()) for q in range(2)]

    @property
    def h1_total(self) -> int:
        return sum(self.h1_q_totals())


def _draw_counts(rng: random.Random, n: int) -> dict[str, list[int]]:
    ranges = {
        "wrong_recipient": (7, 19),
        "wrong_data": (0, 4),
        "lost_letter": (0, 3),
        "lost_device": (0, 3),
        "theft": (0, 1),
        "other": (0, 4),
    }
    return {cat: [rng.randint(*ranges[cat]) for _ in range(n)] for cat in ranges}


@dataclass
class World:
    """Everything one held-out release is about, drawn from the seed."""

    rng: random.Random
    org: tuple[str, str, str, str]
    municipalities: list[tuple[str, str, str]]
    wethouders: list[Human]
    incidents: Incidents
    meeting_day: date
    meeting_times: tuple[str, str]
    location: str
    body: str
    body_title: str
    used: set[str] = field(default_factory=set)

    # people ---------------------------------------------------------------------------

    def person(self) -> Human:
        """A new person: a surname not yet used while there are any, else a new full name."""
        fresh = len(self.used) < len(SURNAMES) - 4
        while True:
            gender = self.rng.choice("fm")
            first = self.rng.choice(FIRST_NAMES[gender])
            tussen, last = self.rng.choice(SURNAMES)
            human = Human(first, tussen, last, gender)
            key = last if fresh else human.full
            if key not in self.used:
                self.used.add(key)
                return human

    # redactions -----------------------------------------------------------------------

    def ground(self, when: date, common: float = 0.75) -> tuple[str, str]:
        """(canonical ground, printed label) for one box, by the law in force on `when`."""
        pool = WOO_GROUNDS if when >= WOO_START else WOB_GROUNDS
        if self.rng.random() < common:
            ground = pool[0]
        else:
            ground = self.rng.choice(pool)
        if self.rng.random() < 0.12:
            second = self.rng.choice([g for g in pool if g != ground])
            sep = self.rng.choice([", ", ";", "; "])
            return f"{ground};{second}", f"{self._shape(ground)}{sep}{self._shape(second)}"
        return ground, self._shape(ground)

    def _shape(self, ground: str) -> str:
        """The printed shape of a canonical ground (`5.1.2e`, `5.1.2 e`, `art. 10.2.e`)."""
        r = self.rng.random()
        if r < 0.6 or ground.count(".") < 2:
            return ground
        head, letter = ground.rsplit(".", 1)
        if r < 0.75:
            return f"{head}{letter}"
        if r < 0.87:
            return f"{head} {letter}"
        return f"art. {ground}"

    def red(self, hidden: str, when: date, style: str | None = None) -> Redact:
        """A box over `hidden` with a ground and style drawn for this one box."""
        ground, label = self.ground(when)
        if style is None and self.rng.random() < 0.35:
            style = self.rng.choice(BOXED_STYLES)
        return Redact(hidden, ground=ground, label=label, style=style)


def draw_world(seed: int) -> World:
    rng = random.Random(f"woo-heldout-{seed}")
    org = rng.choice(ORGANISATIONS)
    municipalities = rng.sample(MUNICIPALITIES, 8)
    year = rng.randint(2019, 2023)
    quarters = _draw_counts(rng, 4)
    q_totals = [sum(v[q] for v in quarters.values()) for q in range(4)]
    ap = [rng.randint(1, min(6, t)) for t in q_totals]
    total = sum(q_totals)
    prev = []
    for back in (1, 2):
        p_total = rng.randint(55, 100)
        prev.append(
            (
                year - back,
                p_total,
                rng.randint(p_total // 3, 2 * p_total // 3),
                rng.randint(8, p_total // 4),
            )
        )
    save = rng.randint(total // 2, 2 * total // 3)
    vt = rng.randint(total // 6, total - save - 2)
    h1 = _draw_counts(rng, 2)
    h1_totals = [sum(v[q] for v in h1.values()) for q in range(2)]
    h1_ap = [rng.randint(1, min(5, t)) for t in h1_totals]
    h1_total = sum(h1_totals)
    h1_save = rng.randint(h1_total // 2, 2 * h1_total // 3)
    h1_vt = rng.randint(h1_total // 6, h1_total - h1_save - 2)
    incidents = Incidents(year, quarters, ap, prev, save, vt, year + 1, h1, h1_ap, h1_save, h1_vt)
    # the meeting falls in the second quarter after the report year, on a working day
    day = date(year + 1, rng.randint(4, 6), rng.randint(1, 28))
    while day.weekday() > 4:
        day += timedelta(days=1)
    start_hour = rng.choice([9, 10, 13, 14, 15])
    start_min = rng.choice([0, 0, 30])
    length = rng.choice([60, 90, 120, 150])
    start = datetime(2000, 1, 1, start_hour, start_min)
    end = start + timedelta(minutes=length)
    host = rng.choice(municipalities[:6])[0]
    location = rng.choice(
        [
            f"Stadhuis {host}, Raadzaal",
            f"Gemeentehuis {host}, vergaderzaal 2",
            f"Stadhuis {host}, Burgemeesterskamer",
            "Via Microsoft Teams",
            f"Provinciehuis Utrecht, zaal {rng.randint(1, 9)}",
        ]
    )
    body, body_title = rng.choice(
        [
            ("BO/BP", "Bestuurlijke overlegtafel bovenregionale samenwerking Zorg voor Jeugd"),
            ("BO/BP", "Bestuurlijk Platform bovenregionale samenwerking Jeugd"),
            ("ASG", "Ambtelijke stuurgroep bovenregionale samenwerking Jeugd"),
        ]
    )
    world = World(
        rng=rng,
        org=org,
        municipalities=municipalities,
        wethouders=[],
        incidents=incidents,
        meeting_day=day,
        meeting_times=(f"{start:%H:%M}", f"{end:%H:%M}"),
        location=location,
        body=body,
        body_title=body_title,
    )
    world.wethouders = [world.person() for _ in municipalities]
    return world


# ----------------------------------------------------------------------------------------
# shared pieces


def _dot_time(hhmm: str) -> str:
    return hhmm.replace(":", ".")


def _sent(world: World, day: date, seconds: bool = True) -> datetime:
    rng = world.rng
    return datetime(
        day.year,
        day.month,
        day.day,
        rng.randint(8, 18),
        rng.randint(0, 59),
        rng.randint(0, 59) if seconds else 0,
        tzinfo=AMSTERDAM,
    )


def _working_day(day: date) -> date:
    while day.weekday() > 4:
        day += timedelta(days=1)
    return day


def _mailbox(world: World, human: Human, domain: str, redacted: bool = True) -> Person:
    return Person(human.local(world.rng), domain, redacted=redacted)


def _wethouder_line(world: World, human: Human, muni: tuple[str, str, str], chair: bool) -> tuple:
    """(printed text, gold name): `Wethouder Mevr. Verhoeven, Zeist, regio ...`."""
    if world.rng.random() < 0.3:
        name = human.initial_name
    else:
        name = human.surname
    extra = "voorzitter" if chair else muni[1]
    return f"Wethouder {human.salutation} {name}, {muni[0]}, {extra}", name


def _print_participants(
    world: World,
    fw: FileWriter,
    g: FileGold,
    status: str,
    wethouders: list[int],
    officials: int,
    when: date,
) -> None:
    rng = world.rng
    for i in wethouders:
        text, name = _wethouder_line(world, world.wethouders[i], world.municipalities[i], i == 0)
        g.participant(status, name, "wethouder", world.municipalities[i][0], [text])
    for _ in range(officials):
        human = world.person()
        muni = rng.choice(world.municipalities)
        role = rng.choice(OFFICIAL_ROLES)
        if rng.random() < 0.6:
            printed = [world.red(human.full, when), f", {role}, {muni[0]}, {muni[1]}"]
            if rng.random() < 0.3:
                printed = [f"Bij punt {rng.randint(2, 4)}:", *printed]
            g.participant(status, None, role, muni[0], printed)
        else:
            name = human.initial_name
            g.participant(
                status, name, role, muni[0], [f"{human.salutation} {name}, {role}, {muni[0]}"]
            )


# ----------------------------------------------------------------------------------------
# e-mails


def _thread_subject(world: World) -> str:
    short = world.org[1]
    year = world.incidents.year
    return world.rng.choice(
        [
            f"Datalek {short}",
            f"Cijfers datalekken {year}",
            "Vraag over meldingen datalekken",
            f"Mondelinge vragen datalek {short}",
            f"Informatieverzoek datalekken {short}",
        ]
    )


@dataclass
class Thread:
    """The conversation printed in the thread file and again in the bundle."""

    subject: str
    asker: Human
    answerer: Human
    asker_box: Person
    answerer_box: Person
    colleague: Person
    cc: list[Person]
    asked: datetime
    answered: datetime
    forwarded: datetime
    final_to: Person


def _draw_thread(world: World) -> Thread:
    inc = world.incidents
    rng = world.rng
    muni_domain = world.municipalities[1][2]
    asker, answerer, colleague = world.person(), world.person(), world.person()
    asked = _sent(world, _working_day(date(inc.year + 1, 2, rng.randint(1, 20))), seconds=False)
    answered = asked + timedelta(
        days=rng.randint(1, 3), hours=rng.randint(1, 5), minutes=rng.randint(1, 50)
    )
    answered = answered.replace(second=rng.randint(1, 59))
    forwarded = answered + timedelta(hours=rng.randint(18, 30), minutes=rng.randint(1, 50))
    forwarded = forwarded.replace(second=rng.randint(0, 59))
    secretariaat = Person("secretariaat", world.org[2], name="Secretariaat", redacted=False)
    return Thread(
        subject=_thread_subject(world),
        asker=asker,
        answerer=answerer,
        asker_box=_mailbox(world, asker, muni_domain),
        answerer_box=_mailbox(world, answerer, world.org[2]),
        colleague=_mailbox(world, colleague, muni_domain),
        cc=[_mailbox(world, world.person(), world.org[2]), secretariaat],
        asked=asked,
        answered=answered,
        forwarded=forwarded,
        final_to=_mailbox(world, world.person(), muni_domain),
    )


def _answer_body(world: World, fw: FileWriter, g: FileGold, t: Thread) -> None:
    inc = world.incidents
    when = t.answered.date()
    fw.paragraph(["Beste", world.red(t.asker.first, when), ","])
    ap = sum(inc.ap)
    if world.rng.random() < 0.5:
        text = (
            f"Zoals gevraagd de cijfers. In {inc.year} zijn bij de afdeling Informatieveiligheid "
            f"{inc.total} meldingen van beveiligingsincidenten en datalekken gedaan. Daarvan "
            f"hebben wij er {ap} gemeld bij de Autoriteit Persoonsgegevens."
        )
    else:
        text = (
            f"Hierbij de gevraagde aantallen. In {inc.year} was het aantal gemelde datalekken "
            f"{inc.total}. Daarvan hebben wij er {ap} gemeld bij de Autoriteit Persoonsgegevens, "
            "steeds binnen de termijn van 72 uur."
        )
    fw.paragraph(text)
    g.count(_year(inc.year), "total", inc.total)
    g.count(_year(inc.year), "reported_to_ap", ap)
    fw.paragraph(
        "De betrokken medewerkers zijn persoonlijk geïnformeerd. Laat het weten als je nog iets "
        "nodig hebt voor de beantwoording."
    )


def _answer_signature(world: World, fw: FileWriter, t: Thread) -> None:
    fw.paragraph("Met vriendelijke groet,", after=10)
    fw.line(world.red(t.answerer.full, t.answered.date()))
    fw.line("Privacy Officer")
    fw.line(world.org[0])


def _quoted_question(world: World, fw: FileWriter, g: FileGold, t: Thread, pos: int) -> None:
    fw.space(6)
    fw.rule()
    record = email_header(fw, "outlook_nl", t.asker_box, t.asked, [t.answerer_box], t.subject)
    g.email(record, "t2", pos)
    fw.space(8)
    when = t.asked.date()
    fw.paragraph(["Beste", world.red(t.answerer.first, when), ","])
    fw.paragraph(
        f"Naar aanleiding van berichten in de pers over {world.org[1]} zijn in de raad vragen "
        f"gesteld. Kun je mij laten weten hoeveel datalekken {world.org[1]} over heel "
        f"{world.incidents.year} heeft geregistreerd en hoeveel daarvan bij de AP zijn gemeld?"
    )
    fw.paragraph("Alvast dank,", after=8)
    fw.line(world.red(t.asker.full, when))
    fw.line(f"Beleidsadviseur Jeugd | Gemeente {world.municipalities[1][0]}")


def mail_thread(world: World, t: Thread) -> SampleFile:
    def draw(fw: FileWriter, g: FileGold) -> None:
        fw.new_page()
        top = f"RE: {t.subject}"
        g.document("email", top, t.forwarded.date().isoformat())
        long_form = world.rng.random() < 0.5
        record = email_header(
            fw,
            "outlook_en",
            t.asker_box,
            t.forwarded,
            [t.final_to],
            top,
            cc=[t.colleague],
            attachments=[f"{t.forwarded:%Y%m%d} antwoorden raadsvragen.docx"],
            sent_printed=outlook_en_long_sent(t.forwarded) if long_form else None,
        )
        g.email(record, "t2", 0)
        fw.space(12)
        when = t.forwarded.date()
        fw.paragraph(["Hoi", world.red(world.person().first, when), ","])
        fw.paragraph(
            "In de bijlage vind je de antwoorden op de vragen. De cijfers komen uit de mail "
            "hieronder. Bij vragen kun je het beste contact opnemen met mij."
        )
        fw.paragraph("Groet,", after=8)
        fw.line(world.red(t.asker.full, when))
        fw.space(6)
        fw.rule()
        answered = t.answered.replace(second=0)
        record = email_header(
            fw, "outlook_nl", t.answerer_box, answered, [t.asker_box], top, cc=t.cc
        )
        g.email(record, "t2", 1)
        fw.space(8)
        _answer_body(world, fw, g, t)
        fw.new_page()
        _answer_signature(world, fw, t)
        _quoted_question(world, fw, g, t, 2)

    slug = t.subject.lower().replace(" ", "_")
    return SampleFile(f"mail_re_{slug}.pdf", f"Mail RE: {t.subject}", "black_red_label", draw)


def mail_agenda(world: World) -> SampleFile:
    rng = world.rng
    day = world.meeting_day
    sent_day = _working_day(day - timedelta(days=rng.randint(6, 9)))
    short = f"{day.day} {DUTCH_MONTHS[day.month - 1]}"
    subject = rng.choice(
        [
            f"Agenda en bijlagen {world.body} {short} a.s.",
            f"Stukken {world.body} {short}",
            f"Vergaderstukken {world.body} {dutch_date(day)}",
        ]
    )
    sender = world.person()
    chair_muni = world.municipalities[0]

    def draw(fw: FileWriter, g: FileGold) -> None:
        fw.new_page()
        sent = _sent(world, sent_day)
        g.document("email", subject, sent_day.isoformat())
        to = [
            _mailbox(world, w, m[2])
            for w, m in zip(world.wethouders, world.municipalities, strict=True)
        ][: rng.randint(4, 7)]
        cc = [
            Person("secretariaat.jeugd", chair_muni[2], name="Secretariaat Jeugd", redacted=False)
        ]
        cc += [
            _mailbox(world, world.person(), rng.choice(world.municipalities)[2])
            for _ in range(rng.randint(1, 4))
        ]
        stamp = f"{day:%d-%m-%Y}"
        pool = [
            f"Bijlage 1.1 Concept agenda {world.body.replace('/', '')} {stamp}.pdf",
            f"Bijlage 1.2 Conceptverslag vorig overleg_v{rng.randint(1, 4)}.pdf",
            f"Bijlage 2.1 Voorblad gesprek {world.org[1]} over datalek.pdf",
            f"Bijlage 2.2 Terugkoppeling gesprekken {rng.randint(1, 28)} maart.pdf",
            f"Bijlage 3.1 Kwartaalcijfers informatieveiligheid Q1 {day.year}.pdf",
            f"Bijlage 3.2 Jaarcijfers {world.incidents.year}.xlsx",
            f"Bijlage 1.1 Concept agenda {world.body.replace('/', '')} {stamp}.docx",
        ]
        attachments = rng.sample(pool, rng.randint(2, 6))
        flavour = rng.choice(["outlook_en", "outlook_en", "outlook_nl"])
        long_form = flavour == "outlook_en" and rng.random() < 0.4
        if flavour == "outlook_nl":
            sent = sent.replace(second=0)
        record = email_header(
            fw,
            flavour,
            _mailbox(world, sender, chair_muni[2]),
            sent,
            to,
            subject,
            cc=cc,
            attachments=attachments,
            sent_printed=outlook_en_long_sent(sent) if long_form else None,
        )
        g.email(record, "t1", 0)
        fw.space(12)
        fw.paragraph(rng.choice(["Beste bestuurders,", "Geachte wethouders,", "Beste allen,"]))
        fw.paragraph(
            f"Hierbij ontvangt u de conceptagenda en de bijlagen voor het {world.body} van "
            f"{DUTCH_DAYS[day.weekday()]} {dutch_date(day)}. Het overleg vindt plaats op deze "
            f"locatie: {world.location}. De stukken voor agendapunt 3 volgen later deze week."
        )
        if rng.random() < 0.7:
            fw.out_of_scope_block(rng.randint(2, 5))
        fw.paragraph(
            [
                "Bij agendapunt 2 sluit",
                world.red(world.person().full, sent_day),
                f"van de gemeente {rng.choice(world.municipalities)[0]} aan voor een toelichting.",
            ]
        )
        fw.paragraph("Met vriendelijke groet,", after=14)
        fw.line([world.red(sender.full, sent_day)])
        fw.line("Bovenregionaal procesondersteuner")
        fw.line(f"Gemeente {chair_muni[0]} | Afdeling Samen Leven")

    return SampleFile(
        f"mail_agenda_{world.body.replace('/', '')}_{day:%d-%m-%Y}.pdf",
        f"Mail agenda {world.body}",
        "black_white_label",
        draw,
    )


def mail_forward(world: World) -> SampleFile:
    rng = world.rng
    inc = world.incidents
    subject = rng.choice(
        [
            f"informatie {inc.year} en eerste helft {inc.h1_year}",
            f"cijfers datalekken {inc.year} en {inc.h1_year}",
            "directiebeoordelingen datalekken",
        ]
    )
    fw_prefix = rng.choice(["FW:", "Fwd:", "Doorst:"])
    a, b, c = world.person(), world.person(), world.person()
    sent = _sent(world, _working_day(date(inc.h1_year, 9, rng.randint(2, 25))))
    quoted = (sent - timedelta(days=rng.randint(1, 4), hours=2)).replace(second=0)

    def draw(fw: FileWriter, g: FileGold) -> None:
        fw.new_page()
        top = f"{fw_prefix} {subject}"
        g.document("email", top, sent.date().isoformat())
        attachments = [
            f"Directiebeoordeling {inc.year} datalekken def.pdf",
            f"Directiebeoordeling {inc.h1_year} eerste halfjaar.pdf",
        ]
        sender_box = _mailbox(world, a, world.org[2])
        to = [
            _mailbox(world, b, world.municipalities[1][2]),
            _mailbox(world, world.person(), world.municipalities[2][2]),
        ]
        record = email_header(fw, "outlook_en", sender_box, sent, to, top, attachments=attachments)
        g.email(record, "t4", 0)
        fw.space(12)
        when = sent.date()
        fw.paragraph(["Dag", world.red(b.first, when), ","])
        fw.paragraph(
            "Hierbij de informatie over de recente cijfers; je kunt die meenemen in de "
            "beantwoording van de schriftelijke vragen."
        )
        fw.paragraph("Met vriendelijke groet,", after=8)
        fw.line(world.red(a.full, when))
        fw.line(world.org[0])
        fw.space(6)
        fw.rule()
        record = email_header(
            fw,
            "outlook_nl",
            _mailbox(world, c, world.org[2]),
            quoted,
            [sender_box],
            subject,
            attachments=attachments,
        )
        g.email(record, "t4", 1)
        fw.space(8)
        fw.paragraph(["Hoi", world.red(a.first, quoted.date()), ","])
        if rng.random() < 0.5:
            text = (
                f"Zoals beloofd de directiebeoordelingen. In {inc.year} ging het om "
                f"{inc.total} meldingen, in het eerste halfjaar van {inc.h1_year} om "
                f"{inc.h1_total} meldingen."
            )
        else:
            text = (
                f"Zoals beloofd de directiebeoordelingen. Over {inc.year} telden wij "
                f"{inc.total} meldingen; in de eerste helft van {inc.h1_year} waren het er "
                f"{inc.h1_total}."
            )
        fw.paragraph(text)
        g.count(_year(inc.year), "total", inc.total)
        g.count(_half(inc.h1_year, 0), "total", inc.h1_total)
        fw.paragraph("Groet,", after=8)
        fw.line(world.red(c.first, quoted.date()))

    slug = subject.replace(" ", "_")
    return SampleFile(f"mail_fw_{slug}.pdf", f"Mail {fw_prefix} {subject}", "code_beside_box", draw)


def mail_apple(world: World) -> SampleFile:
    rng = world.rng
    year = rng.randint(2017, 2021)
    place = rng.choice(["De Linde", "Het Anker", "De Boog", "Zonnehoek"])
    subject = rng.choice(
        [
            f"Locatie jeugdhulpvoorziening {place}",
            f"Besluit huisvesting {place}",
            f"Tijdelijke locatie {place}",
        ]
    )
    day = _working_day(date(year, rng.randint(2, 11), rng.randint(1, 27)))
    sent = _sent(world, day)
    forwarded = _sent(world, _working_day(day + timedelta(days=1)))
    writer = world.person()
    domain = world.municipalities[0][2]

    def draw(fw: FileWriter, g: FileGold) -> None:
        fw.new_page()
        top = f"Fwd: {subject}"
        g.document("email", top, forwarded.date().isoformat())
        record = email_header(
            fw,
            "print_nl",
            Person(writer.local(rng), "gmail.com", show_domain=False),
            forwarded,
            [Person("secretariaat.wethouders", domain, show_domain=False)],
            top,
        )
        g.email(record, "t3", 0)
        fw.space(2)
        fw.rule(width=1.2)
        fw.space(10)
        fw.line([Span("Verstuurd vanaf mijn iPhone", "Times-Roman", 12)], leading=20)
        fw.line([Span("Begin doorgestuurd bericht:", "Times-Roman", 12)], leading=26)
        to = []
        for _ in range(rng.randint(2, 4)):
            h = world.person()
            to.append(
                Person(h.local(rng), domain, name=f"{h.surname}, {h.first}", show_domain=False)
            )
        cc = [Person(world.person().local(rng), domain, show_domain=False)]
        record = email_header(
            fw,
            "apple",
            Person(
                writer.local(rng),
                domain,
                name=f"{writer.surname}, {writer.first}",
                show_domain=False,
            ),
            sent,
            to,
            subject,
            cc=cc,
            x=100,
        )
        g.email(record, "t3", 1)
        fw.space(30)
        x = 140
        width = RIGHT - x - 20
        fw.paragraph("Dag allemaal,", x=x, width=width, after=8)
        fw.paragraph(
            f"Vandaag heb ik besloten dat de voorziening tijdelijk wordt gehuisvest in {place}. "
            "De kosten worden, zoals in het overleg afgesproken, door de regio's gedeeld.",
            x=x,
            width=width,
            after=8,
        )
        fw.paragraph(
            [
                "De buurt wordt door",
                Redact(world.person().full, ground=None),
                "persoonlijk geïnformeerd.",
            ],
            x=x,
            width=width,
            after=8,
        )
        fw.paragraph("Hartelijke groet,", x=x, width=width, after=0)
        fw.paragraph(writer.first, x=x, width=width)

    return SampleFile(
        f"mail_fwd_{place.lower().replace(' ', '_')}_gelakt.pdf",
        f"Mail Fwd: {subject}",
        "no_code",
        draw,
    )


# ----------------------------------------------------------------------------------------
# meetings


def minutes(world: World) -> SampleFile:
    rng = world.rng
    day = world.meeting_day
    inc = world.incidents
    start, end = world.meeting_times
    label_header = rng.random() < 0.6
    present_label = rng.choice(["Aanwezig:", "Aanwezig:", "Deelnemers:"])
    absent_label = rng.choice(["Afmelding:", "Afwezig:", "Afgemeld:"])
    n = len(world.wethouders)
    absent = rng.sample(range(1, n), rng.randint(1, 2))
    present = [i for i in range(n) if i not in absent]
    short_header = (
        f"Conceptverslag {world.body} {dutch_date(day)} {_dot_time(start)} - {_dot_time(end)} uur"
    )
    # the title is the heading as printed
    title = f"Concept verslag {world.body} {dutch_date(day)}" if label_header else short_header

    def draw(fw: FileWriter, g: FileGold) -> None:
        fw.new_page()
        g.document("minutes", title, day.isoformat())
        m = g.meeting(world.body, day.isoformat(), start, end, world.location)
        if label_header:
            heading(fw, "Concept verslag", 14)
            heading(fw, world.body_title, 11, 10)
            fw.field("Datum:", dutch_date(day), value_x=140, label_font="Helvetica")
            fw.field(
                "Tijd:",
                f"{_dot_time(start)} - {_dot_time(end)} uur",
                value_x=140,
                label_font="Helvetica",
            )
            fw.field("Locatie:", world.location, value_x=140, label_font="Helvetica")
        else:
            # the reference's short header: all on one title line, the place under it
            heading(fw, short_header, 12)
            fw.line(world.location)
        fw.space(8)
        fw.line(Span(present_label, BOLD_FONT))
        _print_participants(world, fw, g, "present", present, rng.randint(1, 3), day)
        fw.space(6)
        fw.line(Span(absent_label, BOLD_FONT))
        _print_participants(world, fw, g, "absent", absent, rng.randint(0, 1), day)
        fw.space(10)
        heading(fw, "1. Opening en vaststelling agenda", 11)
        fw.paragraph(
            "De voorzitter opent de vergadering en heet iedereen welkom. De agenda wordt "
            "ongewijzigd vastgesteld."
        )
        g.unlabelled_decision("De agenda wordt ongewijzigd vastgesteld.", meeting_index=m)
        g.decision(
            "Besluit:",
            f"Het verslag van het vorige {world.body} wordt vastgesteld.",
            meeting_index=m,
        )
        page_footer(fw, 1, 2)

        fw.new_page()
        heading(fw, f"2. Datalek en klachtafhandeling {world.org[1]}", 11)
        fw.paragraph(
            "De bestuurders willen concrete afspraken maken over het onderling informeren bij een "
            "datalek en over de klachtafhandeling."
        )
        numbered = rng.random() < 0.6
        texts = [
            f"Ingestemd wordt met een vervolggesprek met het bestuur van {world.org[1]}.",
            "Ingestemd wordt met een bericht aan de IGJ over de gevoerde gesprekken.",
            f"De kwartaalcijfers worden voortaan in elk {world.body} besproken.",
        ][: rng.randint(2, 3)]
        for k, text in enumerate(texts, start=1):
            if numbered:
                g.decision(f"Besluit {k}:", text, number=str(k), meeting_index=m)
            else:
                g.decision("Besluit:", text, meeting_index=m)
        day_action = day + timedelta(days=rng.randint(14, 40))
        g.decision(
            "Actie:",
            f"Het secretariaat plant vóór {dutch_date(day_action)} het vervolggesprek in.",
            kind="actie",
            meeting_index=m,
        )
        fw.space(6)
        q1 = inc.h1_q_totals()[0]
        q1_ap = inc.h1_ap[0]
        heading(fw, "2.2 Informatieveiligheid", 10)
        fw.paragraph(
            [
                world.red(world.person().full, day),
                f"licht de kwartaalcijfers toe. In het eerste kwartaal van {inc.h1_year} zijn bij "
                f"{world.org[1]} {q1} meldingen van datalekken gedaan, waarvan {q1_ap} bij de "
                "Autoriteit Persoonsgegevens.",
            ]
        )
        g.count(_quarter(inc.h1_year, 0), "total", q1)
        g.count(_quarter(inc.h1_year, 0), "reported_to_ap", q1_ap)
        fw.line(Span("Gemaakte afspraken:", BOLD_FONT))
        agreements = [
            f"{world.org[1]} meldt gevoelige datalekken direct bij de accounthouders.",
            "De gemeenten stemmen de beantwoording van raadsvragen onderling af.",
            f"{world.org[1]} verstrekt na de zomer de stand van zaken over de cliëntenraad.",
        ]
        for text in rng.sample(agreements, rng.randint(1, 3)):
            g.unlabelled_decision(text, m, kind="afspraak")
            bullets(fw, [text])
        fw.space(6)
        heading(fw, "3. Rondvraag en sluiting", 11)
        fw.paragraph(f"De voorzitter sluit de vergadering om {_dot_time(end)} uur.")
        page_footer(fw, 2, 2)

    return SampleFile(
        f"verslag_{world.body.replace('/', '')}_{day:%d-%m-%Y}.pdf",
        title,
        rng.choice(["grey_black_label", "black_white_label"]),
        draw,
    )


def agenda(world: World) -> SampleFile:
    rng = world.rng
    day = world.meeting_day
    start, end = world.meeting_times
    title = f"Concept Agenda {world.body} {dutch_date(day)}"

    def draw(fw: FileWriter, g: FileGold) -> None:
        fw.new_page()
        g.document("agenda", title, day.isoformat())
        heading(fw, f"{world.body} {dutch_date(day)}", 12)
        fw.field("Locatie:", world.location, value_x=130)
        fw.space(4)
        fw.line(f"{_dot_time(start)} - {_dot_time(end)} uur Vergadering {world.body}", leading=24)
        g.meeting(world.body, day.isoformat(), start, end, world.location)
        heading(fw, title, 13, 8)
        fw.line(Span("Genodigden:", BOLD_FONT))
        _print_participants(world, fw, g, "invited", list(range(len(world.wethouders))), 0, day)
        fw.space(6)
        fw.line(Span("Aanwezig:", BOLD_FONT))
        _print_participants(world, fw, g, "present", [], rng.randint(1, 3), day)
        fw.space(10)
        items = [
            "Welkom, agenda en verslag",
            f"Datalek en klachtafhandeling {world.org[1]}",
            "Kwartaalcijfers informatieveiligheid",
            "Rondvraag en sluiting",
        ]
        for number, item in enumerate(items, start=1):
            fw.draw_words(f"{number}.", LEFT, fw.y, BOLD_FONT)
            fw.line(Span(item, BOLD_FONT), x=LEFT + 20)
        page_footer(fw, 1, 1)

    return SampleFile(
        f"concept_agenda_{world.body.replace('/', '')}_{day:%d-%m-%Y}.pdf",
        title,
        "black_white_label",
        draw,
    )


def decision_list(world: World) -> SampleFile:
    rng = world.rng
    day = world.meeting_day
    earlier = _working_day(day - timedelta(days=rng.randint(50, 70)))
    subjects = [
        (
            "Datalek",
            f"Drie wethouders voeren een bestuurlijk gesprek met {world.org[1]} over het "
            "datalek en de klachtafhandeling.",
        ),
        (
            "Onderzoek informatiebeveiliging",
            "De samenwerking laat een onafhankelijk onderzoek "
            "uitvoeren naar de informatiebeveiliging.",
        ),
        (
            "Vervolggesprek",
            f"Ingestemd wordt met een vervolggesprek met het bestuur van {world.org[1]}.",
        ),
        (
            "Bericht aan de IGJ",
            "Ingestemd wordt met een bericht aan de IGJ over de gevoerde gesprekken.",
        ),
        ("Samenwerking", "De samenwerkingsafspraken worden met een jaar verlengd."),
    ]
    entries = rng.sample(subjects, rng.randint(3, 5))
    updated = day + timedelta(days=rng.randint(3, 10))

    def draw(fw: FileWriter, g: FileGold) -> None:
        fw.new_page()
        g.document("decision_list", f"Besluitenlijst {world.body} {day.year}", updated.isoformat())
        heading(fw, f"BESLUITENLIJST {world.body} {day.year}", 14)
        fw.line(world.body_title)
        fw.line(f"Bijgewerkt tot en met {dutch_date(updated)}", leading=24)
        for k, (subject, text) in enumerate(entries, start=1):
            number = f"{day.year}-{k:02d}"
            when = earlier if k <= len(entries) // 2 else day
            fw.line([Span(f"Nr. {number}", BOLD_FONT), f"| {world.body} {dutch_date(when)}"])
            fw.field("Onderwerp:", subject, value_x=140, label_font="Helvetica")
            g.decision("Besluit:", text, number=number, label_width=68)
            fw.space(8)
        page_footer(fw, 1, 1)

    return SampleFile(
        f"besluitenlijst_{world.body.replace('/', '')}_{day.year}.pdf",
        f"Besluitenlijst {world.body}",
        "black_white_label",
        draw,
    )


# ----------------------------------------------------------------------------------------
# reports with incident figures


def _category_list(world: World, fw: FileWriter, g: FileGold, period, values: dict) -> None:
    order = list(CATEGORY_PHRASES)
    world.rng.shuffle(order)
    for category in order:
        fw.paragraph(
            f"{values[category]} in de categorie {CATEGORY_PHRASES[category]}", x=LEFT + 12, after=1
        )
        g.count(period, category, values[category])
    fw.space(4)


def _month_series(world: World, fw: FileWriter, g: FileGold, year: int, q: int, total: int):
    months = [3 * q + 1, 3 * q + 2, 3 * q + 3]
    values = _split(world.rng, total, 3)
    names = [DUTCH_MONTHS[mm - 1] for mm in months]
    if world.rng.random() < 0.5:
        text = (
            f"Per maand in het {ORDINALS[q]} kwartaal: in {names[0]} {values[0]}, in "
            f"{names[1]} {values[1]} en in {names[2]} {values[2]} meldingen."
        )
    else:
        text = (
            f"Wij zagen het aantal gemelde datalekken in het {ORDINALS[q]} kwartaal van "
            f"{values[0]} in {names[0]} gaan naar {values[1]} in {names[1]} en "
            f"{values[2]} in {names[2]}."
        )
    fw.paragraph(text)
    for mm, value in zip(months, values, strict=True):
        g.count(_month(year, mm), "total", value)


def _scope_sentence(
    world: World, fw: FileWriter, g: FileGold, period, save: int, vt: int, extra: str = ""
) -> None:
    unit = world.rng.choice(["SAVE", "Save"])
    fw.paragraph(
        f"Vanuit {unit} kwamen{extra} {save} meldingen, vanuit Veilig Thuis {vt}. De "
        "overige meldingen zijn gedaan door het servicecentrum en het bestuur."
    )
    g.count(period, "total", save, scope="SAVE")
    g.count(period, "total", vt, scope="Veilig Thuis")


def review_year(world: World) -> SampleFile:
    rng = world.rng
    inc = world.incidents
    y = inc.year
    version_day = _working_day(date(y + 1, 2, rng.randint(1, 25)))
    title = f"Directiebeoordeling: Veiligheidsincidenten/datalekken en Informatieveiligheid {y}"

    def draw(fw: FileWriter, g: FileGold) -> None:
        fw.new_page()
        g.document("report", title, version_day.isoformat())
        heading(fw, title)
        fw.line(f"{world.org[0]} | Versie 1.0 | {dutch_date(version_day)}")
        fw.line(
            ["Opgesteld door:", world.red(world.person().full, version_day), "(Privacy Officer)"],
            leading=22,
        )
        heading(fw, "1. Aantal meldingen", 11)
        (py, ptotal, pwr, pap), (ppy, pptotal, ppwr, _) = inc.prev
        fw.paragraph(
            f"Bij de afdeling Informatieveiligheid zijn in {y} {inc.total} meldingen gedaan van "
            f"veiligheidsincidenten of datalekken. In {py} waren het er {ptotal}."
        )
        g.count(_year(y), "total", inc.total)
        g.count(_year(py), "total", ptotal)
        fw.paragraph(f"Van deze {inc.total} meldingen waren er:")
        _category_list(world, fw, g, _year(y), {k: sum(v) for k, v in inc.quarters.items()})
        fw.line(Span("Ter vergelijking:", BOLD_FONT))
        for year_, total_, wr_ in ((py, ptotal, pwr), (ppy, pptotal, ppwr)):
            if rng.random() < 0.5:
                fw.paragraph(
                    f"In {year_} was het aantal gemelde datalekken {total_}, waarvan "
                    f"{wr_} in de categorie 'gegevens verstuurd aan de verkeerde "
                    "ontvanger'."
                )
            else:
                # the reference's two-line form
                fw.paragraph(f"In {year_} was het aantal gemelde datalekken {total_}", after=2)
                fw.paragraph(
                    f"Waarvan {wr_} in de categorie 'gegevens verstuurd aan de verkeerde ontvanger'"
                )
            g.count(_year(year_), "total", total_)
            g.count(_year(year_), "wrong_recipient", wr_)
        page_footer(fw, 1, 2)

        fw.new_page()
        heading(fw, "2. Verloop per kwartaal", 11)
        fw.paragraph(f"Aantal meldingen per categorie en per kwartaal in {y}:")
        cols = [LEFT, 330, 375, 420, 465, RIGHT]
        rows = [["Categorie", *[f"Q{q + 1} {y}" for q in range(4)], "Totaal"]]
        for category, label in CATEGORY_ROWS:
            values = inc.quarters[category]
            rows.append([label, *map(str, values), str(sum(values))])
            for q, value in enumerate(values):
                g.count(_quarter(y, q), category, value)
        totals = inc.q_totals()
        rows.append(["Totaal", *map(str, totals), str(sum(totals))])
        rows.append(["Gemeld bij de AP", *map(str, inc.ap), str(sum(inc.ap))])
        for q, (total, ap) in enumerate(zip(totals, inc.ap, strict=True)):
            g.count(_quarter(y, q), "total", total)
            g.count(_quarter(y, q), "reported_to_ap", ap)
        g.count(_year(y), "reported_to_ap", sum(inc.ap))
        table(fw, cols, rows)
        heading(fw, "3. Verloop per maand en per halfjaar", 11)
        q = rng.randint(0, 3)
        _month_series(world, fw, g, y, q, totals[q])
        h1, h2 = totals[0] + totals[1], totals[2] + totals[3]
        fw.paragraph(
            f"In het eerste halfjaar van {y} zijn {h1} meldingen gedaan, in het tweede "
            f"halfjaar {h2}."
        )
        g.count(_half(y, 0), "total", h1)
        g.count(_half(y, 1), "total", h2)
        heading(fw, "4. Meldingen per onderdeel", 11)
        _scope_sentence(world, fw, g, _year(y), inc.save, inc.vt)
        heading(fw, "5. Autoriteit Persoonsgegevens", 11)
        ap = sum(inc.ap)
        fw.paragraph(
            f"Van de {inc.total} meldingen hebben wij er {ap} gemeld bij de Autoriteit "
            f"Persoonsgegevens, dat is {_pct(ap, inc.total)}%. In {py} was dit "
            f"{_pct(pap, ptotal)}%."
        )
        g.count(_year(y), "reported_to_ap", _pct(ap, inc.total), unit="percent")
        g.count(_year(py), "reported_to_ap", _pct(pap, ptotal), unit="percent")
        wr = sum(inc.quarters["wrong_recipient"])
        fw.paragraph(
            f"Het aandeel 'gegevens verstuurd aan de verkeerde ontvanger' was in {y} "
            f"{_pct(wr, inc.total)}%, tegen {_pct(pwr, ptotal)}% in {py}."
        )
        g.count(_year(y), "wrong_recipient", _pct(wr, inc.total), unit="percent")
        g.count(_year(py), "wrong_recipient", _pct(pwr, ptotal), unit="percent")
        page_footer(fw, 2, 2)

    return SampleFile(
        f"directiebeoordeling_{y}.pdf",
        f"Directiebeoordeling {y}",
        rng.choice(["code_beside_box", "black_red_label"]),
        draw,
    )


def review_half(world: World) -> SampleFile:
    rng = world.rng
    inc = world.incidents
    y = inc.h1_year
    stated = _working_day(date(y, rng.choice([8, 9]), rng.randint(1, 25)))
    title = (
        "Directiebeoordeling: Veiligheidsincidenten/datalekken en Informatieveiligheid, "
        f"eerste half jaar {y}"
    )

    def draw(fw: FileWriter, g: FileGold) -> None:
        fw.new_page()
        g.document("report", title, stated.isoformat())
        heading(fw, "Directiebeoordeling: Veiligheidsincidenten/datalekken en Informatieveiligheid")
        heading(fw, f"Eerste half jaar {y}", 12, 8)
        fw.line(
            ["Opgesteld door", world.red(world.person().full, stated), f", {dutch_date(stated)}"],
            leading=22,
        )
        total = inc.h1_total
        fw.paragraph(
            f"Bij de afdeling Informatieveiligheid zijn in de eerste helft van {y} {total} "
            f"meldingen gedaan van veiligheidsincidenten of datalekken. In heel {inc.year} waren "
            f"het er {inc.total}."
        )
        g.count(_half(y, 0), "total", total)
        g.count(_year(inc.year), "total", inc.total)
        fw.paragraph(f"Van deze {total} meldingen waren er:")
        _category_list(world, fw, g, _half(y, 0), {k: sum(v) for k, v in inc.h1.items()})
        fw.paragraph("Aantal meldingen per categorie en per kwartaal:")
        cols = [LEFT, 380, 450, RIGHT]
        rows = [["Categorie", f"Q1 {y}", f"Q2 {y}", "Totaal"]]
        for category, label in CATEGORY_ROWS:
            values = inc.h1[category]
            rows.append([label, *map(str, values), str(sum(values))])
            for q, value in enumerate(values):
                g.count(_quarter(y, q), category, value)
        totals = inc.h1_q_totals()
        rows.append(["Totaal", *map(str, totals), str(sum(totals))])
        rows.append(["Gemeld bij de AP", *map(str, inc.h1_ap), str(sum(inc.h1_ap))])
        for q, (t, ap) in enumerate(zip(totals, inc.h1_ap, strict=True)):
            g.count(_quarter(y, q), "total", t)
            g.count(_quarter(y, q), "reported_to_ap", ap)
        g.count(_half(y, 0), "reported_to_ap", sum(inc.h1_ap))
        table(fw, cols, rows)
        page_footer(fw, 1, 2)

        fw.new_page()
        q = rng.randint(0, 1)
        _month_series(world, fw, g, y, q, totals[q])
        heading(fw, "Meldingen per onderdeel", 11)
        _scope_sentence(
            world, fw, g, _half(y, 0), inc.h1_save, inc.h1_vt, extra=" in het eerste halfjaar"
        )
        heading(fw, "Autoriteit Persoonsgegevens", 11)
        ap = sum(inc.h1_ap)
        fw.paragraph(
            f"Van de {total} meldingen zijn er {ap} gemeld bij de Autoriteit "
            f"Persoonsgegevens, dat is {_pct(ap, total)}%."
        )
        g.count(_half(y, 0), "reported_to_ap", _pct(ap, total), unit="percent")
        heading(fw, "Ontwikkelingen", 11)
        fw.paragraph(
            ["Contactpersoon voor de gemeenten is", world.red(world.person().full, stated), "."]
        )
        page_footer(fw, 2, 2)

    return SampleFile(
        f"directiebeoordeling_{y}_h1.pdf",
        f"Directiebeoordeling H1 {y}",
        rng.choice(["black_red_label", "black_white_label"]),
        draw,
    )


# ----------------------------------------------------------------------------------------
# letters and memos


def letter_council(world: World) -> SampleFile:
    """A council letter with label-value lines without colon (Wob or Woo by its date)."""
    rng = world.rng
    muni = world.municipalities[rng.randint(0, 3)]
    day = _working_day(date(rng.randint(2018, 2023), rng.randint(1, 12), rng.randint(1, 27)))
    subject = f"Onderzoek gegevensbescherming {world.org[0]}"
    author = world.person()

    def draw(fw: FileWriter, g: FileGold) -> None:
        fw.new_page()
        g.document("letter", subject, day.isoformat())
        heading(fw, f"Gemeente {muni[0]}", 16, 0)
        fw.line([Span("Burgemeester en Wethouders", size=9)], leading=30)
        fw.line("Aan de gemeenteraad", leading=30)
        label = 160
        fw.field("Datum", dutch_date(day), value_x=label, label_font="Helvetica")
        fw.field(
            "Ons kenmerk", str(rng.randint(1000000, 9999999)), value_x=label, label_font="Helvetica"
        )
        fw.field("Onderwerp", subject, value_x=label, label_font="Helvetica")
        fw.field(
            "Behandeld door", [world.red(author.full, day)], value_x=label, label_font="Helvetica"
        )
        fw.field(
            "E-mail",
            [world.red(author.local(rng), day), f"@{muni[2]}"],
            value_x=label,
            label_font="Helvetica",
        )
        fw.space(20)
        fw.paragraph("Geachte leden van de raad,", after=8)
        fw.paragraph(
            [
                f"Naar aanleiding van het datalek bij {world.org[0]} is een onderzoek gedaan "
                "naar de gegevensbescherming. De kwetsbaarheid in",
                world.red("de koppeling met het externe dossiersysteem", day),
                "is inmiddels verholpen.",
            ]
        )
        fw.paragraph("Hoogachtend,", after=2)
        fw.paragraph(f"Burgemeester en wethouders van {muni[0]},", after=30)
        fw.draw_words("de secretaris,", LEFT, fw.y)
        fw.line("de burgemeester,", x=300)
        fw.draw_words(world.person().initial_name, LEFT, fw.y)
        fw.line(world.person().initial_name, x=300)
        page_footer(fw, 1, 1)

    return SampleFile(f"raadsbrief_onderzoek_{day.year}.pdf", subject, "black_white_label", draw)


def letter_org(world: World) -> SampleFile:
    """A letter from the organisation with `Datum: ...` lines (colon)."""
    rng = world.rng
    inc = world.incidents
    day = _working_day(date(inc.year + 1, 2, rng.randint(20, 28)) + timedelta(days=2))
    subject = rng.choice(
        [
            "Bestuurlijk gesprek over informatieveiligheid",
            f"Reactie op uw brief over de datalekken in {inc.year}",
        ]
    )
    director = world.person()

    def draw(fw: FileWriter, g: FileGold) -> None:
        fw.new_page()
        g.document("letter", subject, day.isoformat())
        heading(fw, world.org[0], 15, 0)
        fw.line([Span(f"Bezoekadres {world.org[3]} | www.{world.org[2]}", size=8)], leading=30)
        for text in (
            "Secretariaat Bestuurlijk Platform Jeugd",
            f"p/a Gemeente {world.municipalities[0][0]}",
            "Postbus 4000",
        ):
            fw.line(text)
        fw.space(24)
        fw.line(f"Datum: {dutch_date(day)}")
        fw.line(
            f"Ons kenmerk: {rng.randint(10, 99)} {day:%Y %m %d}/{director.first[0]}"
            f"{director.last[0]}"
        )
        fw.line(f"Onderwerp: {subject}", leading=30)
        fw.paragraph("Geachte wethouders,", after=8)
        ap = sum(inc.ap)
        fw.paragraph(
            f"In {inc.year} zijn bij onze afdeling Informatieveiligheid {inc.total} meldingen van "
            f"beveiligingsincidenten en datalekken gedaan. Daarvan hebben wij er {ap} gemeld bij "
            "de Autoriteit Persoonsgegevens."
        )
        g.count(_year(inc.year), "total", inc.total)
        g.count(_year(inc.year), "reported_to_ap", ap)
        fw.paragraph(
            [
                "Voor een nulmeting hebben wij",
                world.red(rng.choice(["Secura Advies B.V.", "Veilig Data B.V."]), day),
                "gevraagd een offerte uit te brengen.",
            ]
        )
        fw.paragraph("Met vriendelijke groet,", after=20)
        fw.line(world.red(director.full, day))
        fw.line("Bestuurder")
        fw.line(["Mail:", world.red(director.local(rng), day), f"@{world.org[2]}"])

    return SampleFile(
        f"brief_{world.org[1].lower()}_{day:%Y%m%d}.pdf",
        subject,
        rng.choice(["grey_black_label", "black_red_label"]),
        draw,
    )


def leaky_memo(world: World) -> SampleFile:
    rng = world.rng
    day = _working_day(date(world.incidents.h1_year, rng.randint(6, 10), rng.randint(1, 27)))
    talk = day + timedelta(days=2)
    title = f"Privacy notitie t.b.v. gesprek met inwoner {talk.day} {DUTCH_MONTHS[talk.month - 1]}"

    def draw(fw: FileWriter, g: FileGold) -> None:
        fw.new_page()
        g.document("memo", title, day.isoformat())
        heading(fw, title, 13, 8)
        fw.field(
            "Aan:", [Redact(world.person().full, leaky=True), ", wethouder Jeugd"], value_x=130
        )
        fw.field("Van:", [Redact(world.person().full, leaky=True), ", privacyjurist"], value_x=130)
        fw.field("Datum:", dutch_date(day), value_x=130)
        fw.space(12)
        fw.paragraph(
            [
                "In deze zaak heeft",
                Redact(f"mevrouw {world.person().full}", leaky=True),
                f"zorgen over de omgang met haar gegevens door {world.org[1]}.",
            ]
        )
        fw.paragraph(
            [
                "Het dossier is bekend onder nummer",
                Redact(f"{day.year}-{rng.randint(1000, 9999)}-KW", leaky=True),
                ".",
            ]
        )

    return SampleFile("notitie_privacy_gesprek_inwoner.pdf", title, "no_code", draw)


# ----------------------------------------------------------------------------------------
# the bundle: a random selection of documents in random order, with number stamps


def bundle(world: World, t: Thread) -> SampleFile:
    rng = world.rng
    day = world.meeting_day
    inc = world.incidents
    first_docnr = rng.randint(1, 60)

    def cover(fw: FileWriter, g: FileGold, stamp: str) -> None:
        fw.new_page()
        fw.stamp(stamp)
        g.document("memo", f"Voorblad gesprek bestuur {world.org[1]}", day.isoformat())
        heading(fw, "VOORBLAD", 14)
        vx = 190
        fw.field("Onderwerp:", f"Gesprek bestuur {world.org[1]} over datalek", value_x=vx)
        fw.field(f"Datum {world.body}:", dutch_date(day), value_x=vx)
        fw.field("Opsteller:", [world.red(world.person().full, day)], value_x=vx)
        fw.field("Behandelingsvoorstel:", rng.choice(["Besluitvormend", "Informerend"]), value_x=vx)
        fw.space(12)
        fw.paragraph(
            [
                "Afgestemd met",
                world.red(world.person().full, day),
                f"({world.municipalities[2][0]}).",
            ]
        )
        page_footer(fw, 1, 1)

    def thread_again(fw: FileWriter, g: FileGold, stamp: str) -> None:
        fw.new_page()
        fw.stamp(stamp)
        top = f"RE: {t.subject}"
        g.document("email", top, t.answered.date().isoformat())
        record = email_header(
            fw,
            "outlook_en",
            t.answerer_box,
            t.answered,
            [t.asker_box],
            top,
            cc=t.cc,
            importance=rng.choice([None, "High"]),
        )
        g.email(record, "t2", 0)
        fw.space(12)
        _answer_body(world, fw, g, t)
        _answer_signature(world, fw, t)
        page_footer(fw, 1, 2)
        fw.new_page()
        fw.stamp(stamp)
        _quoted_question(world, fw, g, t, 1)
        page_footer(fw, 2, 2)

    def agreements(fw: FileWriter, g: FileGold, stamp: str) -> None:
        fw.new_page()
        fw.stamp(stamp)
        talks = _working_day(day - timedelta(days=rng.randint(20, 40)))
        short = f"{talks.day} {DUTCH_MONTHS[talks.month - 1]}"
        title = f"Beknopte terugkoppeling gesprekken {short}"
        g.document("memo", title, talks.isoformat())
        heading(fw, title, 12)
        fw.paragraph(f"Korte terugkoppeling van de gesprekken van {short} {talks.year}:")
        fw.out_of_scope_block(rng.randint(2, 4), struck=rng.random() < 0.5)
        fw.line(Span("Gemaakte afspraken:", BOLD_FONT))
        for text in (
            f"Plannen van een vervolggesprek met het bestuur van {world.org[1]}.",
            "Gemeenten maken samen een verdieping op de klachtafhandeling.",
        ):
            g.unlabelled_decision(text, kind="afspraak")
            bullets(fw, [text])
        page_footer(fw, 1, 1)

    def quarter_figures(fw: FileWriter, g: FileGold, stamp: str) -> None:
        fw.new_page()
        fw.stamp(stamp)
        y = inc.h1_year
        stated = _working_day(date(y, 4, rng.randint(2, 20)))
        title = f"Kwartaalcijfers informatieveiligheid {world.org[1]}, Q1 {y}"
        g.document("report", title, stated.isoformat())
        heading(fw, title, 12)
        fw.line(f"Datum: {dutch_date(stated)}", leading=20)
        fw.paragraph(
            f"Aantal meldingen van datalekken in het eerste kwartaal van {y}, per categorie:"
        )
        rows = [["Categorie", f"Q1 {y}"]]
        for category, label in CATEGORY_ROWS:
            rows.append([label, str(inc.h1[category][0])])
            g.count(_quarter(y, 0), category, inc.h1[category][0])
        q1 = inc.h1_q_totals()[0]
        rows.append(["Totaal", str(q1)])
        rows.append(["Gemeld bij de AP", str(inc.h1_ap[0])])
        g.count(_quarter(y, 0), "total", q1)
        g.count(_quarter(y, 0), "reported_to_ap", inc.h1_ap[0])
        table(fw, [LEFT, 420], rows)
        prev_q1 = inc.q_totals()[0]
        fw.paragraph(
            f"Ter vergelijking: in het eerste kwartaal van {inc.year} waren het er {prev_q1}."
        )
        g.count(_quarter(inc.year, 0), "total", prev_q1)
        page_footer(fw, 1, 1)

    parts = [cover, thread_again, agreements, quarter_figures]
    rng.shuffle(parts)
    parts = parts[: rng.randint(3, 4)]

    def draw(fw: FileWriter, g: FileGold) -> None:
        for k, part in enumerate(parts):
            fw.default_style = rng.choice(
                ["black_white_label", "black_red_label", "grey_black_label"]
            )
            part(fw, g, f"Docnr {first_docnr + k}")

    return SampleFile(
        f"bundel_bijlagen_{world.body.replace('/', '')}_{day:%d-%m-%Y}.pdf",
        f"Bijlagen {world.body} {dutch_date(day)}",
        "black_white_label",
        draw,
    )


def varied_sample_files(seed: int) -> list[SampleFile]:
    """The files of the held-out release for `seed`, numbered in a drawn order.

    Every draw happens while the files are built or drawn, in a fixed order, so one seed gives
    one release.
    """
    world = draw_world(seed)
    rng = world.rng
    thread = _draw_thread(world)
    files = [
        mail_agenda(world),
        mail_thread(world, thread),
        mail_forward(world),
        mail_apple(world),
        minutes(world),
        decision_list(world),
        agenda(world),
        review_year(world),
        review_half(world),
        letter_council(world),
        letter_org(world),
        bundle(world, thread),
        leaky_memo(world),
    ]
    # one genre may be left out, but never the thread (the bundle reprints it) or the bundle
    optional = [f for f in files if not f.name.startswith(("mail_re_", "bundel_"))]
    if rng.random() < 0.6:
        files.remove(rng.choice(optional))
    rng.shuffle(files)
    return [
        SampleFile(f"{n:02d}_{f.name}", f.title, f.default_style, f.draw)
        for n, f in enumerate(files, start=1)
    ]
