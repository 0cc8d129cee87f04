"""The real-gold scorer (woo_eval/real) on small hand-made cases: matches, misses, extras."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time

import duckdb
import pytest

from models.db import ensure_schema
from woo_eval.real import evaluate_gold_dir
from woo_eval.real.decisions import score_decisions
from woo_eval.real.documents import score_documents
from woo_eval.real.emails import minute_of, score_emails
from woo_eval.real.incidents import score_incidents
from woo_eval.real.meetings import score_meetings
from woo_eval.real.metrics import finish
from woo_eval.real.redactions import score_redaction_marks, score_redactions


def test_ratios_from_counts_and_undefined_ones():
    figure = finish({"tp": 3, "fp": 1, "fn": 3, "examples": []})
    assert (figure["precision"], figure["recall"]) == (0.75, 0.5)
    assert figure["f1"] == pytest.approx(0.6)
    nothing_found = finish({"tp": 0, "fp": 0, "fn": 2, "examples": []})
    assert nothing_found["precision"] is None and nothing_found["recall"] == 0.0
    assert finish({"correct": 0, "total": 0, "examples": []})["accuracy"] is None


def _doc(first_line, doc_type="email", doc_date=None):
    return {"first_line": first_line, "first_page": 1, "doc_type": doc_type, "doc_date": doc_date}


def test_text_boundaries_tolerate_a_few_lines_and_report_the_miss():
    gold = [_doc(1, "memo"), _doc(62, "minutes", "2020-12-16"), _doc(165, "letter")]
    found = [_doc(1, "other"), _doc(64, "minutes", date(2020, 12, 16)), _doc(300)]
    scores = score_documents(gold, found, "text")
    assert {k: scores["boundaries"][k] for k in ("tp", "fp", "fn")} == {"tp": 2, "fp": 1, "fn": 1}
    assert "missed letter starting at 165" in scores["boundaries"]["examples"]
    assert (scores["doc_type"]["correct"], scores["doc_type"]["total"]) == (1, 2)
    assert scores["doc_date"]["correct"] == 2  # null = null, and the date itself
    assert scores["boundaries.letter"]["fn"] == 1 and scores["boundaries.email"]["fp"] == 1


def test_pdf_boundaries_need_the_same_page():
    gold = [{"first_page": 1, "doc_type": "email", "doc_date": None}]
    found = [{"first_page": 2, "first_line": None, "doc_type": "email", "doc_date": None}]
    assert score_documents(gold, found, "pdf")["boundaries"]["tp"] == 0


def _mail(sent_at, subject, position=0, **fields):
    return {
        "line": 10,
        "sent_at": sent_at,
        "subject": subject,
        "position": position,
        "sender": None,
        "sender_domain": fields.get("sender_domain"),
        "recipients": fields.get("recipients", []),
        "attachments": fields.get("attachments", []),
    }


def test_sent_time_is_compared_as_amsterdam_wall_clock_minute():
    assert minute_of("2022-03-29T10:39:31+02:00") == "2022-03-29T10:39"
    assert minute_of(datetime(2022, 3, 29, 8, 39, 59, tzinfo=UTC)) == "2022-03-29T10:39"
    assert minute_of("2022-02-17T12:08") == "2022-02-17T12:08"  # printed without offset


def test_emails_match_by_time_else_subject_and_position_and_score_fields():
    to_utrecht = [{"kind": "to", "domain": "utrecht.nl", "redacted": True}]
    gold = [
        _mail("2022-03-29T10:39:31+02:00", "Agenda", recipients=to_utrecht, attachments=["A.pdf"]),
        _mail(None, "FW: info", 1, sender_domain="utrecht.nl"),
        _mail("2022-02-14T16:22", "RE: vragen", 2),
    ]
    found = [
        _mail(datetime(2022, 3, 29, 8, 39, 31, tzinfo=UTC), "agenda ", attachments=["a.pdf"])
        | {"recipients": [{"kind": "cc", "domain": "UTRECHT.NL", "redacted": True}]},
        _mail(None, "FW:  info", 1, sender_domain="utrecht.nl"),
    ]
    scores = score_emails(gold, found)
    assert {k: scores["messages"][k] for k in ("tp", "fp", "fn")} == {"tp": 2, "fp": 0, "fn": 1}
    assert scores["messages"]["examples"] == ["missed line 10 2022-02-14T16:22 'RE: vragen'"]
    assert scores["subject"]["correct"] == 2 and scores["attachments"]["correct"] == 2
    assert scores["recipients"]["correct"] == 1  # 'to' printed, 'cc' found: wrong


def test_recipient_kind_is_ignored_where_gold_cannot_read_it():
    gold = [
        _mail(
            "2022-04-19T17:34",
            "x",
            recipients=[{"kind": None, "domain": "igj.nl", "redacted": True}],
        )
    ]
    found = [
        _mail(
            "2022-04-19T17:34",
            "x",
            recipients=[{"kind": "cc", "domain": "igj.nl", "redacted": True}],
        )
    ]
    assert score_emails(gold, found)["recipients"]["correct"] == 1


def _person(name, role=None, org=None, status="present", redacted=False):
    return {"name": name, "role": role, "organisation": org, "status": status, "redacted": redacted}


def _meeting(day, people, start="13:00"):
    return {
        "meeting_date": day,
        "start_time": start,
        "end_time": None,
        "location": "Via Microsoft Teams",
        "body": "BO/BP",
        "participants": people,
    }


def test_participants_named_by_name_redacted_by_role_and_count():
    gold = [
        _meeting(
            "2020-12-16",
            [
                _person("J. Overweg", "wethouder", "Houten"),
                _person("De Heer", "wethouder", "Rhenen"),
                _person(None, "beleidsadviseur", "Utrecht", redacted=True),
                _person(None, None, "Almere", redacted=True),
            ],
        ),
        _meeting("2022-03-07", [_person(None, None, "SVMN", redacted=True)]),
    ]
    found_people = [
        _person("Dhr. J. Overweg", "wethouder", "Houten"),
        _person("Mevr. De Heer", status="absent"),
        _person(None, "beleidsadviseur", "Utrecht", redacted=True),
        _person("Kosterman"),
    ]
    found = [_meeting(date(2020, 12, 16), found_people, start=time(13, 0))]
    found[0]["location"] = "Microsoft Teams"
    scores = score_meetings(gold, found)
    assert {k: scores["meetings"][k] for k in ("tp", "fp", "fn")} == {"tp": 1, "fp": 0, "fn": 1}
    assert scores["location"]["correct"] == 1 and scores["start_time"]["correct"] == 1
    p = scores["participants"]
    assert (p["tp"], p["fp"], p["fn"]) == (3, 1, 2)  # Almere and the unmatched meeting's one
    assert scores["participants.redacted"]["tp"] == 1
    assert scores["participant_status"]["correct"] == 2  # De Heer found absent


def test_a_party_named_by_office_alone_pairs_by_that_office_organisation_a_tie_break():
    gold = [
        _meeting(
            "2021-05-04",
            [
                _person(None, "burgemeester", "Molenlanden"),
                _person(None, "Griffier"),
                _person(None, "ambtenaar"),
                _person("Jan Bos", "wethouder"),
            ],
        )
    ]
    found_people = [
        _person(None, "griffier", "Dongen"),  # case apart, another organisation: still paired
        _person(None, "burgemeester"),
        _person(None, "wethouder"),  # an office the gold has only with a name: no pair
        _person(None, "ambtenaar", redacted=True),  # withheld is another kind of row
        _person("Jan Bos", "wethouder"),
    ]
    found = [_meeting(date(2021, 5, 4), found_people, start=time(13, 0))]
    p = score_meetings(gold, found)["participants"]
    assert (p["tp"], p["fp"], p["fn"]) == (3, 2, 1)
    assert any("missed [unnamed] (ambtenaar" in m for m in p["examples"])


def test_a_meeting_printed_without_a_date_pairs_only_with_one_found_undated():
    gold = [_meeting(None, [_person("Sverre Kroesen")]), _meeting("2021-02-11", [])]
    undated = _meeting(None, [_person("Sverre Kroesen")])
    dated_elsewhere = _meeting(date(2021, 3, 1), [])
    scores = score_meetings(gold, [dated_elsewhere, undated])
    assert {k: scores["meetings"][k] for k in ("tp", "fp", "fn")} == {"tp": 1, "fp": 1, "fn": 1}
    assert scores["participants"]["tp"] == 1
    assert score_meetings(gold[:1], [dated_elsewhere])["meetings"]["tp"] == 0


def test_people_read_right_under_a_meeting_dated_wrong_count_only_any_meeting():
    gold = [_meeting("2000-10-28", [_person("Rob Schouten"), _person("Jaap Zwier")])]
    found = [_meeting(date(2001, 7, 8), [_person("Rob Schouten"), _person("Frans Groenen")])]
    scores = score_meetings(gold, found)
    strict, anywhere = scores["participants"], scores["participants.any_meeting"]
    assert (strict["tp"], strict["fp"], strict["fn"]) == (0, 2, 2)
    assert (anywhere["tp"], anywhere["fp"], anywhere["fn"]) == (1, 1, 1)


def test_decisions_fuzzy_text_match_kind_and_proposal():
    gold = [
        {
            "line": 304,
            "kind": "besluit",
            "is_proposal": False,
            "text": "ingestemd is met een vervolggesprek met het bestuur van SVMN",
        },
        {"line": 935, "kind": "besluit", "is_proposal": True, "text": "Een bericht aan de IGJ"},
    ]
    found = [
        {
            "page_no": 3,
            "kind": "besluit",
            "is_proposal": None,
            "text": "Besluit 1: ingestemd is met een vervolggesprek met het bestuur van SVMN,",
        },
        {"page_no": 3, "kind": "actie", "is_proposal": False, "text": "Welkom, agenda"},
    ]
    scores = score_decisions(gold, found, "text")
    d = scores["decisions"]
    assert (d["tp"], d["fp"], d["fn"]) == (1, 1, 1)
    assert any(e.startswith("missed line 935") for e in d["examples"])
    assert scores["is_proposal"]["correct"] == 1


def test_decision_texts_compared_as_printed():
    """Gold copied from a markdown source keeps its marks and links; the page shows none."""
    gold = [
        {"line": 74, "kind": "actie", "is_proposal": False,
         "text": "**Rien** maakt de reservatie, en **Wout** doet de mail."},
        {"line": 37, "kind": "besluit", "is_proposal": False,
         "text": "[Bestuursvergadering 4](https://example.org/id=1l2LuBNQ) :white_check_mark:"},
    ]  # fmt: skip
    found = [
        {"page_no": 1, "kind": "actie", "is_proposal": False,
         "text": "Rien maakt de reservatie, en Wout doet de mail."},
        {"page_no": 1, "kind": "besluit", "is_proposal": False,
         "text": "Bestuursvergadering 4 :white_check_mark:"},
    ]  # fmt: skip
    d = score_decisions(gold, found, "text")["decisions"]
    assert (d["tp"], d["fp"], d["fn"]) == (2, 0, 0)


def test_a_one_word_outcome_is_not_the_sentence_that_holds_it():
    """texts170/oldambt: the gold `Akkoord` of an item and a long dictum found elsewhere on
    the page that holds the word; a page read as one row holds every decision's words."""
    gold = [{"line": 5, "kind": "besluit", "is_proposal": False, "text": "Akkoord"}]
    found = [
        {"page_no": 1, "kind": "besluit", "is_proposal": False,
         "text": "de uitgangspunten en de richting van het corona perspectiefplan te "
                 "onderschrijven en akkoord te gaan met het uitvoeren van het plan;"},
        {"page_no": 1, "kind": "besluit", "is_proposal": False,
         "text": "Besluitenlijst van de vergadering van 14 juni 2022: Akkoord"},
    ]  # fmt: skip
    d = score_decisions(gold, found, "text")["decisions"]
    assert (d["tp"], d["fp"], d["fn"]) == (1, 1, 0)
    assert any("corona" in e for e in d["examples"])


