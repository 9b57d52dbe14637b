"""Frozen value objects that cost nothing to define: the model, results and errors on the answer path.

``@record`` gives a class what ``@dataclass(frozen=True)`` gives it (fields from the annotations,
defaults, ``field(default_factory=...)``, ``__post_init__``, ``__eq__``, ``__hash__``, ``__repr__``,
frozen attributes, ``replace``, ``fields``, ``asdict``, pickling) with one difference that matters
to a runner waiting for ``stridewise check``: no code is generated. A dataclass compiles six
methods from source text for every class when its module is imported: on the 33 classes a cold
``check`` loads that was 123 M of its 430 M instructions (about 30 ms of every cold start,
measured with valgrind). Here the methods are shared functions that read the field names the
decorator stores on the class, so defining a record costs about as much as defining a plain
class. msgspec.Struct was measured too: cheap classes, but importing msgspec costs 35 M
instructions, more than half of what it saves.

Creating an instance costs about the same as a frozen dataclass (which also sets each field with
``object.__setattr__``). Type checkers read ``@record`` as a dataclass (``dataclass_transform``).

Records keep their values in ``__dict__``. The team, trend and store rows stay slotted frozen
dataclasses: they are not on the cold path, and slots keep a stream of a million rows small.
"""
from __future__ import annotations

from operator import itemgetter
from typing import Any, Callable, TypeVar, dataclass_transform

T = TypeVar("T")

_MISSING: Any = object()


class FrozenRecordError(AttributeError):
    """Raised when code tries to change a field of a record (they are values, never edited)."""


class Field:
    """A field's default, when the default must be made fresh for each instance."""

    __slots__ = ("default", "default_factory", "name")

    def __init__(self, default: Any = _MISSING, default_factory: Callable[[], Any] | Any = _MISSING):
        if default is not _MISSING and default_factory is not _MISSING:
            raise ValueError("a field takes a default or a default_factory, not both")
        self.default = default
        self.default_factory = default_factory
        self.name = ""

    def __repr__(self) -> str:
        return f"Field(name={self.name!r})"


def field(*, default: Any = _MISSING, default_factory: Callable[[], Any] | Any = _MISSING) -> Any:
    """Like ``dataclasses.field``: ``default_factory`` for mutable defaults."""
    return Field(default, default_factory)


@dataclass_transform(field_specifiers=(field,), frozen_default=True)
def record(cls: type[T]) -> type[T]:
    """Make ``cls`` a frozen record: its fields are a base record's, then its own annotations."""
    made: dict[str, Field] = {}
    for base in reversed(cls.__mro__[1:]):
        for f in base.__dict__.get("__record_fields__", ()):
            made[f.name] = f
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if "ClassVar" in str(annotation):
            continue
        value = cls.__dict__.get(name, _MISSING)
        f = value if isinstance(value, Field) else Field(default=value)
        f.name = name
        made[name] = f
        if isinstance(value, Field):
            if f.default is _MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    after = ""
    for f in made.values():
        if f.default is not _MISSING or f.default_factory is not _MISSING:
            after = f.name
        elif after:
            raise TypeError(f"{cls.__name__}: field {f.name!r} without a default follows {after!r}")
    names = tuple(made)
    cls.__record_fields__ = tuple(made.values())
    cls.__record_names__ = names
    cls.__match_args__ = names
    if len(names) > 1:
        values = itemgetter(*names)  # applied to an instance's __dict__: its field values, in order
    else:
        values = (lambda d: (d[names[0]],)) if names else (lambda d: ())
    for method in (_init_for(cls, names, made), _eq_for(values), _hash_for(values), _repr_for(names, values)):
        method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"  # as a traceback should name it
        setattr(cls, method.__name__, method)
    cls.__setattr__ = _setattr
    cls.__delattr__ = _delattr
    return cls


