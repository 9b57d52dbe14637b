"""Citations: every article excerpt is verbatim in the article, every item is cited."""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from advisor.knowledge.coverage import citations as all_citations
from advisor.knowledge.coverage import normalise
from advisor.knowledge.model import SourceKind

def _find_article() -> Path:
    """STRIDEWISE_ARTICLE, else shared/source-article.txt beside the checkout (or beside the
    repository it was cloned from, for a clone made elsewhere)."""
    if os.environ.get("STRIDEWISE_ARTICLE"):
        return Path(os.environ["STRIDEWISE_ARTICLE"])
    repo = Path(__file__).resolve().parents[2]
    places = [repo, *repo.parents]
    try:
        origin = subprocess.run(["git", "-C", str(repo), "config", "--get", "remote.origin.url"],
                                capture_output=True, text=True, timeout=10).stdout.strip()
    except OSError:
        origin = ""
    if origin and Path(origin).is_dir():
        places += [Path(origin).resolve(), *Path(origin).resolve().parents]
    for place in places:
        candidate = place / "shared" / "source-article.txt"
        if candidate.exists():
            return candidate
    return repo.parent / "shared" / "source-article.txt"


ARTICLE = _find_article()


@pytest.fixture(scope="module")
def article() -> str:
    assert ARTICLE.exists(), f"source article not found at {ARTICLE} (set STRIDEWISE_ARTICLE)"
    return ARTICLE.read_text(encoding="utf-8")


def test_article_excerpts_are_verbatim_and_short(kb, article):
    text = normalise(article)
    bad = []
    for where, c in all_citations(kb):
        if kb.sources[c.source].kind is not SourceKind.ARTICLE:
            continue
        if not c.quote or normalise(c.quote) not in text:
            bad.append(f"{where}: not verbatim: {c.quote!r}")
        if len(c.quote.split()) > 25:
            bad.append(f"{where}: over 25 words")
    assert not bad, "\n".join(bad)


def test_article_sections_exist(kb, article):
    headings = {line.strip() for line in article.splitlines()}
    headings |= {"Introduction", "Reader comments", "Conclusion"}
    bad = [f"{where}: section {c.section!r}" for where, c in all_citations(kb)
           if kb.sources[c.source].kind is SourceKind.ARTICLE and c.section not in headings]
    assert not bad, "\n".join(bad)


# Sources verified in this repository beyond shared/REFERENCES.md (which is read-only here),
# in the same format: where each abstract was seen, what it found, what the pack cites it for.
SOURCES_SEEN = Path(__file__).resolve().parents[2] / "docs" / "sources-seen.md"


def _verified_entries(text: str) -> list[str]:
    """The reference entries of a verified list: its top-level '- ' items, one string each, each
    ending at the next item or heading (so text under "Not verified" or "Removed" headings, written
    as '* ' lines, never joins the entry above it)."""
    return [normalise(item) for item in re.split(r"\n(?=- |#|\* )", text) if item.startswith("- ")]


def _unverified(source, lists: list[str]) -> str:
    """Why a published source is on no verified list, or '' if one entry names its first
    author and its year (both in the same entry, so an author and a year seen apart never
    vouch for a reference together)."""
    first_author = re.split(r"[ ,;]", source.reference)[0]
    year = re.search(r"\((\d{4})\)", source.reference)
    if not year:
        return "no (year) in the reference"
    for text in lists:
        if any(first_author in entry and year.group(1) in entry for entry in _verified_entries(text)):
            return ""
    return f"{first_author} ({year.group(1)}) is in neither REFERENCES.md nor docs/sources-seen.md"


def _verified_lists() -> list[str]:
    refs = ARTICLE.parent / "REFERENCES.md"
    assert refs.exists(), f"REFERENCES.md not found next to the article at {refs}"
    assert SOURCES_SEEN.exists(), f"{SOURCES_SEEN} is missing"
    return ["\n" + refs.read_text(encoding="utf-8"), "\n" + SOURCES_SEEN.read_text(encoding="utf-8")]


def test_published_sources_come_from_the_verified_list(kb):
    lists = _verified_lists()
    bad = [f"{s.id}: {problem}" for s in kb.sources.values()
           if s.kind is SourceKind.PUBLISHED and (problem := _unverified(s, lists))]
    assert not bad, "\n".join(bad)


def test_demo_the_verified_list_check_can_fail():
    from advisor.knowledge.model import Source
    lists = _verified_lists()
    invented = Source("x", "published", "Zyxwvut Q (2019). A study nobody has seen. J 1:1")
    wrong_year = Source("y", "published", "Nielsen RO (1999). Another paper. J 1:1")
    assert _unverified(invented, lists) and _unverified(wrong_year, lists)
    assert not _unverified(Source("q", "published", "Qaseem A (2007). T. J 1:1"), lists)
    assert not _unverified(Source("k", "published", "Kahanov L (2015). T. J 1:1"), lists)
    # removed in the audit of 2026-11-25 (mirrors only): must not come back unverified
    assert _unverified(Source("m", "published", "Martin RL (2014). Heel pain. J 1:1"), lists)
    assert _unverified(Source("w", "published", "Wells PS (2006). Does this patient. J 1:1"), lists)
    lists_without_seen = lists[:1]
    assert _unverified(Source("q", "published", "Qaseem A (2007). T. J 1:1"), lists_without_seen)


def test_the_tibialis_anterior_correction_is_recorded(kb):
    tibialis = [c for c in kb.corrections if "tibialis" in c.claim.lower()]
    assert tibialis, "the article's tibialis anterior error must be recorded as a correction"
    assert "lifts the foot" in tibialis[0].correction
    assert any(kb.sources[c.source].kind is SourceKind.PUBLISHED for c in tibialis[0].citations)