def _fact(value, document_id=None, scope=None):
    return {
        "document_id": document_id,
        "period_start": "2020-01-01",
        "period_end": "2020-12-31",
        "category": "total",
        "unit": "count",
        "scope": scope,
        "value": value,
    }


def test_incident_tuples_counted_once_per_document():
    gold = [_fact(84), _fact(84), _fact(50, scope="SAVE")]  # a report printed twice
    found = [
        {**_fact(84.0, "d1"), "period_start": date(2020, 1, 1), "period_end": date(2020, 12, 31)},
        _fact(84, "d1"),  # the same figure twice in one document: one fact
        _fact(50, "d2", scope="save"),
        _fact(51, "d2"),
    ]
    f = score_incidents(gold, found)["incident_counts"]
    assert (f["tp"], f["fp"], f["fn"]) == (2, 1, 1)


def test_incident_tuples_without_their_scope_tell_a_wrong_scope_from_a_miss():
    gold = [_fact(84, scope="DUO"), _fact(50)]
    found = [_fact(84, "d1", scope="dienst DUO"), _fact(51, "d1")]
    scores = score_incidents(gold, found)
    strict, unscoped = scores["incident_counts"], scores["incident_counts.unscoped"]
    assert (strict["tp"], strict["fp"], strict["fn"]) == (0, 2, 2)
    assert (unscoped["tp"], unscoped["fp"], unscoped["fn"]) == (1, 1, 1)


