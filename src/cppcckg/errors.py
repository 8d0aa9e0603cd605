"""One exception tree. The library raises these; the CLI turns them into a one-line
message and an exit code, so users never see a traceback for their own mistakes."""

from __future__ import annotations


class CppcckgError(Exception):
    """Base class: `str(error)` is the one-line message shown to the user."""

    exit_code = 1


class InputError(CppcckgError):
    """A report, metadata file or argument cannot be used as given."""

    exit_code = 2


class ReferenceDataError(CppcckgError):
    """data/reference/*.yaml is malformed or inconsistent."""

    exit_code = 3


class ValidationError(CppcckgError):
    """The built graph violates the SHACL shapes or is inconsistent for the reasoner."""

    exit_code = 4


class StoreError(CppcckgError):
    """The store is missing, locked, corrupt or cannot be written."""

    exit_code = 5


class QueryError(CppcckgError):
    """A query is unknown, malformed, or its parameters do not fit."""

    exit_code = 6


class EndpointError(CppcckgError):
    """A remote SPARQL endpoint is unreachable or answered with an error."""

    exit_code = 7


class DependencyError(CppcckgError):
    """An optional tool (Java, Chromium, ...) this command needs is not installed."""

    exit_code = 8
