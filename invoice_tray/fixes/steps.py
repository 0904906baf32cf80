"""Steps shared by the fixes: an OS command, and resetting the app's own network state."""

from __future__ import annotations

import shlex
import subprocess
from collections.abc import Sequence

from invoice_tray.fixes.model import Backup, FixContext, Step, StepFailed
from invoice_tray.i18n import Text, tr


def show_command(ctx: FixContext, argv: Sequence[str]) -> str:
    return subprocess.list2cmdline(argv) if ctx.platform == "win32" else shlex.join(argv)


class CommandStep(Step):
    """One command, as an argument list. Commands such as a DNS flush cannot be undone: there
    is nothing to put back, and the step says so."""

    def __init__(
        self,
        step_id: str,
        title: Text,
        argv: Sequence[str],
        *,
        needs_admin: bool = False,
        requires: str | None = None,
        platforms: Sequence[str] = (),
    ) -> None:
        self.id = step_id
        self._title = title
        self.argv = list(argv)
        self.needs_admin = needs_admin
        self.requires = requires or argv[0]
        self.platforms = tuple(platforms)

    def title(self) -> Text:
        return self._title

    def actions(self, ctx: FixContext) -> list[str]:
        return [show_command(ctx, self.argv)]

    def unavailable(self, ctx: FixContext) -> Text | None:
        if self.platforms and ctx.platform not in self.platforms:
            return tr("not needed on this system")
        if ctx.which(self.requires) is None:
            return tr("{program} is not available on this computer", program=self.requires)
        return None

    def run(self, ctx: FixContext, backup: Backup) -> str:
        result = ctx.commands.run(self.argv, admin=self.needs_admin)
        if result.code != 0:
            raise StepFailed(
                tr(
                    "{command} failed (exit code {code})",
                    command=self.argv[0],
                    code=result.code,
                ),
                result.output,
            )
        return result.output


class ResetAppNetworkState(Step):
    """The app's own connections and caches: trust stores read, revocation answers."""

    id = "app-network-state"

    def title(self) -> Text:
        return tr("Forget invoice-tray's own connections and cached answers")

    def actions(self, ctx: FixContext) -> list[str]:
        return ["invoice-tray: clear the cached trust stores and revocation answers"]

    def run(self, ctx: FixContext, backup: Backup) -> str:
        from invoice_tray.engine import revocation, tls

        tls.clear_context_cache()
        revocation.clear_cache()
        ctx.on_app_change()
        return "cleared"
