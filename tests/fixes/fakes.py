"""Stand-ins for what cannot run here (other systems' commands, elevation prompts), behind the
same narrow interfaces as the real ones."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from invoice_tray.fixes.model import FixContext
from invoice_tray.fixes.oscommand import CommandResult, ElevationRefused
from invoice_tray.paths import AppPaths
from invoice_tray.system.registry import MemoryRegistry

Answer = CommandResult | Callable[[list[str]], CommandResult]


@dataclass
class RecordingCommands:
    """Answers commands by their leading words; records every call with its admin flag."""

    answers: dict[tuple[str, ...], Answer] = field(default_factory=dict)
    refuse_admin: Callable[[list[str]], bool] = lambda argv: False
    calls: list[tuple[list[str], bool]] = field(default_factory=list)

    def run(
        self, args: Sequence[str], *, admin: bool = False, timeout: float = 120
    ) -> CommandResult:
        argv = list(args)
        if admin and self.refuse_admin(argv):
            raise ElevationRefused
        self.calls.append((argv, admin))
        for length in range(len(argv), 0, -1):
            answer = self.answers.get(tuple(argv[:length]))
            if answer is not None:
                return answer(argv) if callable(answer) else answer
        return CommandResult(0, "")


def context(
    tmp_path: Path,
    platform: str,
    commands: RecordingCommands | None = None,
    programs: Sequence[str] = (),
    server: str = "https://invoice.example.cn/api",
) -> FixContext:
    paths = AppPaths.from_environment()
    config_path = paths.config_file()
    config_path.parent.mkdir(parents=True, exist_ok=True)
    if not config_path.exists():
        config_path.write_text(f'[server]\nurl = "{server}"\n', encoding="utf-8")
    available = set(programs)
    return FixContext(
        platform=platform,
        paths=paths,
        config_path=config_path,
        commands=commands or RecordingCommands(),
        registry=MemoryRegistry(),
        which=lambda name: f"/usr/bin/{name}" if name in available else None,
    )
