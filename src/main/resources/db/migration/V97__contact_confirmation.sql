-- A point of contact confirmed without a change, in reply to the March letter (PoW §8(c), 2663 §23):
-- the day the Committee last heard that the contact is still right. The routine letters count a
-- contact's age from the later of valid_from and confirmed_on.
ALTER TABLE state_contact ADD COLUMN confirmed_on DATE;
ALTER TABLE organization_contact ADD COLUMN confirmed_on DATE;
