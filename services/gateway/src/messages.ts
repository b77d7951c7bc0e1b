/**
 * Every user-facing text the gateway itself writes, in the platform's two interface languages.
 * Logic refers to entries by key; wording changes (and a reviewer's check of the Vietnamese) happen
 * here only. The spreadsheet module keeps its own catalogue for the texts of its files.
 */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

export type Language = keyof Bilingual;

/**
 * Problem titles by HTTP status. A problem type (its `code`) always has the same status, so a
 * title per status is also one title per type, as RFC 9457 asks.
 */
export const PROBLEM_TITLES = {
  400: { vi: 'Yêu cầu không hợp lệ', en: 'Invalid request' },
  401: { vi: 'Chưa xác thực', en: 'Authentication required' },
  403: { vi: 'Không có quyền thực hiện', en: 'Permission denied' },
  404: { vi: 'Không tìm thấy', en: 'Not found' },
  405: { vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' },
  409: { vi: 'Xung đột dữ liệu', en: 'Conflict' },
  413: { vi: 'Nội dung gửi lên quá lớn', en: 'Content too large' },
  415: { vi: 'Kiểu nội dung không được hỗ trợ', en: 'Unsupported media type' },
  422: { vi: 'Không thể thực hiện yêu cầu', en: 'Request cannot be carried out' },
  429: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' },
  500: { vi: 'Lỗi hệ thống', en: 'Internal error' },
  501: { vi: 'Chức năng chưa được hỗ trợ', en: 'Not implemented' },
  503: { vi: 'Dịch vụ tạm thời không khả dụng', en: 'Service unavailable' },
  504: { vi: 'Dịch vụ phản hồi quá thời gian', en: 'Service timed out' },
} as const satisfies Record<number, Bilingual>;

export type ProblemStatus = keyof typeof PROBLEM_TITLES;

/**
 * Details of the problems the gateway raises itself (`{name}` placeholders are filled by
 * `formatMessage`). Problems coming from a service carry the service's own detail instead.
 */
export const PROBLEM_DETAILS = {
  TOKEN_MISSING: {
    vi: 'Cần gửi mã truy cập trong tiêu đề Authorization: Bearer <mã>.',
    en: 'An access token is required in the header Authorization: Bearer <token>.',
  },
  TOKEN_INVALID: {
    vi: 'Mã truy cập không hợp lệ; hãy đăng nhập lại.',
    en: 'The access token is not valid; sign in again.',
  },
  TOKEN_EXPIRED: {
    vi: 'Mã truy cập đã hết hạn; hãy đăng nhập lại.',
    en: 'The access token has expired; sign in again.',
  },
  SESSION_EXPIRED: {
    vi: 'Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.',
    en: 'Your session has expired; sign in again.',
  },
  CSRF_TOKEN_INVALID: {
    vi: 'Yêu cầu thiếu mã chống giả mạo (x-csrf-token) hợp lệ; hãy tải lại trang.',
    en: 'The request lacks a valid anti-forgery token (x-csrf-token); reload the page.',
  },
  REQUEST_INVALID: {
    vi: 'Yêu cầu có trường sai kiểu hoặc không được hỗ trợ; xem danh sách lỗi.',
    en: 'Some fields of the request have the wrong type or are not known; see the errors.',
  },
  BODY_NOT_JSON: {
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  BODY_TOO_LARGE: {
    vi: 'Nội dung gửi lên vượt quá giới hạn {limit} byte.',
    en: 'The request body exceeds the limit of {limit} bytes.',
  },
  MEDIA_TYPE_UNSUPPORTED: {
    vi: 'Đường dẫn này không nhận kiểu nội dung đã gửi.',
    en: 'This endpoint does not accept the content type sent.',
  },
  RATE_LIMITED: {
    vi: 'Đã vượt quá số yêu cầu cho phép; hãy thử lại sau {seconds} giây.',
    en: 'Too many requests; try again in {seconds} seconds.',
  },
  ROUTE_NOT_FOUND: {
    vi: 'Không có đường dẫn {method} {path}.',
    en: 'There is no endpoint {method} {path}.',
  },
  METHOD_NOT_ALLOWED: {
    vi: 'Đường dẫn {path} không nhận {method}; chỉ nhận {allowed}.',
    en: '{path} does not take {method}; it takes {allowed}.',
  },
  EXPORT_TOO_LARGE: {
    vi: 'Danh sách có hơn {max} dòng, quá lớn để xuất một lần; hãy lọc bớt.',
    en: 'The list has more than {max} rows, too many to export at once; narrow the filter.',
  },
  SERVICE_UNAVAILABLE: {
    vi: 'Dịch vụ xử lý đang tạm thời không khả dụng; hãy thử lại sau ít phút.',
    en: 'The service behind this endpoint is unavailable; try again in a few minutes.',
  },
  SERVICE_TIMEOUT: {
    vi: 'Dịch vụ xử lý không phản hồi kịp; hãy thử lại.',
    en: 'The service behind this endpoint did not answer in time; try again.',
  },
  INTERNAL: {
    vi: 'Đã xảy ra lỗi không mong muốn; hãy báo mã yêu cầu cho bộ phận hỗ trợ.',
    en: 'Something unexpected went wrong; quote the request id to support.',
  },
} as const satisfies Record<string, Bilingual>;

export type GatewayProblemCode = keyof typeof PROBLEM_DETAILS;

export type MessageParam = string | number;

export function formatMessage(
  message: Bilingual,
  params: Readonly<Record<string, MessageParam>> = {},
): Bilingual {
  const fill = (template: string): string =>
    template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      return value === undefined ? placeholder : String(value);
    });
  return { vi: fill(message.vi), en: fill(message.en) };
}
