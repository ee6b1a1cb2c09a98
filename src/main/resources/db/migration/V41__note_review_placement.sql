-- Where the reviewer's paragraph goes in the note (issue 12 point 9): in the body (INLINE), or as an
-- annex marked as text provided in another language (ANNEX). Decided when the review is completed
-- (notification.LetterFreeText); empty for a hold or a note without a paragraph.
ALTER TABLE first_report_note_review ADD COLUMN paragraph_placement VARCHAR(10);
