"""Project errors: one base class, messages that say what, why and how to fix."""
from __future__ import annotations

__all__ = ["KgError", "InputError", "ModelNotAvailableError", "PipelineError", "UnknownRuleError",
           "UnknownFormatError", "ExportError", "OutputBusyError", "QueryError"]


class KgError(Exception):
    """Base of every error this package raises on purpose."""


class InputError(KgError):
    """An input file cannot be used; the message names the file and the cause."""

    def __init__(self, source: str, cause: str):
        super().__init__(f"{source}: {cause}")
        self.source, self.cause = source, cause


class ModelNotAvailableError(KgError):
    """A model file is missing or unreadable."""


class PipelineError(KgError):
    """Stages are in an order that cannot work."""


class UnknownRuleError(KgError):
    pass


class UnknownFormatError(KgError):
    pass


class ExportError(KgError):
    pass


class OutputBusyError(ExportError):
    """Another build holds the output folder."""


class QueryError(KgError):
    pass
