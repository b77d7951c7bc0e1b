import type { ReactNode } from 'react';
import type { CallFailure } from '../api/problem.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** A failed call, said plainly, with the request id support needs. */
export function ProblemAlert({ failure }: { readonly failure: CallFailure }) {
  const { t } = useI18n();
  if (failure.kind === 'network') {
    return (
      <div className="alert alert-error" role="alert">
        {t('problem.network')}
      </div>
    );
  }
  const { problem } = failure;
  return (
    <div className="alert alert-error" role="alert">
      <strong>{problem.title}</strong>
      {problem.detail !== undefined && <p>{problem.detail}</p>}
      {problem.errors.length > 0 && (
        <p>{t('problem.fieldErrors', { count: problem.errors.length })}</p>
      )}
      {problem.requestId !== '' && (
        <p className="muted small">{t('problem.requestId', { id: problem.requestId })}</p>
      )}
    </div>
  );
}

export function Notice({ children }: { readonly children: ReactNode }) {
  return (
    <div className="alert alert-success" role="status">
      {children}
    </div>
  );
}

/** A coloured label for a state ("Đã nộp", "Đã duyệt"); `tone` says how it reads. */
export function Badge({
  tone = 'neutral',
  children,
}: {
  readonly tone?: 'neutral' | 'good' | 'warn' | 'bad' | 'info';
  readonly children: ReactNode;
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
