"""Event stage: triggers, frames, speech, modality → CAMEO/PLOVER events."""
