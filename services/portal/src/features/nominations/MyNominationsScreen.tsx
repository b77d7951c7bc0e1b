import type { ScreenProps } from '../../app/screens.ts';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { MyNominations } from './MyNominations.tsx';
import './nominations.css';

/** Every nomination of the officer's organisation, across rounds. */
export default function MyNominationsScreen({ query }: ScreenProps) {
  const { t } = useI18n();
  return (
    <Page title={t('nominations.mine.pageTitle')}>
      <MyNominations query={query} />
    </Page>
  );
}
