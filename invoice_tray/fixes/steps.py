"""Steps shared by the fixes: an OS command, and resetting the app's own network state."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence

from invoice_tray.fixes.model import Backup, FixContext, Step, StepFailed
from invoice_tray.i18n import Text, tr

_PLAIN_ARG = re.compile(r"^[\w./:=@%+,…-]+$")


def show_command(ctx: FixContext, argv: Sequence[str]) -> str:
    """A command as a person reads it (it runs as an argument list, never through a shell):
    an argument with spaces or quotes in double quotes, nothing else escaped."""
    if ctx.platform == "win32":
        return subprocess.list2cmdline(argv)
    return " ".join(a if _PLAIN_ARG.match(a) else '"' + a.replace('"', '\\"') + '"' for a in argv)


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
            return tr("the system tool it needs is not on this computer")
        return None

    def run(self, ctx: FixContext, backup: Backup) -> str:
        result = ctx.commands.run(self.argv, admin=self.needs_admin)
        if result.code != 0:
            raise StepFailed(
                tr("the command did not succeed (exit code {code})", code=result.code),
                result.output,
            )
        return result.output


class ResetAppNetworkState(Step):
    """The app's own connections and caches: trust stores read, revocation answers."""

    id = "app-network-state"

    def title(self) -> Text:
        return tr("Forget this program's own connections and remembered answers")

    def actions(self, ctx: FixContext) -> list[str]:
        return []  # inside this program: no command to show

    def run(self, ctx: FixContext, backup: Backup) -> str:
        from invoice_tray.engine import revocation, tls

        tls.clear_context_cache()
        revocation.clear_cache()
        ctx.on_app_change()
        return ""
