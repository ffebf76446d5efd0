// Owns the rotation picker for one cell: type a code (the first key typed on the cell is already
// in the box) and press Enter, or choose from the filtered list; "Clear" leaves the block empty.
import { useRef, useState } from 'react';
import type { RotationTemplate } from '../../../../shared/domain';
import { Button, Dialog, Field } from '../../../ui';
import { filterRotations, rotationMatching, textOn } from '../store/grid-model';

export interface RotationPickerProps {
  title: string;
  rotations: readonly RotationTemplate[];
  /** What was typed on the cell to open the picker. */
  typed: string;
  currentId: string | null;
  onChoose: (rotationId: string | null) => void;
  onCancel: () => void;
}

export function RotationPicker({ title, rotations, typed, currentId, onChoose, onCancel }: RotationPickerProps) {
  const [text, setText] = useState(typed);
  const [problem, setProblem] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const shown = filterRotations(rotations, text);

  function submit() {
    const match = rotationMatching(rotations, text);
    if (match) onChoose(match.id);
    else setProblem(text.trim() ? `No single rotation matches “${text.trim()}”. Type its code or pick it from the list.` : 'Type a rotation code or pick one from the list.');
  }

  return (
    <Dialog
      title={title}
      onCancel={onCancel}
      onSubmit={submit}
      initialFocus={inputRef}
      testId="rotation-picker"
      actions={
        <>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          {currentId ? (
            <Button variant="secondary" onClick={() => onChoose(null)}>
              Clear this block
            </Button>
          ) : null}
          <Button variant="primary" type="submit">
            Assign
          </Button>
        </>
      }
    >
      <Field
        ref={inputRef}
        label="Rotation code"
        value={text}
        autoComplete="off"
        error={problem || undefined}
        hint="Enter assigns the rotation whose code you typed."
        onChange={(e) => {
          setText(e.target.value);
          setProblem('');
        }}
      />
      <ul className="picker-list" aria-label="Matching rotations">
        {shown.map((r) => (
          <li key={r.id}>
            <button type="button" className="picker-option" aria-current={r.id === currentId || undefined} onClick={() => onChoose(r.id)}>
              <span className="rotation-chip-code picker-swatch" style={{ background: r.colour, color: textOn(r.colour) }}>
                {r.code}
              </span>
              {r.name}
            </button>
          </li>
        ))}
        {shown.length === 0 ? <li className="muted">No rotation matches.</li> : null}
      </ul>
    </Dialog>
  );
}
