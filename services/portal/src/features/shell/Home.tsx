import { Page } from '../../components/Page.tsx';
import { Link } from '../../app/router.tsx';
import { SCREENS } from '../../app/routes.ts';
import { useSession, useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** Each role's tasks, from the screens that offer one. */
export function Home() {
  const { t } = useI18n();
  const user = useUser();
  const { hasRole } = useSession();
  const tasks = SCREENS.filter(
    (screen) =>
      screen.homeTask !== undefined &&
      screen.public !== true &&
      (screen.roles === undefined || hasRole(...screen.roles)),
  );
  return (
    <Page title={t('home.title', { name: user.name || user.username })}>
      <h2>{t('home.tasks')}</h2>
      {tasks.length === 0 ? (
        <p>{t('home.noRoles')}</p>
      ) : (
        <ul className="task-grid plain">
          {tasks.map(({ path, homeTask }) =>
            homeTask === undefined ? null : (
              <li key={path} className="card task">
                <Link to={path}>{t(homeTask.label)}</Link>
                <p className="muted">{t(homeTask.description)}</p>
              </li>
            ),
          )}
        </ul>
      )}
    </Page>
  );
}
