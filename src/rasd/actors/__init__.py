"""Actor stage: lexicon mentions, role composition, dated resolution of people."""
