-- Annex II, October and November: the meetings with the incoming members on the draft report are
-- held "if necessary" (必要时). The schedule marks such steps; a coordinator may mark one not needed,
-- with the reason, which is then the step's outcome.
ALTER TABLE review_step ADD COLUMN if_necessary BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE review_step ADD COLUMN not_needed_reason VARCHAR(1000);
