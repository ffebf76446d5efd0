// Owns turning what callers do into audit entries. The actor is the caller's signed-in user; an
// entry that cannot be written (a broken chain refuses appends) is logged as an error and does not
// undo the user's action: the verify screen and `resched audit verify` report the break.
import type { AuditEntryInput } from '../../../shared/domain';
import type { AuditTrail } from '../audit';
import type { AuthService } from '../auth';
import type { Caller } from '../ipc';
import type { Logger } from '../log';

export type AuditRecorder = (caller: Caller | null, entry: Omit<AuditEntryInput, 'actor'> & { actor?: AuditEntryInput['actor'] }) => void;

export function createAuditRecorder(trail: AuditTrail, auth: () => AuthService, log: Logger): AuditRecorder {
  return (caller, entry) => {
    let actor = entry.actor;
    if (!actor && caller) {
      try {
        actor = auth().actor(caller).userId;
      } catch {
        actor = 'system';
      }
    }
    try {
      trail.record({ ...entry, actor: actor ?? 'system' });
    } catch (e) {
      log.error('audit entry not recorded', { action: entry.action, error: e });
    }
  };
}
