import type { DescMessage } from '@bufbuild/protobuf';
import { CONTRACT_RULE_MESSAGES } from './contract-rule-messages.ts';
import type { Bilingual, Language, MessageParam } from './messages.ts';

/**
 * What one wrong field broke, in words the caller reads next to the field: the protovalidate
 * rule a service reported (its rule id: "string.min_len", "required", a CEL rule's own id) or the
 * JSON Schema keyword the gateway's own check failed, said in the same terms. `{name}`
 * placeholders take the rule's values (the 2 of `min_len: 2`), named as protobuf-es names the
 * rule's fields (`minLen`, `gte`, `maxItems`). A key missing here, or a value missing from a
 * violation, leaves the service's own (English) text in place.
 */
export const RULE_MESSAGES: Readonly<Record<string, Bilingual>> = {
  required: { vi: 'bắt buộc phải nhập', en: 'is required' },

  'string.min_len': {
    vi: 'phải có ít nhất {minLen} ký tự',
    en: 'must be at least {minLen} characters',
  },
  'string.max_len': {
    vi: 'không được dài quá {maxLen} ký tự',
    en: 'must be at most {maxLen} characters',
  },
  'string.len': { vi: 'phải có đúng {len} ký tự', en: 'must be exactly {len} characters' },
  'string.min_bytes': {
    vi: 'phải dài ít nhất {minBytes} byte',
    en: 'must be at least {minBytes} bytes',
  },
  'string.max_bytes': {
    vi: 'không được dài quá {maxBytes} byte',
    en: 'must be at most {maxBytes} bytes',
  },
  'string.len_bytes': {
    vi: 'phải dài đúng {lenBytes} byte',
    en: 'must be exactly {lenBytes} bytes',
  },
  // The regular expression itself means nothing to the person filling in the form; the
  // patterns the contract uses have their own wording in PATTERN_MESSAGES.
  'string.pattern': { vi: 'không đúng định dạng quy định', en: 'is not in the expected format' },
  'string.prefix': { vi: 'phải bắt đầu bằng “{prefix}”', en: 'must start with “{prefix}”' },
  'string.suffix': { vi: 'phải kết thúc bằng “{suffix}”', en: 'must end with “{suffix}”' },
  'string.contains': { vi: 'phải chứa “{contains}”', en: 'must contain “{contains}”' },
  'string.not_contains': {
    vi: 'không được chứa “{notContains}”',
    en: 'must not contain “{notContains}”',
  },
  'string.const': { vi: 'phải là “{const}”', en: 'must be “{const}”' },
  'string.in': { vi: 'phải là một trong các giá trị: {in}', en: 'must be one of: {in}' },
  'string.not_in': {
    vi: 'không được là một trong các giá trị: {notIn}',
    en: 'must not be one of: {notIn}',
  },
  'string.email': {
    vi: 'không phải địa chỉ thư điện tử hợp lệ',
    en: 'is not a valid email address',
  },
  'string.email_empty': {
    vi: 'bắt buộc phải nhập địa chỉ thư điện tử',
    en: 'an email address is required',
  },
  'string.uuid': {
    vi: 'không phải mã định danh (UUID) hợp lệ',
    en: 'is not a valid identifier (UUID)',
  },
  'string.uuid_empty': {
    vi: 'bắt buộc phải có mã định danh (UUID)',
    en: 'an identifier (UUID) is required',
  },
  'string.tuuid': {
    vi: 'không phải mã định danh (UUID) hợp lệ',
    en: 'is not a valid identifier (UUID)',
  },
  'string.uri': {
    vi: 'không phải đường dẫn hợp lệ (ví dụ https://example.vn/trang)',
    en: 'is not a valid URL (for example https://example.vn/page)',
  },
  'string.uri_empty': { vi: 'bắt buộc phải nhập đường dẫn', en: 'a URL is required' },
  'string.uri_ref': { vi: 'không phải đường dẫn hợp lệ', en: 'is not a valid URL reference' },
  'string.hostname': { vi: 'không phải tên miền hợp lệ', en: 'is not a valid host name' },
  'string.hostname_empty': { vi: 'bắt buộc phải nhập tên miền', en: 'a host name is required' },
  'string.ip': { vi: 'không phải địa chỉ IP hợp lệ', en: 'is not a valid IP address' },
  'string.ipv4': { vi: 'không phải địa chỉ IPv4 hợp lệ', en: 'is not a valid IPv4 address' },
  'string.ipv6': { vi: 'không phải địa chỉ IPv6 hợp lệ', en: 'is not a valid IPv6 address' },

  // Every numeric type's rules (int32.gte, uint64.lt, double.gte_lte, ...) share these.
  'number.const': { vi: 'phải bằng {const}', en: 'must equal {const}' },
  'number.in': { vi: 'phải là một trong các giá trị: {in}', en: 'must be one of: {in}' },
  'number.not_in': {
    vi: 'không được là một trong các giá trị: {notIn}',
    en: 'must not be one of: {notIn}',
  },
  'number.gt': { vi: 'phải lớn hơn {gt}', en: 'must be greater than {gt}' },
  'number.gte': { vi: 'phải lớn hơn hoặc bằng {gte}', en: 'must be at least {gte}' },
  'number.lt': { vi: 'phải nhỏ hơn {lt}', en: 'must be less than {lt}' },
  'number.lte': { vi: 'không được lớn hơn {lte}', en: 'must be at most {lte}' },
  'number.gte_lte': { vi: 'phải từ {gte} đến {lte}', en: 'must be from {gte} to {lte}' },
  'number.gt_lt': {
    vi: 'phải lớn hơn {gt} và nhỏ hơn {lt}',
    en: 'must be greater than {gt} and less than {lt}',
  },
  'number.gte_lt': {
    vi: 'phải từ {gte} trở lên và nhỏ hơn {lt}',
    en: 'must be at least {gte} and less than {lt}',
  },
  'number.gt_lte': {
    vi: 'phải lớn hơn {gt} và không quá {lte}',
    en: 'must be greater than {gt} and at most {lte}',
  },
  // The bounds the other way round: the value must lie outside the range between them.
  'number.gte_lte_exclusive': {
    vi: 'phải từ {gte} trở lên hoặc không quá {lte}',
    en: 'must be at least {gte} or at most {lte}',
  },
  'number.gt_lt_exclusive': {
    vi: 'phải lớn hơn {gt} hoặc nhỏ hơn {lt}',
    en: 'must be greater than {gt} or less than {lt}',
  },
  'number.gte_lt_exclusive': {
    vi: 'phải từ {gte} trở lên hoặc nhỏ hơn {lt}',
    en: 'must be at least {gte} or less than {lt}',
  },
  'number.gt_lte_exclusive': {
    vi: 'phải lớn hơn {gt} hoặc không quá {lte}',
    en: 'must be greater than {gt} or at most {lte}',
  },
  'number.finite': { vi: 'phải là một số hữu hạn', en: 'must be a finite number' },

  'enum.defined_only': {
    vi: 'không phải giá trị được hỗ trợ',
    en: 'is not one of the defined values',
  },
  'enum.const': { vi: 'phải là {const}', en: 'must be {const}' },
  'enum.in': { vi: 'phải là một trong các giá trị: {in}', en: 'must be one of: {in}' },
  'enum.not_in': {
    vi: 'không được là một trong các giá trị: {notIn}',
    en: 'must not be one of: {notIn}',
  },
  // `not_in: [0]` refuses only the *_UNSPECIFIED value: for the person, nothing was chosen.
  'enum.unset': { vi: 'bắt buộc phải chọn', en: 'a value must be chosen' },

  'bytes.min_len': {
    vi: 'phải dài ít nhất {minLen} byte',
    en: 'must be at least {minLen} bytes',
  },
  'bytes.max_len': {
    vi: 'không được dài quá {maxLen} byte',
    en: 'must be at most {maxLen} bytes',
  },
  'repeated.min_items': {
    vi: 'phải có ít nhất {minItems} mục',
    en: 'must have {minItems} or more items',
  },
  'repeated.max_items': {
    vi: 'không được quá {maxItems} mục',
    en: 'must have no more than {maxItems} item(s)',
  },
  'repeated.unique': {
    vi: 'không được có mục trùng nhau',
    en: 'must not list the same item twice',
  },
  'map.min_pairs': {
    vi: 'phải có ít nhất {minPairs} mục',
    en: 'must have {minPairs} or more entries',
  },
  'map.max_pairs': {
    vi: 'không được quá {maxPairs} mục',
    en: 'must have no more than {maxPairs} entries',
  },

  'timestamp.gt_now': { vi: 'phải là một thời điểm trong tương lai', en: 'must be in the future' },
  'timestamp.lt_now': { vi: 'phải là một thời điểm trong quá khứ', en: 'must be in the past' },

  'message.oneof_at_most': {
    vi: 'chỉ được nhập tối đa một trong các trường: {fields}',
    en: 'at most one of these fields may be set: {fields}',
  },
  'message.oneof': {
    vi: 'phải nhập đúng một trong các trường: {fields}',
    en: 'exactly one of these fields must be set: {fields}',
  },

  // The gateway's own structural check (JSON Schema keywords with no protovalidate twin).
  'json.type': { vi: 'phải là {type}', en: 'must be {type}' },
  'json.additional_properties': { vi: 'không phải trường được hỗ trợ', en: 'is not a known field' },
  'json.enum': { vi: 'phải là một trong các giá trị: {allowed}', en: 'must be one of: {allowed}' },
  'json.const': { vi: 'phải là {allowed}', en: 'must be {allowed}' },
  'json.multiple_of': {
    vi: 'phải là bội số của {multipleOf}',
    en: 'must be a multiple of {multipleOf}',
  },
  'json.any_of': {
    vi: 'không khớp với dạng nào được chấp nhận',
    en: 'does not match any accepted form',
  },
  'json.format': { vi: 'không đúng định dạng {format}', en: 'must be in the format {format}' },
  'json.format.date-time': {
    vi: 'không đúng định dạng ngày giờ (ví dụ 2026-12-31T09:00:00+07:00)',
    en: 'must be a date and time such as 2026-12-31T09:00:00+07:00',
  },
  'json.format.date': {
    vi: 'không đúng định dạng ngày (ví dụ 2026-12-31)',
    en: 'must be a date such as 2026-12-31',
  },
  'json.format.byte': { vi: 'phải là dữ liệu mã hoá base64', en: 'must be base64-encoded data' },
  ...CONTRACT_RULE_MESSAGES,
};

