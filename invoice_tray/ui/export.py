"""The diagnostics window: what goes to the helpdesk and how big it is, a note in the user's
own words, then one action that delivers it: sent to the helpdesk's intake address when IT
set one up (with the reference number to read out on the phone), else saved and put on the
clipboard as a file, ready to paste into WeChat, WeCom, QQ or a mail. The work runs off the
GUI thread; the engine (:mod:`invoice_tray.diagnostics`) does it."""

from __future__ import annotations

import logging
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QMimeData, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from invoice_tray.helpdesk import Contact
from invoice_tray.i18n import current_language
from invoice_tray.ui.background import error_text, run_in_background
from invoice_tray.ui.widgets import ErrorLabel, fit_to_screen

if TYPE_CHECKING:
    from invoice_tray.diagnostics import Sources, Written
    from invoice_tray.diagnostics.intake import Receipt
    from invoice_tray.ui.checker import CheckController
    from invoice_tray.ui.hosts import DiagnosticsHost

log = logging.getLogger(__name__)


def default_destination() -> Path:
    import platformdirs

    desktop = Path(platformdirs.user_desktop_dir())
    return desktop if desktop.is_dir() else Path.home()


def qt_section() -> list[str]:
    """Read on the GUI thread (Qt's objects belong to it), before the export starts."""
    screen = QGuiApplication.primaryScreen()
    return [
        f"Qt: {QLibraryInfo.build()!s}",
        f"platform plugin: {QGuiApplication.platformName()}",
        f"system tray available: {QSystemTrayIcon.isSystemTrayAvailable()}",
        f"screen: {screen.size().width()}x{screen.size().height()} "
        f"at {screen.devicePixelRatio():g}x"
        if screen is not None
        else "screen: none",
    ]


def file_mime(path: Path) -> QMimeData:
    """A file as the clipboard carries it: Windows' file list (what chat and mail programs
    paste as an attachment), and the same for Linux file managers."""
    data = QMimeData()
    url = QUrl.fromLocalFile(str(path))
    data.setUrls([url])  # CF_HDROP on Windows, text/uri-list elsewhere
    data.setData("x-special/gnome-copied-files", f"copy\n{url.toString()}".encode())
    return data


def contact_text(contact: Contact) -> str:
    return "\n".join(str(line) for line in contact.lines())


