"""The screening layer: many cases (a roster) into one frozen team report."""
