/**
 * Every user-facing text of the spreadsheet module, in the platform's two interface languages.
 * Logic refers to entries by key and fills `{name}` placeholders with `formatMessage`, so wording
 * changes (and a reviewer's check of the Vietnamese) happen here only.
 */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/** A placeholder value: the same text in both languages, or one per language. */
export type MessageParam = string | number | Bilingual;

export function formatMessage(
  message: Bilingual,
  params: Readonly<Record<string, MessageParam>> = {},
): Bilingual {
  const fill = (template: string, language: keyof Bilingual): string =>
    template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
      return typeof value === 'object' ? value[language] : String(value);
    });
  return { vi: fill(message.vi, 'vi'), en: fill(message.en, 'en') };
}

/** The template's column headers, keyed by the field path each column fills. */
export const COLUMN_LABELS = {
  'candidate.full_name': { vi: 'Họ và tên', en: 'Full name' },
  'candidate.date_of_birth': { vi: 'Ngày sinh', en: 'Date of birth' },
  'candidate.gender': { vi: 'Giới tính', en: 'Gender' },
  national_id: { vi: 'Số định danh cá nhân (CCCD)', en: 'Personal ID number (citizen ID)' },
  'candidate.position': { vi: 'Chức vụ', en: 'Position' },
  'candidate.unit': { vi: 'Đơn vị công tác', en: 'Unit (workplace)' },
  'candidate.employment_type': { vi: 'Đối tượng', en: 'Employment type' },
  'candidate.education_level': { vi: 'Trình độ đào tạo', en: 'Education level' },
  'candidate.field_of_study': { vi: 'Chuyên ngành đào tạo', en: 'Field of study' },
  'candidate.digital_background': {
    vi: 'Có chuyên môn CNTT/chuyển đổi số',
    en: 'Digital/IT background',
  },
  'candidate.years_of_service': { vi: 'Số năm công tác', en: 'Years of service' },
  'candidate.years_of_experience': {
    vi: 'Số năm kinh nghiệm CNTT/chuyển đổi số',
    en: 'Years of IT/digital experience',
  },
  'candidate.specialties': { vi: 'Lĩnh vực chuyên sâu', en: 'Specialties' },
  'candidate.languages': { vi: 'Ngoại ngữ', en: 'Languages' },
  'candidate.email': { vi: 'Thư điện tử', en: 'Email' },
  'candidate.phone': { vi: 'Số điện thoại', en: 'Phone' },
} as const satisfies Record<string, Bilingual>;

/** Prior-training columns repeat per slot; `{n}` is the slot number shown to the user. */
export const PRIOR_TRAINING_LABELS = {
  title: { vi: 'Khóa bồi dưỡng CĐS {n}: tên khóa', en: 'Digital training {n}: title' },
  provider: { vi: 'Khóa bồi dưỡng CĐS {n}: đơn vị tổ chức', en: 'Digital training {n}: provider' },
  year: { vi: 'Khóa bồi dưỡng CĐS {n}: năm', en: 'Digital training {n}: year' },
} as const satisfies Record<string, Bilingual>;