class ExportDialog(QDialog):
    progressed = Signal(int, int)  # bytes sent, of; emitted from the upload's thread
    exported = Signal(object)  # diagnostics.Written

    def __init__(
        self,
        host: DiagnosticsHost,
        controller: CheckController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.controller = controller
        self.contact = Contact.from_config(controller.config)
        self.written: Written | None = None
        self.receipt: Receipt | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Diagnostics for the helpdesk"))

        self.contact_label = QLabel()
        self.contact_label.setWordWrap(True)
        self.contact_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        contact = contact_text(self.contact)
        self.contact_label.setText(
            contact or self.tr("Your helpdesk will ask for this file when you call.")
        )
        self.included = QLabel(
            self.tr(
                "Included: the current result and its cause, each check, the certificates, the "
                "last 7 days, the fixes run, how many offline drafts there are, the settings in "
                "force and the log. Passwords and tokens are removed."
            )
        )
        self.included.setWordWrap(True)
        self.size_label = QLabel(self.tr("Size: being measured…"))
        self.note_label = QLabel(self.tr("&What happened? (the helpdesk asks this first)"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlainText(self._note_template())
        self.note_label.setBuddy(self.note)
        self.include_drafts = QCheckBox(
            self.tr("Also include the offline drafts themselves (buyers, amounts)")
        )
        self.problem = ErrorLabel()

        self.progress = QProgressBar()
        self.progress.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.reference_label = QLabel()
        font = self.reference_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.reference_label.setFont(font)
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reference_label.hide()
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.hide()

        self.sends = bool(self.contact.upload_url)
        self.deliver_button = QPushButton(
            self.tr("&Send to the helpdesk") if self.sends else self.tr("&Save and copy the file")
        )
        self.deliver_button.setDefault(True)
        self.deliver_button.clicked.connect(self.deliver)
        self.copy_file_button = QPushButton(self.tr("Copy the &file"))
        self.copy_file_button.clicked.connect(self.copy_file)
        self.copy_summary_button = QPushButton(self.tr("Copy the s&ummary"))
        self.copy_summary_button.clicked.connect(self.copy_summary)
        self.show_button = QPushButton(self.tr("Show in &folder"))
        self.show_button.clicked.connect(self.show_in_folder)
        for button in (self.copy_file_button, self.copy_summary_button, self.show_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        actions = QHBoxLayout()
        actions.addWidget(self.deliver_button)
        actions.addStretch(1)
        afterwards = QHBoxLayout()
        for button in (self.copy_file_button, self.copy_summary_button, self.show_button):
            afterwards.addWidget(button)
        afterwards.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.contact_label)
        layout.addWidget(self.included)
        layout.addWidget(self.size_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.include_drafts)
        layout.addWidget(self.problem)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.reference_label)
        layout.addWidget(self.path_label)
        layout.addLayout(afterwards)
        layout.addWidget(self.buttons)
        self.progressed.connect(self._progressed)
        fit_to_screen(self, 560, 560)
        self.deliver_button.setFocus()
        self._measure()

    def _note_template(self) -> str:
        now = datetime.now().strftime("%Y-%m-%d %H:%M")
        return "\n".join(
            (
                self.tr("When: %1").replace("%1", now),
                self.tr("The error message shown:"),
                self.tr("What I was doing:"),
            )
        )

    def sources(self) -> Sources:
        from invoice_tray.diagnostics import Sources

        qt_lines = qt_section()
        return Sources(
            self.host.paths,
            self.controller.config,
            self.controller.monitor.last_report,
            log_lines=self.host.log_lines(),
            extra={"Qt": qt_lines.copy},
        )

    def _measure(self) -> None:
        """Make the bundle once into a scratch folder, to say how big it will be."""
        from invoice_tray import diagnostics

        sources = self.sources()

        def work() -> int:
            with tempfile.TemporaryDirectory(prefix="invoice-tray-") as scratch:
                return diagnostics.export(sources, Path(scratch) / "measure.zip").size

        run_in_background(self, work, self._measured, name="diagnostics-size")

    def _measured(self, size: int | None, error: BaseException | None) -> None:
        if size is None:
            self.size_label.setText(self.tr("Size: not known"))
            if error is not None:
                self.problem.show_problem(error_text(error))
            return
        kilobytes = max(1, round(size / 1024))
        self.size_label.setText(self.tr("Size: about %1 KB").replace("%1", f"{kilobytes:,}"))

    # -- delivering ------------------------------------------------------------------------

    @Slot()
    def deliver(self) -> None:
        if self.busy:
            return
        from invoice_tray import diagnostics

        self.busy = True
        self.problem.show_problem(None)
        self.deliver_button.setEnabled(False)
        self.note.setReadOnly(True)
        self.include_drafts.setEnabled(False)
        sources = self.sources()
        options = diagnostics.Options(self.note.toPlainText(), self.include_drafts.isChecked())
        destination = self.host.destination or default_destination()
        run_in_background(
            self,
            lambda: diagnostics.export(sources, destination, options),
            self._written,
            name="diagnostics",
        )

    def _written(self, written: Written | None, error: BaseException | None) -> None:
        if written is None:
            log.warning("diagnostics not written: %s", error)
            from invoice_tray.diagnostics import why_not_written

            reason = (
                str(why_not_written(error)) if isinstance(error, OSError) else error_text(error)
            )
            self.problem.show_problem(
                self.tr("The diagnostics could not be saved: %1").replace("%1", reason)
            )
            self._idle(again=True)
            return
        log.info("diagnostics written to %s", written.path)
        self.written = written
        self.exported.emit(written)
        self.path_label.setText(self.tr("Saved as: %1").replace("%1", str(written.path)))
        self.path_label.show()
        for button in (self.copy_file_button, self.copy_summary_button, self.show_button):
            button.setEnabled(True)
        if self.sends:
            self._send(written)
            return
        self.copy_file()
        self._tell(
            self.tr(
                "The file is saved and copied. Paste it into WeChat, WeCom, QQ or an e-mail to "
                "your helpdesk, as an attachment."
            )
        )
        self._idle()

    def _send(self, written: Written) -> None:
        from invoice_tray.diagnostics import intake

        config = self.controller.config
        outgoing = intake.outgoing_for(self.host.paths.data_dir)
        progressed = self.progressed

        def work() -> Receipt:
            kept = outgoing.keep(written.path)  # kept first: an interruption loses nothing
            return outgoing.send(kept, intake.settings_for(config), progressed.emit)

        self.progress.setRange(0, max(1, written.size))
        self.progress.setValue(0)
        self.progress.show()
        self._tell(self.tr("Sending to the helpdesk…"))
        run_in_background(self, work, self._sent, name="diagnostics-send")

    @Slot(int, int)
    def _progressed(self, sent: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(sent)

    def _sent(self, receipt: Receipt | None, error: BaseException | None) -> None:
        from invoice_tray.diagnostics.intake import NotReached

        self.progress.hide()
        if receipt is not None:
            self.receipt = receipt
            self._tell(self.tr("Sent. Give the helpdesk this reference number:"))
            self.reference_label.setText(receipt.reference)
            self.reference_label.show()
        elif isinstance(error, NotReached):
            self._tell(
                self.tr(
                    "%1 The file is saved and will be sent once, by itself, as soon as the "
                    "light turns green. You can also paste it into a chat or an e-mail now."
                ).replace("%1", error_text(error))
            )
        else:
            self._tell(
                self.tr(
                    "It was not sent: %1 Paste the file into a chat or an e-mail instead."
                ).replace("%1", error_text(error))
            )
        self._idle()

    def _tell(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.show()

    def _idle(self, again: bool = False) -> None:
        self.busy = False
        self.deliver_button.setEnabled(again)
        self.note.setReadOnly(not again)
        self.include_drafts.setEnabled(again)

    # -- afterwards --------------------------------------------------------------------------

    @Slot()
    def copy_file(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self.written is not None and clipboard is not None:
            clipboard.setMimeData(file_mime(self.written.path))

    @Slot()
    def copy_summary(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self.written is None or clipboard is None:
            return
        reference = self.receipt.reference if self.receipt is not None else None
        clipboard.setText(self.written.summary(current_language(), reference))

    @Slot()
    def show_in_folder(self) -> None:
        if self.written is None:
            return
        path = self.written.path
        from invoice_tray.system.reveal import reveal

        def shown(ok: bool | None, _error: BaseException | None) -> None:
            if not ok:  # no file manager to select it: open the folder
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

        run_in_background(self, lambda: reveal(path), shown, name="reveal")
