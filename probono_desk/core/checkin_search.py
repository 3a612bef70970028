"""Finding a volunteer without a badge: by name, email or organisation, ignoring accents and case, forgiving typos.

Two tiers: when every word of the query appears as typed (``matches_exactly``), only those people are proposed, so a
correct query is never drowned in near misses; otherwise each word may be one or two edits away from a word of the
person (``matches_roughly``). An email address typed in full finds that one person.
"""

from __future__ import annotations

from collections.abc import Callable

from probono_desk.core.text import fold


def allowed_edits(word: str) -> int:
    if len(word) >= 7:
        return 2
    if len(word) >= 4:
        return 1
    return 0


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one), stopping early beyond ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        best = current[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def tokens(key: str) -> list[str]:
    """Words of a folded search key, with email addresses also cut at their dots, dashes and '@'."""
    out: list[str] = []
    for word in key.split():
        out.append(word)
        if "@" in word or "." in word or "-" in word:
            out.extend(p for p in word.replace("@", " ").replace(".", " ").replace("-", " ").split() if p)
    return out


def _plausible(word: str, token: str) -> bool:
    """Cheap filter before the edit distance: people get the start of a name right, or swap/miss one of its
    first two letters."""
    return bool(token) and (word[0] in token[:2] or (len(word) > 1 and word[1] == token[0]))


def word_close(word: str, token: str) -> bool:
    """``word`` is within its allowed edits of ``token`` or of the beginning of ``token``."""
    limit = allowed_edits(word)
    if limit == 0:
        return token.startswith(word)
    if not _plausible(word, token):
        return False
    if edit_distance(word, token, limit) <= limit:
        return True
    for size in (len(word) - 1, len(word), len(word) + 1):
        if 0 < size < len(token) and edit_distance(word, token[:size], limit) <= limit:
            return True
    return False


def matches_exactly(query_words: list[str], key: str) -> bool:
    return all(word in key for word in query_words)


def matches_roughly(
    query_words: list[str], key_tokens: list[str], memo: dict[tuple[str, str], bool] | None = None
) -> bool:
    """Every word is close to some token. ``memo`` shares the verdicts across people (names and domains repeat)."""
    cache = {} if memo is None else memo
    for word in query_words:
        found = False
        for token in key_tokens:
            verdict = cache.get((word, token))
            if verdict is None:
                verdict = cache[(word, token)] = word_close(word, token)
            if verdict:
                found = True
                break
        if not found:
            return False
    return True


SearchRow = tuple[str, str, str, list[str]]  # volunteer id, folded key, lowercase email, key tokens


def exact_ids(rows: list[SearchRow], words: list[str], email: str = "") -> list[str]:
    """The people a query finds as typed: a full email address, else every word inside their key."""
    if "@" in email:
        ids = [vid for vid, _key, mail, _tokens in rows if mail == email]
        if ids:
            return ids
    return [vid for vid, key, _mail, _tokens in rows if matches_exactly(words, key)]


def rough_ids(rows: list[SearchRow], words: list[str], stopped: Callable[[], bool] | None = None) -> list[str] | None:
    """The typo-tolerant tier over the same rows (pure: safe on a worker thread with a snapshot of the rows).
    ``stopped`` is asked every few hundred rows; once true, the search gives up and returns None."""
    memo: dict[tuple[str, str], bool] = {}
    out: list[str] = []
    for n, (vid, _key, _mail, toks) in enumerate(rows):
        if stopped is not None and n % 256 == 0 and stopped():
            return None
        if matches_roughly(words, toks, memo):
            out.append(vid)
    return out


def query_words(query: str) -> list[str]:
    return fold(query).split()
