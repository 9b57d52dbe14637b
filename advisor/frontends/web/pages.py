"""The runner and coach pages: plain HTML forms, no script, the same words as the terminal.

Every state change is a POST that redirects (303) to a GET whose address carries the signed
interview token, so the address bar is always a link that continues the questionnaire.
"""
from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from advisor.errors import InputError
from advisor.inputs.from_words import outside_at, outside_of, outside_positions
from advisor.knowledge.model import ObservationCategory
from advisor.render.common import REFERRAL_LINE, all_sources, citation_text, json_visible, not_read_line, outside_line, step_text
from advisor.reasoning.case import Case
from advisor.reasoning.result import TriageLevel
from advisor.render.html import WhoToActOn, patterns_chart
from advisor.render.team_table import TELL_TOO
from advisor.render.markdown import patterns_basis, problems_heading, totals_line
from advisor.render.summary import CAUSES_UNDER_A_FLAG, summarise

from .forms import FormError, first, parse_form
from .seams import MAX_WORDS, read
from .team import REPORT_FORMATS, roster_format, screen_upload, write_report
from .token import BadToken

ANSWER_ACTIONS = {"yes": True, "no": False, "unsure": None}


def page(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    web = request.app.state.web
    html = web.templates.get_template(template).render(notice=web.advisor.kb.notice, **context)
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, status: int, title: str, message: str) -> HTMLResponse:
    return page(request, "error.html.j2", status=status, title=title, message=message)


def bad_link(request: Request) -> HTMLResponse:
    return error_page(request, 400, "This link cannot be continued",
                      "The questionnaire link is damaged, or the server was restarted with a new key. "
                      "Your answers were not stored anywhere else: please start again.")


async def _form(request: Request):
    try:
        return parse_form(request.headers.get("content-type", ""), await request.body())
    except FormError as err:
        return error_page(request, 415, "That form could not be read", str(err))


async def start(request: Request) -> Response:
    return page(request, "start.html.j2", title="Stridewise: what is wrong with my running?", max_words=MAX_WORDS)


WORDS_CHOICES = (("yes", "Yes"), ("no", "No"), ("unsure", "Not sure: ask me later if it matters"))
WORDS_VALUE = {True: "yes", False: "no", None: "unsure"}


@dataclass(frozen=True)
class Understood:
    """One observation read from the runner's words, as the confirm page shows it."""

    id: str
    label: str
    words: str
    value: str
    """The choice selected at first: yes, no or unsure."""
    red_flag: bool
    """Of the red-flag checklist."""
    alone: bool = False
    """It raises a red flag by itself (a past stress fracture does only with other signs)."""


def _words_page(request: Request, text: str, status: int = 200, error: str = "",
                items: tuple[Understood, ...] = (), nothing: bool = False, not_read: str = "",
                outside: str = "", topics: tuple[int, ...] = (), warning: WordsAlert | None = None) -> Response:
    return page(request, "words.html.j2", status=status, title="In your own words", text=text, error=error,
                items=items, nothing=nothing, choices=WORDS_CHOICES, max_words=MAX_WORDS, not_read=not_read,
                outside=outside, topics=topics, warning=warning)


@dataclass(frozen=True)
class WordsAlert:
    """What the runner's words, as read, already refer: said first on the page that shows the
    reading (test drive 55: a swollen, warm calf after a flight was told "see a doctor today"
    only on the third page, after the 28-item checklist)."""

    triage: str
    """The instruction every answer uses ("Urgent: see a clinician today.")."""
    flags: tuple[str, ...]
    """The red flags' names, most urgent first."""


def _warning(advisor, reading) -> WordsAlert | None:
    """The alert for words that, as read, raise a red flag; None when they raise none."""
    present = frozenset(s.observation.id for s in reading.statements if s.present is True)
    absent = frozenset(s.observation.id for s in reading.statements if s.present is False)
    if not present & advisor.flags_inputs():
        return None
    result = advisor.advise(Case(present, absent - present))
    if not result.red_flags:
        return None
    return WordsAlert(result.triage.text, tuple(dict.fromkeys(f.label for f in result.red_flags)))


