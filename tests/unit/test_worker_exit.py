"""What `screen` says of a dead worker: the death that broke the pool, not the SIGTERM the pool
then sends the workers left (a run said "killed by SIGTERM" of a worker killed by SIGKILL)."""
from __future__ import annotations

import signal
from types import SimpleNamespace

from advisor.screening.screener import _exit_detail


def _workers(*codes):
    return [SimpleNamespace(exitcode=code) for code in codes]


def test_the_kill_is_told_not_the_pools_sigterm_to_the_others():
    assert _exit_detail(_workers(-signal.SIGTERM, -signal.SIGKILL), wait=0) == "killed by SIGKILL"


def test_a_sigterm_alone_is_told_once_every_exit_is_in():
    assert _exit_detail(_workers(-signal.SIGTERM, -signal.SIGTERM), wait=0) == "killed by SIGTERM"


def test_a_sigterm_waits_for_the_other_exits_then_is_told():
    assert _exit_detail(_workers(-signal.SIGTERM, None), wait=0.05) == "killed by SIGTERM"


def test_an_unknown_signal_is_told_by_number_and_no_death_says_nothing():
    assert _exit_detail(_workers(None, -200), wait=0) == "killed by signal 200"
    assert _exit_detail(_workers(None, 0), wait=0) == ""
