// Owns first-run setup: methods → recovery code → confirm it (→ a final step the app supplies,
// e.g. creating the administrator account). The recovery code lives only in this component's state
// and is dropped as soon as the confirmation step is left.
import { useState, type ReactNode } from 'react';
import { Button, PageTitle } from '../../../ui';
import { ConfirmRecoveryForm } from './ConfirmRecoveryForm';
import { RecoveryCodeStep } from './RecoveryCodeStep';
import { SetupMethodsStep } from './SetupMethodsStep';

type Step = 'methods' | 'code' | 'confirm' | 'final';
const VAULT_STEPS: { id: Step; label: string }[] = [
  { id: 'methods', label: 'Unlock methods' },
  { id: 'code', label: 'Recovery code' },
  { id: 'confirm', label: 'Confirm the code' },
];

export interface SetupWizardFinalStep {
  label: string;
  /** The step's content; it calls `done` when the wizard is complete. */
  render: (done: () => void) => ReactNode;
}

export interface SetupWizardProps {
  onFinish: () => void;
  /** Reached after the recovery code is confirmed (or skipped); it cannot go back. */
  finalStep?: SetupWizardFinalStep;
}

export function SetupWizard({ onFinish, finalStep }: SetupWizardProps) {
  const [step, setStep] = useState<Step>('methods');
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const steps = finalStep ? [...VAULT_STEPS, { id: 'final' as const, label: finalStep.label }] : VAULT_STEPS;

  function leaveConfirmation() {
    setRecoveryCode(null);
    if (finalStep) setStep('final');
    else onFinish();
  }

  return (
    <div className="wizard">
      <ol className="steps no-print" aria-label="Setup progress">
        {steps.map((s, i) => (
          <li key={s.id} className="step" aria-current={s.id === step ? 'step' : undefined}>
            <span className="step-number" aria-hidden="true">
              {i + 1}
            </span>
            <span>
              <span className="visually-hidden">Step {i + 1} of {steps.length}: </span>
              {s.label}
            </span>
          </li>
        ))}
      </ol>

      {step === 'methods' ? (
        <SetupMethodsStep
          onCreated={(code) => {
            setRecoveryCode(code);
            setStep('code');
          }}
        />
      ) : null}

      {step === 'code' && recoveryCode ? <RecoveryCodeStep code={recoveryCode} onNext={() => setStep('confirm')} /> : null}

      {step === 'confirm' ? (
        <>
          <PageTitle>Confirm your recovery code</PageTitle>
          <p className="lead">
            Type the code from your sheet to check it was copied correctly. If you skip this, Home will remind you until
            it is confirmed.
          </p>
          <ConfirmRecoveryForm
            onConfirmed={leaveConfirmation}
            secondaryActions={
              <>
                <Button variant="secondary" onClick={() => setStep('code')}>
                  Show the code
                </Button>
                <Button variant="quiet" onClick={leaveConfirmation}>
                  Skip for now
                </Button>
              </>
            }
          />
        </>
      ) : null}

      {step === 'final' && finalStep ? finalStep.render(onFinish) : null}
    </div>
  );
}
