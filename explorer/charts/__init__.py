"""Charts: plain chart data built from query rows, drawn with pyqtgraph, exported to PNG/SVG.

`data` and `kinds` are Qt-free; `bars` and `export` draw, for the GUI and the CLI alike.
"""
