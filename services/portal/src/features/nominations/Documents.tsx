import { useCallback, useRef, useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { fileBody } from '../../api/upload.ts';
import { useAction } from '../../api/hooks.ts';
import { fieldErrors } from '../../api/problem.ts';
import { FileField, SelectField } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import {
  DOCUMENT_ACCEPT,
  documentContentType,
  documentContentUrl,
  fileSizeParts,
  MAX_DOCUMENT_BYTES,
  type DocumentContentType,
} from './documents.ts';
import { DOCUMENT_KIND_LABEL, DOCUMENT_KINDS, labelOf, pick } from './labels.ts';
import type { DocumentKind, Nomination } from './model.ts';

type Doc = NonNullable<Nomination['documents']>[number];

/**
 * A nomination's documents (decision letter, CV, degrees), and, while the nominator holds the
 * nomination, adding and removing them. The chosen file itself is sent; the service computes its
 * size and SHA-256 and keeps its bytes, and each file name links to them.
 */
export function Documents({
  nomination,
  editable,
  onChanged,
}: {
  readonly nomination: Nomination;
  readonly editable: boolean;
  readonly onChanged: (nomination: Nomination | undefined) => void;
}) {
  const { t, dateTime, number } = useI18n();
  const documents = nomination.documents ?? [];
  const size = (bytes: string | undefined) => {
    const parts = fileSizeParts(Number(bytes ?? 0));
    return `${number(parts.value)} ${parts.unit}`;
  };
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('nominations.document.title')}</h2>
      {documents.length === 0 ? (
        <p className="muted">{t('nominations.document.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('nominations.document.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('nominations.document.kind')}</th>
                <th scope="col">{t('nominations.document.fileName')}</th>
                <th scope="col" className="numeric">
                  {t('nominations.document.size')}
                </th>
                <th scope="col">{t('nominations.document.uploadedAt')}</th>
                {editable && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {documents.map((document) => {
                const kind = labelOf(DOCUMENT_KIND_LABEL, document.kind);
                const contentUrl = documentContentUrl(nomination.id ?? '', document);
                return (
                  <tr key={document.id}>
                    <td>{kind === undefined ? document.kind : t(kind)}</td>
                    <td>
                      {contentUrl === undefined ? (
                        document.fileName
                      ) : (
                        <a href={contentUrl}>{document.fileName}</a>
                      )}
                    </td>
                    <td className="numeric">{size(document.sizeBytes)}</td>
                    <td>{dateTime(document.uploadedAt)}</td>
                    {editable && (
                      <td>
                        <RemoveDocument
                          nomination={nomination}
                          document={document}
                          onChanged={onChanged}
                        />
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editable && <AddDocument nomination={nomination} onChanged={onChanged} />}
    </section>
  );
}

function RemoveDocument({
  nomination,
  document,
  onChanged,
}: {
  readonly nomination: Nomination;
  readonly document: Doc;
  readonly onChanged: (nomination: Nomination | undefined) => void;
}) {
  const { t } = useI18n();
  const remove = useAction(
    useCallback(
      () =>
        call(
          api.DELETE('/api/v1/nominations/{nominationId}/documents/{documentId}', {
            params: {
              path: { nominationId: nomination.id ?? '', documentId: document.id ?? '' },
              query: { expectedVersion: nomination.version ?? 0 },
            },
          }),
        ),
      [nomination.id, nomination.version, document.id],
    ),
    useCallback(
      (data: { nomination?: Nomination }) => {
        onChanged(data.nomination);
      },
      [onChanged],
    ),
  );
  return (
    <ConfirmAction
      label={t('nominations.document.remove', { name: document.fileName ?? '' })}
      question={t('nominations.document.removeQuestion', { name: document.fileName ?? '' })}
      confirmLabel={t('nominations.document.removeConfirm')}
      danger
      state={remove.state}
      onConfirm={() => void remove.execute()}
    />
  );
}

interface Chosen {
  readonly file: File;
  readonly kind: DocumentKind;
  readonly contentType: DocumentContentType;
}

function AddDocument({
  nomination,
  onChanged,
}: {
  readonly nomination: Nomination;
  readonly onChanged: (nomination: Nomination | undefined) => void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<DocumentKind>('DOCUMENT_KIND_DECISION_LETTER');
  const [file, setFile] = useState<File | undefined>();
  const [localError, setLocalError] = useState<string | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const nominationId = nomination.id ?? '';
  const upload = useCallback(
    ({ file: chosen, kind: chosenKind, contentType }: Chosen) =>
      call(
        api.POST('/api/v1/nominations/{nominationId}/documents/upload', {
          params: {
            path: { nominationId },
            query: {
              kind: chosenKind,
              fileName: chosen.name,
              expectedVersion: nomination.version ?? 0,
            },
          },
          // The service computes the size and SHA-256 from the bytes it receives.
          ...fileBody(chosen, contentType),
        }),
      ),
    [nominationId, nomination.version],
  );
  const done = useCallback(
    (data: { nomination?: Nomination }) => {
      setFile(undefined);
      if (fileInput.current !== null) fileInput.current.value = '';
      onChanged(data.nomination);
    },
    [onChanged],
  );
  const { state, execute } = useAction(upload, done);
  const errors =
    state.status === 'failed' && state.failure.kind === 'problem'
      ? fieldErrors(state.failure.problem)
      : {};
  const fileError = localError ?? errors.fileName ?? errors.contentType ?? errors.content;
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file === undefined) {
      setLocalError(t('nominations.document.chooseFile'));
      fileInput.current?.focus();
      return;
    }
    const contentType = documentContentType(file.name, file.type);
    if (contentType === undefined) {
      setLocalError(t('nominations.document.wrongType'));
      fileInput.current?.focus();
      return;
    }
    if (file.size > MAX_DOCUMENT_BYTES || file.size === 0) {
      setLocalError(t('nominations.document.tooLarge'));
      fileInput.current?.focus();
      return;
    }
    setLocalError(undefined);
    void execute({ file, kind, contentType });
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="add-document-heading">
      <h3 id="add-document-heading">{t('nominations.document.add')}</h3>
      <div className="grid-2">
        <SelectField
          label={t('nominations.document.kind')}
          name="kind"
          value={kind}
          required
          error={errors.kind}
          options={DOCUMENT_KINDS.map((value) => ({ value, label: t(DOCUMENT_KIND_LABEL[value]) }))}
          onChange={(event) => {
            setKind(pick(DOCUMENT_KINDS, event.target.value, kind));
          }}
        />
        <FileField
          label={t('nominations.document.file')}
          required
          hint={t('nominations.document.fileHint')}
          error={fileError}
          ref={fileInput}
          name="file"
          accept={DOCUMENT_ACCEPT}
          onFile={(chosen) => {
            setFile(chosen);
            setLocalError(undefined);
          }}
        />
      </div>
      {state.status === 'failed' && fileError === undefined && errors.kind === undefined && (
        <ProblemAlert failure={state.failure} />
      )}
      <button type="submit" className="button" disabled={state.status === 'running'}>
        {state.status === 'running'
          ? t('nominations.document.uploading')
          : t('nominations.document.upload')}
      </button>
    </form>
  );
}
