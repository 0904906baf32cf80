"""How to reach the helpdesk, as IT set it up (config or machine policy): shown wherever the
app tells the user to call the helpdesk. Without it the wording stays generic."""

from __future__ import annotations

from dataclasses import dataclass

from invoice_tray.config import Config
from invoice_tray.config import schema as s
from invoice_tray.i18n import Text, tr


@dataclass(frozen=True)
class Contact:
    name: str = ""
    phone: str = ""
    email: str = ""
    hours: str = ""
    url: str = ""
    upload_url: str = ""

    @classmethod
    def from_config(cls, config: Config) -> Contact:
        return cls(
            name=config[s.HELPDESK_NAME],
            phone=config[s.HELPDESK_PHONE],
            email=config[s.HELPDESK_EMAIL],
            hours=config[s.HELPDESK_HOURS],
            url=config[s.HELPDESK_URL],
            upload_url=config[s.HELPDESK_UPLOAD_URL],
        )

    @property
    def reachable(self) -> bool:
        """Whether there is anything to tell the user beyond "your helpdesk"."""
        return bool(self.phone or self.email or self.url)

    def headline(self) -> Text:
        """One line for a menu: who, and the quickest way (the telephone first)."""
        who = self.name or tr("Helpdesk")
        if self.phone:
            return tr("{who}: telephone {phone}", who=who, phone=self.phone)
        if self.email:
            return tr("{who}: {email}", who=who, email=self.email)
        if self.url:
            return tr("{who}: {url}", who=who, url=self.url)
        return tr("{who}", who=who)

    def lines(self) -> list[Text]:
        """Every way to reach the helpdesk, one a line; empty when none is set up."""
        if not (self.reachable or self.name):
            return []
        out = [tr("Helpdesk: {name}", name=self.name)] if self.name else []
        if self.phone:
            out.append(tr("Telephone: {phone}", phone=self.phone))
        if self.email:
            out.append(tr("E-mail: {email}", email=self.email))
        if self.hours:
            out.append(tr("Opening hours: {hours}", hours=self.hours))
        if self.url:
            out.append(tr("Web page: {url}", url=self.url))
        return out
