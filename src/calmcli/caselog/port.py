"""The case log's port: the `CaseStore` interface every backend implements, and the figure
queries of `calm stats`. May import: calmcli.caselog.model, calmcli.errors.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from calmcli.base.progress import Progress
from calmcli.caselog.model import Case, CaseFilter, Decide, FollowUpRow
from calmcli.errors import CalmError

FIGURE_GROUPS = ("incident", "channel", "fault", "customer_type", "agent")


@dataclass(frozen=True)
class FigureQuery:
    """Which cases to count (created in [since, until)), split by which case column."""

    by: str  # one of FIGURE_GROUPS
    now: datetime  # a pending follow-up due before this is overdue
    since: datetime | None = None
    until: datetime | None = None
    weeks: tuple[datetime, ...] = ()  # trend week edges, ascending: week i is [i, i+1)


@dataclass(frozen=True)
class FigureRows:
    """Aggregates straight from the log; `calmcli.caselog.stats` turns them into figures.

    Durations are histograms in whole minutes, so medians and percentiles stay exact at any size.
    """

    # (group, cases, open, waiting, resolved, closed, compensated, warned cases, warnings given)
    groups: list[tuple[str, int, int, int, int, int, int, int, int]]
    incidents: list[tuple[str, int]]  # (incident, cases)
    compensation: list[tuple[str, int]]  # (compensation given, cases)
    warning_levels: list[tuple[int, int]]  # (highest warning level reached, cases)
    first_response: list[tuple[str, int, int]]  # (group, minutes to the first reply, cases)
    resolution: list[tuple[str, int, int]]  # (group, minutes to resolved/closed, cases)
    reopened: list[tuple[str, int, int]]  # (group, cases resolved or closed, of them reopened)
    followups: list[tuple[str, str, int]]  # (group, state, follow-ups)
    weekly: list[tuple[int, str, int]]  # (week number, incident, cases)
    # (group, channel, received, created, first reply, resolved): the cases replied to or
    # resolved, for the figures in business time (they need the team's calendar)
    moments: list[tuple[str, str, str, str, str | None, str | None]] = field(default_factory=list)


class CaseStore(ABC):
    """Everything calm asks of a case log, whatever keeps it."""

    created: bool = False  # this open created the log (a new SQLite file): say where

    @abstractmethod
    def add_case(self, case: Case) -> Case:
        """Insert a new case (its id is chosen here) with its events and follow-ups."""

    @abstractmethod
    def get_case(self, case_id: str) -> Case:
        """Return one case with its timeline and follow-ups; NotFoundError if unknown."""

    @abstractmethod
    def list_cases(self, where: CaseFilter) -> list[Case]:
        """Return matching cases, newest first, without timelines."""

    @abstractmethod
    def change(self, case_id: str, decide: Decide) -> Case:
        """Apply `decide(current case)` atomically and return the case as it now stands."""

    @abstractmethod
    def list_followups(
        self, due_before: datetime | None, pending: bool, limit: int | None
    ) -> list[FollowUpRow]:
        """Follow-ups by due time: pending only (optionally due before a time), or all."""

    @abstractmethod
    def iter_cases(self, where: CaseFilter) -> Iterator[Case]:
        """Yield whole cases (timeline included), oldest first, for export."""

    @abstractmethod
    def import_cases(
        self, cases: Sequence[Case], skip_existing: bool = False, progress: Progress | None = None
    ) -> int:
        """Insert whole cases keeping their ids, all or nothing; return how many were added
        (how many were written so far is reported to `progress`)."""

    def case_figures(self, query: FigureQuery) -> FigureRows:
        """Aggregate the cases created in the query's period for `calm stats` (see FigureRows)."""
        raise CalmError(f"{type(self).__name__} cannot compute figures yet")

    @abstractmethod
    def close(self) -> None: ...
