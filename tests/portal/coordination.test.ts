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
  await saveScreenshot(page, `coordination-journey-${name}`, 'vi');
  const violations = await seriousViolations(page);
  expect(
    violations.map((violation) => `${name}: ${violation.id} ${violation.help}`),
    name,
  ).toEqual([]);
}

/** Reloads until `ready` holds: what another person did shows on the next load of the page. */
async function reloadUntil(page: Page, ready: () => Promise<boolean>, tries = 15): Promise<void> {
  for (let attempt = 0; attempt < tries; attempt++) {
    await page.waitForLoadState('networkidle');
    if (await ready()) return;
    await page.waitForTimeout(1_000);
    await page.reload();
  }
}

const EXPERT = 'Nguyễn Văn An';

interface MyProfile {
  readonly profile?: {
    readonly skills?: readonly { readonly code: string; readonly level?: string }[];
  };
}

describe('support requests, from the province to a rated engagement', () => {
  it('a coordinator drafts and submits, the office triages and offers, the expert accepts, the home organisation releases, the expert reports, the coordinator rates', async () => {
    const title = `Kho dữ liệu dùng chung thử nghiệm ${String(Date.now())}`;

    // The expert opens their profile once: it links to their login, so offers find them.
    const expert = await signedInPage(frame, 'expert.an', '/profile');
    await expert.page.getByRole('heading', { name: 'Hồ sơ của tôi' }).waitFor();
    const me = (await (
      await expert.context.request.get(`${frame.url()}/api/v1/experts/me`)
    ).json()) as MyProfile;
    const skills = (me.profile?.skills ?? []).slice(0, 3);
    expect(skills.length).toBeGreaterThan(0);

    // Hà Nội's coordinator drafts a request for the expert's own skills, on site in Hà Nội.
    const coordinator = await signedInPage(frame, 'coordinator.hanoi', '/coordination/requests');
    const { page } = coordinator;
    await page.getByRole('heading', { name: 'Yêu cầu hỗ trợ', level: 1 }).waitFor();
    await checkScreen(page, 'requests');
    await page.getByRole('link', { name: 'Lập yêu cầu hỗ trợ' }).click();
    await page.getByRole('heading', { name: 'Lập yêu cầu hỗ trợ', level: 1 }).waitFor();
    // Saved empty, the service's refusals show beside their fields.
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    const titleBox = page.getByRole('textbox', { name: /^Tên yêu cầu/ });
    await expect.poll(() => titleBox.getAttribute('aria-invalid')).toBe('true');
    await page.locator('.field-invalid .field-error').first().waitFor();
    await page.getByRole('textbox', { name: /^Tên yêu cầu/ }).fill(title);
    await page
      .getByRole('textbox', { name: /^Mô tả/ })
      .fill('Tư vấn kiến trúc và lộ trình xây dựng kho dữ liệu dùng chung cho các sở, ngành.');
    const sector = page.getByLabel(/^Lĩnh vực/);
    const firstSector = await sector.locator('option').nth(1).getAttribute('value');
    await sector.selectOption(firstSector ?? '');
    for (const [index, skill] of skills.entries()) {
      await page.getByRole('button', { name: 'Thêm kỹ năng' }).click();
      await page.getByLabel(new RegExp(`^Kỹ năng ${String(index + 1)}`)).selectOption(skill.code);
    }
    await page.getByLabel(/^Hình thức hỗ trợ/).selectOption('SUPPORT_MODE_ON_SITE');
    expect(await page.getByLabel(/^Tỉnh, thành phố/).inputValue()).toBe('P01');
    await page.getByRole('textbox', { name: /^Địa chỉ làm việc/ }).fill('12 Lê Lai, Hoàn Kiếm');
    await page.getByLabel(/^Ngày bắt đầu/).fill(vietnamDay(30));
    await page.getByLabel(/^Ngày kết thúc/).fill(vietnamDay(44));
    await page.getByRole('spinbutton', { name: /^Số ngày công/ }).fill('5');
    await page.getByRole('spinbutton', { name: /^Số chuyên gia cần/ }).fill('1');
    await page.getByLabel(/^Mức độ khẩn/).selectOption('URGENCY_HIGH');
    await page
      .getByRole('textbox', { name: /^Kế hoạch của địa phương/ })
      .fill('Kế hoạch 15/KH-UBND về chuyển đổi số năm 2027');
    await page.getByRole('button', { name: 'Thêm sản phẩm' }).click();
    await page.getByRole('textbox', { name: /^Sản phẩm 1/ }).fill('Báo cáo hiện trạng dữ liệu');
    await page.getByRole('button', { name: 'Thêm tài liệu' }).click();
    await page.getByRole('textbox', { name: /^Tên tài liệu 1/ }).fill('Kế hoạch 15/KH-UBND');
    await page
      .getByRole('textbox', { name: /^Đường dẫn tài liệu 1/ })
      .fill('https://hanoi.gov.vn/ke-hoach-15.pdf');
    await page.getByRole('textbox', { name: /^Họ và tên người liên hệ/ }).fill('Bùi Phương Thảo');
    await page
      .getByRole('textbox', { name: /^Thư điện tử người liên hệ/ })
      .fill('coordinator.hanoi@demo.expertnet.vn');
    await page.getByRole('textbox', { name: /^Điện thoại người liên hệ/ }).fill('0912345678');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByText('Đã lưu bản nháp.').waitFor();
    await checkScreen(page, 'request-form');
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await page.getByText('Đã gửi yêu cầu tới Văn phòng chương trình.').waitFor();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByText('Đã gửi', { exact: true }).first().waitFor();
    await checkScreen(page, 'request-detail');
    const requestUrl = page.url().replace(/\?.*$/, '');

    // The office triages it from the board: accepted, high priority.
    const office = await signedInPage(frame, 'office.mai', '/coordination/triage');
    await office.page
      .getByRole('heading', { name: 'Tiếp nhận yêu cầu hỗ trợ', level: 1 })
      .waitFor();
    const card = office.page.getByRole('article', { name: new RegExp(title) });
    await card.waitFor();
    await checkScreen(office.page, 'triage');
    await card.getByLabel(/^Mức ưu tiên cho/).selectOption('PRIORITY_HIGH');
    await card.getByRole('button', { name: /^Chấp nhận yêu cầu/ }).click();
    await office.page.getByText(/: Đang tìm chuyên gia\./).waitFor();

    // ...then offers it to the best candidates, K at once.
    await office.page.goto(requestUrl);
    await office.page.getByRole('heading', { name: 'Tìm và mời chuyên gia' }).waitFor();
    await office.page
      .getByRole('table', { name: 'Chuyên gia được gợi ý' })
      .or(office.page.getByText('Tạm thời chưa có gợi ý chuyên gia.'))
      .or(office.page.getByText('Chưa có dữ liệu.'))
      .first()
      .waitFor();
    await checkScreen(office.page, 'matching');
    const offers = office.page.getByRole('form', { name: 'Gửi đề nghị cho chuyên gia' });
    await offers.getByRole('spinbutton', { name: /^Số đề nghị gửi cùng lúc/ }).fill('20');
    await offers.getByRole('spinbutton', { name: /^Số ngày để trả lời/ }).fill('3');
    await offers.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await office.page.getByText('Đã gửi đề nghị cho các chuyên gia phù hợp nhất.').waitFor();

    // The expert finds the offer in their inbox and accepts it.
    await expert.page.goto(`${frame.url()}/coordination/offers`);
    await expert.page
      .getByRole('heading', { name: 'Đề nghị hỗ trợ địa phương', level: 1 })
      .waitFor();
    const accept = expert.page.getByRole('button', { name: `Nhận lời hỗ trợ ${title}` });
    await reloadUntil(expert.page, async () => (await accept.count()) > 0);
    await checkScreen(expert.page, 'offers');
    await accept.click();
    await expert.page.getByText('Bạn đã nhận lời. Đơn vị của bạn sẽ quyết định cử.').waitFor();

    // The expert's home organisation (Hà Nội, P01) releases them.
    await page.goto(`${frame.url()}/coordination/releases`);
    await page.getByRole('heading', { name: 'Cử chuyên gia đi hỗ trợ', level: 1 }).waitFor();
    const release = page.getByRole('button', { name: `Đồng ý cử ${EXPERT}` });
    await reloadUntil(page, async () => (await release.count()) > 0);
    await checkScreen(page, 'releases');
    await release.first().click();
    await page.getByText(`Đã đồng ý cử ${EXPERT}.`).waitFor();

    // The expert starts the work and reports it.
    await expert.page.reload();
    const start = expert.page.getByRole('button', { name: `Bắt đầu công việc ${title}` });
    await reloadUntil(expert.page, async () => (await start.count()) > 0);
    await start.click();
    const report = expert.page.getByRole('form', { name: 'Báo cáo kết quả' });
    await report.waitFor();
    await report
      .getByRole('textbox', { name: /^Tóm tắt công việc đã làm/ })
      .fill('Đã khảo sát hiện trạng dữ liệu của 12 sở và đề xuất kiến trúc kho dữ liệu.');
    await report.getByRole('spinbutton', { name: /^Số giờ làm việc/ }).fill('36');
    await report
      .getByRole('textbox', { name: /^Sản phẩm đã bàn giao/ })
      .fill('Báo cáo hiện trạng dữ liệu\nĐề xuất kiến trúc');
    await checkScreen(expert.page, 'engagement');
    await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expert.page.getByText('Đã báo cáo, chờ đánh giá').first().waitFor();

    // The coordinator rates the engagement, which closes it.
    await page.goto(requestUrl);
    const rating = page.getByRole('form', { name: `Đánh giá ${EXPERT}` });
    await reloadUntil(page, async () => (await rating.count()) > 0);
    await rating.getByLabel(/^Điểm đánh giá/).selectOption('5');
    await rating
      .getByRole('textbox', { name: 'Nhận xét' })
      .fill('Chuyên gia nắm chắc nghiệp vụ, sản phẩm dùng được ngay.');
    await checkScreen(page, 'rating');
    await rating.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.getByRole('cell', { name: 'Đã đánh giá, kết thúc' }).waitFor();

    // The programme's figures: shown, or said plainly to be not there yet.
    await office.page.goto(`${frame.url()}/coordination/kpis`);
    await office.page.getByRole('heading', { name: 'Chỉ số chương trình', level: 1 }).waitFor();
    await office.page
      .getByText('Từ đề cử đến tham gia hỗ trợ')
      .or(office.page.getByText(/^Chỉ số chương trình chưa sẵn sàng/))
      .first()
      .waitFor();
    await checkScreen(office.page, 'kpis');

    expect([
      ...pageErrors(coordinator.context),
      ...pageErrors(office.context),
      ...pageErrors(expert.context),
    ]).toEqual([]);
    await Promise.all([
      coordinator.context.close(),
      office.context.close(),
      expert.context.close(),
    ]);
  }, 300_000);
});
