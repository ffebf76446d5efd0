// Owns turning stored scheduling rows back into domain values (JSON columns, 0/1 flags).
import { ABSENCE_BLOCKS_BY_DEFAULT, type Absence, type FacultyRole, type RotationTemplate } from '../../../../shared/domain';
import type { AbsenceRow, RotationTemplateRow, RosterRow } from '../../store';

export const rotationOf = (row: RotationTemplateRow): RotationTemplate => JSON.parse(row.body) as RotationTemplate;

export const credentialsOf = (row: RosterRow): string[] => JSON.parse(row.credentials) as string[];

export const facultyRoleOf = (row: RosterRow): FacultyRole | null => row.faculty_role as FacultyRole | null;

export const absenceOf = (row: AbsenceRow): Absence => ({
  id: row.id,
  personId: row.person_id,
  startDate: row.start_date,
  endDate: row.end_date,
  type: row.type,
  status: row.status,
  blocking: row.blocking === null ? ABSENCE_BLOCKS_BY_DEFAULT[row.type] : row.blocking === 1,
  hasReason: row.reason_enc !== null,
});
