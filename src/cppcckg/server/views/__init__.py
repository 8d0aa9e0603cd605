"""The server's views, one module per kind of page. Each view is ``async def view(site, request)``:
the :class:`cppcckg.server.site.Site` comes first and explicitly, and
:func:`cppcckg.server.app.create_app` binds it when it wires the routes."""
