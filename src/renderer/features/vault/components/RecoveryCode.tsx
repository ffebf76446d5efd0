// Owns how a recovery code is displayed: large monospace groups of four, easy to copy by hand.
export function RecoveryCode({ code, testId }: { code: string; testId?: string }) {
  const groups = code.split(/[\s-]+/).filter(Boolean);
  return (
    <p className="recovery-code" data-testid={testId} translate="no">
      {groups.map((group, i) => (
        <span key={i} className="recovery-code-group">
          {group}
          {i < groups.length - 1 ? <span className="recovery-code-sep">-</span> : null}
        </span>
      ))}
    </p>
  );
}
