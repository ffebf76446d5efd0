// Plain selectors over rotation status: how many secrets need attention (the shell's notice), the
// words for a secret's scope, and the notice's sentence.
import type { Program, RotationStatus, SecretType } from '../../../../shared/domain';
import { secretLabel } from './labels';

/** Due soon plus overdue: what the shell's notice counts. */
export const attentionCount = (status: RotationStatus | null): number => (status ? status.due.length + status.overdue.length : 0);

export const noticeText = (n: number): string => (n === 1 ? '1 rotation due' : `${n} rotations due`);

/** "Program data key — Internal Medicine (IM)", or the secret alone for workstation-wide ones. */
export function secretName(type: SecretType, programId: string | null, programs: readonly Program[] | null): string {
  if (!programId) return secretLabel[type];
  const p = programs?.find((x) => x.id === programId);
  return `${secretLabel[type]} — ${p ? `${p.name} (${p.code})` : 'a program'}`;
}
