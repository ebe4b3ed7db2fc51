-- The collection: reports with their text and geoparse result, the places they name,
-- and one claim row per (claim, place), which the atlas reads. Same SQL on PGlite and
-- on a PostgreSQL server.

CREATE TABLE reports (
  id             bigserial PRIMARY KEY,
  text           text        NOT NULL,
  -- sha256 of the text: the same report is stored once
  text_hash      text        NOT NULL UNIQUE,
  title          text,
  author         text,
  publisher      text,
  published      date,
  url            text,
  site_name      text,
  result         jsonb       NOT NULL,
  engine_version text        NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE places (
  id         text             PRIMARY KEY,
  name       text             NOT NULL,
  place_type text             NOT NULL,
  country    text             NOT NULL,
  -- where the marker goes (a point, or a point on the area)
  lon        double precision NOT NULL,
  lat        double precision NOT NULL,
  west       double precision NOT NULL,
  south      double precision NOT NULL,
  east       double precision NOT NULL,
  north      double precision NOT NULL,
  geometry   jsonb            NOT NULL
);

CREATE TABLE claims (
  id             bigserial PRIMARY KEY,
  report_id      bigint  NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  place_id       text    NOT NULL REFERENCES places (id),
  start_offset   integer NOT NULL,
  end_offset     integer NOT NULL,
  text           text    NOT NULL,
  lon            double precision NOT NULL,
  lat            double precision NOT NULL,
  west           double precision NOT NULL,
  south          double precision NOT NULL,
  east           double precision NOT NULL,
  north          double precision NOT NULL,
  -- the event date when the text gives one, else the report's date; null when neither
  day            date,
  event_date     date,
  event_type     text    NOT NULL,
  sub_event_type text,
  actor1         text,
  actor2         text,
  attribution    text,
  source         text,
  cue            text,
  stance         text    NOT NULL,
  fatalities     integer,
  publisher      text,
  country        text    NOT NULL
);
CREATE INDEX claims_report ON claims (report_id);
CREATE INDEX claims_day ON claims (day);
CREATE INDEX claims_position ON claims (lon, lat);

-- Bumped by every write, in the same transaction: readers holding a copy of the claims
-- (the atlas index) reload when it moves.
CREATE TABLE store_state (
  id             integer PRIMARY KEY CHECK (id = 1),
  change_counter bigint  NOT NULL,
  -- when the bundled reports were loaded (once, into the empty store)
  seeded_at      timestamptz
);
INSERT INTO store_state (id, change_counter) VALUES (1, 0);

-- Bulk ingest: one row per input document, claimed with FOR UPDATE SKIP LOCKED so that
-- several ingest processes can share one database. A rerun inserts nothing new (key is
-- unique) and finishes what is pending or was left running.
CREATE TABLE jobs (
  id         bigserial   PRIMARY KEY,
  key        text        NOT NULL UNIQUE,
  payload    jsonb       NOT NULL,
  state      text        NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
  attempts   integer     NOT NULL DEFAULT 0,
  claimed_at timestamptz,
  report_id  bigint,
  error      text
);
CREATE INDEX jobs_pending ON jobs (state, id);
