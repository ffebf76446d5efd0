// Owns the palette of rotation chips above the grid: each chip shows its code in its colour and can
// be dragged onto a cell. Keyboard users assign with the picker instead (Enter on a cell).
import type { RefObject } from 'react';
import type { RotationTemplate } from '../../../../shared/domain';
import { textOn } from '../store/grid-model';
import type { DragPayload } from './drag';

export interface RotationPaletteProps {
  rotations: readonly RotationTemplate[];
  drag: RefObject<DragPayload | null>;
  canEdit: boolean;
}

export function RotationPalette({ rotations, drag, canEdit }: RotationPaletteProps) {
  return (
    <div className="rotation-palette no-print" aria-labelledby="rotation-palette-title">
      <p id="rotation-palette-title" className="rotation-palette-title">
        Rotations{canEdit ? <span className="muted"> — drag one onto a cell, or press Enter on a cell to choose</span> : null}
      </p>
      <ul className="rotation-palette-list">
        {rotations.map((r) => (
          <li key={r.id}>
            <span
              className="rotation-chip"
              title={r.name}
              draggable={canEdit}
              data-testid={`chip-${r.code}`}
              style={{ background: r.colour, color: textOn(r.colour) }}
              onDragStart={(e) => {
                drag.current = { kind: 'rotation', rotationId: r.id };
                e.dataTransfer?.setData('text/plain', r.code);
                if (e.dataTransfer) e.dataTransfer.effectAllowed = 'copy';
              }}
              onDragEnd={() => {
                drag.current = null;
              }}
            >
              <span className="rotation-chip-code">{r.code}</span>
              <span className="rotation-chip-name">{r.name}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
