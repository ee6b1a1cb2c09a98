-- A letter goes to a State (its Permanent Mission) or to an international, regional or
-- subregional organization (2663 §23): exactly one of state_code and organization_id is set.
-- Letters to a provider that is not a State keep their State (the request concerned) as before.
ALTER TABLE correspondence ADD COLUMN organization_id BIGINT REFERENCES organization (id);
ALTER TABLE correspondence ALTER COLUMN state_code DROP NOT NULL;
ALTER TABLE correspondence ADD CONSTRAINT correspondence_one_addressee
    CHECK ((state_code IS NULL AND organization_id IS NOT NULL) OR (state_code IS NOT NULL AND organization_id IS NULL));
-- The idempotency key of a letter to an organization (the State's key is the table's own unique).
CREATE UNIQUE INDEX correspondence_organization_origin
    ON correspondence (process_instance_id, activity_id, organization_id, letter_type, occurrence);
CREATE INDEX correspondence_organization ON correspondence (organization_id, created_at);
