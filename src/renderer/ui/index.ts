// Shared presentational pieces. No stores, no calls to main: props in, events out.
export { Banner, type BannerProps } from './Banner';
export { Button, type ButtonProps } from './Button';
export { CheckboxField, type CheckboxFieldProps } from './CheckboxField';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { ErrorMessage } from './ErrorMessage';
export { Field, type FieldProps } from './Field';
export { PageTitle } from './PageTitle';
export { StatusMessage } from './StatusMessage';
