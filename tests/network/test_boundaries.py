"""Issue 21: the outlines the map draws, shipped with the package: all of Chongqing's districts
and counties and Sichuan's cities, small, and accurate enough that every seat of the reference
lies in its own outline."""

from __future__ import annotations

from cppcckg import resources
from cppcckg.network import boundaries


def test_every_district_county_and_city_is_there():
    features = boundaries.load()["features"]
    kinds = {(f["kind"], f["province"]) for f in features}
    assert kinds == {("district", "chongqing"), ("city", "sichuan"), ("province", "chongqing"), ("province", "sichuan")}
    assert sum(1 for f in features if f["kind"] == "district") == 38
    assert sum(1 for f in features if f["kind"] == "city") == 21
    assert all(f["rings"] and all(len(r) >= 4 for r in f["rings"]) for f in features)
    assert (resources.network_static_dir() / boundaries.FILE).stat().st_size < 250_000
    assert "MIT" in boundaries.load()["source"]


def test_every_seat_lies_in_its_own_outline(reference):
    names = {f["name"] for f in boundaries.load()["features"] if f["kind"] != "province"}
    checked = 0
    for place in reference.entities.values():
        if place.kind != "place" or place.lat is None or place.cls not in ("District", "County", "PrefectureCity") \
                or place.province not in ("sichuan", "chongqing"):
            continue
        own = place
        while own is not None and own.name_zh not in names:
            own = reference.get(own.parent) if own.parent else None
        assert own is not None, place.key
        found = boundaries.region_of(place.lat, place.lon)
        assert found is not None and found["name"] == own.name_zh, (place.key, found and found["name"])
        assert boundaries.region_of(place.lat, place.lon, province_level=True)["province"] == place.province
        checked += 1
    assert checked >= 150


def test_simplify_keeps_the_corners_and_drops_the_straight():
    square = [[0, 0], [0.5, 0.0001], [1, 0], [1, 1], [0, 1], [0, 0]]
    assert boundaries.simplify(square, 0.01) == [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]
