"""Terms (届) and sessions (次会议) in the reference: a session's ordinals and date, and a
committee's calendar of terms, from which the year of any of its sessions follows.

A CPPCC committee is elected for five years and its plenary sits once a year, early in the year;
the provincial and national committees changed terms together (2018, 2023). A committee whose
entry says the year one of its terms first sat (``term_calendar: {term: 5, first_session: 2018}``)
dates every session named by term and number up to the term after it: 市政协六届二次会议 sat in
2024. A text that names no year but tells such a session is dated by it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cppcckg.errors import ReferenceDataError

#: Years a term lasts; a term's sessions sit once a year.
TERM_YEARS = 5


def session_fields(item: dict[str, Any], path: Path, key: str) -> dict[str, Any]:
    """A session's ordinals and date (its committee is its ``parent``); the key must be the one the
    build mints for the session a report's metadata names, so both meet at one IRI."""
    committee, term, session, date = item.get("committee"), item.get("term"), item.get("session"), item.get("date")
    if not isinstance(committee, str) or not isinstance(term, int) or not isinstance(session, int) or term < 1 or session < 1:
        raise ReferenceDataError(f"{path}: {key}: a session needs committee (a body key), term and session (numbers from 1)")
    if key != f"{committee}-term-{term}-session-{session}":
        raise ReferenceDataError(f"{path}: {key}: the key of a session must be {committee}-term-{term}-session-{session}")
    if date is not None and not (isinstance(date, str) and len(date) in (7, 10) and date[:4].isdigit()):
        raise ReferenceDataError(f"{path}: {key}: date must be YYYY-MM or YYYY-MM-DD (quoted)")
    return {"ordinals": (term, session), "date": date}


def term_calendar(item: dict[str, Any], path: Path, key: str) -> tuple[int, int] | None:
    """(term, year of its first session) from a body's ``term_calendar``, None when not given."""
    value = item.get("term_calendar")
    if value is None:
        return None
    term, year = (value.get("term"), value.get("first_session")) if isinstance(value, dict) else (None, None)
    if not isinstance(term, int) or not isinstance(year, int) or term < 1 or not 1949 <= year <= 2100:
        raise ReferenceDataError(f"{path}: {key}: term_calendar needs term (a number from 1) and first_session (a year)")
    return term, year


def session_year(calendar: tuple[int, int] | None, term: int, session: int) -> int | None:
    """The year session `session` of term `term` sat, by the committee's calendar; None without
    one, for a session number no five-year term has, or for a term after the one following the
    calendar's (a committee of another place read as this one: 九届 of a committee in its sixth)."""
    if calendar is None or not 1 <= session <= TERM_YEARS + 1 or not 1 <= term <= calendar[0] + 1:
        return None
    known_term, first = calendar
    return first + TERM_YEARS * (term - known_term) + session - 1


def term_years(calendar: tuple[int, int] | None, term: int) -> tuple[int, int] | None:
    """The first and last year of term `term` by the committee's calendar (十二届 of a committee
    whose twelfth term first sat in 2018: 2018-2022); None without a calendar or for a term
    after the one following the calendar's."""
    if calendar is None or not 1 <= term <= calendar[0] + 1:
        return None
    known_term, first = calendar
    start = first + TERM_YEARS * (term - known_term)
    return start, start + TERM_YEARS - 1
