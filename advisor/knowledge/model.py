"""The frozen knowledge model. YAML dicts stop at the loader; everything past it uses these."""
from __future__ import annotations

import re
from advisor.records import field, record
from enum import Enum


class SourceKind(str, Enum):
    """The one source article, or a published paper, book or institutional page."""

    ARTICLE = "article"
    PUBLISHED = "published"


class QuestionKind(str, Enum):
    """``screen``: the red-flag checklist, asked first; ``choice``: a tick-all-that-apply group."""

    SCREEN = "screen"
    CHOICE = "choice"


class ExerciseKind(str, Enum):
    EXERCISE = "exercise"
    STRETCH = "stretch"
    FORM_CUE = "form_cue"


class Phase(str, Enum):
    """The part of the stride a muscle role belongs to."""

    SWING = "swing"
    FOOT_STRIKE = "foot_strike"
    PUSH_OFF = "push_off"
    WHOLE_STRIDE = "whole_stride"


class ObservationCategory(str, Enum):
    SYMPTOM = "symptom"
    SIGN = "sign"
    CONTEXT = "context"
    SELF_TEST = "self_test"
    RED_FLAG = "red_flag"


class FindingKind(str, Enum):
    """What a finding is: an intermediate state in a chain, or a named condition."""

    STATE = "state"
    """A step in a chain (the knee falls inward, quads overloaded ...)."""
    CONDITION = "condition"
    """A running injury a runner can recognise by name (runner's knee ...): the answer names it."""


class CauseType(str, Enum):
    MUSCLE = "muscle"
    FORM = "form"
    TRAINING = "training"


class MuscleState(str, Enum):
    WEAK = "weak"
    TIGHT = "tight"
    OVERLOADED = "overloaded"
    FATIGUED = "fatigued"
    TENSE = "tense"


class Triage(str, Enum):
    """How soon a red flag must be seen. Ordered from most to least urgent."""

    EMERGENCY = "emergency"
    URGENT = "urgent"
    SOON = "soon"

    @property
    def rank(self) -> int:
        return list(Triage).index(self)


class Strength(str, Enum):
    """How much a source can bear. The article is an opinion piece; weights say the rest."""

    ARTICLE = "article"
    CONSENSUS = "consensus"
    REVIEW = "review"
    COHORT = "cohort"
    TRIAL = "trial"
    CASE_SERIES = "case_series"
    BIOMECHANICS = "biomechanics"
    REFERENCE = "reference"


@record
class Source:
    """A source the rule pack cites: the one source article, or published work."""

    id: str
    """Stable id used in citations."""
    kind: SourceKind
    reference: str
    """Full reference as it should be printed: authors, year, title, journal or book."""
    url: str = ""
    """DOI link or address where it was seen."""
    strength: Strength = Strength.REFERENCE
    """What kind of evidence it is."""
    short_name: str = ""
    """Optional short form; by default derived from the reference."""

    @property
    def short(self) -> str:
        """``Surname et al. 2016`` for papers, ``Article`` for the source article."""
        if self.short_name:
            return self.short_name
        if self.kind is SourceKind.ARTICLE:
            return "Article"
        year = re.search(r"\((\d{4})", self.reference)
        head = self.reference.split("(")[0]
        surname = head.split()[0].rstrip(",;") if head.split() else self.id
        several = head.count(",") >= 1 or "et al" in head
        return f"{surname}{' et al.' if several else ''} {year.group(1) if year else ''}".strip()


@record
class Citation:
    """Where a claim comes from: a source id, its section, and a quote or a note."""

    source: str
    """Source id."""
    section: str
    """Section of the source (article heading, or paper part)."""
    quote: str = ""
    """Verbatim excerpt of at most 25 words (required for the article)."""
    note: str = ""
    """Paraphrase of what the source found, for published sources."""


