-- Where the matrix's "what changed" goes in the covering note (issue 12 point 9): in the body
-- (INLINE), or as an annex marked as text provided in another language (ANNEX). Decided when the
-- experts complete the preparation (notification.LetterFreeText).
ALTER TABLE matrix_state_review ADD COLUMN changes_summary_placement VARCHAR(10);
