// Composes the feature stores. Owns no state of its own; features never reach into each other.
import { resetAboutStore, useAboutStore } from '../features/about';
import { resetAbsencesStore, useAbsencesStore } from '../features/absences';
import { resetAuditStore, useAuditStore } from '../features/audit';
import { resetAuthStore, useAuthStore } from '../features/auth';
import { resetHolidaysStore, useHolidaysStore } from '../features/holidays';
import { resetBackupStore, useBackupStore } from '../features/backup';
import { resetKeysStore, useKeysStore } from '../features/keys';
import { resetPeopleStore, usePeopleStore } from '../features/people';
import { resetProgramsStore, useProgramsStore } from '../features/programs';
import { resetRotationStore, useRotationStore } from '../features/rotation';
import { resetRotationsStore, useRotationsStore } from '../features/rotations';
import { resetRulesStore, useRulesStore } from '../features/rules';
import { resetScheduleStore, resetVersionsStore, useScheduleStore, useVersionsStore } from '../features/schedule';
import { resetUsersStore, useUsersStore } from '../features/users';
import { resetVaultStore, useVaultStore } from '../features/vault';

export { useAboutStore, useAuditStore, useAuthStore, useUsersStore, useVaultStore };
export { useAbsencesStore, usePeopleStore, useProgramsStore, useRotationsStore, useRulesStore };
export { useHolidaysStore, useScheduleStore, useVersionsStore };
export { useKeysStore, useRotationStore };
export { resetBackupStore, useBackupStore };

/** The key management stores back to "nothing known" (sign-out, another user). */
export function resetKeyStores(): void {
  resetKeysStore();
  resetRotationStore();
}

/** The program setup stores back to "nothing chosen, nothing known" (sign-out, another user). */
export function resetProgramSetupStores(): void {
  resetProgramsStore();
  resetPeopleStore();
  resetRotationsStore();
  resetAbsencesStore();
  resetHolidaysStore();
  resetRulesStore();
  resetScheduleStore();
  resetVersionsStore();
}

/** Every store back to its first-launch state (a fresh window; tests). */
export function resetStores(): void {
  resetVaultStore();
  resetAuthStore();
  resetUsersStore();
  resetAuditStore();
  resetAboutStore();
  resetProgramSetupStores();
  resetKeyStores();
  resetBackupStore();
}
