// Plain selectors over managed keys: which actions a key offers in its state (the contract's
// transition table decides; main checks again), the filter as the form holds it, and helpers the
// screens share. Nothing here calls main.
import {
  canTransition,
  KeyPurpose,
  KeyStatus,
  KeyType,
  usableIn,
  type KeyListFilter,
  type ManagedKey,
} from '../../../../shared/domain';

export type KeyAction = 'rotate' | 'activate' | 'retire' | 'revoke' | 'delete' | 'cancel-deletion' | 'export' | 'policy';

/** The filter bar's fields; '' is "any". */
export interface KeyFilterDraft {
  type: KeyType | '';
  purpose: KeyPurpose | '';
  status: KeyStatus | '';
}

export const EMPTY_KEY_FILTERS: KeyFilterDraft = { type: '', purpose: '', status: '' };

export const hasKeyFilters = (f: KeyFilterDraft): boolean => f.type !== '' || f.purpose !== '' || f.status !== '';

/** The channel's filter: only what was chosen; deleted keys are asked for only when filtering on them. */
export function listFilterFor(f: KeyFilterDraft): KeyListFilter {
  return {
    ...(f.type ? { type: f.type } : {}),
    ...(f.purpose ? { purpose: f.purpose } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.status === 'deleted' ? { includeDeleted: true } : {}),
  };
}

export const asKeyType = (v: string): KeyType | '' => (KeyType.safeParse(v).success ? (v as KeyType) : '');
export const asKeyPurpose = (v: string): KeyPurpose | '' => (KeyPurpose.safeParse(v).success ? (v as KeyPurpose) : '');
export const asKeyStatus = (v: string): KeyStatus | '' => (KeyStatus.safeParse(v).success ? (v as KeyStatus) : '');

export const isAsymmetric = (key: Pick<ManagedKey, 'type'>): boolean => key.type !== 'aes-256';

/**
 * The actions a key offers, in the order the screen shows them. Rotation is for the newest active
 * version only; activation only for the newest version of its chain; deletion for inactive keys
 * and (with force) revoked ones; export for keys with a public half whose status still allows it.
 */
export function actionsFor(key: ManagedKey): KeyAction[] {
  const s = key.status;
  const newest = key.nextId === null;
  const actions: KeyAction[] = [];
  if (s === 'active' && newest) actions.push('rotate');
  if (s === 'inactive' && newest && canTransition(s, 'active')) actions.push('activate');
  if ((s === 'active' || s === 'rotating' || s === 'expired') && canTransition(s, 'inactive')) actions.push('retire');
  if (isAsymmetric(key) && usableIn[s].includes('export')) actions.push('export');
  if (s !== 'deleted') actions.push('policy');
  if (s === 'inactive' || s === 'revoked') actions.push('delete');
  if (s === 'pending-deletion') actions.push('cancel-deletion');
  if (s !== 'revoked' && canTransition(s, 'revoked')) actions.push('revoke');
  return actions;
}

/** Deleting a revoked key needs `force`: its revocation is the reason it can never be used again. */
export const needsForce = (key: Pick<ManagedKey, 'status'>): boolean => key.status === 'revoked';

/** Keys sorted for the list: by name, then newest version first. */
export const byNameThenVersion = (a: ManagedKey, b: ManagedKey): number => a.name.localeCompare(b.name) || b.version - a.version;