@record
class Observation:
    """Something a runner can report, present or absent: a symptom, sign, context, self-test or red flag."""

    id: str
    """snake_case id used in symptom files."""
    text: str
    """Plain description a runner understands."""
    category: ObservationCategory
    question: str
    """The yes/no question that asks for it."""
    synonyms: tuple[str, ...] = ()
    """Runners' words for it, used by ``symptoms --search``."""
    help: str = ""
    """Extra explanation shown by ``why`` in the questionnaire."""
    self_test: str = ""
    """Id of the self-test that answers it, if any."""
    ask_only_if: tuple[str, ...] = ()
    """Ask this question only when one of these observations is present."""
    never_if: tuple[str, ...] = ()
    """Never ask (or suggest the test) when one of these observations is present."""
    normal: tuple[str, ...] = ()
    """Runners' words for the normal state, without a negation ("I lift weights" for no strength
    training, "lands under the hips" for overstriding): found in a runner's words, it is absent."""
    denied_by: tuple[str, ...] = ()
    """Runners' words for a part of it whose denial denies it, though saying them does not state
    it: "fever" for a hot swollen joint with fever ("no fever" denies the red flag; "I had a
    fever" alone says nothing of a joint)."""
    unstated_by: tuple[str, ...] = ()
    """Runners' words that, said anywhere in a text, leave it stated neither way: "menopause" for
    periods stopped while training (periods that stopped at the menopause are not that sign)."""
    narrows: tuple[str, ...] = ()
    """Observations of which this one is the case in one situation: downhill knee pain narrows
    knee pain. Denied in that situation, they deny it ("bombed down the hill and my knees
    didn't mind": knee pain absent, so downhill knee pain absent)."""
    situation: tuple[str, ...] = ()
    """Runners' words for that situation ("downhill", "down hills"); set with ``narrows``."""
    stated_in_situation: bool = False
    """Whether the broader observation said to be there in the situation states this one too
    ("my chest still hurts" is chest pain now); a denial in it always denies this one."""
    complaint_when_absent: bool = False
    """Whether this observation absent is a complaint reported (for the triage): "no aches or
    pains" absent is an ache or pain, as a runner whose pain the reader could not place says."""
    yields_to: tuple[str, ...] = ()
    """Observations whose pattern this one's text excludes: read present from some of the same
    words of a sentence as one of them, only that one is stated ("my hip hurts when I lie on it at night" is pain lying
    on the sore side, not the night-pain red flag), unless the sentence says any position
    ("whatever side I lie on")."""
    denied_with: tuple[str, ...] = ()
    """Observations whose denial makes this one's own text untrue, so denies it too: limping
    "because of the pain" with walking said not to hurt ("walking doesn't hurt, only running")."""
    former_texts: tuple[str, ...] = ()
    """Texts this observation had before: a form built then and its exports still tick it by
    them (``advisor.inputs.forms``)."""

    @property
    def to_runner(self) -> str:
        """How it reads in a checklist the runner ticks (``ask``, the web pages, the weekly
        form). About the runner themself (category ``context``, or a text that starts "Has
        ..."), it is in the second person, from the question: "Do you sit ...?" -> "You sit
        ...", "Are you ...?" -> "You are ...", "Have you ...?" -> "You have ..." (a lead such as
        "In the last few weeks," goes at the end); anything else is its text, which names no
        one ("Pain at rest ...")."""
        if self.category is ObservationCategory.CONTEXT or self.text.startswith("Has "):
            match = _SECOND_PERSON.match(self.question)
            if match:
                lead, verb, rest = match.groups()
                verb = "" if verb.lower() == "do" else verb.lower() + " "
                said = f"You {verb}{rest}"
                return f"{said}, {lead[0].lower()}{lead[1:]}" if lead else said
        return self.text


_SECOND_PERSON = re.compile(r"^(?:(.+?), )?(do|are|have) you (.+?)\?$", re.IGNORECASE)