/** How to fill each column: the header note and the instructions sheet. */
export const COLUMN_HINTS = {
  'candidate.full_name': {
    vi: 'Như trên thẻ căn cước, có dấu. Ví dụ: Nguyễn Thị Thu Hà',
    en: 'As on the citizen ID card, with diacritics. E.g. Nguyễn Thị Thu Hà',
  },
  'candidate.date_of_birth': {
    vi: 'Ngày/tháng/năm (dd/mm/yyyy). Ví dụ: 15/03/1985',
    en: 'Day/month/year (dd/mm/yyyy). E.g. 15/03/1985',
  },
  'candidate.gender': { vi: 'Chọn trong danh sách', en: 'Pick from the list' },
  national_id: {
    vi: '12 chữ số, giữ nguyên số 0 ở đầu. Ví dụ: 001085012345',
    en: '12 digits, keeping leading zeros. E.g. 001085012345',
  },
  'candidate.position': { vi: 'Ví dụ: Phó Giám đốc Sở', en: 'E.g. Deputy Director' },
  'candidate.unit': {
    vi: 'Ví dụ: Sở Khoa học và Công nghệ',
    en: 'E.g. Department of Science and Technology',
  },
  'candidate.employment_type': { vi: 'Chọn trong danh sách', en: 'Pick from the list' },
  'candidate.education_level': {
    vi: 'Chọn trình độ cao nhất',
    en: 'Pick the highest level',
  },
  'candidate.field_of_study': { vi: 'Ví dụ: Công nghệ thông tin', en: 'E.g. Computer science' },
  'candidate.digital_background': {
    vi: 'Có bằng cấp hoặc vị trí việc làm về CNTT/số: Có hoặc Không',
    en: 'An IT/digital degree or role: Yes or No',
  },
  'candidate.years_of_service': { vi: 'Số nguyên. Ví dụ: 12', en: 'A whole number. E.g. 12' },
  'candidate.years_of_experience': {
    vi: 'Số nguyên. Ví dụ: 5',
    en: 'A whole number. E.g. 5',
  },
  'candidate.specialties': {
    vi: 'Ngăn cách bằng dấu chấm phẩy. Ví dụ: Dữ liệu số; An toàn thông tin',
    en: 'Separated by semicolons. E.g. Digital data; Information security',
  },
  'candidate.languages': {
    vi: 'Ngăn cách bằng dấu chấm phẩy. Ví dụ: Tiếng Anh; Tiếng Pháp (hoặc mã en; fr)',
    en: 'Separated by semicolons. E.g. English; French (or the codes en; fr)',
  },
  'candidate.email': { vi: 'Ví dụ: ha.ntt@mst.gov.vn', en: 'E.g. ha.ntt@mst.gov.vn' },
  'candidate.phone': {
    vi: 'Bắt đầu bằng 0 hoặc +84. Ví dụ: 0912345678',
    en: 'Starting with 0 or +84. E.g. 0912345678',
  },
  prior_training: {
    vi: 'Tối đa {slots} khóa, mỗi khóa một nhóm cột: tên khóa, đơn vị tổ chức, năm (ví dụ 2023)',
    en: 'Up to {slots} trainings, one group of columns each: title, provider, year (e.g. 2023)',
  },
} as const satisfies Record<string, Bilingual>;

/** Drop-down labels of the enum columns, keyed by the generated enum's member names. */
export const OPTION_LABELS = {
  gender: {
    MALE: { vi: 'Nam', en: 'Male' },
    FEMALE: { vi: 'Nữ', en: 'Female' },
    OTHER: { vi: 'Khác', en: 'Other' },
  },
  employmentType: {
    OFFICIAL: { vi: 'Cán bộ', en: 'Official' },
    CIVIL_SERVANT: { vi: 'Công chức', en: 'Civil servant' },
    PUBLIC_EMPLOYEE: { vi: 'Viên chức', en: 'Public employee' },
    CONTRACT_STAFF: { vi: 'Lao động hợp đồng', en: 'Contract staff' },
    OTHER: { vi: 'Khác', en: 'Other' },
  },
  educationLevel: {
    SECONDARY: { vi: 'Trung học phổ thông', en: 'Secondary' },
    COLLEGE: { vi: 'Cao đẳng', en: 'College' },
    BACHELOR: { vi: 'Đại học', en: "Bachelor's degree" },
    MASTER: { vi: 'Thạc sĩ', en: "Master's degree" },
    DOCTORATE: { vi: 'Tiến sĩ', en: 'Doctorate' },
  },
  yesNo: {
    YES: { vi: 'Có', en: 'Yes' },
    NO: { vi: 'Không', en: 'No' },
  },
  nominationStatus: {
    UNSPECIFIED: { vi: 'Không rõ', en: 'Unknown' },
    DRAFT: { vi: 'Bản nháp', en: 'Draft' },
    SUBMITTED: { vi: 'Đã gửi', en: 'Submitted' },
    RETURNED: { vi: 'Bị trả lại để bổ sung', en: 'Returned for changes' },
    RESUBMITTED: { vi: 'Đã gửi lại', en: 'Resubmitted' },
    UNDER_REVIEW: { vi: 'Đang xét duyệt', en: 'Under review' },
    ACCEPTED: { vi: 'Được chấp nhận', en: 'Accepted' },
    REJECTED: { vi: 'Không được chấp nhận', en: 'Rejected' },
    WAITLISTED: { vi: 'Danh sách chờ', en: 'Waitlisted' },
    WITHDRAWN: { vi: 'Đã rút', en: 'Withdrawn' },
  },
  decisionOutcome: {
    UNSPECIFIED: { vi: '', en: '' },
    ACCEPTED: { vi: 'Chấp nhận', en: 'Accepted' },
    REJECTED: { vi: 'Không chấp nhận', en: 'Rejected' },
    WAITLISTED: { vi: 'Đưa vào danh sách chờ', en: 'Waitlisted' },
  },
} as const satisfies Record<string, Record<string, Bilingual>>;

