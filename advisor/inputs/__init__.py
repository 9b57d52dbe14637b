"""The inputs layer: symptom files and rosters, read and validated into ``Case`` objects."""
