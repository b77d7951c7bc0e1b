import { Page } from '../../components/Page.tsx';

/** A page that only says something (not found, not allowed). */
export function MessagePage({ title, body }: { readonly title: string; readonly body: string }) {
  return (
    <Page title={title}>
      <p>{body}</p>
    </Page>
  );
}