/**
 * The patterns the contract uses, each said as what it stands for (regular expression source →
 * wording); any other pattern is "not in the expected format".
 */
export const PATTERN_MESSAGES: Readonly<Record<string, Bilingual>> = {
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$': {
    vi: 'không đúng định dạng ngày (ví dụ 2026-12-31)',
    en: 'must be a date such as 2026-12-31',
  },
  '^(\\+84|0)[0-9]{9,10}$': {
    vi: 'không phải số điện thoại hợp lệ (ví dụ 0912345678 hoặc +84912345678)',
    en: 'is not a valid phone number (for example 0912345678 or +84912345678)',
  },
  '^[0-9]{12}$': { vi: 'phải gồm đúng 12 chữ số', en: 'must be exactly 12 digits' },
  '^[0-9]{6}$': { vi: 'phải gồm đúng 6 chữ số', en: 'must be exactly 6 digits' },
  '^[a-z]{2}$': { vi: 'phải gồm đúng 2 chữ cái thường', en: 'must be exactly 2 lowercase letters' },
  '^[a-z][a-z0-9-]{1,63}$': {
    vi: 'phải gồm 2–64 chữ thường không dấu, chữ số hoặc dấu gạch ngang, bắt đầu bằng chữ cái',
    en: 'must be 2–64 lowercase letters, digits or hyphens, starting with a letter',
  },
  '^[a-z][a-z0-9_]{0,31}$': {
    vi: 'phải gồm tối đa 32 chữ thường không dấu, chữ số hoặc dấu gạch dưới, bắt đầu bằng chữ cái',
    en: 'must be up to 32 lowercase letters, digits or underscores, starting with a letter',
  },
  '^[A-Z0-9][A-Z0-9_-]{0,31}$': {
    vi: 'phải gồm tối đa 32 chữ in hoa không dấu, chữ số, dấu gạch dưới hoặc gạch ngang, bắt đầu bằng chữ hoặc số',
    en: 'must be up to 32 capital letters, digits, underscores or hyphens, starting with a letter or digit',
  },
  '^[A-Z0-9][A-Z0-9_-]{1,31}$': {
    vi: 'phải gồm 2–32 chữ in hoa không dấu, chữ số, dấu gạch dưới hoặc gạch ngang, bắt đầu bằng chữ hoặc số',
    en: 'must be 2–32 capital letters, digits, underscores or hyphens, starting with a letter or digit',
  },
  '^[A-Z0-9][A-Z0-9-]*$': {
    vi: 'chỉ gồm chữ in hoa không dấu, chữ số hoặc dấu gạch ngang, bắt đầu bằng chữ hoặc số',
    en: 'must be capital letters, digits or hyphens, starting with a letter or digit',
  },
  '^[A-Za-z0-9_.-]+$': {
    vi: 'chỉ gồm chữ cái không dấu, chữ số, dấu chấm, dấu gạch dưới hoặc gạch ngang',
    en: 'must be letters, digits, dots, underscores or hyphens',
  },
  // How the JSON mapping writes 64-bit integers.
  '^[0-9]+$': { vi: 'phải là số nguyên không âm', en: 'must be a whole number, not negative' },
  '^[1-9][0-9]*$': { vi: 'phải là số nguyên dương', en: 'must be a positive whole number' },
  '^-?[0-9]+$': { vi: 'phải là số nguyên', en: 'must be a whole number' },
};

