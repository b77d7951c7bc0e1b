import { useEffect, useRef, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useLoad } from '../../api/hooks.ts';
import type { CallFailure } from '../../api/problem.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { Page } from '../../components/Page.tsx';
import { QrCode } from '../../components/QrCode.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { loadSessions } from './data.ts';
import { checkInUrl, checkInWindowState, nextRefreshDelay, secondsUntil } from './logic.ts';
import type { CheckInCode } from './types.ts';
import './cohorts.css';

/**
 * The screen a facilitator puts up in the room: the session's current check-in code, very large,
 * and a QR code that opens the expert check-in page with it. The code rotates (every minute): the
 * screen fetches the next one just after each rotation and counts down to it.
 */
export default function CheckInDisplay({ params }: ScreenProps) {
  const { t, dateTime } = useI18n();
  const cohortId = params.cohortId ?? '';
  const sessionId = params.sessionId ?? '';
  const sessions = useLoad(() => loadSessions(cohortId), [cohortId]);
  const session =
    sessions.status === 'ok' ? sessions.data.find((found) => found.id === sessionId) : undefined;
  const { code, failure } = useRotatingCode(sessionId);
  const now = useNow();
  const frame = useRef<HTMLDivElement>(null);
  const [fullScreen, setFullScreen] = useState(false);
  useEffect(() => {
    const update = () => {
      setFullScreen(document.fullscreenElement !== null);
    };
    document.addEventListener('fullscreenchange', update);
    return () => {
      document.removeEventListener('fullscreenchange', update);
    };
  }, []);
  const toggleFullScreen = () => {
    if (document.fullscreenElement === null) void frame.current?.requestFullscreen();
    else void document.exitFullscreen();
  };
  const title = session?.settings?.title ?? '';
  const left = secondsUntil(code?.validUntil, now);
  const rotation = code?.rotationSeconds ?? 60;
  const windowState = code === undefined ? 'open' : checkInWindowState(code, now);
  const url = code?.code === undefined ? '' : checkInUrl(location.origin, sessionId, code.code);
  return (
    <Page
      title={t('cohorts.checkIn.title')}
      actions={
        <>
          <Link className="button" to={`/cohorts/${cohortId}/sessions/${sessionId}/attendance`}>
            {t('cohorts.session.attendance')}
          </Link>
          <Link className="button" to={`/cohorts/${cohortId}`}>
            {t('cohorts.backToCohort')}
          </Link>
        </>
      }
    >
      <div className="check-in-display" ref={frame}>
        {/* Inside the frame, so it stays reachable in full screen (Esc leaves it too). */}
        <button
          type="button"
          className="button primary fullscreen-toggle"
          onClick={toggleFullScreen}
        >
          {t(fullScreen ? 'cohorts.checkIn.exitFullScreen' : 'cohorts.checkIn.fullScreen')}
        </button>
        {title !== '' && <p className="session-title">{title}</p>}
        {session?.settings !== undefined && (
          <p className="muted">
            {t('cohorts.checkIn.sessionTime', {
              start: dateTime(session.settings.startsAt),
              end: dateTime(session.settings.endsAt),
            })}
          </p>
        )}
        {failure !== undefined && <ProblemAlert failure={failure} />}
        {code === undefined && failure === undefined && <Loading />}
        {code !== undefined && (
          <>
            <p className="window-state" role="status">
              {windowState === 'not-open' &&
                t('cohorts.checkIn.notOpen', { opens: dateTime(code.windowOpensAt) })}
              {windowState === 'open' &&
                t('cohorts.checkIn.open', { closes: dateTime(code.windowClosesAt) })}
              {windowState === 'closed' &&
                t('cohorts.checkIn.closed', { closed: dateTime(code.windowClosesAt) })}
            </p>
            <div className="check-in-body">
              <div>
                <p className="muted">{t('cohorts.checkIn.scan')}</p>
                <QrCode text={url} label={t('cohorts.checkIn.qrLabel')} size={420} />
              </div>
              <div>
                <p className="muted">{t('cohorts.checkIn.orType')}</p>
                <p className="check-in-code" data-testid="check-in-code">
                  {code.code}
                </p>
                <p className="countdown" aria-live="off">
                  {t('cohorts.checkIn.countdown', { seconds: left })}
                </p>
                <div className="countdown-bar" aria-hidden="true">
                  <span style={{ width: `${String(Math.min(100, (left / rotation) * 100))}%` }} />
                </div>
                <p className="check-in-url">
                  {t('cohorts.checkIn.address', { address: `${location.origin}/check-in` })}
                </p>
              </div>
            </div>
          </>
        )}
      </div>
    </Page>
  );
}

/** The current time, ticking every second (the countdown). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  return now;
}

/**
 * The session's current code, fetched again just after it rotates. A failed fetch keeps the last
 * code on screen (a brief network drop must not blank the room's screen) and retries in 5 s.
 */
function useRotatingCode(sessionId: string): {
  readonly code: CheckInCode | undefined;
  readonly failure: CallFailure | undefined;
} {
  const [code, setCode] = useState<CheckInCode | undefined>();
  const [failure, setFailure] = useState<CallFailure | undefined>();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const fetchCode = async () => {
      const outcome = await call(
        api.GET('/api/v1/sessions/{sessionId}/check-in-code', {
          params: { path: { sessionId } },
        }),
      );
      if (stopped) return;
      if (outcome.ok) {
        setCode(outcome.data);
        setFailure(undefined);
        timer = setTimeout(() => void fetchCode(), nextRefreshDelay(outcome.data, Date.now()));
      } else {
        setFailure(outcome.failure);
        // Refused or unknown: trying again changes nothing. Anything else may pass on.
        const status = outcome.failure.kind === 'problem' ? outcome.failure.problem.status : 0;
        if (status !== 401 && status !== 403 && status !== 404) {
          timer = setTimeout(() => void fetchCode(), 5000);
        }
      }
    };
    void fetchCode();
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [sessionId]);
  return { code, failure };
}
