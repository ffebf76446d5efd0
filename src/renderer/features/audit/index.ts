// The audit feature (administrators and auditors): the tamper-evident log, its verification and export.
export { AuditScreen, type AuditScreenProps } from './components/AuditScreen';
export {
  type AuditActionError,
  type AuditActions,
  type AuditData,
  type AuditExport,
  type AuditPage,
  type AuditStore,
  initialAuditData,
  resetAuditStore,
  useAuditStore,
} from './store/audit.store';
export {
  actionLabel,
  AUDIT_PAGE_SIZE,
  type AuditFilterDraft,
  EMPTY_FILTERS,
  exportFileName,
  filterFor,
  formatDetails,
  type KnownUser,
  outcomeLabel,
  pageRange,
  problemText,
  startOfLocalDay,
  verifySummary,
} from './store/selectors';
