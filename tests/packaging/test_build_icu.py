"""packaging/build_icu.py: which ICU items the Linux bundle keeps."""

from __future__ import annotations

import pytest

from build_icu import kept


@pytest.mark.parametrize(
    "item",
    [
        "uprops.icu", "ucase.icu", "nfc.nrm", "cnvalias.icu",  # the core tables
        "root.res", "en.res", "en_US.res", "zh.res", "zh_Hans_CN.res", "pool.res",
        "res_index.res", "supplementalData.res", "metaZones.res", "zoneinfo64.res",
        "coll/zh.res", "coll/ucadata.icu", "brkitr/line.brk", "brkitr/cjdict.dict",
        "zone/zh_Hans.res", "curr/en.res",
    ],
)  # fmt: skip
def test_kept(item: str) -> None:
    assert kept(item)


@pytest.mark.parametrize(
    "item",
    [
        "de.res", "ja_JP.res", "yue.res", "coll/es.res", "zone/ru.res",
        "translit/root.res", "ibm-943_P15A-2003.cnv", "brkitr/thaidict.dict",
    ],
)  # fmt: skip
def test_dropped(item: str) -> None:
    assert not kept(item)
