"""Who "I" is in a quote's attribution ("I said, “…”"): the speaker of the transcript turn it
is in, else the statement's own speaker.

A transcript labels its turns ("THE PRESIDENT:", "MS. PSAKI:", "Q" for a reporter); "I" in a
turn is its labelled speaker, and "THE PRESIDENT:" in remarks by President Biden is Biden.
Before any label, in a speech or a written statement, "I" is the one whose statement it is
(``Narrator``); in a dialogue (a press briefing) an unlabelled "I" may be anyone's, so it is
no one. "We" and "you" are never a speaker the text names.
"""

from __future__ import annotations

from annals.facts import names as nm
from annals.facts import quote_patterns as qp
from annals.facts.speakers import Narrator, bare_name, speaker_name


class Turns:
    """The turn labels of one text, read in order as its quotes come."""

    def __init__(self, text: str, narrator: Narrator | None) -> None:
        self.text = text
        self.narrator = narrator
        self.label: str | None = None  # the label of the turn read last ("THE PRESIDENT")
        self.read = 0  # where the search for labels is up to

    def speaker(self, start: int, pronoun: str) -> str | None:
        """Who ``pronoun`` ("I", "we") in an attribution at ``start`` is, or None."""
        if pronoun not in nm.SPEAKING_SELF:
            return None
        self._read_to(start)
        own = self._narrators_turn()
        if own is not None:
            return own.name
        return label_speaker(self.label) if self.label else None

    def speaking(self, start: int) -> frozenset[str]:
        """The names, in lowercase and without "the", of the one whose turn is at ``start``
        ("president", "joe biden"), whom "he" or "she" in their own words never stands for."""
        self._read_to(start)
        names = {label_speaker(self.label) or ""} if self.label else set()
        own = self._narrators_turn()
        if own is not None:
            names.update((own.name, own.post))
        return frozenset(bare_name(name) for name in names if name)

    def _narrators_turn(self) -> Narrator | None:
        """The narrator when the turn read last is theirs: one labelled with their post
        ("THE PRESIDENT:"), or the text before any label when it is theirs throughout."""
        narrator = self.narrator
        if narrator is None:
            return None
        if self.label is None:
            return narrator if narrator.throughout else None
        labelled = bool(narrator.post) and self.label == f"THE {narrator.post.upper()}"
        return narrator if labelled else None

    def _read_to(self, start: int) -> None:
        """Read the turn labels up to ``start`` (quotes come in order)."""
        if self.read == 0:
            opening = qp.TURN_LABEL_OPENING.match(self.text)
            self.label = opening["label"] if opening else None
        for found in qp.TURN_LABEL.finditer(self.text, self.read, start):
            self.label = found["label"]
        self.read = max(self.read, start)


def label_speaker(label: str) -> str | None:
    """The speaker a turn label names: "THE PRESIDENT" -> "the President", "MS. PSAKI" ->
    "Psaki"; None for a reporter ("Q") and one-word labels ("MODERATOR", "AUDIENCE")."""
    words = label.split()
    if len(words) < 2:
        return None
    if words[0] == "THE":
        return " ".join(["the", *(word.title() for word in words[1:])])
    return speaker_name(label.title())
