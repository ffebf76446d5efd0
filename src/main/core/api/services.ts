// Owns the set of services the IPC handlers may reach; built once by a composition root.
import type { AuditTrail } from '../audit';
import type { AuthService } from '../auth';
import type { KeysService } from '../keys';
import type { AuditRecorder } from './audit-recorder';
import type { PeopleService } from '../people';
import type { ProgramsService } from '../programs';
import type { SchedulingService } from '../scheduling';
import type { UsersService } from '../users';
import type { Workstation } from '../workstation';

export interface AppIdentity {
  productName: string;
  version: string;
  host: 'electron' | 'browser-host';
}

export interface CoreServices {
  appInfo: AppIdentity;
  workstation: Workstation;
  programs: ProgramsService;
  people: PeopleService;
  users: UsersService;
  auth: AuthService;
  audit: AuditTrail;
  /** Managed keys (issue 6): generation, lifecycle, policies, usage log, KEK rewrap. */
  keys: KeysService;
  /** Academic years, roster, rotations, the draft, absences, publishing (issue 8). */
  scheduling: SchedulingService;
  /** Records what a caller did in the audit trail (never fails the caller's action). */
  record: AuditRecorder;
}