@record
class Finding:
    """A conclusion between observations and causes: a step in a chain, or a named condition."""

    id: str
    text: str
    """What the intermediate state means (knee falls inward, quads overloaded ...)."""
    kind: FindingKind = FindingKind.STATE
    name: str = ""
    """A condition's name in plain words, e.g. "Runner's knee (patellofemoral pain)"."""


@record
class Cause:
    """What the advice is about: a weak or tight muscle, a form fault, a training error."""

    id: str
    text: str
    type: CauseType
    muscle: str = ""
    """Muscle group id (for muscle causes)."""
    state: MuscleState | None = None
    """Weak, tight, overloaded ... (for muscle causes)."""
    explanation: str = ""
    """One or two sentences on how it produces the complaints."""
    care: str = ""
    """How it usually recovers (a programme, load advice): said after the explanation, never
    under a red flag, where the referral comes first."""


@record
class Literal:
    """One premise of a rule: an id that must hold, or (negated) an observation reported absent."""

    id: str
    """Observation, finding or cause id."""
    negated: bool = False
    """True: the observation was reported absent (only observations can be negated)."""

    @property
    def key(self) -> str:
        return ("-" if self.negated else "+") + self.id


@record
class Rule:
    """When every ``all`` literal holds (and one ``any`` literal, if given): evidence ``weight`` for ``then``."""

    id: str
    all: tuple[Literal, ...]
    """Every one of these must hold."""
    any: tuple[Literal, ...]
    """At least one of these must hold (empty: no such requirement)."""
    then: str
    """The finding, cause or red flag this rule gives evidence for."""
    weight: float
    """Certainty factor in [-1, 1]; negative means evidence against."""
    citations: tuple[Citation, ...]
    note: str = ""
    """Caveats, e.g. where the literature disagrees."""
    origin: str = ""
    """file:line where the rule was written."""


@record
class Dose:
    """How much of an exercise, as written in the rule pack."""

    sets: int | None = None
    reps: str = ""
    """Reps per set, e.g. ``10`` or ``8-12`` or ``10 each side``."""
    hold: str = ""
    """Hold time, e.g. ``30 s``."""
    frequency: str = ""
    """How often, e.g. ``daily`` or ``2-3 times a week``."""
    when: str = ""
    """Before runs, after runs, any time."""
    progression: str = ""
    """The next step once it is easy."""
    basis: str = ""
    """The source (one the exercise cites) that supports this dose; empty: expert opinion."""


@record
class Exercise:
    """An exercise, stretch or form cue, the causes it addresses, and its dose."""

    id: str
    name: str
    how: str
    """How to do it, in a sentence or two."""
    dose: Dose
    addresses: tuple[str, ...]
    """Cause ids it works on."""
    citations: tuple[Citation, ...]
    kind: ExerciseKind = ExerciseKind.EXERCISE
    prevention: bool = False
    """Offered to a runner with no complaints."""
    priority: dict[str, int] = field(default_factory=dict)
    """Cause id -> rank among the exercises for that cause (lower is offered first). Given
    wherever several exercises address one cause; ``rules check`` rejects ties."""
    instead_of: str = ""
    """An exercise this one is an alternative to: a plan gives one of the two, never both
    (test drive 20: two Achilles loading programmes on top of each other)."""
    not_with: tuple[str, ...] = ()
    """Causes this exercise is never given with, whatever it addresses: a cause whose own
    programme forbids it (calf raises lowering the heel below a stair's edge, with Achilles pain
    where the tendon joins the heel bone; test drive 31)."""

    def rank_for(self, cause: str) -> int:
        """This exercise's priority for ``cause``; 0 when it is the only exercise for it."""
        return self.priority.get(cause, 0)


@record
class RedFlag:
    """A sign that needs a clinician, how soon, and what to do now."""

    id: str
    text: str
    triage: Triage
    see: str
    """Who to see."""
    action: str
    """What to do now."""
    rule: str
    """Id of the rule generated from its ``if``."""
    citations: tuple[Citation, ...]
    life_threatening: bool = False
    """Its sources call it a possible first sign of a life-threatening problem (the heart's):
    among red flags of one triage, it comes first, and so does its athlete in a team report."""


