// Scheduling: academic years and their blocks, the roster of each year, rotation templates, the
// draft (block assignments, half-day overrides, calls, absences, holidays, extra duty), rule
// parameters per program, published versions and the change log of draft edits.
// Personal free text (absence and override reasons, publish notes, the published snapshot, which
// holds names) exists only as field-encryption envelopes under the program's data key; key_version
// names the key that sealed a row so a key rotation can resume row by row.
// schedule_versions is append-only at the SQL level, like audit_log: no DELETE, no change of what a
// version says. The one UPDATE allowed re-seals its envelopes under a newer program key version
// (key rotation), which changes the bytes but not the content.
import type { Migration } from './migration';

export const m0005Scheduling: Migration = {
  version: 5,
  name: 'scheduling',
  up(db) {
    db.exec(`
      CREATE TABLE academic_years (
        id                TEXT PRIMARY KEY,
        program_id        TEXT NOT NULL REFERENCES programs(id) ON DELETE RESTRICT,
        label             TEXT NOT NULL,
        start_date        TEXT NOT NULL,
        end_date          TEXT NOT NULL CHECK (end_date >= start_date),
        published_version INTEGER CHECK (published_version IS NULL OR published_version >= 1),
        created_at        TEXT NOT NULL,
        UNIQUE (program_id, label)
      ) STRICT;
      CREATE INDEX academic_years_program ON academic_years(program_id, start_date);

      CREATE TABLE blocks (
        year_id    TEXT NOT NULL REFERENCES academic_years(id) ON DELETE CASCADE,
        number     INTEGER NOT NULL CHECK (number BETWEEN 0 AND 60),
        start_date TEXT NOT NULL,
        end_date   TEXT NOT NULL CHECK (end_date >= start_date),
        PRIMARY KEY (year_id, number)
      ) STRICT;

      CREATE TABLE roster (
        year_id      TEXT NOT NULL REFERENCES academic_years(id) ON DELETE CASCADE,
        person_id    TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        pgy          INTEGER CHECK (pgy IS NULL OR pgy BETWEEN 1 AND 10),
        faculty_role TEXT CHECK (faculty_role IS NULL OR faculty_role IN ('program-director', 'associate-program-director', 'core-faculty', 'attending')),
        credentials  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(credentials)),
        active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        PRIMARY KEY (year_id, person_id)
      ) STRICT;
      CREATE INDEX roster_person ON roster(person_id);

      CREATE TABLE rotation_templates (
        year_id TEXT NOT NULL REFERENCES academic_years(id) ON DELETE CASCADE,
        id      TEXT NOT NULL,
        code    TEXT NOT NULL,
        body    TEXT NOT NULL CHECK (json_valid(body)),
        PRIMARY KEY (year_id, id),
        UNIQUE (year_id, code)
      ) STRICT;

      CREATE TABLE block_assignments (
        year_id     TEXT NOT NULL REFERENCES academic_years(id) ON DELETE CASCADE,
        person_id   TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        block       INTEGER NOT NULL CHECK (block BETWEEN 0 AND 60),
        rotation_id TEXT NOT NULL,
        PRIMARY KEY (year_id, person_id, block),
        FOREIGN KEY (year_id, rotation_id) REFERENCES rotation_templates(year_id, id) ON DELETE RESTRICT
      ) STRICT;
      CREATE INDEX block_assignments_rotation ON block_assignments(year_id, rotation_id);
      CREATE INDEX block_assignments_person ON block_assignments(person_id);

      CREATE TABLE halfday_overrides (
        id          TEXT PRIMARY KEY,
        year_id     TEXT NOT NULL REFERENCES academic_years(id) ON DELETE CASCADE,
        program_id  TEXT NOT NULL REFERENCES programs(id) ON DELETE RESTRICT,
        person_id   TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        date        TEXT NOT NULL,
        slot        TEXT NOT NULL CHECK (slot IN ('AM', 'PM', 'NIGHT')),
        activity    TEXT NOT NULL CHECK (activity IN ('work', 'off')),
        rotation_id TEXT,
        hours       REAL CHECK (hours IS NULL OR hours > 0),
        reason_enc  BLOB NOT NULL,
        key_version INTEGER NOT NULL CHECK (key_version >= 1),
        UNIQUE (year_id, person_id, date, slot),
        FOREIGN KEY (year_id, rotation_id) REFERENCES rotation_templates(year_id, id) ON DELETE RESTRICT
      ) STRICT;
      CREATE INDEX halfday_overrides_person ON halfday_overrides(person_id);
      CREATE INDEX halfday_overrides_key_version ON halfday_overrides(program_id, key_version);

      CREATE TABLE call_assignments (
        year_id    TEXT NOT NULL REFERENCES academic_years(id) ON DELETE CASCADE,
        date       TEXT NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('in-house', 'at-home', 'backup')),
        person_id  TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        start_time TEXT,
        hours      REAL CHECK (hours IS NULL OR hours > 0),
        PRIMARY KEY (year_id, date, kind)
      ) STRICT;
      CREATE INDEX call_assignments_person ON call_assignments(person_id);

      CREATE TABLE absences (
        id          TEXT PRIMARY KEY,
        year_id     TEXT NOT NULL REFERENCES academic_years(id) ON DELETE CASCADE,
        program_id  TEXT NOT NULL REFERENCES programs(id) ON DELETE RESTRICT,
        person_id   TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        start_date  TEXT NOT NULL,
        end_date    TEXT NOT NULL CHECK (end_date >= start_date),
        type        TEXT NOT NULL CHECK (type IN ('vacation', 'sick', 'conference', 'parental', 'bereavement', 'education', 'other')),
        status      TEXT NOT NULL CHECK (status IN ('requested', 'approved', 'denied')),
        blocking    INTEGER CHECK (blocking IS NULL OR blocking IN (0, 1)),
        reason_enc  BLOB,
        key_version INTEGER NOT NULL CHECK (key_version >= 1),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX absences_year ON absences(year_id, start_date);
      CREATE INDEX absences_person ON absences(person_id);
      CREATE INDEX absences_key_version ON absences(program_id, key_version);

      CREATE TABLE holidays (
        year_id TEXT NOT NULL REFERENCES academic_years(id) ON DELETE CASCADE,
        date    TEXT NOT NULL,
        name    TEXT NOT NULL,
        PRIMARY KEY (year_id, date)
      ) STRICT;

      CREATE TABLE extra_duty (
        id         INTEGER PRIMARY KEY,
        year_id    TEXT NOT NULL REFERENCES academic_years(id) ON DELETE CASCADE,
        person_id  TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        date       TEXT NOT NULL,
        start_time TEXT NOT NULL,
        hours      REAL NOT NULL CHECK (hours > 0),
        kind       TEXT NOT NULL CHECK (kind IN ('moonlighting', 'home-clinical'))
      ) STRICT;
      CREATE INDEX extra_duty_year ON extra_duty(year_id, person_id, date);

      CREATE TABLE rule_parameters (
        program_id TEXT PRIMARY KEY REFERENCES programs(id) ON DELETE CASCADE,
        body       TEXT NOT NULL CHECK (json_valid(body)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE schedule_versions (
        year_id        TEXT NOT NULL REFERENCES academic_years(id) ON DELETE RESTRICT,
        version        INTEGER NOT NULL CHECK (version >= 1),
        program_id     TEXT NOT NULL REFERENCES programs(id) ON DELETE RESTRICT,
        published_at   TEXT NOT NULL,
        published_by   TEXT NOT NULL,
        errors         INTEGER NOT NULL CHECK (errors >= 0),
        warnings       INTEGER NOT NULL CHECK (warnings >= 0),
        change_count   INTEGER NOT NULL CHECK (change_count >= 0),
        snapshot_enc   BLOB NOT NULL,
        note_enc       BLOB,
        key_version    INTEGER NOT NULL CHECK (key_version >= 1),
        PRIMARY KEY (year_id, version)
      ) STRICT;
      CREATE INDEX schedule_versions_key_version ON schedule_versions(program_id, key_version);

      CREATE TRIGGER schedule_versions_next BEFORE INSERT ON schedule_versions
      WHEN NEW.version IS NOT (SELECT coalesce(max(version), 0) + 1 FROM schedule_versions WHERE year_id = NEW.year_id)
      BEGIN
        SELECT RAISE(ABORT, 'schedule_versions: version must be the next one');
      END;
      CREATE TRIGGER schedule_versions_no_delete BEFORE DELETE ON schedule_versions
      BEGIN
        SELECT RAISE(ABORT, 'schedule_versions is immutable');
      END;
      CREATE TRIGGER schedule_versions_no_update BEFORE UPDATE ON schedule_versions
      WHEN NEW.year_id IS NOT OLD.year_id OR NEW.version IS NOT OLD.version OR NEW.program_id IS NOT OLD.program_id
        OR NEW.published_at IS NOT OLD.published_at OR NEW.published_by IS NOT OLD.published_by
        OR NEW.errors IS NOT OLD.errors OR NEW.warnings IS NOT OLD.warnings OR NEW.change_count IS NOT OLD.change_count
        OR NEW.key_version <= OLD.key_version
      BEGIN
        SELECT RAISE(ABORT, 'schedule_versions is immutable');
      END;

      CREATE TABLE schedule_changes (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        year_id      TEXT NOT NULL REFERENCES academic_years(id) ON DELETE CASCADE,
        at           TEXT NOT NULL,
        user_id      TEXT NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('assignment', 'override', 'call', 'extra-duty', 'absence', 'rotation', 'holiday', 'parameters', 'roster', 'blocks')),
        subject      TEXT NOT NULL,
        before       TEXT,
        after        TEXT,
        published_in INTEGER
      ) STRICT;
      CREATE INDEX schedule_changes_pending ON schedule_changes(year_id, published_in);
      CREATE INDEX schedule_changes_subject ON schedule_changes(year_id, kind, subject);
    `);
  },
};
