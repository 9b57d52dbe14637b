"""Records behave as frozen dataclasses do: checked against dataclasses themselves, field by field."""
from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor import records
from advisor.records import FrozenRecordError, field, record


@record
class Point:
    """A record with a default and a factory."""

    x: int
    y: int = 0
    tags: dict = field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class PointDC:
    """The same fields as a frozen dataclass: the behaviour records must match."""

    x: int
    y: int = 0
    tags: dict = dataclasses.field(default_factory=dict)


@record
class Pair:
    """Hashable: every field is."""

    left: str
    right: tuple = ()


@record
class Labelled(Pair):
    """A record that extends another: the base's fields first."""

    label: str = ""


def test_fields_defaults_and_factories():
    p = Point(1)
    assert (p.x, p.y, p.tags) == (1, 0, {})
    assert Point(1).tags is not Point(1).tags  # a fresh dict each time, as default_factory makes
    assert [f.name for f in records.fields(Point)] == [f.name for f in dataclasses.fields(PointDC)]
    assert Point.__match_args__ == PointDC.__match_args__


@given(st.integers(), st.integers(), st.integers(), st.integers())
def test_equality_and_hash_match_dataclasses(a, b, c, d):
    assert (Pair(str(a), (b,)) == Pair(str(c), (d,))) == ((str(a), b) == (str(c), d))
    assert (Point(a, b) == Point(c, d)) == (PointDC(a, b) == PointDC(c, d))
    assert hash(Pair(str(a), (b,))) == hash(Pair(str(a), (b,)))
    assert Pair("a") != ("a", ())  # a record never equals a tuple of its values
    assert Pair("a").__eq__(Labelled("a")) is NotImplemented  # nor another class's record


def test_repr_matches_dataclasses():
    assert repr(Point(1, 2)) == repr(PointDC(1, 2)).replace("PointDC", "Point")


def test_frozen():
    p = Point(1)
    with pytest.raises(FrozenRecordError):
        p.x = 2
    with pytest.raises(FrozenRecordError):
        del p.x
    with pytest.raises(AttributeError):  # code that catches AttributeError still does
        p.z = 1


@pytest.mark.parametrize("call, message", [
    (lambda: Point(), "missing 'x'"),
    (lambda: Point(1, 2, {}, 4), "takes 3 fields, 4 given"),
    (lambda: Point(1, x=2), "repeated field 'x'"),
    (lambda: Point(1, z=2), "unexpected field 'z'"),
])
def test_wrong_arguments_are_type_errors(call, message):
    with pytest.raises(TypeError, match=message):
        call()


def test_a_field_without_default_after_one_with_is_refused():
    with pytest.raises(TypeError, match="'b' without a default follows 'a'"):
        @record
        class Bad:
            a: int = 0
            b: int


def test_inheritance_puts_the_base_fields_first():
    x = Labelled("l", ("r",), label="x")
    assert [f.name for f in records.fields(x)] == ["left", "right", "label"]
    assert x == Labelled("l", ("r",), "x") and x != Labelled("l", ("r",), "y")


def test_replace_asdict_and_copies():
    p = Point(1, 2, {"k": Pair("a", (Pair("b"),))})
    q = records.replace(p, y=5)
    assert (q.x, q.y) == (1, 5) and p.y == 2
    assert records.asdict(p) == {"x": 1, "y": 2, "tags": {"k": {"left": "a", "right": ({"left": "b", "right": ()},)}}}
    for clone in (pickle.loads(pickle.dumps(p)), copy.copy(p), copy.deepcopy(p)):
        assert clone == p and type(clone) is Point
    with pytest.raises(TypeError, match="not a record"):
        records.replace(PointDC(1), y=2)


def test_post_init_runs_on_every_construction():
    seen = []

    @record
    class Checked:
        value: int

        def __post_init__(self):
            seen.append(self.value)

    records.replace(Checked(1), value=2)
    assert seen == [1, 2]
