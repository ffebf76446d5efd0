// Owns the schedule editor for one program's academic year: the toolbar (pending changes, undo,
// redo, print, publish), and three tabs — the block grid with its findings panel, the day/week view
// and the published versions. The program and year come from the app frame; this screen says what
// to do next when there is no year, no resident or no rotation yet.
import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Finding } from '../../../../shared/domain';
import { Banner, Button, ErrorMessage, PageTitle, StatusMessage } from '../../../ui';
import { cellMarkers, cellsOfFinding } from '../store/findings';
import { cellKey, gridModel, personLabel } from '../store/grid-model';
import { useScheduleStore } from '../store/schedule.store';
import { BlockGrid } from './BlockGrid';
import type { DragPayload } from './drag';
import { FindingsPanel } from './FindingsPanel';
import { PrintableGrid } from './PrintableGrid';
import { PublishDialog } from './PublishDialog';
import { RotationPalette } from './RotationPalette';
import { RotationPicker } from './RotationPicker';
import { ScheduleToolbar } from './ScheduleToolbar';
import { StatusBar } from './StatusBar';
import { VersionsPanel } from './VersionsPanel';
import { WeekView } from './WeekView';

export interface ScheduleScreenProps {
  /** The program and academic year chosen in the app frame; null until chosen. */
  programId: string | null;
  yearId: string | null;
  /** The role may edit the draft (program.write). */
  canEdit: boolean;
  /** The role may publish (schedule.publish). */
  canPublish: boolean;
}

type Tab = 'grid' | 'week' | 'versions';
const TABS: { id: Tab; label: string }[] = [
  { id: 'grid', label: 'Block grid' },
  { id: 'week', label: 'Day / week' },
  { id: 'versions', label: 'Versions' },
];

export function ScheduleScreen({ programId, yearId, canEdit, canPublish }: ScheduleScreenProps) {
  if (!programId || !yearId) {
    return (
      <div className="screen screen-wide schedule-screen">
        <PageTitle>Schedule</PageTitle>
        <div className="panel empty-state" data-testid="schedule-no-year">
          <p>
            <strong>Choose a program and an academic year first.</strong>
          </p>
          <p className="muted">Pick them in the program and year selector. If the program has no year yet, create one under Academic years; its blocks appear here as columns.</p>
        </div>
      </div>
    );
  }
  return <ScheduleEditor programId={programId} yearId={yearId} canEdit={canEdit} canPublish={canPublish} />;
}

