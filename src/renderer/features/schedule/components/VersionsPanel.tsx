// Owns the versions tab: the published versions of the year (who published, when, with which note
// and findings) and the diff between two versions or a version and the draft, listing who changed
// what.
import { useEffect, useState } from 'react';
import type { ScheduleChange } from '../../../../shared/domain';
import { formatDateTime } from '../../../lib/format';
import { Button, ErrorMessage, SelectField, StatusMessage } from '../../../ui';
import { count } from '../store/findings';
import { useVersionsStore } from '../store/versions.store';

export interface VersionsPanelProps {
  programId: string;
  yearId: string;
  /** Display names by person id; rotation codes by rotation id (to word the changes). */
  names: ReadonlyMap<string, string>;
  codes: ReadonlyMap<string, string>;
}

const KIND_LABEL: Record<ScheduleChange['kind'], string> = {
  assignment: 'Block assignment',
  override: 'Half-day override',
  call: 'Call',
  'extra-duty': 'Moonlighting / home clinical work',
  absence: 'Absence',
  rotation: 'Rotation',
  holiday: 'Holiday',
  parameters: 'Rule parameters',
  roster: 'Roster',
  blocks: 'Block dates',
};

function where(change: ScheduleChange, names: ReadonlyMap<string, string>): string {
  const parts = [
    change.personId ? (names.get(change.personId) ?? change.personId) : '',
    change.block !== undefined ? `block ${change.block}` : '',
    change.date ? `${change.date}${change.slot ? ` ${change.slot}` : ''}` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

export function VersionsPanel({ programId, yearId, names, codes }: VersionsPanelProps) {
  const versions = useVersionsStore((s) => s.versions);
  const loading = useVersionsStore((s) => s.loading);
  const error = useVersionsStore((s) => s.error);
  const diff = useVersionsStore((s) => s.diff);
  const diffLoading = useVersionsStore((s) => s.diffLoading);
  const diffError = useVersionsStore((s) => s.diffError);
  const load = useVersionsStore((s) => s.load);
  const compare = useVersionsStore((s) => s.compare);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('draft');

  useEffect(() => {
    void load(programId, yearId);
  }, [load, programId, yearId]);

  const newest = versions?.[0]?.version;
  const fromValue = from || (newest !== undefined ? String(newest) : '');
  const word = (v: string | null) => (v === null ? '—' : (codes.get(v) ?? v));

  if (error) {
    return (
      <>
        <ErrorMessage error={error} />
        <Button onClick={() => void load(programId, yearId)}>Try again</Button>
      </>
    );
  }
  if (!versions) return <StatusMessage message={loading ? 'Loading versions…' : ''} className={loading ? 'status-busy' : undefined} />;
  if (versions.length === 0) {
    return (
      <div className="empty-note" data-testid="versions-empty">
        <p>
          <strong>Nothing has been published for this year yet.</strong>
        </p>
        <p className="muted">Use “Publish” in the toolbar when the draft is ready; each publish becomes a version you can compare here.</p>
      </div>
    );
  }

  const versionOptions = versions.map((v) => ({ value: String(v.version), label: `Version ${v.version}` }));

  return (
    <div className="versions">
      <div className="table-scroll">
        <table className="data-table" data-testid="versions-table">
          <caption className="visually-hidden">Published versions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Published</th>
              <th scope="col">By</th>
              <th scope="col">Note</th>
              <th scope="col">Findings</th>
              <th scope="col">Changes</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <th scope="row">{v.version}</th>
                <td className="nowrap">{formatDateTime(v.publishedAt)}</td>
                <td>{v.publishedBy}</td>
                <td>{v.note || <span className="muted">—</span>}</td>
                <td>
                  {count(v.summary.errors, 'error', 'errors')}, {count(v.summary.warnings, 'warning', 'warnings')}
                </td>
                <td>{v.changeCount.toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <form
        className="filter-bar diff-bar"
        aria-label="Compare versions"
        onSubmit={(e) => {
          e.preventDefault();
          void compare(Number(fromValue), to === 'draft' ? 'draft' : Number(to));
        }}
      >
        <SelectField label="Compare" options={versionOptions} value={fromValue} onChange={(e) => setFrom(e.target.value)} />
        <SelectField label="With" options={[{ value: 'draft', label: 'The current draft' }, ...versionOptions]} value={to} onChange={(e) => setTo(e.target.value)} />
        <div className="filter-actions">
          <Button type="submit" busy={diffLoading} busyLabel="Comparing…">
            Show differences
          </Button>
        </div>
      </form>
      <ErrorMessage error={diffError} />

      {diff ? (
        <section aria-labelledby="diff-title" className="diff">
          {/* The tab's first heading under the page title: h2, so the outline never skips a level. */}
          <h2 id="diff-title">
            Version {diff.from} → {diff.to === 'draft' ? 'draft' : `version ${diff.to}`}: {count(diff.changes.length, 'difference', 'differences')}
          </h2>
          {diff.truncated ? <p className="muted">Only the first {diff.changes.length.toLocaleString()} differences are shown.</p> : null}
          {diff.changes.length === 0 ? (
            <p className="empty-note">These two are the same.</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" data-testid="diff-table">
                <thead>
                  <tr>
                    <th scope="col">What</th>
                    <th scope="col">Where</th>
                    <th scope="col">Before</th>
                    <th scope="col">After</th>
                    <th scope="col">Changed by</th>
                    <th scope="col">When</th>
                  </tr>
                </thead>
                <tbody>
                  {diff.changes.map((c, i) => (
                    <tr key={i}>
                      <td>{KIND_LABEL[c.kind]}</td>
                      <td>{where(c, names)}</td>
                      <td>{word(c.before)}</td>
                      <td>{word(c.after)}</td>
                      <td>{c.changedBy.length ? c.changedBy.join(', ') : <span className="muted">unknown</span>}</td>
                      <td className="nowrap">{c.changedAt ? formatDateTime(c.changedAt) : <span className="muted">—</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
