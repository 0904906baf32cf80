"""What a fix is made of: steps, a plan, and the outcome of each step."""

from __future__ import annotations

import enum
import json
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from invoice_tray.config import Config
from invoice_tray.engine.model import FixId
from invoice_tray.fixes.oscommand import CommandRunner
from invoice_tray.i18n import Text, TranslatedError
from invoice_tray.paths import AppPaths
from invoice_tray.system.registry import Registry

Backup = dict[str, Any]  # JSON-able: it is stored in the journal


class StepStatus(enum.StrEnum):
    DONE = "done"
    FAILED = "failed"
    REFUSED = "refused"  # the administrator prompt was cancelled or refused
    UNAVAILABLE = "unavailable"
    CANCELLED = "cancelled"
    ROLLED_BACK = "rolled-back"
    UNDONE = "undone"


class RunStatus(enum.StrEnum):
    """How a whole run of a fix ended, as the journal keeps it."""

    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    REFUSED = "refused"  # administrator rights were not given: stopped before changing more
    CANCELLED = "cancelled"
    UNDONE = "undone"
    INTERRUPTED = "interrupted"  # read back as still running: the program ended mid-run


class StepFailed(TranslatedError):
    def __init__(self, message: Text, output: str = "") -> None:
        super().__init__(message)
        self.output = output


@dataclass
class FixContext:
    """Everything a step may touch, so tests can give stand-ins for what cannot run here."""

    platform: str  # a sys.platform value: "win32", "darwin", "linux"
    paths: AppPaths
    config_path: Path
    commands: CommandRunner
    registry: Registry
    which: Callable[[str], str | None]
    environ: Mapping[str, str] = field(default_factory=dict)
    on_app_change: Callable[[], None] = lambda: None  # the app's own settings changed
    refresh_internet_settings: Callable[[], None] = lambda: None  # WinINet, after a change
    # Settings this run keeps whatever the file says (the demo's server), as keywords of
    # Config.with_values.
    config_overrides: Mapping[str, object] = field(default_factory=dict)

    def config(self) -> Config:
        from invoice_tray.config import load_config

        return load_config(self.config_path).for_demo(**self.config_overrides)


class Step(ABC):
    """One action of a plan. An undoable step names its ``kind``: the journal keeps the kind
    with the backup, and :meth:`restore` undoes the step from those two alone (the plan that
    made it may look different by the time the user asks for the undo)."""

    id: str
    needs_admin: bool = False
    kind: ClassVar[str] = ""
    _kinds: ClassVar[dict[str, type[Step]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("kind"):
            Step._kinds[cls.kind] = cls

    @property
    def undoable(self) -> bool:
        return bool(self.kind)

    @staticmethod
    def of_kind(kind: str) -> type[Step] | None:
        return Step._kinds.get(kind)

    @abstractmethod
    def title(self) -> Text: ...

    @abstractmethod
    def actions(self, ctx: FixContext) -> list[str]:
        """The exact actions, as shown in the plan (argument lists, registry values)."""

    def unavailable(self, ctx: FixContext) -> Text | None:
        """Why this step cannot run here, or None."""
        return None

    def backup(self, ctx: FixContext) -> Backup:
        return {}

    @abstractmethod
    def run(self, ctx: FixContext, backup: Backup) -> str:
        """Do it; return its output. Raise StepFailed (or ElevationRefused)."""

    @classmethod
    def restore(cls, ctx: FixContext, backup: Backup) -> str:
        """Undo, from the backup alone. Raise StepFailed (or ElevationRefused)."""
        raise NotImplementedError(cls.__name__)


class FixOption(enum.StrEnum):
    """A choice a fix offers before it runs (a check box in the wizard, a flag of ``fix``)."""

    WINHTTP = "winhttp"  # proxy exemption: also WinHTTP's machine-wide settings


@dataclass(frozen=True)
class OptionSpec:
    option: FixOption
    label: Text  # the wizard's check box
    platforms: frozenset[str]  # where it means something (sys.platform values)


@dataclass
class Plan:
    fix_id: FixId
    title: Text
    why: Text
    steps: list[Step]
    restart_required: bool = False

    def to_json(self, ctx: FixContext) -> dict[str, Any]:
        return {
            "fix": self.fix_id,
            "title": str(self.title),
            "why": str(self.why),
            "restart_required": self.restart_required,
            "steps": [
                {
                    "id": step.id,
                    "title": str(step.title()),
                    "needs_admin": step.needs_admin,
                    "undoable": step.undoable,
                    "actions": step.actions(ctx),
                    "unavailable": str(why) if (why := step.unavailable(ctx)) else None,
                }
                for step in self.steps
            ],
        }


@dataclass(frozen=True)
class StepOutcome:
    step_id: str
    title: Text
    status: StepStatus
    output: str = ""
    message: Text | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "step": self.step_id,
            "title": str(self.title),
            "status": self.status.value,
            "output": self.output,
            "message": str(self.message) if self.message else None,
        }


def dumps(backup: Backup) -> str:
    return json.dumps(backup, ensure_ascii=False, sort_keys=True)
