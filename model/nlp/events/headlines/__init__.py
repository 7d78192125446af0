"""Headlines a sub-editor would accept: who did what, with its negation and modality, in plain English.

Built from the parse of the event's own clause, never from the event's modality field, so the
words carry what the sentence says:

- the actor as the reader knows it: participants by surname ("Biden", "Xi and Biden"), pronouns
  and "the company" resolved within the article (``coreference``), the controller of an
  infinitive ("Biden will push China to resume ties": China resumes);
- the happening with its key complement, in headline tense: "Xi and Biden hold virtual summit",
  "Zuma to visit Tripoli next week" (will), "Jibril fails to name new cabinet", "Austin yet to
  speak to counterpart" (has yet to), "Talks could take place in January", "China did not release
  statement", "Halliburton not listed", "Biden-Xi meeting expected to cover global issues";
- the speaker form "Sullivan: Biden wants to re-establish military ties" only for a reporting
  verb with its reported clause, naming that verb's subject; first-person quotes keep their
  words: 'Sullivan: "We need these lines of communication"';
- no tokenizer markup, whole hyphenated words, no datelines as actors, at most ``MAX_CHARS``.

When no clean headline can be made (no actor, an unresolved "it"/"they", a broken parse), the
trimmed clause of the source sentence is used instead.
"""

from __future__ import annotations

from model.nlp.events.headlines.compose import as_planned, doc_headlines, headline, self_claim
from model.nlp.events.headlines.form import headline_fault
from model.nlp.events.headlines.render import has_markup
from model.nlp.events.headlines.words import MAX_CHARS, STATEMENT_VERBS, present

__all__ = ["MAX_CHARS", "as_planned", "STATEMENT_VERBS", "doc_headlines", "has_markup", "headline", "headline_fault", "present", "self_claim"]
