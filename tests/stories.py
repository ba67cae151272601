"""Texts shared by tests: a wire story and a syndicated copy of it (near-duplicates)."""

STORY = (
    "Kenya signed a trade agreement with Ethiopia on Monday after months of talks in Nairobi. The deal "
    "lowers tariffs on tea, coffee and cut flowers and sets up a joint committee on transport links. "
    "Officials in Addis Ababa said the first shipments under the new rules would cross the border in "
    "September. Farmers' groups welcomed the accord, while traders asked for faster customs checks at "
    "the Moyale crossing. The ministers will meet again in December to review progress."
)
COPY = "NAIROBI (Wire) - " + STORY.rsplit(". ", 1)[0] + ". Reporting by our correspondents."
