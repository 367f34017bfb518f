"""The co-mention network, Qt-free: graph, seeded layout, labels, communities, files.

`build` turns the index's nodes and edges (explorer.index.network) into the
NetworkData a panel draws and the CLI exports; `layout` places the nodes,
warm-started from the previous picture; `labels` places names where they
overlap nothing; `files` writes GEXF and GraphML for Gephi.
"""
