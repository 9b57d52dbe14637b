"""The JSON API against a real two-worker server: same answers as the command line,
problem details with paths, limits, the interview driven by a client."""
from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from advisor.inputs.symptoms import load_case
from advisor.interview.questionnaire import Questionnaire, checklist_values
from advisor.frontends.web.team import XLSX_MEDIA
from advisor.knowledge.search import search

ROOT = Path(__file__).resolve().parents[3]
PROBLEM = "application/problem+json"


def problem(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    return body


def test_check_gives_the_same_result_as_the_cli(http, advisor):
    text = (ROOT / "examples/knee_caves_in.json").read_text()
    response = http.post("/api/v1/check", content=text, headers={"content-type": "application/json"})
    assert response.status_code == 200
    case, _ = load_case(str(ROOT / "examples/knee_caves_in.json"), advisor.kb)
    assert response.json() == json.loads(json.dumps(advisor.advise(case).to_dict()))
    assert "Not a diagnosis" in response.json()["notice"]
    assert response.headers["cache-control"] == "no-store"


def test_bidi_controls_in_the_runners_words_are_escaped_in_the_json(http):
    # test drive 29: a raw U+202E passed through in words.read[].words, where an app showing it
    # as text can be spoofed; every JSON output escapes it (the data read back is the same)
    text = "my knee hurts on the stairs \u202eno swelling"
    response = http.post("/api/v1/check", json={"text": text})
    assert response.status_code == 200, response.text
    assert "\u202e" not in response.text and "\\u202e" in response.text
    read = {r["id"]: r for r in response.json()["words"]["read"]}
    assert read["swelling"]["present"] is False and "\u202eno swelling" in read["swelling"]["words"]
    bad = http.post("/api/v1/check", json={"symptoms": ["knee\u202e_pain"]})
    assert bad.status_code == 422 and "\u202e" not in bad.text


@pytest.mark.parametrize("body, paths", [
    ({"symptoms": ["knee_pian"]}, ["$.symptoms[0]"]),
    ({"symptoms": "knee_pain"}, ["$.symptoms"]),
    ({"symptom": ["knee_pain"]}, ["$.symptom", "$"]),  # an unknown field, and no 'symptoms'
    ([1, 2], ["$"]),
    ({"symptoms": [{"id": "knee_pain", "present": "yes"}]}, ["$.symptoms[0].present"]),
])
def test_check_names_the_path_of_each_problem(http, body, paths):
    body = problem(http.post("/api/v1/check", json=body), 422)
    assert [e["path"] for e in body["errors"]] == paths


def test_check_lists_every_problem_not_only_the_first(http):
    body = problem(http.post("/api/v1/check", json={
        "athelete": "Sam", "symptoms": ["knee_pain", "knee_pian", {"id": "knee_caves_in", "present": "yes"}]}), 422)
    assert [e["path"] for e in body["errors"]] == ["$.athelete", "$.symptoms[1]", "$.symptoms[2].present"]
    assert "did you mean 'knee_pain'" in body["errors"][1]["message"]
    assert body["detail"].startswith("$.athelete: unknown field") and "(and 2 more problems)" in body["detail"]


def test_text_and_symptoms_together_say_so(http):
    # "$.text: unknown field" puzzled a developer: text is a documented field (test drive 12)
    body = problem(http.post("/api/v1/check", json={"text": "my knee hurts", "symptoms": ["knee_pain"]}), 422)
    assert body["errors"] == [{"path": "$.text", "message": "give the runner's words (text) or a symptom file "
                                                            "(symptoms), not both"}]


@pytest.mark.parametrize("path", ["/api/v1/check", "/api/v1/parse"])
def test_a_misspelt_text_field_is_named_with_its_right_spelling(http, path):
    # test drive 47: {"txt": ...} was told "unknown field" and no more
    body = problem(http.post(path, json={"txt": "my knee hurts"}), 422)
    assert body["errors"][0] == {"path": "$.txt", "message": "unknown field (did you mean 'text'?)"}


def test_a_field_of_the_wrong_type_is_named_in_jsons_words(http):
    # "$.text: expected str" was Python's word for it (test drive 22)
    body = problem(http.post("/api/v1/parse", json={"text": 42}), 422)
    assert body["errors"] == [{"path": "$.text", "message": "expected a string, got a number"}]


def test_api_messages_speak_to_a_developer_of_this_api(http):
    # test drive 22, R9: "not no content type", an array answered with the symptom file only, and
    # a command-line hint in an HTTP API
    bare = problem(http.post("/api/v1/check", content=b'{"symptoms": []}', headers={"content-type": ""}), 415)
    assert bare["detail"].endswith("and this request has no Content-Type header"), bare["detail"]
    array = problem(http.post("/api/v1/check", json=["knee_pain"]), 422)
    assert '{"symptoms": [...]}' in array["detail"] and '{"text": "..."}' in array["detail"]
    assert array["detail"].endswith("got an array")
    unknown = problem(http.post("/api/v1/check", json={"symptoms": ["knee_pian"]}), 422)
    assert "GET /api/v1/symptoms" in unknown["detail"] and "stridewise symptoms" not in unknown["detail"]
    assert all("stridewise symptoms" not in e["message"] for e in unknown["errors"])


def test_malformed_json_is_400_with_its_place(http):
    body = problem(http.post("/api/v1/check", content=b'{"symptoms": [', headers={"content-type": "application/json"}), 400)
    assert body["errors"][0]["path"].startswith("line 1 column")


@pytest.mark.parametrize("path, content_type", [
    ("/api/v1/check", "text/plain"), ("/api/v1/check", "application/x-www-form-urlencoded"),
    ("/api/v1/ask/answer", "text/csv"), ("/api/v1/screen", "application/json"), ("/api/v1/screen", "text/plain")])
def test_wrong_content_type_is_415(http, path, content_type):
    problem(http.post(path, content=b'{"symptoms": []}', headers={"content-type": content_type}), 415)


def test_declared_oversized_body_is_413_without_being_read(http):
    big = b'{"symptoms": ["' + b"x" * (1024 * 1024 + 10) + b'"]}'
    problem(http.post("/api/v1/check", content=big, headers={"content-type": "application/json"}), 413)


def test_streamed_oversized_body_is_cut_off_with_413(server):
    def chunks():  # no Content-Length: chunked transfer, the size is only known by counting
        yield b'{"symptoms": ["'
        for _ in range(40):
            yield b"x" * 65536
        yield b'"]}'
    response = httpx.post(server.url + "/api/v1/check", content=chunks(), headers={"content-type": "application/json"},
                          timeout=30)
    problem(response, 413)


def test_streamed_body_whose_last_part_crosses_the_limit_gets_413_at_once(server):
    # test drive 26: a chunked body just over the limit, crossing it in its last part, was
    # never answered (the server waited for more of a body that had ended)
    def chunks():
        yield b'{"symptoms": ["' + b"x" * (1024 * 1024 - 100)
        yield b"x" * 200 + b'"]}'
    response = httpx.post(server.url + "/api/v1/check", content=chunks(), headers={"content-type": "application/json"},
                          timeout=15)
    problem(response, 413)


def test_roster_upload_limit_is_larger_but_still_bounded(http):
    roster = "athlete,observations\n" + "".join(f"A{i},knee_pain\n" for i in range(200))
    assert http.post("/api/v1/screen", content=roster, headers={"content-type": "text/csv"}).status_code == 200
    big = "athlete,observations\n" + "A,knee_pain\n" * 800_000  # about 9.6 MB
    problem(http.post("/api/v1/screen", content=big, headers={"content-type": "text/csv"}), 413)


def test_symptoms_search_matches_the_cli_search(http, kb):
    response = http.get("/api/v1/symptoms", params={"q": "shin splints"})
    assert response.status_code == 200
    ids = [o["id"] for o in response.json()["observations"]]
    assert ids == [o.id for _, o in search(kb, "shin splints")] and ids
    assert len(http.get("/api/v1/symptoms").json()["observations"]) == len(kb.observations)


@pytest.mark.parametrize("text", ["my IT band is killing me, no swelling, my knee caves in when I land",
                                  "shins r sore but doesn't hurt at night", "Mein Knie: knee pain ü ✓ 🏃"])
def test_parse_gives_what_the_cli_parse_prints(http, run_line, text):
    response = http.post("/api/v1/parse", json={"text": text})
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    cli = run_line(["parse", text, "--format", "json"])
    assert cli.exit_code == 0
    assert response.json() == json.loads(cli.stdout)
    assert response.json()["notes"] == text


def test_parse_reads_negation_and_check_takes_its_output(http):
    doc = http.post("/api/v1/parse", json={"text": "no swelling but pain in my knee after runs"}).json()
    said = {m["id"]: m["present"] for m in doc["matched"]}
    assert said["swelling"] is False and said["knee_pain"] is True
    assert {"id": "swelling", "present": False} in doc["symptoms"] and "knee_pain" in doc["symptoms"]
    swelling = next(m for m in doc["matched"] if m["id"] == "swelling")
    assert swelling["words"] == "no swelling"
    result = http.post("/api/v1/check", json=doc)
    assert result.status_code == 200 and result.json()["causes"]


def test_check_takes_a_runners_words_as_check_text_does(http, run_line):
    # an app sends the words and gets what was read and what was not with the answer
    text = "pain under my heel first thing in the morning, no swelling, my cat is called Bob"
    result = http.post("/api/v1/check", json={"text": text})
    assert result.status_code == 200
    cli = run_line(["check", "--text", text, "--format", "json"])
    assert result.json() == json.loads(cli.stdout)
    words = result.json()["words"]
    assert {(w["id"], w["present"], w["words"]) for w in words["read"]} >= {
        ("heel_pain", True, "pain under my heel"), ("swelling", False, "no swelling")}
    assert "called Bob" in words["unread"]
    body = problem(http.post("/api/v1/check", json={"text": "the weather was lovely today"}), 422)
    assert body["errors"] == [{"path": "$.text", "message": "nothing understood"}]
    assert problem(http.post("/api/v1/check", json={"text": "knee", "x": 1}), 422)["errors"][0]["path"] == "$.x"


def test_parse_nothing_understood_is_422_with_a_hint(http):
    body = problem(http.post("/api/v1/parse", json={"text": "the weather was lovely today"}), 422)
    assert "no observation found" in body["detail"] and "/api/v1/symptoms?q=" in body["detail"]
    assert body["errors"] == [{"path": "$.text", "message": "nothing understood"}]
    problem(http.post("/api/v1/parse", json={"text": ""}), 422)


def test_parse_refuses_text_over_the_limit_and_bad_bodies(http):
    from advisor.frontends.web.seams import MAX_WORDS
    filler = "knee pain. " * (MAX_WORDS // 11)
    assert http.post("/api/v1/parse", json={"text": filler.ljust(MAX_WORDS)}).status_code == 200
    body = problem(http.post("/api/v1/parse", json={"text": "x" * (MAX_WORDS + 1)}), 422)
    assert body["errors"] == [{"path": "$.text", "message": "too long"}] and "20,000" in body["detail"]
    assert problem(http.post("/api/v1/parse", json={"text": 3}), 422)["errors"][0]["path"] == "$.text"
    assert problem(http.post("/api/v1/parse", json={}), 422)["errors"][0]["path"] == "$.text"
    assert problem(http.post("/api/v1/parse", json={"text": "knee", "x": 1}), 422)["errors"][0]["path"] == "$.x"
    assert problem(http.post("/api/v1/parse", json=["knee"]), 422)["errors"][0]["path"] == "$"
    problem(http.post("/api/v1/parse", content="text=knee", headers={"content-type": "text/plain"}), 415)


@pytest.mark.parametrize("which", ["input", "result", "team"])
def test_schemas_are_the_published_ones(http, which):
    response = http.get(f"/api/v1/schemas/{which}")
    assert response.status_code == 200
    assert response.json() == json.loads((ROOT / f"advisor/schemas/{which}.schema.json").read_text())


def test_unknown_api_paths_are_404_problems(http):
    problem(http.get("/api/v1/schemas/nope"), 404)
    problem(http.get("/api/v1/nope"), 404)
    problem(http.get("/api/v1/check"), 405)


# -- the interview ------------------------------------------------------------------------------
def _call(server, path: str, body: dict) -> httpx.Response:
    """A fresh connection per step, so consecutive steps land on whichever worker accepts."""
    return httpx.post(server.url + path, json=body, timeout=30)


def _reply(question: dict) -> dict:
    """A deterministic runner: no red flag, the first option of each choice, yes to every yes/no."""
    if question["kind"] == "screen":
        return {}
    if question["kind"] in ("choice", "follow_up"):
        return {question["options"][0]["id"]: True}
    return {question["id"]: True}


def test_a_client_drives_the_interview_to_the_same_answer_as_the_cli(server, advisor):
    step = _call(server, "/api/v1/ask", {})
    assert step.status_code == 201
    doc = step.json()
    assert doc["question"]["kind"] == "screen" and "Not a diagnosis" in doc["notice"]
    local = Questionnaire(advisor)
    steps = 0
    while not doc["done"]:
        question = doc["question"]
        expected = local.next_question()
        assert question["id"] == expected.id and question["text"] == expected.text
        assert doc["why"]
        doc = _call(server, "/api/v1/ask/answer", {"token": doc["token"], "question_id": question["id"],
                                                   "answer": _reply(question)}).json()
        values = _reply(question)
        if question["kind"] != "yesno":   # as ask takes a checklist's ticks
            values = checklist_values(expected, {o for o, yes in values.items() if yes}, not_sure=False)
        local.answer(question["id"], values)
        steps += 1
        assert steps < 40
    assert local.next_question() is None
    assert doc["result"] == json.loads(json.dumps(local.result().to_dict()))
    assert doc["stop_reason"] == local.stop_reason.value
    # the answers document is a symptom file check reads, giving the same result again
    again = _call(server, "/api/v1/check", doc["answers"]).json()
    assert again == doc["result"]


def test_a_runner_who_ticks_nothing_is_told_what_ask_tells_them(server):
    # The web took every unticked box for a no, "You are free of aches, pains and complaints"
    # too: a runner with nothing to report was "physio if not better", a problem reported
    # (ask said nothing was reported); and "You are female" unticked recorded a man.
    doc = _call(server, "/api/v1/ask", {}).json()
    while not doc["done"]:
        question = doc["question"]
        answer = {question["id"]: False} if question["kind"] == "yesno" else {}
        doc = _call(server, "/api/v1/ask/answer", {"token": doc["token"], "question_id": question["id"],
                                                   "answer": answer}).json()
    assert doc["stop_reason"] == "nothing_reported"
    assert doc["result"]["triage"] == "self_care", doc["result"]["triage"]
    answered = {a["id"] for a in doc["answers"].get("absent", [])}
    assert {"no_complaints", "is_female", "still_growing"}.isdisjoint(answered), answered


def test_back_undoes_the_last_answer(server):
    first = _call(server, "/api/v1/ask", {}).json()
    second = _call(server, "/api/v1/ask/answer", {"token": first["token"], "question_id": first["question"]["id"],
                                                  "answer": {}}).json()
    assert second["question"]["id"] != first["question"]["id"]
    back = _call(server, "/api/v1/ask/back", {"token": second["token"]}).json()
    assert back["question"]["id"] == first["question"]["id"] and back["token"] == first["token"]
    current = _call(server, "/api/v1/ask/current", {"token": second["token"]}).json()
    assert current["question"]["id"] == second["question"]["id"]


def test_a_red_flag_on_the_screen_ends_with_a_referral(server):
    first = _call(server, "/api/v1/ask", {}).json()
    assert "pinpoint_bone_pain" in {o["id"] for o in first["question"]["options"]}
    done = _call(server, "/api/v1/ask/answer", {"token": first["token"], "question_id": first["question"]["id"],
                                                "answer": {"pinpoint_bone_pain": True}}).json()
    assert done["done"] and done["stop_reason"] == "red_flag"
    assert done["result"]["red_flags"] and done["result"]["plan_kind"] == "referral"


def test_a_red_flag_that_could_be_more_urgent_asks_that_first(server):
    # test drive 34: under-fuelling ended at "soon"; with shin pain it is "urgent"
    first = _call(server, "/api/v1/ask", {}).json()
    more = _call(server, "/api/v1/ask/answer", {"token": first["token"], "question_id": first["question"]["id"],
                                                "answer": {"low_energy_intake": True}}).json()
    assert not more["done"] and more["question"]["id"] == "shin_pain"
    done = _call(server, "/api/v1/ask/answer", {"token": more["token"], "question_id": "shin_pain",
                                                "answer": {"shin_pain": True}}).json()
    assert done["done"] and done["stop_reason"] == "red_flag" and done["result"]["triage"] == "urgent"


def test_tampered_and_foreign_tokens_are_400_on_the_token_path(server):
    first = _call(server, "/api/v1/ask", {}).json()
    body, mac = first["token"].split(".")
    forged = body[:-2] + ("A" if body[-2] != "A" else "B") + body[-1] + "." + mac
    for bad in (forged, "nonsense", first["token"] + "x", "a.b"):
        doc = problem(_call(server, "/api/v1/ask/current", {"token": bad}), 400)
        assert doc["errors"][0]["path"] == "$.token"


def test_answering_another_question_is_422_naming_it(server):
    first = _call(server, "/api/v1/ask", {}).json()
    doc = problem(_call(server, "/api/v1/ask/answer", {"token": first["token"], "question_id": "knee_pain",
                                                       "answer": {"knee_pain": True}}), 422)
    assert doc["errors"][0]["path"] == "$.question_id" and first["question"]["id"] in doc["detail"]
    doc = problem(_call(server, "/api/v1/ask/answer", {"token": first["token"], "question_id": first["question"]["id"],
                                                       "answer": {"not_an_option": True}}), 422)
    assert doc["errors"][0]["path"] == "$.answer.not_an_option"
    doc = problem(_call(server, "/api/v1/ask/answer", {"token": first["token"]}), 422)
    assert {e["path"] for e in doc["errors"]} == {"$.question_id", "$.answer"}


# -- rosters ------------------------------------------------------------------------------------
@pytest.mark.parametrize("name, media", [("roster.csv", "text/csv"), ("roster.jsonl", "application/x-ndjson")])
def test_screen_reads_every_roster_format(http, name, media):
    response = http.post("/api/v1/screen", content=(ROOT / "examples" / name).read_bytes(), headers={"content-type": media})
    assert response.status_code == 200
    report = response.json()
    rows = [line for line in (ROOT / "examples" / name).read_text().splitlines() if line.strip()]
    rows = rows[1:] if name.endswith(".csv") else rows  # the CSV header
    assert report["kind"] == "team_report" and "Not a diagnosis" in report["notice"]
    assert report["totals"]["athletes"] == len(rows) and report["totals"]["problems"] == 0


def xlsx_roster() -> bytes:
    """The example roster as a workbook, as Microsoft Forms or Excel saves one."""
    import csv
    import io

    from openpyxl import Workbook
    book = Workbook()
    for row in csv.reader(io.StringIO((ROOT / "examples/roster.csv").read_text(encoding="utf-8"))):
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_screen_reads_an_xlsx_workbook_as_the_csv(http):
    # test drive 22: Microsoft Forms downloads .xlsx; the command line read it, the API gave 415
    xlsx = http.post("/api/v1/screen", content=xlsx_roster(), headers={"content-type": XLSX_MEDIA})
    assert xlsx.status_code == 200, xlsx.text
    csv_report = http.post("/api/v1/screen", content=(ROOT / "examples/roster.csv").read_bytes(),
                           headers={"content-type": "text/csv"}).json()
    assert xlsx.json()["athletes"] == csv_report["athletes"]
    broken = problem(http.post("/api/v1/screen", content=b"PK\x03\x04 not really", headers={"content-type": XLSX_MEDIA}), 422)
    assert "not a readable .xlsx workbook" in broken["detail"]


def test_the_coach_page_takes_an_xlsx_upload(http):
    page = http.post("/coach", files={"roster": ("Stridewise check-in(1-6).xlsx", xlsx_roster(), XLSX_MEDIA)})
    assert page.status_code == 200 and "Team screening report" in page.text and "Ava Brooks" in page.text
    assert ".xlsx" in http.get("/coach").text


def test_screen_lists_bad_rows_and_loses_nothing(http):
    roster = ("athlete,observations\nAna,knee_pain\nBen,knee_pian\n\"broken,knee_pain\nAna,knee_pain\n"
              "Cy,knee_pain;no:knee_pain\n,knee_pain\nDee,\n")
    report = http.post("/api/v1/screen", content=roster, headers={"content-type": "text/csv"}).json()
    rows = [line for line in roster.splitlines()[1:] if line.strip()]
    assert report["totals"]["athletes"] + report["totals"]["problems"] == len(rows)
    assert {p["line"] for p in report["problems"]} == {3, 4, 5, 6, 7}


@pytest.mark.parametrize("fmt, media", [("html", "text/html"), ("markdown", "text/markdown"), ("csv", "text/csv")])
def test_screen_other_formats(http, fmt, media):
    response = http.post("/api/v1/screen", params={"format": fmt}, content=(ROOT / "examples/roster.csv").read_bytes(),
                         headers={"content-type": "text/csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    assert "Ava Brooks" in response.text


def test_an_unreadable_roster_is_422_with_its_line(http):
    body = problem(http.post("/api/v1/screen", content="name,knee_pian\nAna,yes\n", headers={"content-type": "text/csv"}), 422)
    assert body["errors"][0]["path"] == "line 1" and "knee_pian" in body["detail"]


def test_a_huge_declared_body_is_refused_before_it_is_sent(server):
    """1 GB announced, not a byte sent: the 413 comes back at once, so nothing was waited for."""
    import socket
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(b"POST /api/v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 1000000000\r\n\r\n")
        reply = sock.recv(65536)
    assert reply.startswith(b"HTTP/1.1 413"), reply[:100]
    assert b"application/problem+json" in reply


def test_the_docs_page_is_drawn_from_the_openapi_document(http):
    doc = http.get("/api/v1/openapi.json").json()
    page = http.get("/api/v1/docs").text
    for path, item in doc["paths"].items():
        for method in item:
            assert f"{method.upper()} {path}" in page, (method, path)
    for name in doc["components"]["schemas"]:
        assert f"<summary>{name}</summary>" in page


def test_ask_result_only_for_a_finished_interview(server):
    first = _call(server, "/api/v1/ask", {}).json()
    doc = problem(_call(server, "/api/v1/ask/result", {"token": first["token"]}), 409)
    assert "red_flag_screen" in doc["detail"]
    done = _call(server, "/api/v1/ask/answer", {"token": first["token"], "question_id": "red_flag_screen",
                                                "answer": {"pinpoint_bone_pain": True}}).json()
    result = _call(server, "/api/v1/ask/result", {"token": done["token"]})
    assert result.status_code == 200 and result.json() == done["result"]
