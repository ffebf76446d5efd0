// Owns the Audit screen (administrators and auditors): verifying the chain, filtering the entries,
// paging through them newest first, and exporting what matches as CSV. Main decides who may read
// the log and records every verification and export in it.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import { downloadText } from '../../../lib/download';
import { Button, ErrorMessage, PageTitle, StatusMessage } from '../../../ui';
import { useAuditStore } from '../store/audit.store';
import { countOf, exportFileName, hasFilters, type KnownUser, pageRange } from '../store/selectors';
import { AuditFilters } from './AuditFilters';
import { AuditPager } from './AuditPager';
import { AuditTable } from './AuditTable';
import { VerifyChain } from './VerifyChain';

export interface AuditScreenProps {
  /** The role may list accounts (administrators): actors get their user names, the actor filter is a list. */
  canListUsers: boolean;
  /** The signed-in user: their own entries carry their name whatever the role. */
  self: KnownUser;
}

export function AuditScreen({ canListUsers, self }: AuditScreenProps) {
  const filters = useAuditStore((s) => s.filters);
  const offset = useAuditStore((s) => s.offset);
  const page = useAuditStore((s) => s.page);
  const users = useAuditStore((s) => s.users);
  const loading = useAuditStore((s) => s.loading);
  const loadError = useAuditStore((s) => s.error);
  const open = useAuditStore((s) => s.open);
  const search = useAuditStore((s) => s.search);
  const showPage = useAuditStore((s) => s.showPage);
  const reload = useAuditStore((s) => s.reload);
  const exportCsv = useAuditStore((s) => s.exportCsv);

  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState('');
  const [exportError, setExportError] = useState<IpcError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const exportRef = useRef<HTMLButtonElement>(null);
  const wasExporting = useRef(false);

  useEffect(() => {
    void open({ withUsers: canListUsers });
  }, [open, canListUsers]);

  // The button is disabled while busy, which drops focus: give it back once it is enabled again.
  useEffect(() => {
    if (wasExporting.current && !exporting && document.activeElement === document.body) exportRef.current?.focus();
    wasExporting.current = exporting;
  }, [exporting]);

  const known = useMemo(() => {
    const map = new Map<string, KnownUser>((users ?? []).map((u) => [u.id, u]));
    if (!map.has(self.id)) map.set(self.id, self);
    return map;
  }, [users, self]);

  async function exportNow() {
    if (exporting) return;
    setExporting(true);
    setExported('');
    setExportError(null);
    setAttempt((n) => n + 1);
    const answer = await exportCsv();
    setExporting(false);
    if (!answer.ok) {
      setExportError(answer.error);
      return;
    }
    const name = exportFileName(new Date());
    downloadText(name, answer.value.csv, 'text/csv;charset=utf-8');
    setExported(`Exported ${countOf(answer.value.rows, 'entry', 'entries')} to ${name}.`);
    void reload(); // the export is itself an entry
  }

  const range = page ? pageRange(page.offset, page.entries.length, page.total) : '';

  return (
    <div className="screen screen-wide">
      <PageTitle>Audit log</PageTitle>
      <p className="lead">Who did what on this workstation, and when. Entries cannot be edited, and each is sealed to the one before it.</p>

      <section className="panel" aria-labelledby="audit-integrity">
        <h2 id="audit-integrity">Integrity</h2>
        <VerifyChain onVerified={() => void reload()} />
      </section>

      <section className="panel" aria-labelledby="audit-entries" aria-busy={loading}>
        <h2 id="audit-entries">Entries</h2>
        <AuditFilters applied={filters} users={canListUsers ? (users ?? []) : null} onApply={(next) => void search(next)} />

        <div className="results-bar">
          <StatusMessage
            message={loading && !page ? 'Loading entries…' : range}
            className={loading && !page ? 'status-busy results-count' : 'results-count'}
          />
          <Button ref={exportRef} busy={exporting} busyLabel="Exporting…" aria-describedby="audit-export-hint" onClick={() => void exportNow()}>
            Export CSV
          </Button>
        </div>
        <p id="audit-export-hint" className="field-hint results-hint">The export holds every entry that matches the filters, not only this page.</p>
        <StatusMessage message={exported} className={exported ? 'status-success' : undefined} />
        <ErrorMessage key={`export-${attempt}`} error={exportError} />

        {loadError ? (
          <>
            <ErrorMessage error={loadError} />
            <div className="actions">
              <Button onClick={() => void reload()}>Try again</Button>
            </div>
          </>
        ) : null}

        {page && page.total === 0 ? (
          <div className="empty-note" data-testid="audit-empty">
            <p>
              <strong>No entries match these filters</strong>
            </p>
            {hasFilters(filters) ? <p className="muted">Change or clear the filters to see more.</p> : null}
          </div>
        ) : null}
        {page && page.entries.length > 0 ? <AuditTable entries={page.entries} users={known} caption={range} /> : null}
        {page ? <AuditPager offset={offset} total={page.total} onPage={(next) => void showPage(next)} /> : null}
      </section>
    </div>
  );
}
