"""Issue 21: pictures for reports. Every page downloads itself as PNG and SVG, and
`cppcckg network --format png|svg` writes the same through headless Chromium (a one-line error
where there is none)."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cppcckg.network import analytics, layout, render
from cppcckg.network import views as network
from tests.helpers import CHROMIUM, require
from tests.network.test_network import build_seed_store
from tests.network.test_render_browser import Page, catalogue  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser
SVG = "{http://www.w3.org/2000/svg}"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG, after checking its signature and header chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def _download(p: Page, button: str, tmp_path: Path) -> bytes:
    with p.page.expect_download() as info:
        p.page.click(button)
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(str(target))
    return target.read_bytes()


@pytest.mark.parametrize("view,lay", [("bodies", "spring"), ("initiatives", "spring"), ("topics", "spring"),
                                      ("sichuan-chongqing", "geo"), ("sichuan-chongqing", "map")])
def test_every_view_downloads_as_png_and_svg(browser, catalogue, tmp_path, view, lay):
    g = analytics.annotate(network.project(catalogue, view, collapse=lay == "map"))
    path = render.write_html(g, tmp_path / "page.html", positions=layout.compute_layout(g, lay), layout=lay)
    p = Page(browser, path)
    try:
        width, height = png_size(_download(p, "#cppcckg-png", tmp_path))
        canvas = p.js("[network.canvas.frame.canvas.width, network.canvas.frame.canvas.height]")
        assert (width, height) == tuple(canvas) and width > 500
        svg = ET.fromstring(_download(p, "#cppcckg-svg", tmp_path))
        assert svg.tag == f"{SVG}svg"
        shapes = [e for e in svg.find(f"{SVG}g[@id='nodes']")]
        assert sorted(e.get("data-id") for e in shapes) == sorted(p.js("cppcckg.visibleIds()"))
        assert len(svg.find(f"{SVG}g[@id='links']")) == len(p.js("cppcckg.visibleEdgeIds()"))
        labels = [t.text for t in svg.find(f"{SVG}g[@id='labels']")]
        assert len(labels) == len(p.js("cppcckg.labelBoxes()")) > 0
        nodes = p.js("cppcckg.data.nodes")
        assert nodes[p.js("cppcckg.data.labelOrder")[0]]["s"] in labels
        if lay == "map":
            outlines = svg.find(f"{SVG}g[@id='map']")
            assert len(outlines) == 61 and "沙坪坝区" in {o.find(f"{SVG}title").text for o in outlines}
        assert p.remote == [] and p.errors == []
    finally:
        p.close()


@pytest.fixture(scope="module")
def cli():
    from typer.testing import CliRunner

    from cppcckg.cli.main import app

    runner = CliRunner()
    return lambda *args, env=None: runner.invoke(app, [str(a) for a in args], env=env)


def test_network_command_draws_png_and_svg(cli, tmp_path_factory, tmp_path):
    if not CHROMIUM.exists():
        require("Chromium", "--format png|svg draws the page with it", "apt-get install chromium fonts-wqy-zenhei")
    store = build_seed_store(tmp_path_factory)
    r = cli("network", "--store", store, "--view", "sichuan-chongqing", "--layout", "map", "--out", tmp_path / "map.png",
            env={"CPPCCKG_CHROMIUM": str(CHROMIUM)})
    assert r.exit_code == 0, r.output
    assert "(png, map layout)" in r.output and png_size((tmp_path / "map.png").read_bytes())[0] >= 1600
    r = cli("network", "--store", store, "--view", "bodies", "--format", "svg", "--out", tmp_path / "bodies.pic",
            env={"CPPCCKG_CHROMIUM": str(CHROMIUM)})
    assert r.exit_code == 0, r.output
    svg = ET.fromstring((tmp_path / "bodies.pic").read_bytes())
    g = network.bodies(catalogue_of(store))
    assert len(svg.find(f"{SVG}g[@id='nodes']")) == g.number_of_nodes()
    assert "市政协" in [t.text for t in svg.find(f"{SVG}g[@id='labels']")]


def catalogue_of(store: Path):
    from cppcckg.store import open_store

    return network.load_catalogue(open_store(store))


def test_a_picture_without_chromium_is_a_one_line_error(cli, tmp_path_factory, tmp_path):
    store = build_seed_store(tmp_path_factory)
    r = cli("network", "--store", store, "--format", "png", "--out", tmp_path / "x.png",
            env={"CPPCCKG_CHROMIUM": str(tmp_path / "no-chromium")})
    assert r.exit_code == 8 and "CPPCCKG_CHROMIUM" in r.output and "Traceback" not in r.output
    assert len(r.output.strip().splitlines()) == 1 and not (tmp_path / "x.png").exists()
