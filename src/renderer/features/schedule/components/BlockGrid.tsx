// Owns the block grid: residents, then faculty under a "Faculty" heading (rows) × blocks (columns),
// each cell the rotation on that block in its colour. Only the rows in view (plus an overscan) are in the document, at a fixed height, so a
// program of hundreds of residents scrolls as smoothly as a dozen. It is an ARIA grid with one
// roving tab stop: arrows, Home/End and Page Up/Down move; Enter or typing a code opens the picker;
// Delete clears; Ctrl+Z undoes and Ctrl+Shift+Z or Ctrl+Y redoes. Rotations are dropped on a cell
// from the palette, or dragged from one cell to another (which copies the rotation).
import { type DragEvent, type KeyboardEvent, memo, type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AssignmentChange } from '../store/commands';
import { type CellMarker, markerText } from '../store/findings';
import { blockLocked, cellKey, type GridModel, lineCount, lineOfRow, rowOfLine, textOn } from '../store/grid-model';
import { dayMonth } from '../store/dates';
import type { DragPayload } from './drag';

export const ROW_HEIGHT = 36;
export const HEADER_HEIGHT = 44;
export const OVERSCAN = 6;
/** Used until the scroller has been measured (and where nothing lays out, as in tests). */
const FALLBACK_VIEWPORT = 560;

export interface BlockGridProps {
  model: GridModel;
  markers: ReadonlyMap<string, CellMarker>;
  highlighted: ReadonlySet<string>;
  /** Move focus to this cell (a new object each time it is asked). */
  focusRequest: { key: string } | null;
  lockedThrough: string | null;
  canEdit: boolean;
  drag: RefObject<DragPayload | null>;
  onAssign: (changes: AssignmentChange[], label: string) => void;
  onPick: (cell: { personId: string; block: number }, typed: string) => void;
  onLocked: () => void;
  onUndo: () => void;
  onRedo: () => void;
}

interface Position {
  row: number;
  col: number;
}