# Article lines that make no claim about muscles, injuries or training, so no rule cites
# them: headings, list lead-ins, the author's sign-off, social links and reader thanks.
NOT_CLAIMS = {
    "Understanding what muscles running works allows you to focus on them to:",
    "- Improve your running form (think posture and stride)",
    "- Improve your running technique (think speed and efficiency)",
    "- Improve your running endurance",
    "- Maximize your race day performance",
    "Read this article to learn exactly what muscles running works",
    "As humans, we are made to run!",
    "Running has two key phases that influence how each muscle is worked:",
    "Hip flexors run into two common issues:",
    "We've partially covered many of these muscles in other areas",
    "There's actually a process that's going to make abs from running more likely:",
    "I think what we've learned today is that running is a full body exercises",
    "Other ways to connect with Amanda", "Instagram Daily Fun: RunToTheFinish",
    "Facebook Community Chatter: RunToTheFinish", "Sign Up to Receive a Weekly Newsletter of Tips",
    "Lynn", "Fascinating article.", "Claire Gervais", "amanda", "Hey Claire,", "Tips:",
}


def test_every_article_claim_is_cited(kb, article):
    from advisor.knowledge.coverage import coverage
    lines, missing = coverage(kb, article)
    assert not missing
    headings = {"What Muscles Does Running Work?", "Can You Get Abs From Running?"}
    uncited = [l.text for l in lines if l.text and not l.cited_by and l.text not in headings
               and not (l.text[:2].rstrip(".").isdigit() and len(l.text.split()) <= 4)
               and not any(normalise(l.text).startswith(normalise(n)) for n in NOT_CLAIMS)]
    assert not uncited, "article lines with a claim but no citation:\n" + "\n".join(uncited)


def test_coverage_command(run_line):
    result = run_line(["rules", "coverage", "--article", str(ARTICLE), "--uncovered"])
    assert result.exit_code == 0 and "article lines are cited" in result.stderr


# Links a clinician can open: a DOI, PubMed/PMC, or a publisher's own page. Document-sharing
# mirrors (scribd, studylib, coek, moam) and blogs are not sources (REFERENCES.md, audit of
# 2026-11-25). Named publisher hosts are listed one by one, with whose pages they are.
LINK_HOSTS = {
    "doi.org", "pubmed.ncbi.nlm.nih.gov", "pmc.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov",
    "www.ncbi.nlm.nih.gov",
    "www.mayoclinic.org",                   # Mayo Clinic's own patient-information pages
    "www.massageandbodyworkdigital.com",    # Massage & Bodywork magazine's own digital edition
    "journals.lww.com",                     # Wolters Kluwer, publisher of J Am Acad Orthop Surg
    "westjem.com",                          # Western Journal of Emergency Medicine's own site
    "www.aafp.org",                         # American Academy of Family Physicians, publisher of Am Fam Physician
}


def _link_problem(source) -> str:
    """Why a published source's link is not one a clinician can open, or '' if it is."""
    from urllib.parse import urlparse
    if not source.url:
        # no link only when the reference itself says the link was not seen
        return "" if "not seen" in source.reference else "no link, and the reference does not say it was not seen"
    parsed = urlparse(source.url)
    if parsed.scheme not in ("http", "https") or parsed.hostname not in LINK_HOSTS:
        return f"{source.url} is not a DOI, PubMed/PMC or listed publisher link"
    return ""


def test_published_sources_link_to_doi_pubmed_or_publisher(kb):
    bad = [f"{s.id}: {problem}" for s in kb.sources.values()
           if s.kind == "published" and (problem := _link_problem(s))]
    assert not bad, "\n".join(bad)


def test_demo_the_link_check_can_fail():
    from advisor.knowledge.model import Source
    mirror = Source("x", "published", "X (2020). T. J 1:1", "https://ru.scribd.com/document/1")
    blog = Source("y", "published", "Y (2020). T. J 1:1", "http://www.runresearchjunkie.com/post/")
    unmarked = Source("z", "published", "Z (2020). T. J 1:1")
    assert _link_problem(mirror) and _link_problem(blog) and _link_problem(unmarked)
    assert not _link_problem(Source("d", "published", "D (2020). T. J 1:1", "https://doi.org/10.1/x"))


def test_every_published_source_is_cited(kb):
    cited = {c.source for _, c in all_citations(kb)}
    unused = sorted(s.id for s in kb.sources.values() if s.kind == "published" and s.id not in cited)
    assert not unused, f"listed but never cited: {unused}"


# One meaning per triage level in the data's own texts: emergency = now, urgent = today,
# soon = within a few days. "Today or tomorrow" once crept into urgent actions.
TRIAGE_SAYS = {"emergency": "now", "urgent": "today", "soon": "within a few days"}
TRIAGE_NEVER = {"urgent": ("tomorrow", "day or two", "next day"),
                "soon": ("tomorrow", "day or two", "next day")}


def test_red_flag_actions_say_what_their_triage_means(kb):
    bad = []
    for flag in kb.red_flags.values():
        level = flag.triage.value
        words = f"{flag.action} {flag.see}".lower()
        if TRIAGE_SAYS[level] not in words:
            bad.append(f"{flag.id} ({level}) does not say {TRIAGE_SAYS[level]!r}")
        bad += [f"{flag.id} ({level}) says {w!r}" for w in TRIAGE_NEVER.get(level, ()) if w in words]
    assert not bad, "\n".join(bad)


def test_suspected_femoral_neck_fracture_says_keep_weight_off(kb):
    action = kb.red_flags["possible_hip_stress_fracture"].action.lower()
    assert "keep weight off" in action and "cannot put weight" in action and "emergency department now" in action