# Each record class gets its own small closures over its field names: no attribute lookups on
# the class per call, and C code (dict.update, itemgetter, set comparisons) doing the work.
# Results are built per case on the answer path, so __init__ and __hash__ are kept tight.

def _init_for(cls: type, names: tuple[str, ...], made: dict[str, Field]) -> Callable[..., None]:
    count = len(names)
    nameset = frozenset(names)
    required = frozenset(f.name for f in made.values() if f.default is _MISSING and f.default_factory is _MISSING)
    defaults = {f.name: f.default for f in made.values() if f.default is not _MISSING}
    factories = tuple((f.name, f.default_factory) for f in made.values() if f.default_factory is not _MISSING)
    post_init = getattr(cls, "__post_init__", None)
    title = cls.__name__

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        values = self.__dict__
        if defaults:
            values.update(defaults)
        if args:
            if len(args) > count:
                raise TypeError(f"{title}() takes {count} fields, {len(args)} given")
            values.update(zip(names, args))
        if kwargs:
            if not kwargs.keys() <= nameset or (args and not kwargs.keys().isdisjoint(names[:len(args)])):
                _refuse(title, nameset, names[:len(args)], kwargs)
            values.update(kwargs)
        for name, factory in factories:
            if name not in values:
                values[name] = factory()
        if len(values) < count:
            missing = ", ".join(repr(n) for n in names if n in required and n not in values)
            raise TypeError(f"{title}() is missing {missing}")
        if post_init is not None:
            post_init(self)

    return __init__


def _refuse(title: str, nameset: frozenset, positional: tuple[str, ...], kwargs: dict) -> None:
    for key in kwargs:
        if key not in nameset:
            raise TypeError(f"{title}() got an unexpected field {key!r}")
        if key in positional:
            raise TypeError(f"{title}() got a repeated field {key!r}")


def _eq_for(values: Callable[[Any], tuple]) -> Callable[[Any, Any], bool]:
    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return values(self.__dict__) == values(other.__dict__)
    return __eq__


def _hash_for(values: Callable[[Any], tuple]) -> Callable[[Any], int]:
    def __hash__(self) -> int:
        return hash(values(self.__dict__))
    return __hash__


def _repr_for(names: tuple[str, ...], values: Callable[[Any], tuple]) -> Callable[[Any], str]:
    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={value!r}" for name, value in zip(names, values(self.__dict__)))
        return f"{type(self).__qualname__}({inner})"
    return __repr__


def _setattr(self, name: str, value: Any) -> None:
    raise FrozenRecordError(f"cannot assign to field {name!r} of a {type(self).__name__}")


def _delattr(self, name: str) -> None:
    raise FrozenRecordError(f"cannot delete field {name!r} of a {type(self).__name__}")


def fields(obj: Any) -> tuple[Field, ...]:
    """The fields of a record or record class, in order (each has ``.name``)."""
    cls = obj if isinstance(obj, type) else type(obj)
    try:
        return cls.__record_fields__
    except AttributeError:
        raise TypeError(f"{cls.__name__} is not a record") from None


def replace(obj: T, **changes: Any) -> T:
    """A copy of ``obj`` with some fields changed (``__post_init__`` runs again)."""
    fields(obj)
    return type(obj)(**{**{n: obj.__dict__[n] for n in type(obj).__record_names__}, **changes})


def asdict(obj: Any) -> Any:
    """A record as plain dicts, recursively (tuples stay tuples, lists lists), like dataclasses.asdict."""
    if hasattr(type(obj), "__record_names__"):
        values = obj.__dict__
        return {name: asdict(values[name]) for name in type(obj).__record_names__}
    if isinstance(obj, tuple) and not hasattr(obj, "_fields"):
        return tuple(asdict(v) for v in obj)
    if isinstance(obj, list):
        return [asdict(v) for v in obj]
    if isinstance(obj, dict):
        return {asdict(k): asdict(v) for k, v in obj.items()}
    return obj
