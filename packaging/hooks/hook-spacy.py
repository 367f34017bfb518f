"""Replaces the contributed spaCy hook: the same modules and data, minus spaCy's test suite.

spaCy registers its components by importing its submodules, so all of them stay.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("spacy", excludes=["tests/**"])
hiddenimports = collect_submodules("spacy", filter=lambda name: not name.startswith("spacy.tests"))