export function BlockGrid(props: BlockGridProps) {
  const { model, markers, highlighted, focusRequest, lockedThrough, canEdit, drag } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const [active, setActive] = useState<Position>({ row: 0, col: 0 });
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const focusPending = useRef(false);
  // Keys move by rows (people); layout goes by lines (people plus the faculty heading).
  const rowCount = model.rows.length;
  const colCount = model.blocks.length;
  const lines = lineCount(model);

  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (el.clientHeight > 0) setViewport(el.clientHeight);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Rows or blocks can go away under the cursor (another year, a smaller roster).
  const row = Math.min(active.row, Math.max(0, rowCount - 1));
  const col = Math.min(active.col, Math.max(0, colCount - 1));

  const bodyHeight = Math.max(ROW_HEIGHT, viewport - HEADER_HEIGHT);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(lines, Math.ceil((scrollTop + bodyHeight) / ROW_HEIGHT) + OVERSCAN);
  // The tab stop stays inside what is rendered, so Tab always lands in the grid.
  const firstShown = rowOfLine(model, first);
  const lastShown = rowOfLine(model, Math.max(first, last - 1));
  const firstRow = firstShown === 'heading' ? model.facultyStart : firstShown;
  const lastRow = lastShown === 'heading' ? model.facultyStart - 1 : lastShown;
  const tabRow = Math.min(Math.max(row, firstRow), Math.max(firstRow, lastRow));

  /** Scrolls just enough for `r` to be in view. */
  function reveal(r: number) {
    const el = scroller.current;
    const top = lineOfRow(model, r) * ROW_HEIGHT;
    let next = scrollTop;
    if (top < scrollTop) next = top;
    else if (top + ROW_HEIGHT > scrollTop + bodyHeight) next = top + ROW_HEIGHT - bodyHeight;
    if (next === scrollTop) return;
    if (el) el.scrollTop = next;
    setScrollTop(next);
  }

  function moveTo(r: number, c: number) {
    const next = { row: Math.max(0, Math.min(rowCount - 1, r)), col: Math.max(0, Math.min(colCount - 1, c)) };
    reveal(next.row);
    focusPending.current = true;
    setActive(next);
  }

  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-pos="${row}:${col}"]`)?.focus();
  });

  useEffect(() => {
    if (!focusRequest) return;
    const [personId, block] = focusRequest.key.split('|');
    const r = model.rows.findIndex((x) => x.person.id === personId);
    const c = model.blocks.findIndex((b) => String(b.number) === block);
    if (r >= 0 && c >= 0) moveTo(r, c);
    // Only a new request moves focus; moveTo reads the latest layout each time.
  }, [focusRequest]);

  const cellAt = (r: number, c: number) => {
    const person = model.rows[r]?.person;
    const block = model.blocks[c];
    return person && block ? { person, block, rotationId: model.assigned.get(cellKey(person.id, block.number)) ?? null } : null;
  };

  function labelFor(r: number, c: number, rotationId: string | null) {
    const cell = cellAt(r, c);
    const code = rotationId ? (model.rotationById.get(rotationId)?.code ?? rotationId) : 'nothing';
    return cell ? `${model.rows[r]?.label ?? ''}, block ${cell.block.number}: ${code}` : '';
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (mod && (key === 'z' || key === 'y')) {
      e.preventDefault();
      if (key === 'y' || e.shiftKey) props.onRedo();
      else props.onUndo();
      return;
    }
    const page = Math.max(1, Math.floor(bodyHeight / ROW_HEIGHT) - 1);
    const moves: Record<string, Position | undefined> = {
      ArrowUp: { row: row - 1, col },
      ArrowDown: { row: row + 1, col },
      ArrowLeft: { row, col: col - 1 },
      ArrowRight: { row, col: col + 1 },
      PageUp: { row: row - page, col },
      PageDown: { row: row + page, col },
      Home: mod ? { row: 0, col: 0 } : { row, col: 0 },
      End: mod ? { row: rowCount - 1, col: colCount - 1 } : { row, col: colCount - 1 },
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      moveTo(move.row, move.col);
      return;
    }
    const cell = cellAt(row, col);
    if (!cell || !canEdit) return;
    const typed = e.key.length === 1 && !mod && !e.altKey && e.key !== ' ' ? e.key : null;
    if (e.key === 'Enter' || e.key === 'F2' || typed !== null || e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      if (blockLocked(cell.block, lockedThrough)) {
        props.onLocked();
        return;
      }
      if (e.key === 'Delete' || e.key === 'Backspace') {
        if (cell.rotationId) props.onAssign([{ personId: cell.person.id, block: cell.block.number, rotationId: null }], `${labelFor(row, col, null)}`);
        return;
      }
      props.onPick({ personId: cell.person.id, block: cell.block.number }, typed ?? '');
    }
  }

  function onDragStart(e: DragEvent<HTMLDivElement>, r: number, c: number) {
    const cell = cellAt(r, c);
    if (!cell?.rotationId) return;
    drag.current = { kind: 'cell', personId: cell.person.id, block: cell.block.number, rotationId: cell.rotationId };
    e.dataTransfer?.setData('text/plain', model.rotationById.get(cell.rotationId)?.code ?? cell.rotationId);
    if (e.dataTransfer) e.dataTransfer.effectAllowed = 'copy';
  }

  function onDrop(e: DragEvent<HTMLDivElement>, r: number, c: number) {
    e.preventDefault();
    setDropTarget(null);
    const payload = drag.current;
    drag.current = null;
    const cell = cellAt(r, c);
    if (!payload || !cell || !canEdit) return;
    if (blockLocked(cell.block, lockedThrough)) {
      props.onLocked();
      return;
    }
    if (payload.kind === 'cell' && payload.personId === cell.person.id && payload.block === cell.block.number) return;
    setActive({ row: r, col: c });
    props.onAssign([{ personId: cell.person.id, block: cell.block.number, rotationId: payload.rotationId }], labelFor(r, c, payload.rotationId));
  }

  const columns = `var(--grid-rowhead-width) repeat(${colCount}, var(--grid-cell-width))`;
  const rows = [];
  for (let line = first; line < last; line++) {
    const r = rowOfLine(model, line);
    if (r === 'heading') {
      rows.push(
        <div key="faculty-heading" role="row" aria-rowindex={line + 2} className="grid-row grid-section-row" style={{ height: ROW_HEIGHT }}>
          <div role="rowheader" aria-colspan={colCount + 1} className="grid-rowhead grid-section-head" style={{ gridColumn: '1 / -1' }}>
            Faculty
          </div>
        </div>,
      );
      continue;
    }
    const entry = model.rows[r];
    if (!entry) continue;
    rows.push(
      <GridRowView
        key={entry.person.id}
        index={r}
        line={line}
        row={entry}
        model={model}
        markers={markers}
        highlighted={highlighted}
        lockedThrough={lockedThrough}
        canEdit={canEdit}
        columns={columns}
        activeCol={r === tabRow ? col : null}
        dropKey={dropTarget?.startsWith(`${entry.person.id}|`) ? dropTarget : null}
      />,
    );
  }

  /** The cell an event happened in (events are handled once, for the whole grid). */
  const positionOf = (target: EventTarget): Position | null => {
    const pos = (target as HTMLElement).closest?.('[data-pos]')?.getAttribute('data-pos');
    if (!pos) return null;
    const [r, c] = pos.split(':').map(Number);
    return r === undefined || c === undefined ? null : { row: r, col: c };
  };

  return (
    <div
      ref={scroller}
      className="grid-scroll"
      data-testid="block-grid-scroll"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      style={{ ['--grid-row-height' as string]: `${ROW_HEIGHT}px` }}
    >
      <div
        role="grid"
        aria-label="Block schedule: residents and faculty by block"
        aria-rowcount={lines + 1}
        aria-colcount={colCount + 1}
        aria-readonly={!canEdit || undefined}
        className="block-grid"
        onKeyDown={onKeyDown}
        onClick={(e) => {
          const at = positionOf(e.target);
          if (at) setActive(at);
        }}
        onDoubleClick={(e) => {
          const at = positionOf(e.target);
          const cell = at && cellAt(at.row, at.col);
          if (!at || !cell) return;
          setActive(at);
          if (!canEdit) return;
          if (blockLocked(cell.block, lockedThrough)) props.onLocked();
          else props.onPick({ personId: cell.person.id, block: cell.block.number }, '');
        }}
        onDragStart={(e) => {
          const at = positionOf(e.target);
          if (at) onDragStart(e, at.row, at.col);
        }}
        onDragEnd={() => {
          drag.current = null;
          setDropTarget(null);
        }}
        onDragOver={(e) => {
          const at = positionOf(e.target);
          const cell = at && cellAt(at.row, at.col);
          if (!cell || !canEdit || !drag.current) return;
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = blockLocked(cell.block, lockedThrough) ? 'none' : 'copy';
          const key = cellKey(cell.person.id, cell.block.number);
          if (dropTarget !== key) setDropTarget(key);
        }}
        onDragLeave={(e) => {
          if (!positionOf(e.relatedTarget ?? e.target)) setDropTarget(null);
        }}
        onDrop={(e) => {
          const at = positionOf(e.target);
          if (at) onDrop(e, at.row, at.col);
        }}
      >
        <div role="rowgroup" className="grid-head">
          <div role="row" aria-rowindex={1} className="grid-row grid-head-row" style={{ gridTemplateColumns: columns, height: HEADER_HEIGHT }}>
            <div role="columnheader" className="grid-corner">
              Person
            </div>
            {model.blocks.map((b, c) => (
              <div role="columnheader" aria-colindex={c + 2} key={b.number} className={blockLocked(b, lockedThrough) ? 'grid-colhead grid-colhead-locked' : 'grid-colhead'}>
                <span className="grid-colhead-number">Block {b.number}</span>
                <span className="grid-colhead-dates">
                  {dayMonth(b.startDate)} – {dayMonth(b.endDate)}
                </span>
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="grid-body" style={{ height: lines * ROW_HEIGHT }}>
          <div role="presentation" style={{ height: first * ROW_HEIGHT }} />
          {rows}
        </div>
      </div>
    </div>
  );
}

interface GridRowViewProps {
  /** The row's place among people (keyboard positions). */
  index: number;
  /** The line it is drawn on (after the faculty heading, one more than `index`). */
  line: number;
  row: GridModel['rows'][number];
  model: GridModel;
  markers: ReadonlyMap<string, CellMarker>;
  highlighted: ReadonlySet<string>;
  lockedThrough: string | null;
  canEdit: boolean;
  columns: string;
  /** The column holding the grid's tab stop, when it is in this row. */
  activeCol: number | null;
  /** The cell a drag hovers, when it is in this row. */
  dropKey: string | null;
}

/** One person's row. Memoised: scrolling renders only the rows that come into view. */
const GridRowView = memo(function GridRowView(props: GridRowViewProps) {
  const { index: r, line, row, model, markers, highlighted, lockedThrough, canEdit, columns, activeCol, dropKey } = props;
  return (
    <div role="row" aria-rowindex={line + 2} className="grid-row" style={{ gridTemplateColumns: columns, height: ROW_HEIGHT }}>
      <div role="rowheader" className="grid-rowhead">
        <span className="grid-rowhead-name">{row.label}</span>
        {row.detail ? <span className="grid-rowhead-pgy">{row.detail}</span> : null}
      </div>
      {model.blocks.map((block, c) => {
        const key = cellKey(row.person.id, block.number);
        const rotationId = model.assigned.get(key) ?? null;
        const rotation = rotationId ? model.rotationById.get(rotationId) : undefined;
        const locked = blockLocked(block, lockedThrough);
        const marker = markers.get(key);
        const lit = highlighted.has(key);
        const classes = [
          'grid-cell',
          locked ? 'grid-cell-locked' : '',
          lit ? 'grid-cell-highlight' : '',
          dropKey === key ? 'grid-cell-drop' : '',
        ];
        return (
          <div
            key={block.number}
            role="gridcell"
            aria-colindex={c + 2}
            aria-readonly={locked || !canEdit || undefined}
            aria-selected={lit || undefined}
            data-pos={`${r}:${c}`}
            data-cell={key}
            tabIndex={activeCol === c ? 0 : -1}
            className={classes.filter(Boolean).join(' ')}
            style={rotation ? { background: rotation.colour, color: textOn(rotation.colour) } : undefined}
            draggable={canEdit && !locked && rotationId !== null}
          >
            <span className="grid-cell-code">{rotation?.code ?? (rotationId ? '?' : '')}</span>
            {!rotationId ? <span className="visually-hidden">unassigned</span> : null}
            {rotation ? <span className="visually-hidden">{` ${rotation.name}`}</span> : null}
            {locked ? (
              <span className="grid-cell-lock" role="img" aria-label="locked">
                <LockIcon />
              </span>
            ) : null}
            {marker ? (
              <span className={marker.errors ? 'grid-marker grid-marker-error' : 'grid-marker grid-marker-warning'} role="img" aria-label={markerText(marker)}>
                {marker.errors ? '!' : '?'}
              </span>
            ) : null}
          </div>
        );
      })}
    </div>
  );
});

function LockIcon() {
  return (
    <svg width="10" height="12" viewBox="0 0 10 12" aria-hidden="true" focusable="false">
      <rect x="1" y="5" width="8" height="7" rx="1" fill="currentColor" />
      <path d="M3 5V3.5a2 2 0 0 1 4 0V5" stroke="currentColor" strokeWidth="1.4" fill="none" />
    </svg>
  );
}