/** JSON types as the person reads them, for "must be {type}". */
const JSON_TYPES: Readonly<Record<string, Bilingual>> = {
  string: { vi: 'chuỗi ký tự', en: 'text' },
  integer: { vi: 'số nguyên', en: 'a whole number' },
  number: { vi: 'số', en: 'a number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  object: { vi: 'đối tượng JSON', en: 'a JSON object' },
  array: { vi: 'danh sách', en: 'a list' },
  null: { vi: 'null', en: 'null' },
};

/** A JSON type name ("integer") said in both languages; unknown names as they are. */
export const jsonTypeName = (type: string): Bilingual => JSON_TYPES[type] ?? { vi: type, en: type };

export type FieldMessageParam = MessageParam | Bilingual;

/** A field error's rule: the catalogue key and the rule's values. */
export interface FieldRule {
  readonly key: string;
  readonly params?: Readonly<Record<string, FieldMessageParam>>;
}

/** protovalidate's numeric rule types, which share one wording ("int32.gte" → "number.gte"). */
const NUMBER_RULE = /^(?:u?int(?:32|64)|sint(?:32|64)|s?fixed(?:32|64)|double|float)\./;

/** The catalogue key of a rule id: numeric types share theirs, patterns have their own. */
export function catalogueKeyOf(ruleId: string): string {
  return ruleId.replace(NUMBER_RULE, 'number.');
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** True when the catalogue says `ruleId` in both languages (its values aside). */
export const hasFieldMessage = (ruleId: string) =>
  RULE_MESSAGES[catalogueKeyOf(ruleId)] !== undefined;

/**
 * The field's message in `language`, or undefined when the catalogue does not know the rule or
 * the rule's values do not fill its placeholders: the caller then keeps the fallback text.
 */
export function fieldMessage(rule: FieldRule, language: Language): string | undefined {
  const params = rule.params ?? {};
  const pattern = rule.key === 'string.pattern' ? params.pattern : undefined;
  const template =
    (typeof pattern === 'string' ? PATTERN_MESSAGES[pattern] : undefined) ??
    RULE_MESSAGES[catalogueKeyOf(rule.key)];
  if (template === undefined) return undefined;
  const names = Array.from(template[language].matchAll(PLACEHOLDER), ([, name = '']) => name);
  if (names.some((name) => params[name] === undefined)) return undefined;
  return template[language].replace(PLACEHOLDER, (_placeholder, name: string) => {
    const value = params[name] ?? '';
    return typeof value === 'object' ? value[language] : String(value);
  });
}

/**
 * A message's `oneof` rule (protovalidate reports both of its failures as `message.oneof`) as the
 * catalogue says it: "exactly one" when the rule requires one, "at most one" otherwise, with the
 * fields named as the client names them.
 */
export function oneofRule(
  message: DescMessage,
  oneof: { readonly fields: readonly string[]; readonly required: boolean },
): FieldRule {
  const jsonName = (name: string) =>
    message.fields.find((field) => field.name === name)?.jsonName ?? name;
  return {
    key: oneof.required ? 'message.oneof' : 'message.oneof_at_most',
    params: { fields: oneof.fields.map(jsonName).join(', ') },
  };
}

/** A rule in both languages, or in the service's own words where the catalogue cannot say it. */
export function bothLanguages(rule: FieldRule, fallback: string): Bilingual {
  return { vi: fieldMessage(rule, 'vi') ?? fallback, en: fieldMessage(rule, 'en') ?? fallback };
}