def test_two_units_equal_figures_are_two_facts_without_their_scopes():
    gold = [_fact(3, scope="DUO"), _fact(3, scope="IND")]
    found = [_fact(3, "d1", scope="DUO"), _fact(3, "d1", scope="IND")]
    unscoped = score_incidents(gold, found)["incident_counts.unscoped"]
    assert (unscoped["tp"], unscoped["fp"], unscoped["fn"]) == (2, 0, 0)


def test_a_missed_figure_whose_value_was_found_names_the_fields_that_differ():
    gold = [_fact(84, scope="DUO"), _fact(50), _fact(7)]
    found = [
        _fact(84, "d1", scope="dienst DUO"),
        {**_fact(50, "d1"), "category": "other", "period_start": "2019-01-01"},
        _fact(8, "d1"),
    ]
    value_found = score_incidents(gold, found)["incident_counts.value_found"]
    assert (value_found["correct"], value_found["total"]) == (2, 3)
    assert (value_found["period"], value_found["category"], value_found["scope"]) == (1, 1, 1)


def test_a_found_row_explains_one_missed_figure_only():
    gold = [_fact(3, scope="DUO"), _fact(3, scope="IND")]
    found = [_fact(3, "d1")]
    value_found = score_incidents(gold, found)["incident_counts.value_found"]
    assert (value_found["correct"], value_found["total"], value_found["scope"]) == (1, 2, 1)