/**
 * Other spellings people type for an option, matched like the labels (case and diacritics
 * ignored). "Thạc sỹ"/"Tiến sỹ" are as common in official papers as "sĩ".
 */
export const OPTION_ALIASES = {
  gender: {},
  employmentType: {
    CONTRACT_STAFF: ['Hợp đồng', 'Hợp đồng lao động', 'Contract'],
  },
  educationLevel: {
    SECONDARY: ['THPT', 'Trung học'],
    BACHELOR: ['Cử nhân', 'Kỹ sư', 'Bachelor', 'Engineer'],
    MASTER: ['Thạc sỹ', 'Master'],
    DOCTORATE: ['Tiến sỹ', 'PhD', 'Doctor'],
  },
  yesNo: {
    YES: ['x', 'true', '1', 'y'],
    NO: ['false', '0', 'n'],
  },
} as const satisfies Record<string, Partial<Record<string, readonly string[]>>>;

/** Languages by ISO 639-1 code: read from their names on import, written as names on export. */
export const LANGUAGE_NAMES = {
  vi: { vi: 'Tiếng Việt', en: 'Vietnamese' },
  en: { vi: 'Tiếng Anh', en: 'English' },
  fr: { vi: 'Tiếng Pháp', en: 'French' },
  ru: { vi: 'Tiếng Nga', en: 'Russian' },
  zh: { vi: 'Tiếng Trung', en: 'Chinese' },
  ja: { vi: 'Tiếng Nhật', en: 'Japanese' },
  ko: { vi: 'Tiếng Hàn', en: 'Korean' },
  de: { vi: 'Tiếng Đức', en: 'German' },
  es: { vi: 'Tiếng Tây Ban Nha', en: 'Spanish' },
  it: { vi: 'Tiếng Ý', en: 'Italian' },
  pt: { vi: 'Tiếng Bồ Đào Nha', en: 'Portuguese' },
  lo: { vi: 'Tiếng Lào', en: 'Lao' },
  km: { vi: 'Tiếng Khmer', en: 'Khmer' },
  th: { vi: 'Tiếng Thái', en: 'Thai' },
} as const satisfies Record<string, Bilingual>;

