"""What the network says besides its picture, Qt-free: the counts a hover tells and the
legend of its colours (kinds, or communities named by their best-known member)."""

from __future__ import annotations

import html

from explorer.charts.kinds import kind_color, kind_name
from explorer.index.network import NetworkEdge, NetworkNode
from explorer.network.data import NetworkData
from explorer.vocabulary import KINDS
from explorer.wording import counted

# Paul Tol's "muted" scheme: distinguishable and calm, unlike the kinds' colours.
COMMUNITY_COLORS = (
    "#CC6677",
    "#332288",
    "#DDCC77",
    "#117733",
    "#88CCEE",
    "#882255",
    "#44AA99",
    "#999933",
    "#AA4499",
)
OTHER_COMMUNITY = "#BBBBBB"


def community_color(community: int) -> str:
    return (
        COMMUNITY_COLORS[community] if 0 <= community < len(COMMUNITY_COLORS) else OTHER_COMMUNITY
    )


def node_tip(node: NetworkNode) -> str:
    also = [alias for alias in node.aliases if alias != node.name][:4]
    written = f"\nalso written {', '.join(also)}" if also else ""
    return (
        f"{node.name} ({kind_name(node.kind)}): {counted(node.mentions, 'mention')} in "
        f"{counted(node.documents, 'document')}{written}\n"
        "Click to select, double-click to focus on it"
    )


def edge_tip(edge: NetworkEdge, data: NetworkData) -> str:
    names = {node.id: node.name for node in data.nodes}
    return (
        f"{names.get(edge.a, '?')} and {names.get(edge.b, '?')}: together in "
        f"{counted(edge.count, data.window)} of {counted(edge.documents, 'document')}"
        f" · score {edge.score:.1f}\nClick to list the passages"
    )


def legend_html(data: NetworkData, *, dark: bool = False) -> str:
    """A line naming each colour the nodes use: their kinds, or "coloured by community"."""
    if data.communities:
        return _communities_legend(data)
    kinds = [kind for kind in KINDS if any(node.kind == kind for node in data.nodes)]
    return "&nbsp;&nbsp; ".join(  # a name may wrap, a dot stays with its kind
        f"<span style='color:{kind_color(kind, dark=dark)}'>&#9679;</span>"
        f"&nbsp;{html.escape(kind_name(kind))}"
        for kind in kinds
    )


def _communities_legend(data: NetworkData) -> str:
    """Each community's colour, named by its most mentioned member ("Tony Blair and 12
    more"): a group is known by its best-known name."""
    members: dict[int, list[NetworkNode]] = {}
    for node in data.nodes:  # most mentioned first
        members.setdefault(data.communities.get(node.id, -1), []).append(node)
    named = [c for c in sorted(members) if 0 <= c < len(COMMUNITY_COLORS)]
    keys = []
    for community in named:
        first, more = members[community][0], len(members[community]) - 1
        keys.append(
            f"<span style='color:{community_color(community)}'>&#9679;</span>"
            f"&nbsp;{html.escape(first.name)}" + (f" and {more} more" if more else "")
        )
    rest = len(members) - len(named)  # past the palette: one grey for all
    if rest:
        keys.append(
            f"<span style='color:{OTHER_COMMUNITY}'>&#9679;</span>&nbsp;"
            f"{counted(rest, 'smaller community')}"
        )
    return "Communities: " + "&nbsp;&nbsp; ".join(keys)