async def words(request: Request) -> Response:
    """Read the runner's words and show what was understood, to confirm or correct. The text
    goes no further than this page: neither the interview token nor any log holds it."""
    web = request.app.state.web
    form = await _form(request)
    if isinstance(form, Response):
        return form
    text = first(form[0], "text")
    if len(text) > MAX_WORDS:
        return _words_page(request, text[:MAX_WORDS], 422,
                           f"Your text is longer than {MAX_WORDS:,} characters. Please shorten it to a few sentences.")
    if not text.strip():
        return _words_page(request, "", 422, "Write a few words about what you feel first.")
    reading = read(web.advisor.kb, text)
    # what Stridewise does not assess, said first (test drive 25: "hit my head" was "try other words")
    outside = outside_line(outside_of(reading))
    if not reading.statements:
        return _words_page(request, text, nothing=True, outside=outside)
    items = tuple(Understood(s.observation.id, web.interviews.label(s.observation.id), s.words,
                             WORDS_VALUE[s.present], s.observation.category is ObservationCategory.RED_FLAG,
                             s.observation.id in web.advisor.flags_alone())
                  for s in reading.statements)
    # the command line's sentence, control characters spelled out; the template escapes it
    # (the topics go on with the confirmed answers, so the answer page says them too: fc26)
    return _words_page(request, text, items=items, not_read=not_read_line(reading.unread), outside=outside,
                       topics=outside_positions(reading), warning=_warning(web.advisor, reading))


async def words_confirm(request: Request) -> Response:
    """The confirmed (or corrected) reading starts the interview with those answers known:
    the red-flag screen still comes first, unless a red flag was confirmed (then the answer
    is the referral at once); "not sure" is left for the questions to ask if it matters, but of a
    red-flag sign it is kept, and the answer says what to do if it is there."""
    web = request.app.state.web
    form = await _form(request)
    if isinstance(form, Response):
        return form
    values: dict[str, bool | None] = {}
    for name, given in form[0].items():
        if not name.startswith("v-"):
            continue
        ident, choice = name[2:], given[0] if given else ""
        if ident not in web.advisor.kb.observations or choice not in ANSWER_ACTIONS:
            return error_page(request, 400, "That answer does not fit",
                              "The confirmation form was changed or is from another version. Please start again.")
        # ("not sure" of a red-flag sign is kept: the screen shows it, leaves it not sure unless
        # ticked, and the answer says what to do if it is there; test drive 27 found it a no)
        if ANSWER_ACTIONS[choice] is not None or \
                web.advisor.kb.observations[ident].category is ObservationCategory.RED_FLAG:
            values[ident] = ANSWER_ACTIONS[choice]
    try:
        topics = tuple(int(given) for given in form[0].get("o", []))
        step = web.interviews.new(prefill=values, outside=topics)
    except (ValueError, BadToken):
        return error_page(request, 400, "That answer does not fit",
                          "The confirmation form was changed or is from another version. Please start again.")
    target = "/answer" if step.question is None else "/ask"
    return RedirectResponse(f"{target}?t={step.token}", status_code=303)


async def ask_page(request: Request) -> Response:
    web = request.app.state.web
    token = request.query_params.get("t")
    try:
        step = web.interviews.current(token) if token else web.interviews.new()
    except BadToken:
        return bad_link(request)
    if step.question is None:
        return RedirectResponse(f"/answer?t={step.token}", status_code=303)
    if not token:  # a fresh start: make the address itself the link to continue
        return RedirectResponse(f"/ask?t={step.token}", status_code=303)
    ask = step.question
    known = step.questionnaire.answers  # before its checklist is answered, only the runner's own words
    ticked = {o.id for o in ask.options if known.get(o.id) is True}
    unsure = {o.id for o in ask.options if o.id in known and known[o.id] is None}
    # (what the words named that Stridewise does not assess stays on every question: fc27)
    return page(request, "question.html.j2", title=f"Question {ask.number}: {ask.text}", ask=ask, why=step.why,
                token=step.token, first_question=not step.questionnaire.history, ticked=ticked, unsure=unsure,
                outside=outside_line(outside_at(step.outside)))


async def ask_post(request: Request) -> Response:
    web = request.app.state.web
    form = await _form(request)
    if isinstance(form, Response):
        return form
    fields = form[0]
    token, qid, action = first(fields, "t"), first(fields, "q"), first(fields, "action", "next")
    try:
        if action == "back":
            if not web.interviews.restore(token).history:
                # nothing asked yet: a red flag confirmed from the runner's own words; back is the start page
                return RedirectResponse("/", status_code=303)
            step = web.interviews.back(token)
        else:
            ask = web.interviews.pending(token)
            if ask is None:
                return RedirectResponse(f"/answer?t={token}", status_code=303)
            if ask.kind == "yesno":
                values = {ask.id: ANSWER_ACTIONS.get(action)}
            elif action == "unsure":  # what is ticked stays ticked (a red flag above all); the rest is not sure
                ticked = set(fields.get("o", []))
                values = {o: True if o in ticked else None for o in ask.options}
            else:
                ticked = set(fields.get("o", []))
                unknown = ticked - set(ask.options)
                if unknown:
                    raise ValueError(f"'{sorted(unknown)[0]}' is not an option of this question")
                values = {o: True for o in ask.options if o in ticked}
            step = web.interviews.answer(token, qid, values)
    except BadToken:
        return bad_link(request)
    except ValueError as err:
        return error_page(request, 400, "That answer does not fit this question", str(err))
    target = "/answer" if step.question is None else "/ask"
    return RedirectResponse(f"{target}?t={step.token}", status_code=303)


