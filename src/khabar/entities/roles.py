"""Roles: the titles written right before a person's name.

"قال وزير الخارجية الأمريكي أنتوني بلينكن" gives Blinken the role
"وزير الخارجية الأمريكي". The words before the name are read backwards as long
as they can belong to a title phrase (title words, definite words, places,
nisbas, "باسم", complement nouns such as مجلس; see ``data/titles.tsv``), and
stop at a verb, a function word, punctuation or another person. In that
window each title word starts a role, unless it directly follows another
title word (``نائب رئيس الوزراء`` is one role; ``ولي ولي العهد وزير الدفاع`` is
two). Honorifics (الشيخ، السيد، الدكتور، سمو) are forms of address, not roles:
they are dropped, so "أمير قطر الشيخ تميم" has the role "أمير قطر".
"""

from __future__ import annotations

from khabar.document import Document
from khabar.entities.names import MAX_TITLE_WORDS, Context, continues_title


def roles_before(doc: Document, ctx: Context, first: int) -> list[str]:
    """The roles written before the name whose first token is ``first``."""
    window = title_window(ctx, first)
    if not window:
        return []
    roles = []
    for start, end in split_roles(ctx, window):
        begin = ctx.tokens[start].start + ctx.infos[start].title_at
        text = doc.text[begin : ctx.tokens[end].end].strip()
        if text:
            roles.append(text)
    return roles


def title_window(ctx: Context, first: int) -> list[int]:
    """Token indices before ``first`` that can form a title phrase, left to right."""
    window: list[int] = []
    i = first - 1
    while i >= 0 and len(window) < MAX_TITLE_WORDS + 2 and continues_title(ctx, i):
        window.append(i)
        i -= 1
    window.reverse()
    while window and not (ctx.infos[window[0]].is_title):
        window.pop(0)  # the role starts at its title word
    return window


def split_roles(ctx: Context, window: list[int]) -> list[tuple[int, int]]:
    """``(first, last)`` token index of each role in the window, honorifics removed."""
    starts = [i for n, i in enumerate(window) if ctx.infos[i].is_title and (n == 0 or not ctx.infos[window[n - 1]].is_title)]
    spans = []
    for n, start in enumerate(starts):
        stop = starts[n + 1] - 1 if n + 1 < len(starts) else window[-1]
        last = stop
        while last >= start and (ctx.infos[last].is_honorific or not ctx.is_word(last)) and last != start:
            last -= 1
        if not ctx.infos[start].is_title:
            continue
        spans.append((start, last))
    return spans