/** Cells the gateway could not read into their typed field (ImportProblem.code → text). */
export const CELL_PROBLEMS = {
  INVALID_DATE: {
    vi: '{column}: không đọc được ngày; hãy nhập dạng dd/mm/yyyy (ví dụ 15/03/1985).',
    en: '{column}: not a date; enter it as dd/mm/yyyy (e.g. 15/03/1985).',
  },
  UNKNOWN_OPTION: {
    vi: '{column}: giá trị không có trong danh sách; hãy chọn một trong: {options}.',
    en: '{column}: not one of the allowed values: {options}.',
  },
  NOT_A_WHOLE_NUMBER: {
    vi: '{column}: phải là một số nguyên (ví dụ 5).',
    en: '{column}: must be a whole number (e.g. 5).',
  },
  UNKNOWN_LANGUAGE: {
    vi: '{column}: không nhận ra ngoại ngữ "{values}"; hãy ghi tên (Tiếng Anh) hoặc mã ISO 639-1 (en).',
    en: '{column}: unknown language "{values}"; write its name (English) or its ISO 639-1 code (en).',
  },
  NATIONAL_ID_DIGITS_LOST: {
    vi: '{column}: Excel đã lưu số này dưới dạng số và làm mất chữ số, không khôi phục được 12 chữ số; hãy định dạng ô là Văn bản (Text) rồi nhập lại.',
    en: '{column}: Excel stored this as a number and lost digits, so the 12 digits cannot be recovered; format the cell as Text and enter it again.',
  },
  CELL_ERROR: {
    vi: '{column}: ô chứa lỗi công thức {error}.',
    en: '{column}: the cell holds the formula error {error}.',
  },
  CELL_TOO_LONG: {
    vi: '{column}: nội dung dài quá {max} ký tự.',
    en: '{column}: the content is longer than {max} characters.',
  },
  CELL_UNREADABLE: {
    vi: '{column}: không đọc được giá trị của ô; hãy nhập lại dưới dạng văn bản.',
    en: '{column}: the cell value cannot be read; enter it again as text.',
  },
} as const satisfies Record<string, Bilingual>;

export type CellProblemCode = keyof typeof CELL_PROBLEMS;

/** Whole-file failures (SpreadsheetError.code → text). */
export const SPREADSHEET_ERRORS = {
  XLSX_MALFORMED: {
    vi: 'Tệp không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng.',
    en: 'The file is not a valid Excel workbook (.xlsx), or it is damaged.',
  },
  XLSX_UNSUPPORTED_FORMAT: {
    vi: 'Tệp ở định dạng Excel cũ (.xls) hoặc có đặt mật khẩu; hãy lưu lại thành .xlsx không mật khẩu.',
    en: 'The file is an old Excel format (.xls) or password-protected; save it again as .xlsx without a password.',
  },
  XLSX_TOO_LARGE: {
    vi: 'Tệp khi giải nén lớn hơn {max} MB; hãy bỏ hình ảnh và các trang tính không cần thiết.',
    en: 'The file unpacks to more than {max} MB; remove pictures and sheets that are not needed.',
  },
  XLSX_NO_SHEET: {
    vi: 'Không tìm thấy trang tính danh sách đề cử; hãy dùng biểu mẫu tải về từ ExpertNet.',
    en: 'No sheet with the nomination list was found; use the template downloaded from ExpertNet.',
  },
  XLSX_NO_ATTENDANCE_SHEET: {
    vi: 'Không tìm thấy trang tính danh sách điểm danh; dòng tiêu đề cần có các cột Email và Điểm danh.',
    en: 'No sheet with an attendance list was found; its header row needs the columns Email and Attendance.',
  },
  XLSX_MISSING_COLUMNS: {
    vi: 'Thiếu các cột bắt buộc: {columns}.',
    en: 'Required columns are missing: {columns}.',
  },
  XLSX_DUPLICATE_COLUMNS: {
    vi: 'Các cột sau xuất hiện nhiều lần: {columns}.',
    en: 'These columns appear more than once: {columns}.',
  },
  XLSX_TOO_MANY_ROWS: {
    vi: 'Tệp có {count} dòng dữ liệu, vượt giới hạn {max} dòng mỗi lần tải lên; hãy chia thành nhiều tệp.',
    en: 'The file has {count} data rows, more than the {max} allowed per upload; split it into several files.',
  },
  XLSX_EMPTY: {
    vi: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.',
    en: 'The file has no data rows below the header.',
  },
} as const satisfies Record<string, Bilingual>;

export type SpreadsheetErrorCode = keyof typeof SPREADSHEET_ERRORS;

