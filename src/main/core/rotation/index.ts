// Secret rotation: the per-type policies, what is due, the history, and running a rotation.
export { classifyDue, dueDate, inGrace } from './due';
export type { SecretClock } from './due';
export { KekVersionTamperedError, RotationCancelledError, RotationError, RotationFailedError, RotationInProgressError, RotationRequestError, RotationSecretRequiredError } from './errors';
export { backupSigningKeyPort } from './backup-signing-key';
export { keyFingerprint } from './fingerprint';
export { createKekRing } from './kek-ring';
export type { KekRing } from './kek-ring';
export type { ManagedKeyRewrap } from './internal/rotator';
export { createRotationHistory } from './rotation-history';
export type { RotationHistory } from './rotation-history';
export { createRotationService } from './rotation.service';
export type { RotationDeps, RotationPorts, RotationProgress, RotationRequest, RotationService } from './rotation.service';
export { allPolicies, policyOf, secretPolicies } from './secret-types';
