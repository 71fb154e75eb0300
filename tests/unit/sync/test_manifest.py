"""manifest.json is read strictly; whatever JSON cannot hold refuses the bundle, never crashes."""

from __future__ import annotations

import pytest

from sqms_desktop.errors import BundleRefused
from sqms_desktop.sync.manifest import parse_manifest


@pytest.mark.parametrize(
    "data",
    [
        b"[" * 100_000 + b"]" * 100_000,  # nested past Python's recursion limit
        b'{"seq": ' + b"1" * 5_000 + b"}",  # past Python's limit of digits in an integer
        b"\xff\xfe{}",
    ],
    ids=["too-deep", "too-many-digits", "not-utf8"],
)
def test_a_manifest_json_cannot_hold_is_refused_as_malformed(data: bytes) -> None:
    with pytest.raises(BundleRefused, match=r"manifest\.json: not JSON") as caught:
        parse_manifest(data)

    assert caught.value.reason == "malformed"
