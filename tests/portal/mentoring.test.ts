import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  pageErrors,
  saveScreenshot,
  seriousViolations,
  signedInPage,
  usePortal,
} from '../support/portal-browser.ts';

const frame = usePortal();

/** The yyyy-MM-dd of a day counted from today in Vietnam (UTC+7, no DST). */
const vietnamDay = (daysFromToday: number) =>
  new Date(Date.now() + 7 * 3_600_000 + daysFromToday * 86_400_000).toISOString().slice(0, 10);

/** A screen as a person finds it: screenshotted, and without serious accessibility problems. */
async function checkScreen(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, `mentoring-journey-${name}`, 'vi');
  const violations = await seriousViolations(page);
  expect(
    violations.map((violation) => `${name}: ${violation.id} ${violation.help}`),
    name,
  ).toEqual([]);
}

const MENTEE = 'Nguyễn Văn An';
const MENTOR = 'Đặng Minh Đức';

describe('mentoring, from the programme office to a pair at work', () => {
  it('opens a programme, a mentee applies, the office matches and publishes, the mentor accepts, the pair meets and sets a goal', async () => {
    const programmeName = `Kèm cặp thử nghiệm ${String(Date.now())}`;

    // The mentor looks in before anything is proposed: nothing waits yet.
    const mentor = await signedInPage(frame, 'mentor.duc', '/mentoring/inbox');
    await mentor.page.getByText('Không có đề nghị nào đang chờ bạn trả lời.').waitFor();

    // The office opens a programme whose window contains today.
    const office = await signedInPage(frame, 'office.mai', '/mentoring/programmes');
    const { page } = office;
    await page.getByRole('heading', { name: 'Chương trình cố vấn', level: 1 }).waitFor();
    await checkScreen(page, 'programmes');
    await page.getByRole('link', { name: 'Mở chương trình cố vấn' }).click();
    await page.getByRole('heading', { name: 'Mở chương trình cố vấn', level: 1 }).waitFor();
    await page
      .getByRole('textbox', { name: /^Tên chương trình \(tiếng Việt\)/ })
      .fill(programmeName);
    await page.getByLabel(/^Ngày mở/).fill(vietnamDay(-1));
    await page.getByLabel(/^Ngày đóng/).fill(vietnamDay(60));
    await page.getByRole('spinbutton', { name: /^Số cặp mục tiêu/ }).fill('5');
    await checkScreen(page, 'programme-form');
    await page.getByRole('button', { name: 'Mở chương trình', exact: true }).click();
    await page.getByRole('heading', { name: programmeName, level: 1 }).waitFor();
    const board = page.url();

    // The demo mentor's own topic, by its name in the taxonomy: the mentee asks for it.
    const read = async (path: string) =>
      (await (await office.context.request.get(`${frame.url()}/api/v1${path}`)).json()) as {
        mentors?: { fullName?: string; topicSkillCodes?: string[] }[];
        skills?: { code: string; name: { vi?: string } }[];
      };
    const pool = await read('/mentoring/mentors?page.pageSize=200');
    const topic = pool.mentors?.find((m) => m.fullName === MENTOR)?.topicSkillCodes?.[0] ?? '';
    const taxonomy = await read('/skills?page.pageSize=200');
    const topicName = taxonomy.skills?.find((skill) => skill.code === topic)?.name.vi ?? '';
    expect(topicName).not.toBe('');

    // The mentee asks for a mentor in it.
    const mentee = await signedInPage(frame, 'expert.an', '/mentoring/apply');
    await mentee.page.getByRole('heading', { name: 'Đăng ký nhận cố vấn', level: 1 }).waitFor();
    const programme = mentee.page.getByLabel(/^Chương trình/);
    const option = programme.locator('option', { hasText: programmeName });
    await programme.selectOption({ value: (await option.getAttribute('value')) ?? '' });
    const topics = mentee.page.getByRole('group', { name: /^Chủ đề/ });
    await topics.getByRole('checkbox', { name: topicName, exact: true }).check();
    await mentee.page
      .getByRole('textbox', { name: /^Mục tiêu/ })
      .fill('Xây dựng kế hoạch chuyển đổi số cho sở trong năm 2026');
    await mentee.page.getByLabel(/^Hình thức gặp mong muốn/).selectOption('MEETING_MODE_ONLINE');
    await checkScreen(mentee.page, 'apply');
    await mentee.page.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await mentee.page.getByText('Đã gửi đăng ký.', { exact: false }).waitFor();
    await mentee.page.getByRole('cell', { name: 'Đang chờ ghép' }).first().waitFor();
    await checkScreen(mentee.page, 'applications');

    // The office runs the match; the mentee goes to the demo mentor, changed by hand if need be.
    await page.goto(board);
    await page.getByRole('button', { name: 'Chạy ghép cặp' }).click();
    await page.getByRole('heading', { name: /^Phương án ghép cặp/ }).waitFor();
    await page.getByRole('table', { name: /phương án tối ưu/ }).waitFor();
    const pair = page.getByRole('article', { name: new RegExp(`^${MENTEE} – `) });
    const change = async (opener: string) => {
      await page.getByRole('button', { name: opener }).click();
      const form = page.getByRole('form', { name: 'Chọn người cố vấn khác' });
      const mentor = form.getByLabel(/^Người cố vấn/);
      const choice = mentor.locator('option', { hasText: MENTOR });
      await mentor.selectOption({ value: (await choice.getAttribute('value')) ?? '' });
      await form.getByRole('button', { name: 'Lưu điều chỉnh' }).click();
    };
    if ((await pair.count()) === 0) {
      await change(`Chọn người cố vấn cho ${MENTEE}`);
    } else if (!(await pair.getByRole('heading').innerText()).includes(MENTOR)) {
      await change(`Đổi người cố vấn cho ${MENTEE}`);
    }
    const matched = page.getByRole('article', { name: `${MENTEE} – ${MENTOR}` });
    await matched.waitFor();
    // Each pair's score in parts, with why.
    expect(await matched.getByRole('listitem').count()).toBeGreaterThan(0);
    await checkScreen(page, 'board');
    await page.getByRole('button', { name: /^Công bố \d+ cặp$/ }).click();
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByText(/^Đã công bố:/).waitFor();

    // The mentor accepts in their inbox.
    await mentor.page.reload();
    await mentor.page
      .getByRole('heading', { name: `Đề nghị cố vấn ${MENTEE}`, level: 2 })
      .waitFor();
    await mentor.page.getByText('Vì sao phù hợp').first().waitFor();
    await checkScreen(mentor.page, 'inbox');
    await mentor.page.getByRole('button', { name: `Nhận lời cố vấn ${MENTEE}` }).click();
    await mentor.page.getByText(`Bạn đã nhận lời cố vấn ${MENTEE}.`).waitFor();

    // The mentee opens the pair's space, schedules a meeting and sets a goal.
    await mentee.page.goto(`${frame.url()}/mentoring/applications`);
    await mentee.page.getByRole('link', { name: 'Mở cặp cố vấn' }).first().click();
    await mentee.page
      .getByRole('heading', { name: `Cặp cố vấn: ${MENTEE} – ${MENTOR}`, level: 1 })
      .waitFor();
    await mentee.page.getByText('Đang cố vấn').first().waitFor();
    await mentee.page.getByRole('button', { name: 'Lên lịch buổi gặp' }).click();
    const meeting = mentee.page.getByRole('form', { name: 'Lên lịch buổi gặp' });
    await meeting.getByLabel(/^Ngày/).fill(vietnamDay(3));
    await meeting.getByLabel(/^Giờ bắt đầu/).fill('09:30');
    await meeting
      .getByRole('textbox', { name: /^Đường dẫn phòng họp trực tuyến/ })
      .fill('https://meet.example.vn/kem-cap-an-duc');
    await meeting.getByRole('textbox', { name: 'Nội dung dự kiến' }).fill('Rà soát kế hoạch CĐS');
    await meeting.getByRole('button', { name: 'Lên lịch', exact: true }).click();
    await mentee.page.getByText('Đã lên lịch', { exact: true }).waitFor();
    await mentee.page.getByText('Rà soát kế hoạch CĐS').waitFor();

    const goals = mentee.page.getByRole('form', { name: 'Mục tiêu' });
    await goals.getByRole('button', { name: 'Thêm mục tiêu' }).click();
    await goals
      .getByRole('textbox', { name: /^Mục tiêu 1/ })
      .fill('Hoàn thành kế hoạch chuyển đổi số của sở');
    await goals.getByLabel(/^Trạng thái mục tiêu 1/).selectOption('GOAL_STATUS_IN_PROGRESS');
    await goals.getByRole('spinbutton', { name: /^Tiến độ mục tiêu 1/ }).fill('30');
    await goals.getByRole('button', { name: 'Lưu mục tiêu' }).click();
    await mentee.page.getByText('Đã lưu mục tiêu.').waitFor();
    await mentee.page.reload();
    expect(await mentee.page.getByRole('textbox', { name: /^Mục tiêu 1/ }).inputValue()).toBe(
      'Hoàn thành kế hoạch chuyển đổi số của sở',
    );
    await checkScreen(mentee.page, 'pair');

    // The office follows the pair in its list, with the pair's history.
    await page.goto(`${frame.url()}/mentoring/pairs?status=ASSIGNMENT_STATUS_ACTIVE`);
    await page.getByRole('link', { name: MENTEE }).first().waitFor();
    await checkScreen(page, 'pairs');
    await page.getByRole('link', { name: MENTEE }).first().click();
    await page.getByRole('heading', { name: 'Lịch sử thay đổi' }).waitFor();

    expect([
      ...pageErrors(office.context),
      ...pageErrors(mentee.context),
      ...pageErrors(mentor.context),
    ]).toEqual([]);
    await Promise.all([office.context.close(), mentee.context.close(), mentor.context.close()]);
  }, 240_000);
});