/** Sheet names avoid "/", which Excel forbids in a sheet name. */
export const TEMPLATE_TEXT = {
  nominationsSheet: { vi: 'Đề cử', en: 'Nominations' },
  instructionsSheet: { vi: 'Hướng dẫn', en: 'Instructions' },
  title: {
    vi: 'Biểu mẫu đề cử tham gia Chương trình 1.000 chuyên gia chuyển đổi số',
    en: 'Nomination template for the 1,000 digital-transformation experts programme',
  },
  requiredMark: { vi: '(*) bắt buộc', en: '(*) required' },
  steps: [
    {
      vi: '1. Điền mỗi người được đề cử trên một dòng của trang "Đề cử", bắt đầu từ dòng ngay dưới tiêu đề.',
      en: '1. Fill in one nominee per row of the "Nominations" sheet, starting right below the header.',
    },
    {
      vi: '2. Không đổi tên, không xóa các cột và không sửa dòng ẩn dưới tiêu đề: hệ thống dùng dòng này để nhận ra các cột.',
      en: '2. Do not rename or delete columns, nor edit the hidden row below the header: the system uses it to recognise the columns.',
    },
    {
      vi: '3. Các cột có dấu (*) là bắt buộc. Với cột có danh sách chọn, hãy chọn giá trị trong danh sách.',
      en: '3. Columns marked (*) are required. Where a column has a drop-down list, pick a value from it.',
    },
    {
      vi: '4. Ngày ghi dạng dd/mm/yyyy. Số định danh cá nhân và số điện thoại giữ nguyên số 0 ở đầu (các ô đã định dạng Văn bản).',
      en: '4. Write dates as dd/mm/yyyy. Keep the leading zeros of ID and phone numbers (those cells are formatted as Text).',
    },
    {
      vi: '5. Mỗi tệp tối đa {maxRows} người. Tải tệp lên ExpertNet để nhận báo cáo kiểm tra từng dòng trước khi ghi.',
      en: '5. At most {maxRows} nominees per file. Upload it to ExpertNet for a row-by-row check before anything is saved.',
    },
  ],
  columnsHeading: { vi: 'Các cột', en: 'Columns' },
  yes: { vi: 'Có', en: 'Yes' },
  columnHeader: { vi: 'Cột', en: 'Column' },
  requiredHeader: { vi: 'Bắt buộc', en: 'Required' },
  howToHeader: { vi: 'Cách nhập', en: 'How to fill in' },
  optionsHeader: { vi: 'Giá trị được chọn', en: 'Allowed values' },
} as const;

/**
 * Excel's pop-ups when a template cell gets a value its column does not take (a warning only).
 * Excel refuses titles over 32 characters and texts over 255, both languages together.
 */
export const TEMPLATE_VALIDATION = {
  title: { vi: 'Kiểm tra lại', en: 'Please check' },
  list: { vi: 'Hãy chọn một giá trị trong danh sách.', en: 'Pick a value from the list.' },
  date: {
    vi: 'Hãy nhập ngày dạng dd/mm/yyyy.',
    en: 'Enter a date as dd/mm/yyyy.',
  },
  wholeNumber: { vi: 'Hãy nhập một số nguyên.', en: 'Enter a whole number.' },
} as const satisfies Record<string, Bilingual>;

