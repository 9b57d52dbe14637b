"""The interview layer: the questionnaire's state and question choice, with no I/O."""
