-- One row per reminder cycle (FirstReportReminderProcess instance): what the Committee did to
-- obtain a State's first national report and what came of it, for the outreach report
-- (PoW §8(b): "which approaches work best"). Written as the cycle goes, so running cycles count too.
CREATE TABLE first_report_cycle (
    process_instance_id   VARCHAR(64)   NOT NULL PRIMARY KEY,
    state_code            VARCHAR(3)    NOT NULL REFERENCES member_state (iso3),
    campaign_year         INTEGER,
    started_at            TIMESTAMP     NOT NULL,
    -- Date of the first note verbale of the cycle (the letter's date, New York).
    first_note_on         DATE,
    first_note_symbol     VARCHAR(80),
    notes_sent            INTEGER       NOT NULL DEFAULT 0,
    -- Approaches: true once any note of the cycle stressed that assistance is available.
    assistance_mentioned  BOOLEAN       NOT NULL DEFAULT FALSE,
    holds                 INTEGER       NOT NULL DEFAULT 0,
    escalated_on          DATE,
    -- Outcomes recorded by the coordinators and the secretariat after an escalation.
    meeting_outcome       VARCHAR(30)   CHECK (meeting_outcome IN ('HELD', 'STATE_DECLINED', 'NOT_ARRANGED')),
    meeting_notes         VARCHAR(2000),
    assistance_outcome    VARCHAR(30)   CHECK (assistance_outcome IN ('OFFERED_BY_SECRETARIAT', 'OFFERED_BY_EXPERTS',
                                                                      'NOT_OFFERED')),
    assistance_notes      VARCHAR(2000),
    -- The first report's date as the registry holds it, and the days from the first note to it.
    report_received_on    DATE,
    days_to_report        INTEGER,
    status                VARCHAR(10)   NOT NULL CHECK (status IN ('RUNNING', 'REPORTED', 'CANCELLED')),
    ended_at              TIMESTAMP
);
CREATE INDEX first_report_cycle_state ON first_report_cycle (state_code, status);