def test_redaction_boxes_per_page_and_grounds_in_reading_order():
    gold = [
        {"page_no": 1, "n_boxes": 3, "grounds": ["10.2.e", None, "10.2.e"]},
        {"page_no": 2, "n_boxes": 0, "grounds": []},
    ]
    found = [
        {"page_no": 1, "ground": "10.2.e"},
        {"page_no": 1, "ground": "10.2.e"},
        {"page_no": 2, "ground": None},
    ]
    scores = score_redactions(gold, found)
    b = scores["redaction_boxes"]
    assert (b["tp"], b["fp"], b["fn"]) == (2, 1, 1)
    assert (scores["redaction_grounds"]["correct"], scores["redaction_grounds"]["total"]) == (1, 2)


def _gold_file(tmp_path, **lists):
    gold = {"source": "sub/memo.pdf", "kind": "pdf", "notes": ""}
    for name in ("documents", "emails", "meetings", "decisions", "incident_counts", "redactions"):
        gold[name] = lists.get(name, [])
    (tmp_path / "gold").mkdir(exist_ok=True)
    (tmp_path / "gold" / "memo.json").write_text(json.dumps(gold))
    return tmp_path / "gold"


def _database(tmp_path, with_source=True):
    path = tmp_path / "run.duckdb"
    con = duckdb.connect(str(path))
    ensure_schema(con)
    if with_source:
        con.execute(
            "INSERT INTO sources (source_id, path, file_name, status) "
            "VALUES ('abc', '/x/sub/memo.pdf', 'memo.pdf', 'ok')"
        )
        con.execute(
            "INSERT INTO documents (document_id, source_id, first_page, last_page, doc_type) "
            "VALUES ('abc-d1', 'abc', 1, 2, 'memo'), ('abc-d2', 'abc', 3, 3, 'email')"
        )
    con.close()
    return path


def test_whole_run_scored_from_a_database(tmp_path):
    gold_dir = _gold_file(
        tmp_path, documents=[{"first_page": 1, "doc_type": "memo", "doc_date": None}]
    )
    scores = evaluate_gold_dir(gold_dir, _database(tmp_path))
    figures = scores["overall"]
    assert figures["boundaries"]["precision"] == 0.5 and figures["boundaries"]["recall"] == 1.0
    # Empty gold lists (e-mails, redactions...) contribute nothing, not a perfect score.
    assert "messages" not in figures and "redaction_boxes" not in figures
    assert scores["missing_sources"] == []
    assert list(scores["by_kind"]) == ["pdf"]


