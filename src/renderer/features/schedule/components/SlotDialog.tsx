// Owns changing one half-day slot by hand: what the slot holds now, and an override (work on a
// rotation, or off) that always says why. An existing override can be removed, which brings the
// rotation's template back. Editing an existing override starts from what it says (hours
// included), so re-saving it to fix the reason changes nothing else.
import { useRef, useState } from 'react';
import type { DaySlot, GridSlot, HalfDayOverride, RotationTemplate } from '../../../../shared/domain';
import { Button, Dialog, Field, SelectField } from '../../../ui';
import { longDay } from '../store/dates';
import { slotWord } from '../store/slots';
import type { OverrideEdit } from '../store/commands';

export interface SlotDialogProps {
  personName: string;
  personId: string;
  date: string;
  slot: DaySlot;
  current: readonly GridSlot[];
  /** The override the draft holds for this slot, if any (the derived slots lack its own hours). */
  override: HalfDayOverride | null;
  rotations: readonly RotationTemplate[];
  codes: ReadonlyMap<string, string>;
  busy: boolean;
  error: string | null;
  onSave: (input: OverrideEdit) => void;
  onCancel: () => void;
}

export const REASON_REQUIRED = 'Say why this slot differs from the rotation.';

export function SlotDialog(props: SlotDialogProps) {
  const { personName, personId, date, slot, current, override, rotations, codes, busy, error, onSave, onCancel } = props;
  const existing = current.find((s) => s.source === 'override');
  const [activity, setActivity] = useState<'work' | 'off'>(override?.activity ?? 'work');
  // Empty means the block's rotation: an override names one only when someone chose it.
  const [rotationId, setRotationId] = useState(override?.rotationId ?? '');
  const [hours, setHours] = useState(override?.hours !== undefined ? String(override.hours) : '');
  const [reason, setReason] = useState(override?.reason ?? existing?.overrideReason ?? '');
  const [problems, setProblems] = useState<{ reason?: string; hours?: string }>({});
  const reasonRef = useRef<HTMLInputElement>(null);

  function save() {
    const next: typeof problems = {};
    if (!reason.trim()) next.reason = REASON_REQUIRED;
    const h = hours.trim() ? Number(hours) : undefined;
    if (h !== undefined && (!Number.isFinite(h) || h < 0.5 || h > 16)) next.hours = 'Hours must be between 0.5 and 16.';
    setProblems(next);
    if (next.reason || next.hours) {
      if (next.reason) reasonRef.current?.focus();
      return;
    }
    onSave({
      personId,
      date,
      slot,
      override: {
        activity,
        reason: reason.trim(),
        ...(activity === 'work' && rotationId ? { rotationId } : {}),
        ...(activity === 'work' && h !== undefined ? { hours: h } : {}),
      },
    });
  }

  return (
    <Dialog
      title={`${personName} — ${longDay(date)}, ${slot}`}
      busy={busy}
      error={error ?? undefined}
      onCancel={onCancel}
      onSubmit={save}
      testId="slot-dialog"
      description={
        <p>
          Now: {current.length ? current.map((s) => `${slotWord(s, codes)} (${s.hours} h, ${s.source})`).join('; ') : 'nothing scheduled'}.
          {existing?.overrideReason ? ` Overridden because: ${existing.overrideReason}` : ''}
        </p>
      }
      actions={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          {override || existing ? (
            <Button variant="secondary" disabled={busy} onClick={() => onSave({ personId, date, slot, override: null })}>
              Remove override
            </Button>
          ) : null}
          <Button variant="primary" type="submit" busy={busy} busyLabel="Saving…">
            Save override
          </Button>
        </>
      }
    >
      <SelectField
        label="In this slot"
        options={[
          { value: 'work', label: 'Work' },
          { value: 'off', label: 'Off' },
        ]}
        value={activity}
        onChange={(e) => setActivity(e.target.value === 'off' ? 'off' : 'work')}
      />
      {activity === 'work' ? (
        <>
          <SelectField
            label="On rotation"
            options={[{ value: '', label: 'The block’s rotation' }, ...rotations.map((r) => ({ value: r.id, label: `${r.code} — ${r.name}` }))]}
            value={rotationId}
            onChange={(e) => setRotationId(e.target.value)}
          />
          <Field label="Hours (optional)" inputMode="decimal" value={hours} error={problems.hours} hint="Leave empty for the rotation’s usual hours." onChange={(e) => setHours(e.target.value)} />
        </>
      ) : null}
      <Field ref={reasonRef} label="Reason" required maxLength={500} value={reason} error={problems.reason} onChange={(e) => setReason(e.target.value)} />
    </Dialog>
  );
}
