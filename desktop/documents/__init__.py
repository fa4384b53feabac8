"""ReportLab builders: plain frozen data in, PDF bytes out. Never queries the database.

`desktop.documents.kit` is the layout kit (letterhead, title, paragraphs, tables, signatures,
page numbers) shared by every document of the app.
"""
