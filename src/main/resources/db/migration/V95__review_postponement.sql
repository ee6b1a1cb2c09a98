-- Resolution 2663 (2022), paragraph 3: a review's report precedes the December of its year unless
-- the Committee decided to postpone it; the decision's reference, given when the review starts.
ALTER TABLE review ADD COLUMN postponement_reference VARCHAR(500);