async def answer_page(request: Request) -> Response:
    web = request.app.state.web
    token = request.query_params.get("t", "")
    try:
        step = web.interviews.current(token)
    except BadToken:
        return bad_link(request)
    if step.question is not None:
        return RedirectResponse(f"/ask?t={step.token}", status_code=303)
    result = step.questionnaire.result()
    outside = outside_line(outside_at(step.outside))
    # (after it, the triage is of the running complaint: fc27 read "Self-care now" as its answer)
    return page(request, "answer.html.j2", title="Your answer", result=result, s=summarise(result, bool(outside)),
                referral_line=REFERRAL_LINE, sources=all_sources(result), step_text=step_text,
                citation_text=citation_text, causes_under_a_flag=CAUSES_UNDER_A_FLAG, token=step.token, outside=outside)


async def answer_download(request: Request) -> Response:
    web = request.app.state.web
    try:
        q = web.interviews.restore(request.query_params.get("t", ""))
    except BadToken:
        return bad_link(request)
    body = json_visible(json.dumps(q.document(), indent=2, ensure_ascii=False)) + "\n"
    return Response(body, media_type="application/json",
                    headers={"content-disposition": 'attachment; filename="stridewise-answers.json"'})


# -- coaches -----------------------------------------------------------------------------------
async def coach(request: Request) -> Response:
    return page(request, "coach.html.j2", title="Screen a team roster")


async def coach_post(request: Request) -> Response:
    form = await _form(request)
    if isinstance(form, Response):
        return form
    upload = form[1].get("roster")
    if upload is None or not upload.data.strip():
        return page(request, "coach.html.j2", status=422, title="Screen a team roster",
                    error="Choose a roster file (CSV, Excel .xlsx or JSON Lines) first.")
    return _team_page(request, upload.data, upload.filename or "roster")


def _team_page(request: Request, data: bytes, name: str) -> Response:
    web = request.app.state.web
    shown = name[:200]
    try:
        screened = screen_upload(web.advisor, data, shown, roster_format(shown, data))
    except InputError as err:
        return page(request, "coach.html.j2", status=422, title="Screen a team roster",
                    error=f"This roster cannot be read: {err}")
    # Drawn from the screened report alone, like ``screen --format html``: no knowledge base here.
    summary = screened.summary
    return page(request, "team.html.j2", title="Team screening report", head=screened.head, summary=summary,
                totals=totals_line(summary), problems_heading=problems_heading(summary),
                patterns_basis=patterns_basis(summary) if summary.referrals else "", act=WhoToActOn.of(summary), chart=patterns_chart(summary),
                roster_b64=base64.b64encode(data).decode("ascii"), roster_name=shown, formats=REPORT_FORMATS,
                triage_text=triage_text, tell_too=TELL_TOO[:1].upper() + TELL_TOO[1:])


def triage_text(level: str) -> str:
    """A red flag's level in the words every runner's answer uses ("Urgent: see a clinician today.")."""
    try:
        return TriageLevel(level).text
    except ValueError:
        return level


async def coach_download(request: Request) -> Response:
    """The report in one format, re-screened from the roster the report page carries."""
    web = request.app.state.web
    form = await _form(request)
    if isinstance(form, Response):
        return form
    fields = form[0]
    fmt, name = first(fields, "format"), first(fields, "name", "roster")[:200]
    if fmt not in REPORT_FORMATS:
        return error_page(request, 400, "Unknown format", f"There is no report format '{fmt}'.")
    try:
        data = base64.b64decode(first(fields, "roster"), validate=True)
    except (binascii.Error, ValueError):
        return error_page(request, 400, "The roster was damaged", "Upload the roster again.")
    try:
        screened = screen_upload(web.advisor, data, name, roster_format(name, data))
    except InputError as err:
        return error_page(request, 422, "This roster cannot be read", str(err))
    media, ext = REPORT_FORMATS[fmt]
    return Response(write_report(web.advisor, screened, fmt), media_type=media,
                    headers={"content-disposition": f'attachment; filename="team-report.{ext}"'})
