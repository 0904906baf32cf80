"""How to reach the helpdesk: checked as typed, shown only what IT set."""

from __future__ import annotations

import pytest

from invoice_tray.config import Config
from invoice_tray.config import schema as s
from invoice_tray.config.types import InvalidValue
from invoice_tray.helpdesk import Contact
from invoice_tray.i18n import set_language


@pytest.mark.parametrize(
    "phone", ["400-800-1234", "010-8888 6666 转 21", "+86 (21) 5555-0000", "12345 ext. 9"]
)
def test_telephone_numbers_as_people_write_them(phone: str) -> None:
    assert s.HELPDESK_PHONE.type.from_text(phone) == phone


@pytest.mark.parametrize("phone", ["call us", "400-800-1234; rm -rf", "1"])
def test_what_is_not_a_telephone_number_is_refused(phone: str) -> None:
    with pytest.raises(InvalidValue):
        s.HELPDESK_PHONE.type.from_text(phone)


def test_email_and_one_line_text() -> None:
    assert s.HELPDESK_EMAIL.type.parse("it@example.cn") == "it@example.cn"
    with pytest.raises(InvalidValue):
        s.HELPDESK_EMAIL.type.parse("it at example")
    with pytest.raises(InvalidValue):
        s.HELPDESK_NAME.type.parse("two\nlines")
    with pytest.raises(InvalidValue):
        s.HELPDESK_HOURS.type.parse("x" * 201)
    with pytest.raises(InvalidValue):
        s.HELPDESK_UPLOAD_URL.type.parse("http://intake.example.cn/support/bundles")


def test_contact_lines_follow_what_is_set() -> None:
    set_language("zh_CN")
    assert Contact().lines() == [] and not Contact().reachable
    assert str(Contact().headline()) == "技术支持"
    config = Config().with_values(
        helpdesk_name="财务信息化服务台", helpdesk_phone="400-800-1234", helpdesk_hours="工作日"
    )
    contact = Contact.from_config(config)
    assert contact.reachable
    assert str(contact.headline()) == "财务信息化服务台：电话 400-800-1234"
    assert [str(line) for line in contact.lines()] == [
        "技术支持：财务信息化服务台",
        "电话：400-800-1234",
        "服务时间：工作日",
    ]
