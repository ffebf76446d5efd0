// Owns the answers of the audit.* channels. Verifying and exporting are themselves audited.
import type { AppContract } from '../../../shared/contract';
import type { Handlers } from '../ipc';
import type { CoreServices } from './services';

export function auditHandlers({ audit, record }: CoreServices): Pick<Handlers<AppContract>, 'audit.list' | 'audit.verify' | 'audit.exportCsv'> {
  return {
    'audit.list': (filter) => {
      const { limit: _limit, offset: _offset, ...rest } = filter;
      return { entries: audit.list(filter), total: audit.count(rest) };
    },
    'audit.verify': (_input, { caller }) => {
      const result = audit.verify();
      record(caller, { action: 'audit.verify', outcome: result.valid ? 'success' : 'failure', details: { entries: result.entries } });
      return result;
    },
    'audit.exportCsv': (filter, { caller }) => {
      const csv = audit.exportCsv(filter);
      const rows = audit.count(filter);
      record(caller, { action: 'audit.export', outcome: 'success', details: { rows } });
      return { csv, rows };
    },
  };
}
