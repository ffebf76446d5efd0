// Owns a polite live region that is always in the document, so changes to it are announced.
export function StatusMessage({ message, className }: { message: string; className?: string }) {
  return (
    <p role="status" className={['status-message', className].filter(Boolean).join(' ')}>
      {message}
    </p>
  );
}
