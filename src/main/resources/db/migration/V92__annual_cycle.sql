-- The annual cycle (issue 15, point 1; 2663 §4, §22, §26; PoW §8(a), §9(h); Annex II March): one
-- row per calendar year and one per step of that year, with its dates, group and outcome. The
-- process (AnnualCycleProcess, business key CYCLE-<year>) holds only the year and the step ids.
-- Portable SQL: runs unchanged on H2 (default run) and PostgreSQL.

CREATE TABLE annual_cycle (
    cycle_year           INTEGER      NOT NULL PRIMARY KEY,
    process_instance_id  VARCHAR(64)  NOT NULL,
    -- A CANCELLED cycle (its process deleted in Cockpit) no longer holds its year.
    status               VARCHAR(10)  NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'CANCELLED')),
    -- NULL: started by the application (the 2 January timer).
    started_by           VARCHAR(255),
    started_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at             TIMESTAMP WITH TIME ZONE
);

CREATE TABLE annual_cycle_step (
    cycle_year          INTEGER       NOT NULL REFERENCES annual_cycle (cycle_year),
    step_id             VARCHAR(64)   NOT NULL,
    sort_order          INTEGER       NOT NULL,
    label               VARCHAR(300)  NOT NULL,
    -- The Camunda group whose task it is (the candidate group).
    group_id            VARCHAR(64)   NOT NULL,
    release_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    released_at         TIMESTAMP WITH TIME ZONE,
    -- Where the step is done instead when another process of the year holds it
    -- (e.g. REVIEW-2027 MAR_COUNCIL_PRESS_BRIEFING); the cycle then opens no task of its own.
    linked_to           VARCHAR(200),
    -- The outcome, recorded when the step's task is completed.
    completed_at        TIMESTAMP WITH TIME ZONE,
    completed_by        VARCHAR(255),
    outcome_date        DATE,
    document_symbol     VARCHAR(500),
    decision            TEXT,
    PRIMARY KEY (cycle_year, step_id)
);
