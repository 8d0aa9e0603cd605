"""Issue 21: the server's network pages take the layout as a parameter; the map of the
Sichuan-Chongqing border is served as the command line writes it."""

from __future__ import annotations

import pytest

from cppcckg.network import boundaries
from tests.helpers import get

pytestmark = pytest.mark.server


def test_the_map_page_is_served(cppcckg_server):
    status, _, body = get(cppcckg_server.base + "/network/sichuan-chongqing.html?layout=map", "text/html")
    page = body.decode("utf-8")
    assert status == 200 and '"layout":"map"' in page and "沙坪坝区" in page and boundaries.SOURCE in page
    status, _, body = get(cppcckg_server.base + "/network/sichuan-chongqing.html?layout=geo", "text/html")
    assert status == 200 and '"layout":"geo"' in body.decode("utf-8") and "沙坪坝区" not in body.decode("utf-8")
    status, _, body = get(cppcckg_server.base + "/network/", "text/html")
    assert status == 200 and "layout=map" in body.decode("utf-8")


@pytest.mark.parametrize("query, says", [("layout=nope", "layout &#39;nope&#39; is not one of"),
                                         ("layout=force", "layout &#39;force&#39; is not one of")])
def test_unknown_layouts_are_refused(cppcckg_server, query, says):
    status, _, body = get(cppcckg_server.base + "/network/bodies.html?" + query, "text/html")
    assert status == 400 and says in body.decode("utf-8")


def test_topics_cannot_go_on_the_map(cppcckg_server):
    status, _, body = get(cppcckg_server.base + "/network/topics.html?layout=map", "text/html")
    assert status == 400 and "layout map draws bodies" in body.decode("utf-8")
