"""The input layer's building blocks: one id rule, one strict JSON decoder, one escaper."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor.errors import InputError, show
from advisor.inputs.reading import load_json
from advisor.inputs.roster import PSEUDONYM_HEX, pseudonym
from advisor.inputs.symptoms import ID_PATTERN, MAX_PROBLEMS, MAX_SUGGESTIONS, case_from_data

SCHEMA = Path(__file__).resolve().parents[2] / "advisor" / "schemas" / "input.schema.json"


def _patterns(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern":
                yield value
            else:
                yield from _patterns(value)
    elif isinstance(node, list):
        for item in node:
            yield from _patterns(item)


def test_the_schema_and_the_validator_share_one_id_pattern(kb):
    found = list(_patterns(json.loads(SCHEMA.read_text())))
    assert found and set(found) == {ID_PATTERN}
    assert all(re.fullmatch(ID_PATTERN, ident) for ident in kb.observations)


@pytest.mark.parametrize("text, where", [
    ('{"a": 1, "a": 2}', "$.a"),
    ('{"a": {"b": [1, {"c": 1, "c": 1}]}}', "$.a.b[1].c"),
    ('[{"x y": {"k": 0, "k": 0}}]', '$[0]["x y"].k'),
])
def test_duplicate_keys_are_named_with_their_path(text, where):
    with pytest.raises(InputError) as info:
        load_json(text, "f.json")
    assert info.value.where == where and "duplicate key" in info.value.message


def test_the_first_problem_in_document_order_is_reported():
    with pytest.raises(InputError) as info:
        load_json('{"a": "\\ud800", "b": {"c": 1, "c": 2}}', "f.json")
    assert info.value.where == "$.a"


def test_a_clean_document_decodes_to_plain_values():
    doc = load_json('{"a": [1, 2.5, "x", null, true], "b": {"c": -3}}', "f.json")
    assert doc == {"a": [1, 2.5, "x", None, True], "b": {"c": -3}}


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(alphabet=st.characters(blacklist_categories=["Cs"])),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
                    max_leaves=20))
def test_any_valid_json_round_trips(doc):
    assert load_json(json.dumps(doc), "f.json") == doc


def test_show_escapes_controls_and_bounds_length():
    assert show("a\x1b]0;t\x07\nb\u2028\u202e") == "a\\x1b]0;t\\x07\\nb\\u2028\\u202e"
    assert show("\ud800") == "\\ud800"
    assert len(show("x" * 10_000)) < 1010
    assert show("Zoë O'Neil, 5k") == "Zoë O'Neil, 5k"


@given(st.text())
def test_show_is_always_one_printable_line(text):
    shown = show(text)
    assert "\n" not in shown and "\r" not in shown and "\x1b" not in shown
    shown.encode("utf-8")  # never a lone surrogate
    assert show(shown) == shown  # an error's line shown again in a JSON error is not cut twice


def test_show_cuts_long_text_to_the_limit_once():
    long = "a" * 600 + "b" * 600
    assert len(show(long)) <= 1000 and show(show(long)) == show(long)
    assert show(long).startswith("a" * 400) and show(long).endswith("b" * 400) and "..." in show(long)


def test_pseudonyms_are_long_stable_and_salted():
    a = pseudonym("Ana", "s")
    assert a == pseudonym("Ana", "s") != pseudonym("Ana", "t")
    assert re.fullmatch(r"athlete-[0-9a-f]{%d}" % PSEUDONYM_HEX, a) and PSEUDONYM_HEX * 4 >= 64
    names = {pseudonym(f"A{i}", "s") for i in range(50_000)}
    assert len(names) == 50_000


# -- a roster loses nobody: every line with something on it is an athlete or a named problem --
_CELL = st.text(alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=["Cs"]), max_size=12)


@given(rows=st.lists(st.tuples(_CELL, st.sampled_from(["knee_pain", "pain_at_night", "no:knee_pain", "x y", ""]),
                               st.booleans()), min_size=1, max_size=25))
def test_every_csv_line_is_an_athlete_or_a_named_problem(kb, rows):
    import csv
    import io

    from advisor.inputs.roster import Entry, RosterReader, RowProblem
    out = io.StringIO()
    out.write("athlete,observations\n")
    for name, obs, raw in rows:  # raw: written by hand, quotes and all, as a careless export would
        if raw:
            out.write(f"{name},{obs}\n")
        else:
            csv.writer(out, lineterminator="\n").writerow([name, obs])
    text = out.getvalue()
    reader = RosterReader(kb, io.BytesIO(text.encode("utf-8")), "r.csv", "csv")
    items = list(reader)
    lines = text.split("\n")[1:-1]
    got = [item.line for item in items]
    assert got == sorted(got) and len(got) == len(set(got))  # roster order, one item per line
    assert all(isinstance(i, (Entry, RowProblem)) for i in items)
    for n, line in enumerate(lines, 2):
        if n not in got:  # passed over: only a line with nothing in it
            assert all(not cell.strip() for cell in next(csv.reader([line], strict=True), [])), (n, line)


# -- every problem in a symptom file, each with its path ---------------------------------------
def _problems(doc, kb) -> InputError:
    with pytest.raises(InputError) as info:
        case_from_data(doc, kb, "f.json")
    return info.value


def test_every_problem_in_a_symptom_file_is_listed_with_its_path(kb):
    err = _problems({"athelete": "Sam", "schema_version": "9", "group": 3, "matched": [{}, "x"], "asked": ["q", 1],
                     "symptoms": ["knee_pain", "knee_pian", {"id": "knee_pain", "present": "yes"}, 7,
                                  {"id": "knee_pain", "present": False}, "Knee Pain", {"idd": "x"}]}, kb)
    found = [(p.path, p.message) for p in err.problems]
    assert [path for path, _ in found] == [
        "$.athelete", "$.schema_version", "$.asked[1]", "$.matched[1]", "$.group",
        "$.symptoms[1]", "$.symptoms[2].present", "$.symptoms[3]", "$.symptoms[4]", "$.symptoms[5]",
        "$.symptoms[6].idd", "$.symptoms[6].id"]
    messages = dict(found)
    assert messages["$.athelete"] == "unknown field (did you mean 'athlete'?)"
    assert messages["$.symptoms[1]"].startswith("unknown observation id 'knee_pian' (did you mean 'knee_pain'?)")
    assert messages["$.symptoms[4]"] == "'knee_pain' is reported both present and absent"
    assert "not an observation id" in messages["$.symptoms[5]"]
    assert (err.where, err.message) == found[0] and not err.truncated
    assert str(err) == "f.json: $.athelete: unknown field (did you mean 'athlete'?) (and 11 more problems)"
    assert err.detail == "$.athelete: unknown field (did you mean 'athlete'?) (and 11 more problems)"


def test_a_single_problem_reads_as_before(kb):
    err = _problems({"symptoms": ["knee_pian"]}, kb)
    assert len(err.problems) == 1
    assert str(err).startswith("f.json: $.symptoms[0]: unknown observation id 'knee_pian'") and "more" not in str(err)
    assert str(InputError("f.json", "", "no such file")) == "f.json: no such file"


def test_a_bad_present_value_still_checks_the_id(kb):
    err = _problems({"symptoms": [{"id": "knee_pian", "present": 1}]}, kb)
    assert [p.path for p in err.problems] == ["$.symptoms[0].present", "$.symptoms[0]"]


def test_problems_stop_at_the_cap_and_say_so(kb):
    err = _problems({"symptoms": [f"knee_pian_{n}" for n in range(20_000)]}, kb)
    assert len(err.problems) == MAX_PROBLEMS and err.truncated
    assert [p.path for p in err.problems] == [f"$.symptoms[{n}]" for n in range(MAX_PROBLEMS)]
    # each suggestion is a difflib pass over every observation: a few, not one per bad id
    assert sum("did you mean" in p.message for p in err.problems) == MAX_SUGGESTIONS
    assert str(err).endswith(f"(and {MAX_PROBLEMS - 1} more problems; stopped looking after {MAX_PROBLEMS})")


def test_every_message_in_a_listed_problem_is_escaped_in_the_line(kb):
    err = _problems({"symptoms": ["x\x1b[31m", "y\u2028z"]}, kb)
    assert "\x1b" not in str(err) and "\u2028" not in str(err) and "(and 1 more problem)" in str(err)


@pytest.mark.parametrize("group, growing", [
    ("U13 girls", True), ("U15", True), ("U20 men", False), ("U17 boys", None), ("Masters", None), ("", None),
])
def test_an_age_group_says_whether_the_runner_is_still_growing(kb, group, growing):
    import io

    from advisor.inputs.roster import RosterReader
    # test drive 21: a junior club's "U13 girls" with heel pain got the adult plantar heel programme
    text = f"athlete,group,observations\nMia,{group},heel_pain\n"
    [entry] = list(RosterReader(kb, io.BytesIO(text.encode()), "r.csv", "csv"))
    assert ("still_growing" in entry.present, "still_growing" in entry.absent) == (growing is True, growing is False)


def test_a_row_that_says_the_age_wins_over_its_group(kb):
    import io

    from advisor.inputs.roster import RosterReader
    text = "athlete,group,observations,absent\nMia,U13 girls,heel_pain,still_growing\n"
    [entry] = list(RosterReader(kb, io.BytesIO(text.encode()), "r.csv", "csv"))
    assert "still_growing" in entry.absent and "still_growing" not in entry.present


def test_an_age_group_is_no_answer_of_a_blank_row(kb):
    import io

    from advisor.inputs.roster import RosterReader
    # test drive 23: a blank form row from "U15 girls" was "no problem reported", not "no answers"
    text = "athlete,group,observations\nZara,U15 girls,\n"
    [entry] = list(RosterReader(kb, io.BytesIO(text.encode()), "r.csv", "csv"))
    assert not entry.present and not entry.absent