def test_rows_found_where_gold_lists_none_are_counted_apart(tmp_path):
    gold_dir = _gold_file(
        tmp_path, documents=[{"first_page": 1, "doc_type": "memo", "doc_date": None}]
    )
    path = _database(tmp_path)
    con = duckdb.connect(str(path))
    con.execute(
        "INSERT INTO decisions (decision_id, source_id, document_id, page_no, kind, text, "
        "is_proposal) VALUES ('abc-x1', 'abc', 'abc-d1', 1, 'besluit', 'Het college besluit', "
        "false)"
    )
    con.close()
    figures = evaluate_gold_dir(gold_dir, path)["overall"]
    assert "decisions" not in figures
    assert figures["decisions_where_gold_none"]["fp"] == 1
    assert figures["decisions_where_gold_none"]["precision"] == 0.0


def test_a_source_missing_from_the_database_is_all_misses(tmp_path):
    gold_dir = _gold_file(
        tmp_path, documents=[{"first_page": 1, "doc_type": "memo", "doc_date": None}]
    )
    scores = evaluate_gold_dir(gold_dir, _database(tmp_path, with_source=False))
    assert scores["missing_sources"] == ["sub/memo.pdf"]
    assert scores["overall"]["boundaries"]["recall"] == 0.0


def test_cli_prints_the_table_and_json(tmp_path, capsys):
    from pipeline.cli import main

    gold_dir = _gold_file(
        tmp_path, documents=[{"first_page": 1, "doc_type": "memo", "doc_date": None}]
    )
    db = _database(tmp_path)
    assert main(["eval", "--gold", str(gold_dir), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "boundaries" in out and "0.50  1.00" in out
    assert main(["eval", "--gold", str(gold_dir), "--db", str(db), "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["overall"]["boundaries"]["tp"] == 1
    assert main(["eval", "--db", str(db)]) == 2  # neither a sample folder nor --gold


def test_sender_printed_as_a_name_is_compared_with_the_found_name():
    gold = [_mail("2018-12-17T18:43", "x") | {"sender": "Halsema, Femke"}]
    found = [_mail("2018-12-17T18:43", "x") | {"sender": None, "sender_name": "Halsema, Femke"}]
    assert score_emails(gold, found)["sender"]["correct"] == 1


def test_a_body_named_with_words_more_or_less_is_the_same_body():
    gold = [_meeting("2021-02-11", []), _meeting("2021-03-11", []), _meeting("2021-04-08", [])]
    found = [_meeting(date(2021, 2, 11), []), _meeting(date(2021, 3, 11), [])]
    found += [_meeting(date(2021, 4, 8), [])]
    bodies = [
        ("algemene ledenvergadering", "Algemene Ledenvergadering van de vereniging De Kern"),
        ("kerkenraad", "Kerkenraad"),
        ("algemene ledenvergadering", "bestuursvergadering"),
    ]
    for (printed, read), g, f in zip(bodies, gold, found, strict=True):
        g["body"], f["body"] = printed, read
    assert score_meetings(gold, found)["body"]["correct"] == 2


def test_printed_marks_of_a_text_are_scored_by_count_and_grounds():
    gold = [
        {"line": 3, "n_marks": 2, "grounds": ["5.1.2.e", "5.1.2.e"]},
        {"line": 9, "n_marks": 1, "grounds": ["10.2.e"]},
    ]
    found = [
        {"page_no": 1, "ground": "5.1.2.e", "method": "text_mark"},
        {"page_no": 2, "ground": "5.1.2.e", "method": "text_mark"},
        {"page_no": 2, "ground": "5.1.2.e", "method": "text_mark"},
        {"page_no": 2, "ground": None, "method": "image"},  # a box is no printed mark
    ]
    scores = score_redaction_marks(gold, found)
    assert (scores["redaction_marks"]["tp"], scores["redaction_marks"]["fn"]) == (3, 0)
    assert scores["redaction_marks"]["fp"] == 0
    grounds = scores["redaction_mark_grounds"]
    assert (grounds["correct"], grounds["total"]) == (2, 3)  # 10.2.e was read as 5.1.2.e


def test_a_count_text_where_nothing_is_found_is_counted_apart():
    gold = [_fact(84), _fact(50)]
    silent = score_incidents(gold, [])["incident_counts.texts_found"]
    assert (silent["correct"], silent["total"]) == (0, 1)
    assert silent["examples"] == ["nothing found of its 2 figures"]
    read = score_incidents(gold, [_fact(51, "d1")])["incident_counts.texts_found"]
    assert (read["correct"], read["total"]) == (1, 1)
