"""The provenance of a claim: who carried it to whom, as a graph the API and UI can draw.

Each report of a claim is a chain, outermost first: the outlet that published
it ← the agency it credits (واس، رويترز) ← the outlet or agency the words were
given to (``via``: "قال لرويترز") ← the speaker. A copy adds one more link:
the outlet of the original ← the outlet that republished it. The graph joins
the chains of all reports: information flows along each edge from
``source`` to ``target`` (speaker → agency → newspaper).

>>> graph = provenance_graph([
...     {"outlet": "Al Riyadh", "credit": "SPA", "via": None, "speaker": "وزارة الصحة", "copied_from": None},
...     {"outlet": "Okaz", "credit": "SPA", "via": None, "speaker": "وزارة الصحة", "copied_from": None},
... ])
>>> sorted(node["id"] for node in graph["nodes"])
['agency:spa', 'outlet:al riyadh', 'outlet:okaz', 'speaker:وزارة الصحة']
>>> sorted((e["source"], e["target"], e["kind"]) for e in graph["edges"])[0]
('agency:spa', 'outlet:al riyadh', 'credited')
"""

from __future__ import annotations

from typing import Any

NODE_KINDS = ("outlet", "agency", "via", "speaker")
EDGE_KINDS = ("said", "relayed", "credited", "copied")

__all__ = ["EDGE_KINDS", "NODE_KINDS", "provenance_graph", "value_series"]


def provenance_graph(chains: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """``{nodes: [{id, label, kind, reports}], edges: [{source, target, kind, reports}]}`` of report chains.

    Each chain is ``{outlet, credit, via, speaker, copied_from}`` (labels, any
    of them None); ``reports`` counts the reports through each node and edge.
    """
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for chain in chains:
        links = _chain_nodes(chain)
        for node_id, label, kind in links:
            node = nodes.setdefault(node_id, {"id": node_id, "label": label, "kind": kind, "reports": 0})
            node["reports"] += 1
        for (source, _, source_kind), (target, _, _) in zip(links[1:], links):
            kind = _edge_kind(source_kind)
            edge = edges.setdefault((source, target, kind), {"source": source, "target": target, "kind": kind, "reports": 0})
            edge["reports"] += 1
        original = chain.get("copied_from")
        if original and links:
            source = _node("outlet", original)
            nodes.setdefault(source[0], {"id": source[0], "label": source[1], "kind": "outlet", "reports": 0})
            if source[0] != links[0][0]:
                edge = edges.setdefault((source[0], links[0][0], "copied"),
                                        {"source": source[0], "target": links[0][0], "kind": "copied", "reports": 0})
                edge["reports"] += 1
    return {"nodes": list(nodes.values()), "edges": list(edges.values())}


def _chain_nodes(chain: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The chain's nodes, outermost (the outlet) first, without repeats (an outlet crediting itself)."""
    links: list[tuple[str, str, str]] = []
    for kind, field in (("outlet", "outlet"), ("agency", "credit"), ("via", "via"), ("speaker", "speaker")):
        label = chain.get(field)
        if not label:
            continue
        node = _node(kind, label)
        if any(node[0].split(":", 1)[1] == other[0].split(":", 1)[1] for other in links):
            continue  # the same name one step further out: not a new link
        links.append(node)
    return links


def _node(kind: str, label: Any) -> tuple[str, str, str]:
    text = " ".join(str(label).split())
    return f"{kind}:{text.lower()}", text, kind


def _edge_kind(source_kind: str) -> str:
    return {"speaker": "said", "via": "relayed", "agency": "credited"}.get(source_kind, "relayed")


def value_series(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The figure each report gave, in publication order, for a chart of a figure over time."""
    return [
        {
            "published": r.get("published"), "day": r.get("day"), "outlet": r.get("outlet"), "article": r.get("article"),
            "value": r.get("value"), "min": r.get("min"), "max": r.get("max"), "approximate": r.get("approximate"),
            "independent": r.get("independent"),
        }
        for r in reports
    ]
