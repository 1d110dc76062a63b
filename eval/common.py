"""Helpers shared by the gold converters and the seed gold generator."""


def dedupe(xs):
    """Keeps the first of each spelling, case-insensitively, and drops empty ones."""
    out, seen = [], set()
    for x in xs:
        if x and x.casefold() not in seen:
            seen.add(x.casefold())
            out.append(x)
    return out
