"""The per-user cache of loaded rule packs: never stale, never trusted blindly, never in the way."""
from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from advisor.errors import KnowledgeBaseError
from advisor.knowledge import cache
from advisor.knowledge.loader import default_rules_dir, load_knowledge_base

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv("STRIDEWISE_NO_CACHE", raising=False)
    return home / "stridewise"


@pytest.fixture
def pack(tmp_path):
    folder = tmp_path / "pack"
    shutil.copytree(ROOT / "rules", folder)
    return folder


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("kb-*.pickle")) if folder.is_dir() else []


def count_loads(monkeypatch) -> list:
    """Record every real (uncached) load of a pack."""
    import advisor.knowledge.loader as loader
    calls = []
    real = loader.load_knowledge_base

    def counting(rules_dir=None):
        calls.append(rules_dir)
        return real(rules_dir)

    monkeypatch.setattr(loader, "load_knowledge_base", counting)
    return calls


def test_default_folder_is_the_loaders():
    assert cache.default_rules_folder() == default_rules_dir()


def test_second_load_comes_from_the_cache_and_equals_the_pack(cache_home, pack, monkeypatch):
    loads = count_loads(monkeypatch)
    first = cache.load_knowledge_base_cached(str(pack))
    second = cache.load_knowledge_base_cached(str(pack))
    assert len(loads) == 1
    assert second == first == load_knowledge_base(str(pack))
    [entry] = entries(cache_home)
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache_home.stat().st_mode) & 0o077 == 0


def test_any_change_to_the_pack_is_a_new_entry(cache_home, pack, monkeypatch):
    loads = count_loads(monkeypatch)
    before = cache.load_knowledge_base_cached(str(pack))
    rules = pack / "calves.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("weight: 0.6", "weight: 0.55", 1), encoding="utf-8")
    after = cache.load_knowledge_base_cached(str(pack))
    assert len(loads) == 2 and after != before
    assert after.rules_by_id["cramps_mean_calves_fatigue"].weight == 0.55
    (pack / "notes.txt").write_text("a file the loader may read one day", encoding="utf-8")
    cache.load_knowledge_base_cached(str(pack))
    assert len(loads) == 3


def test_the_code_that_builds_the_pack_is_part_of_the_key(tmp_path, pack, monkeypatch):
    package = tmp_path / "advisor"
    shutil.copytree(ROOT / "advisor" / "knowledge", package / "knowledge")
    shutil.copy(ROOT / "advisor" / "errors.py", package / "errors.py")
    monkeypatch.setattr(cache, "_PACKAGE", package)
    key = cache.cache_key(str(pack))
    assert key == cache.cache_key(str(pack))
    loader = package / "knowledge" / "loader.py"
    loader.write_text(loader.read_text(encoding="utf-8") + "\n# a new check\n", encoding="utf-8")
    assert cache.cache_key(str(pack)) != key
    monkeypatch.setattr(cache, "FORMAT", b"stridewise-kb-cache 999\n")
    assert len({key, cache.cache_key(str(pack))}) == 2


def test_the_folder_as_given_is_part_of_the_key(pack, monkeypatch):
    monkeypatch.chdir(pack.parent)
    assert cache.cache_key("pack") != cache.cache_key(str(pack))


