"""The review app (Textual): screens, widgets and styles over the core in `factcheck.session`.

Nothing here decides anything the core could decide; import `factcheck.ui.app.make_app`.
"""
