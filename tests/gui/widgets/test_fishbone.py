"""The fishbone grows with its causes, so every cause has its line."""

from __future__ import annotations

import pytest

from sqms_desktop.capa.fishbone import layout
from sqms_desktop.gui.widgets.fishbone import MIN_HEIGHT, FishboneView

pytestmark = pytest.mark.gui


def test_the_fishbone_is_as_tall_as_its_causes_need(qtbot) -> None:
    view = FishboneView()
    qtbot.addWidget(view)
    view.set_content("Burrs", {"man": ["Rushed"]})
    assert view.minimumHeight() == MIN_HEIGHT
    many = {"machine": [f"Cause {n}" for n in range(12)], "method": ["No check"]}
    view.set_content("Burrs", many)
    assert view.minimumHeight() > MIN_HEIGHT
    assert view.sizeHint().height() == view.minimumHeight()
    shape = layout(720, view.minimumHeight(), many)
    assert all(bone.more == 0 for bone in shape.bones)  # nothing cut off
    assert layout(720, MIN_HEIGHT, many).bones[1].more > 0  # which the old fixed size did


def test_a_fishbone_with_few_causes_takes_little_room(qtbot) -> None:
    view = FishboneView()
    qtbot.addWidget(view)
    view.set_content("Burrs", {"man": ["Rushed"]})
    assert view.maximumHeight() < 2 * MIN_HEIGHT
