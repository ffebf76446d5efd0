// Owns turning a patch descriptor into the change it names, with the pure functions of
// ../document-patches.ts: the main thread patches its warm document and the worker its mirror with
// this one function, so the two copies cannot drift apart.
import type { ScheduleDocument } from '../../../../shared/domain';
import { patchAssignments, patchCall, patchExtraDuty, patchOverride } from '../document-patches';
import type { PatchDescriptor } from './protocol';

export function applyPatch(doc: ScheduleDocument, patch: PatchDescriptor): ScheduleDocument {
  switch (patch.kind) {
    case 'assignments':
      return patchAssignments(patch.changes)(doc);
    case 'override':
      return patchOverride(patch.at, patch.override)(doc);
    case 'call':
      return patchCall(patch.date, patch.callKind, patch.next)(doc);
    case 'extra-duty':
      return patchExtraDuty(patch.at, patch.duty)(doc);
  }
}
