// The ordered list of every migration. Append only; never edit one that has shipped.
import { m0001SchemaMeta } from './0001-schema-meta';
import { m0002ProgramsAndPeople } from './0002-programs-and-people';
import { m0003UsersAndSessions } from './0003-users-and-sessions';
import { m0004AuditLog } from './0004-audit-log';
import { m0005Scheduling } from './0005-scheduling';
import { m0006ManagedKeys } from './0006-managed-keys';
import { m0007Rotation } from './0007-rotation';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [m0001SchemaMeta, m0002ProgramsAndPeople, m0003UsersAndSessions, m0004AuditLog, m0005Scheduling, m0006ManagedKeys, m0007Rotation];
export const LATEST_SCHEMA_VERSION = migrations.at(-1)!.version;
export type { Migration };
