"""Review before approval: sanitised previews, what tailoring changed, and body-only letter edits."""