function ScheduleEditor({ programId, yearId, canEdit, canPublish }: { programId: string; yearId: string; canEdit: boolean; canPublish: boolean }) {
  const draft = useScheduleStore((s) => s.draft);
  const loading = useScheduleStore((s) => s.loading);
  const loadError = useScheduleStore((s) => s.loadError);
  const editProblem = useScheduleStore((s) => s.editProblem);
  const saving = useScheduleStore((s) => s.saving);
  const open = useScheduleStore((s) => s.open);
  const reload = useScheduleStore((s) => s.reload);
  const assign = useScheduleStore((s) => s.assign);
  const undo = useScheduleStore((s) => s.undo);
  const redo = useScheduleStore((s) => s.redo);
  const refuseLocked = useScheduleStore((s) => s.refuseLocked);
  const dismissProblem = useScheduleStore((s) => s.dismissProblem);
  const publish = useScheduleStore((s) => s.publish);

  const [tab, setTab] = useState<Tab>('grid');
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ key: string } | null>(null);
  const [picking, setPicking] = useState<{ personId: string; block: number; typed: string } | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [publishError, setPublishError] = useState<string | null>(null);
  const [published, setPublished] = useState('');
  const [printing, setPrinting] = useState(false);
  const drag = useRef<DragPayload | null>(null);

  useEffect(() => {
    setSelectedKey(null);
    void open(programId, yearId);
  }, [open, programId, yearId]);

  // The screen grid renders only the rows in view; paper gets every row, however printing starts.
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const document = draft?.document;
  const model = useMemo(() => (document ? gridModel(document) : null), [document]);
  const markers = useMemo(() => (model && draft ? cellMarkers(draft.findings, model) : new Map()), [model, draft]);
  // The chosen finding as the draft has it now: once an edit fixes it, nothing stays highlighted.
  const selected = useMemo(() => (selectedKey ? (draft?.findings.find((f) => f.key === selectedKey) ?? null) : null), [selectedKey, draft]);
  const highlighted = useMemo(() => new Set(selected && model ? cellsOfFinding(selected, model) : []), [selected, model]);
  const names = useMemo(() => new Map((document?.people ?? []).map((p) => [p.id, personLabel(p)])), [document]);
  const codes = useMemo(() => new Map((document?.rotations ?? []).map((r) => [r.id, r.code])), [document]);

  function selectFinding(finding: Finding) {
    setSelectedKey(finding.key);
    const first = model ? cellsOfFinding(finding, model)[0] : undefined;
    if (first) setFocusRequest({ key: first });
  }

  async function doPublish(note: string) {
    setPublishError(null);
    const answer = await publish(note);
    if (!answer.ok) {
      setPublishError(answer.problem.message);
      return;
    }
    setPublishing(false);
    setPublished(`Version ${answer.version.version} published.`);
  }

  if (!draft || !model || !document) {
    return (
      <div className="screen screen-wide schedule-screen">
        <PageTitle>Schedule</PageTitle>
        {loadError ? (
          <>
            <ErrorMessage error={loadError} />
            <Button onClick={() => void reload()}>Try again</Button>
          </>
        ) : (
          <StatusMessage message={loading ? 'Loading the draft…' : ''} className={loading ? 'status-busy' : undefined} />
        )}
      </div>
    );
  }

  const noResidents = model.facultyStart === 0; // residents come first in the rows
  const noRotations = model.rotations.length === 0;
  const pickingCell = picking ? model.rows.find((r) => r.person.id === picking.personId) : undefined;

  return (
    <div className="screen screen-wide schedule-screen">
      <PageTitle>
        Schedule — {draft.year.label}
      </PageTitle>
      <p className="lead no-print">
        {document.program.name ?? document.program.code}, {draft.year.startDate} to {draft.year.endDate}
        {draft.lockedThrough ? `. Dates through ${draft.lockedThrough} are published and locked.` : '.'}
      </p>

      <ScheduleToolbar
        pendingChanges={draft.pendingChanges}
        canEdit={canEdit}
        canPublish={canPublish}
        onPublish={() => {
          setPublishError(null);
          setPublished('');
          setPublishing(true);
        }}
        onPrint={() => {
          setTab('grid');
          if (typeof window.print === 'function') window.print();
        }}
      />
      <StatusMessage message={published} className={published ? 'status-success' : undefined} />
      {editProblem ? (
        <Banner tone={editProblem.code === 'LOCKED' ? 'warning' : 'error'} role="alert" testId="edit-problem" actions={<Button variant="quiet" onClick={dismissProblem}>Dismiss</Button>}>
          {editProblem.message}
        </Banner>
      ) : null}

      {noResidents || noRotations ? (
        <div className="panel empty-state" data-testid="schedule-empty">
          {noResidents ? (
            <p>
              <strong>No residents on this year’s roster.</strong> Add residents under People, then give each a PGY for this year under Roster; they appear here as rows.
            </p>
          ) : null}
          {noRotations ? (
            <p>
              <strong>No rotations for this year.</strong> Create rotation templates (code, colour, capacity) under Rotations; they become the palette you assign from.
            </p>
          ) : null}
        </div>
      ) : null}

      <div role="tablist" aria-label="Schedule views" className="tabs no-print">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`schedule-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls="schedule-tabpanel"
            tabIndex={tab === t.id ? 0 : -1}
            className="tab"
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const at = TABS.findIndex((x) => x.id === tab);
              const next = TABS[(at + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
              if (next) {
                setTab(next.id);
                window.document.getElementById(`schedule-tab-${next.id}`)?.focus();
              }
            }}
          >
            {t.label}
          </button>
        ))}
      </div>

      <div role="tabpanel" id="schedule-tabpanel" aria-labelledby={`schedule-tab-${tab}`} className="schedule-tabpanel">
        {tab === 'grid' && !noResidents ? (
          <>
            {noRotations ? null : <RotationPalette rotations={model.rotations} drag={drag} canEdit={canEdit} />}
            <div className="schedule-layout no-print" aria-busy={saving}>
              <div className="schedule-grid-column">
                <BlockGrid
                  model={model}
                  markers={markers}
                  highlighted={highlighted}
                  focusRequest={focusRequest}
                  lockedThrough={draft.lockedThrough}
                  canEdit={canEdit && !noRotations}
                  drag={drag}
                  onAssign={(changes, label) => void assign(changes, label)}
                  onPick={(cell, typed) => setPicking({ ...cell, typed })}
                  onLocked={refuseLocked}
                  onUndo={() => void undo()}
                  onRedo={() => void redo()}
                />
                <StatusBar />
              </div>
              <FindingsPanel findings={draft.findings} summary={draft.summary} names={names} selectedKey={selected?.key ?? null} onSelect={selectFinding} />
            </div>
            {printing ? <PrintableGrid model={model} title={`${document.program.name ?? document.program.code} — ${draft.year.label}`} /> : null}
          </>
        ) : null}
        {tab === 'week' ? (
          <>
            <WeekView document={document} lockedThrough={draft.lockedThrough} canEdit={canEdit} />
            {/* Overrides and calls are undoable too: say what the last step did here as well. */}
            <StatusBar />
          </>
        ) : null}
        {tab === 'versions' ? <VersionsPanel programId={programId} yearId={yearId} names={names} codes={codes} /> : null}
      </div>

      {picking && pickingCell ? (
        <RotationPicker
          title={`${pickingCell.label}, block ${picking.block}`}
          rotations={model.rotations}
          typed={picking.typed}
          currentId={model.assigned.get(cellKey(picking.personId, picking.block)) ?? null}
          onCancel={() => setPicking(null)}
          onChoose={(rotationId) => {
            const code = rotationId ? (codes.get(rotationId) ?? rotationId) : 'nothing';
            setPicking(null);
            void assign([{ personId: picking.personId, block: picking.block, rotationId }], `${pickingCell.label}, block ${picking.block}: ${code}`);
          }}
        />
      ) : null}
      {publishing ? (
        <PublishDialog
          summary={draft.summary}
          pendingChanges={draft.pendingChanges}
          busy={saving}
          error={publishError}
          onPublish={(note) => void doPublish(note)}
          onCancel={() => setPublishing(false)}
        />
      ) : null}
    </div>
  );
}
