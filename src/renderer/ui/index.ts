// Shared presentational pieces. No stores, no calls to main: props in, events out.
export { Banner, type BannerProps } from './Banner';
export { Button, type ButtonProps } from './Button';
export { CheckboxField, type CheckboxFieldProps } from './CheckboxField';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { Dialog, type DialogProps } from './Dialog';
export { ErrorMessage } from './ErrorMessage';
export { Field, type FieldProps } from './Field';
export {
  matchMessage,
  MIN_SECRET_LENGTH,
  mismatchMessage,
  type NewSecretDraft,
  type NewSecretErrors,
  secretLength,
  secretRule,
  type SecretNoun,
  validateNewSecret,
} from './new-secret';
export { NewSecretFields, type NewSecretFieldsProps } from './NewSecretFields';
export { useNewSecret } from './use-new-secret';
export { PageTitle } from './PageTitle';
export { SelectField, type SelectFieldProps } from './SelectField';
export { StatusMessage } from './StatusMessage';