/** Export column headers. */
export const EXPORT_LABELS = {
  nominationId: { vi: 'Mã hồ sơ đề cử', en: 'Nomination ID' },
  status: { vi: 'Trạng thái', en: 'Status' },
  organisation: { vi: 'Mã cơ quan đề cử', en: 'Nominating organisation code' },
  organisationName: { vi: 'Cơ quan đề cử', en: 'Nominating organisation' },
  effectiveOrganisation: {
    vi: 'Mã cơ quan hiện tại (sau sáp nhập)',
    en: 'Current organisation code (after mergers)',
  },
  priorTrainings: { vi: 'Khóa bồi dưỡng CĐS đã tham gia', en: 'Prior digital training' },
  decisionLetter: { vi: 'Đã có quyết định cử', en: 'Decision letter attached' },
  eligible: { vi: 'Đủ điều kiện', en: 'Eligible' },
  eligibilityFindings: { vi: 'Lý do chưa đủ điều kiện', en: 'Eligibility findings' },
  averageScore: { vi: 'Điểm trung bình', en: 'Average score' },
  decision: { vi: 'Kết quả xét chọn', en: 'Decision' },
  decisionReason: { vi: 'Lý do quyết định', en: 'Decision reason' },
  returnReason: { vi: 'Lý do trả lại', en: 'Return reason' },
  withdrawalReason: { vi: 'Lý do rút', en: 'Withdrawal reason' },
  replaces: { vi: 'Thay thế hồ sơ', en: 'Replaces nomination' },
  submittedAt: { vi: 'Ngày gửi (giờ Việt Nam)', en: 'Submitted at (Vietnam time)' },
  updatedAt: { vi: 'Cập nhật lần cuối (giờ Việt Nam)', en: 'Last updated (Vietnam time)' },
  floor: { vi: 'Chỉ tiêu tối thiểu', en: 'Floor' },
  ceiling: { vi: 'Chỉ tiêu tối đa', en: 'Ceiling' },
  drafts: { vi: 'Bản nháp', en: 'Drafts' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  accepted: { vi: 'Được chấp nhận', en: 'Accepted' },
  waitlisted: { vi: 'Danh sách chờ', en: 'Waitlisted' },
  rejected: { vi: 'Không được chấp nhận', en: 'Rejected' },
  shortfall: { vi: 'Còn thiếu so với tối thiểu', en: 'Shortfall below floor' },
  remaining: { vi: 'Còn lại đến tối đa', en: 'Remaining to ceiling' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  nominationsSheet: { vi: 'Danh sách đề cử', en: 'Nominations' },
  ledgerSheet: { vi: 'Chỉ tiêu', en: 'Quota ledger' },
} as const satisfies Record<string, Bilingual>;

/**
 * The attendance sheet's columns, keyed by the AttendanceImportRow field each fills (the key is
 * also the `field` of a cell problem). There is no template: facilitators keep their own lists,
 * so the headers are matched by label, in Vietnamese or English, with or without diacritics.
 */
export const ATTENDANCE_COLUMN_LABELS = {
  trainee_email: { vi: 'Email', en: 'Email' },
  status: { vi: 'Điểm danh', en: 'Attendance' },
  note: { vi: 'Ghi chú', en: 'Note' },
} as const satisfies Record<string, Bilingual>;

/** Other headers found on attendance lists in use. */
export const ATTENDANCE_COLUMN_ALIASES = {
  trainee_email: ['E-mail', 'Thư điện tử', 'Địa chỉ email', 'Email học viên', 'Trainee email'],
  status: ['Trạng thái', 'Tình trạng', 'Status', 'Attendance status'],
  note: ['Notes', 'Lý do', 'Reason'],
} as const satisfies Record<keyof typeof ATTENDANCE_COLUMN_LABELS, readonly string[]>;

/** The attendance values a cell may hold, by AttendanceStatus name (without its prefix). */
export const ATTENDANCE_STATUS_LABELS = {
  PRESENT: { vi: 'Có mặt', en: 'Present' },
  LATE: { vi: 'Đi muộn', en: 'Late' },
  ABSENT: { vi: 'Vắng', en: 'Absent' },
  EXCUSED: { vi: 'Vắng có phép', en: 'Excused' },
} as const satisfies Record<string, Bilingual>;

/** Other ways lists write them; "x" is the usual tick of a paper sign-in sheet. */
export const ATTENDANCE_STATUS_ALIASES = {
  PRESENT: ['x', 'Hiện diện', 'Attended'],
  LATE: ['Muộn', 'Đến muộn', 'Trễ', 'Đi trễ'],
  ABSENT: ['Vắng mặt', 'Vắng không phép', 'Nghỉ không phép', 'Không phép'],
  EXCUSED: ['Có phép', 'Nghỉ có phép'],
} as const satisfies Record<keyof typeof ATTENDANCE_STATUS_LABELS, readonly string[]>;
