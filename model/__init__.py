"""Everything that is not a widget: documents, the NLP pipeline, events, Qt item models."""