def test_errors_in_a_pack_are_never_cached(cache_home, pack):
    (pack / "broken.yaml").write_text("rules: [", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(KnowledgeBaseError):
            cache.load_knowledge_base_cached(str(pack))
    assert entries(cache_home) == []


@pytest.mark.parametrize("damage", ["truncate", "flip_a_byte", "garbage", "empty", "other_key"])
def test_a_damaged_entry_is_ignored_and_replaced(cache_home, pack, monkeypatch, damage):
    good = cache.load_knowledge_base_cached(str(pack))
    [entry] = entries(cache_home)
    blob = entry.read_bytes()
    if damage == "truncate":
        blob = blob[: len(blob) // 2]
    elif damage == "flip_a_byte":
        blob = blob[:-10] + bytes([blob[-10] ^ 0xFF]) + blob[-9:]
    elif damage == "garbage":
        blob = b"\x80\x04not a pickle at all"
    elif damage == "empty":
        blob = b""
    elif damage == "other_key":  # a valid file of another pack, renamed onto this key
        other = pack.parent / "other"
        shutil.copytree(pack, other)
        (other / "extra.txt").write_text("x", encoding="utf-8")
        cache.load_knowledge_base_cached(str(other))
        other_entry = next(e for e in entries(cache_home) if e != entry)
        blob = other_entry.read_bytes()
    entry.write_bytes(blob)
    loads = count_loads(monkeypatch)
    assert cache.load_knowledge_base_cached(str(pack)) == good
    assert len(loads) == 1  # loaded for real, not from the damaged file
    assert cache.read(cache.cache_key(str(pack))) == good  # and the entry is whole again


def test_a_file_others_can_read_or_write_is_not_trusted(cache_home, pack, monkeypatch):
    cache.load_knowledge_base_cached(str(pack))
    [entry] = entries(cache_home)
    loads = count_loads(monkeypatch)
    os.chmod(entry, 0o644)
    assert cache.read(cache.cache_key(str(pack))) is None
    os.chmod(entry, 0o600)
    os.chmod(cache_home, 0o777)
    assert cache.read(cache.cache_key(str(pack))) is None
    cache.load_knowledge_base_cached(str(pack))
    assert len(loads) == 1
    os.chmod(cache_home, 0o700)


def test_a_symlinked_entry_is_not_followed(cache_home, pack, tmp_path):
    cache.load_knowledge_base_cached(str(pack))
    [entry] = entries(cache_home)
    moved = tmp_path / "elsewhere.pickle"
    entry.rename(moved)
    entry.symlink_to(moved)
    with pytest.raises(OSError):
        cache.read(cache.cache_key(str(pack)))


def test_an_unusable_cache_folder_falls_back_silently(tmp_path, pack, monkeypatch):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    loads = count_loads(monkeypatch)
    assert cache.load_knowledge_base_cached(str(pack)) == load_knowledge_base(str(pack))
    cache.load_knowledge_base_cached(str(pack))
    assert len(loads) == 2


def test_the_cache_can_be_turned_off(cache_home, pack, monkeypatch):
    monkeypatch.setenv("STRIDEWISE_NO_CACHE", "1")
    cache.load_knowledge_base_cached(str(pack))
    assert entries(cache_home) == []


COLD_CHECK_NEVER_LOADS = ("pathlib", "pickle", "shutil", "hashlib", "tempfile", "importlib.metadata",
                          "dataclasses", "jinja2", "rich", "questionary", "rapidfuzz", "openpyxl", "starlette")
"""Modules a cold text ``check`` from the cache does without: each costs ms of its start
(pickle: the C ``_pickle`` alone reads the cache; pathlib and shutil: plain ``os`` calls;
dataclasses: the answer path's value objects are records, advisor/records.py)."""


def test_a_cold_check_from_the_cache_never_imports_yaml(cache_home, tmp_path):
    import subprocess
    import sys
    # Only what the check itself loads: an editable install's site hook imports pathlib at start-up.
    code = ("import sys; before = set(sys.modules); sys.path.insert(0, sys.argv[1])\n"
            "from advisor.frontends.cli import main\n"
            "try:\n    main(['check', sys.argv[2]])\nexcept SystemExit:\n    pass\n"
            "print('YAML', 'yaml' in sys.modules, file=sys.stderr)\n"
            f"print('LOADED', [m for m in {COLD_CHECK_NEVER_LOADS!r} if m in sys.modules and m not in before], file=sys.stderr)\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home.parent)}
    env.pop("STRIDEWISE_NO_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", code, str(ROOT), str(ROOT / "examples" / "knee_caves_in.json")],
                           capture_output=True, text=True, timeout=120, env=env) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[-1].stderr
    assert runs[0].stdout == runs[1].stdout != ""
    assert "YAML True" in runs[0].stderr  # the first run loaded the pack
    assert "YAML False" in runs[1].stderr, runs[1].stderr  # the second never needed PyYAML
    assert "LOADED []" in runs[1].stderr, runs[1].stderr


def test_the_built_in_blake2b_gives_hashlibs_digests():
    import hashlib
    for data in (b"", b"stridewise", bytes(range(256)) * 1000):
        assert cache.content_hash(data).hexdigest() == hashlib.blake2b(data, digest_size=32).hexdigest()
    streamed = cache.content_hash(b"a")
    streamed.update(b"b")
    assert streamed.hexdigest() == hashlib.blake2b(b"ab", digest_size=32).hexdigest()


def test_the_cache_keeps_only_the_newest_entries(cache_home, pack):
    # Every edit of a pack leaves a new entry: the oldest go once there are more than KEEP.
    keep = cache.KEEP["kb-"]
    cache_home.mkdir(parents=True, mode=0o700)
    for n in range(keep + 3):
        stale = cache_home / f"kb-{n:064x}.pickle"
        stale.write_bytes(b"old")
        os.utime(stale, ns=(n * 10**9, n * 10**9))   # older the smaller n
    other = cache_home / "notes.txt"   # not ours to prune
    other.write_text("x")
    cache.load_knowledge_base_cached(str(pack))   # writes the newest entry, then prunes
    left = entries(cache_home)
    assert len(left) == keep
    assert (cache_home / f"kb-{keep + 2:064x}.pickle") in left and (cache_home / f"kb-{0:064x}.pickle") not in left
    assert other.exists()
