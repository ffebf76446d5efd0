// Owns how sign-in events become audit entries. Only a successful sign-in proves who is acting; a
// failed one is the system's observation about an account, so its actor is 'system'.
import type { AuthEvent } from '../auth';
import type { AuditRecorder } from './audit-recorder';

export function auditOfAuthEvent(record: AuditRecorder): (e: AuthEvent) => void {
  return (e: AuthEvent) => {
    const target = e.userId ?? null;
    const actor = e.userId !== null && e.outcome === 'success' ? e.userId : 'system';
    switch (e.action) {
      case 'auth.login':
        if (e.outcome === 'success') record(null, { actor, action: 'auth.login', target, outcome: 'success' });
        else record(null, { actor, action: 'auth.login.failure', target, outcome: 'failure', details: e.reason ? { cause: e.reason } : null });
        return;
      case 'auth.lockout':
        return record(null, { actor, action: 'auth.lockout', target, outcome: 'denied' });
      case 'auth.unlock':
        if (e.outcome === 'success') record(null, { actor, action: 'auth.login', target, outcome: 'success', details: { step: 'unlock' } });
        else record(null, { actor, action: 'auth.login.failure', target, outcome: 'failure', details: { step: 'unlock' } });
        return;
      case 'auth.logout':
      case 'auth.password.change':
        return record(null, { actor, action: e.action, target, outcome: e.outcome });
      case 'auth.lock':
        return;
    }
  };
}
