// Owns the weekly pattern grid: one text field per weekday and slot (AM, PM, night) holding the
// activity label, empty for nothing. A table so screen readers announce day and slot per cell.
import { WEEKDAYS, type Weekday } from '../../../../shared/domain';
import { Button } from '../../../ui';
import { type RotationDraft, SLOT_KEYS, SLOT_LABEL, type SlotKey } from '../store/rotation-draft';

const DAY_SHORT: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };
const DAY_LONG: Record<Weekday, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

export interface PatternGridProps {
  pattern: RotationDraft['pattern'];
  readOnly: boolean;
  error?: string;
  onChange: (next: RotationDraft['pattern']) => void;
}

export function PatternGrid({ pattern, readOnly, error, onChange }: PatternGridProps) {
  const set = (day: Weekday, slot: SlotKey, value: string) => onChange({ ...pattern, [day]: { ...pattern[day], [slot]: value } });
  const copyMonday = () => onChange({ ...pattern, tue: { ...pattern.mon }, wed: { ...pattern.mon }, thu: { ...pattern.mon }, fri: { ...pattern.mon } });

  return (
    <fieldset className="fieldset">
      <legend className="field-label">Weekly pattern</legend>
      <p className="field-hint">The activity in each slot (e.g. clinic, wards, didactics); leave a slot empty when nothing is scheduled.</p>
      <div className="table-scroll">
        <table className="pattern-grid" data-testid="pattern-grid">
          <thead>
            <tr>
              <td />
              {WEEKDAYS.map((d) => (
                <th key={d} scope="col">
                  <abbr title={DAY_LONG[d]}>{DAY_SHORT[d]}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SLOT_KEYS.map((slot) => (
              <tr key={slot}>
                <th scope="row">{SLOT_LABEL[slot]}</th>
                {WEEKDAYS.map((d) => (
                  <td key={d}>
                    <input
                      className="field-input field-input-compact"
                      aria-label={`${DAY_LONG[d]} ${SLOT_LABEL[slot]}`}
                      maxLength={40}
                      value={pattern[d][slot]}
                      readOnly={readOnly}
                      onChange={(e) => set(d, slot, e.target.value)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error ? <p className="field-error">{error}</p> : null}
      {!readOnly ? (
        <div className="actions actions-start">
          <Button variant="quiet" className="btn-small" onClick={copyMonday}>
            Copy Monday to Tuesday–Friday
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