@record
class SelfTest:
    """A test a runner can do alone; its result answers one observation."""

    id: str
    name: str
    how: str
    positive: str
    """What counts as positive."""
    feeds: str
    """Observation id a positive result sets (a negative result reports it absent)."""
    citations: tuple[Citation, ...]
    caution: str = ""


@record
class MuscleRole:
    """What a muscle group does in one phase of the stride."""

    phase: Phase
    text: str
    citations: tuple[Citation, ...]


@record
class Muscle:
    """A muscle group, the muscles in it, and its roles in the stride."""

    id: str
    name: str
    members: tuple[str, ...]
    roles: tuple[MuscleRole, ...]
    citations: tuple[Citation, ...]


@record
class Correction:
    """A claim of the source article that published work corrects."""

    id: str
    claim: str
    """What the article says."""
    correction: str
    """What the published source says instead."""
    citations: tuple[Citation, ...]
    """The article excerpt and the published source(s)."""


@record
class Question:
    """A multiple-choice question of the questionnaire, grouping several observations."""

    id: str
    kind: QuestionKind
    text: str
    options: tuple[str, ...]
    """Observation ids, in display order."""
    unselected_absent: bool
    """True: an option not ticked is a "no"; False: it stays unknown."""
    unticked_unknown: tuple[str, ...] = ()
    """Options that stay unknown unticked, though the others count as a no: a woman who skipped
    "You are female" is no man, a 14-year-old who skipped "still growing" is not grown."""
    headings: dict[str, str] = field(default_factory=dict)
    """Option id -> a heading shown before it, grouping a long checklist ("Heart", "Bones")."""


@record
class KnowledgeBase:
    """One loaded, checked rule pack: every table the reasoning and the front ends read."""

    sources: dict[str, Source]
    observations: dict[str, Observation]
    findings: dict[str, Finding]
    causes: dict[str, Cause]
    rules: tuple[Rule, ...]
    red_flags: dict[str, RedFlag]
    exercises: dict[str, Exercise]
    self_tests: dict[str, SelfTest]
    muscles: dict[str, Muscle]
    corrections: tuple[Correction, ...]
    notice: str
    """The short 'not a diagnosis' line every output carries."""
    fingerprint: str
    """Hash of the rule pack, so engines built from different packs never share a ruleset name."""
    rules_by_id: dict[str, Rule] = field(default_factory=dict)
    questions: tuple[Question, ...] = ()
    """Grouped questions for the questionnaire (screen first)."""
    order: tuple[str, ...] = ()
    """Every rule conclusion, each after all the findings and causes its rules use (by depth in
    the rule graph, then id): certainty is computed, and chains are shown, in this order."""
    fact_keys: int = 0
    """Distinct fact keys the compiled engine tests (see ``knowledge.limits``)."""
    under_a_red_flag: str = ""
    """What a named condition says instead of its usual care when a red flag was found."""

    def complaints_when_absent(self) -> tuple[Observation, ...]:
        """The observations whose absence is a complaint reported (``no_complaints``)."""
        return tuple(o for o in self.observations.values() if o.complaint_when_absent)

    def unticked_says_nothing(self, question: Question | None, obs_id: str) -> bool:
        """Whether an option left unticked stays unknown, though its checklist counts unticked as
        a no: one the question names (``Question.unticked_unknown``), or one whose absence is a
        complaint ("You are free of aches, pains and complaints" unticked is no complaint)."""
        return self.observations[obs_id].complaint_when_absent or (
            question is not None and obs_id in question.unticked_unknown)

    def label(self, node_id: str) -> str:
        if node_id in self.findings:   # a condition by its name: its text adds its usual care
            return self.findings[node_id].name or self.findings[node_id].text
        for table in (self.observations, self.causes, self.red_flags):
            if node_id in table:
                return table[node_id].text
        return node_id
