import { readdirSync, readFileSync } from 'node:fs';
import { getOption, hasOption, type DescFile, type DescMessage } from '@bufbuild/protobuf';
import {
  message as messageRulesExtension,
  type FieldRules,
} from '@bufbuild/protovalidate/gen/buf/validate/validate_pb.js';
import { describe, expect, it } from 'vitest';
import {
  fieldMessage,
  hasFieldMessage,
  PATTERN_MESSAGES,
  RULE_MESSAGES,
  type FieldRule,
} from './field-messages.ts';
import { ruleOfViolation } from './proto-json/rule-params.ts';
import { rulesOf } from './proto-json/validation-rules.ts';

const PROTO = new URL('../../../proto/', import.meta.url);

/** Every .proto file of the contract's generated descriptors (all services, not only the gateway's). */
async function contractFiles(): Promise<DescFile[]> {
  const root = new URL('gen/expertnet/', PROTO);
  const files: DescFile[] = [];
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('_pb.ts')) continue;
    const module = (await import(new URL(entry, root).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (isFile(value)) files.push(value);
    }
  }
  return files;
}

const isFile = (value: unknown): value is DescFile =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'file';

function messagesOf(messages: readonly DescMessage[]): DescMessage[] {
  return messages.flatMap((message) => [message, ...messagesOf(message.nestedMessages)]);
}

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The rule ids protovalidate can report for these rules (not their elements'), as it builds them. */
function ruleIdsOf(rules: FieldRules): string[] {
  const ids = rules.cel.map((rule) => rule.id);
  if (rules.required) ids.push('required');
  const type = rules.type;
  return type.case === undefined ? ids : [...ids, ...typeRuleIds(type.case, type.value)];
}

/** The rules of each element of a list, or of each value of a map. */
function elementRulesOf(rules: FieldRules): FieldRules | undefined {
  const type = rules.type;
  if (type.case === 'repeated') return type.value.items;
  return type.case === 'map' ? type.value.values : undefined;
}

function typeRuleIds(kind: string, rules: object): string[] {
  const ids: string[] = [];
  const bounds: Record<string, { case: string; value: unknown }> = {};
  for (const [name, value] of Object.entries(rules)) {
    if (name.startsWith('$') || name === 'items' || name === 'keys' || name === 'values') continue;
    if (typeof value === 'object' && value !== null && 'case' in value) {
      const chosen = value as { case: string | undefined; value: unknown };
      if (chosen.case === undefined) continue;
      if (name === 'greaterThan' || name === 'lessThan')
        bounds[name] = { ...chosen, case: chosen.case };
      else if (chosen.value === true)
        ids.push(`${kind}.${snake(chosen.case)}`, `${kind}.${snake(chosen.case)}_empty`);
    } else if (Array.isArray(value) ? value.length > 0 : Boolean(value)) {
      ids.push(`${kind}.${snake(name)}`);
    }
  }
  const { greaterThan: low, lessThan: high } = bounds;
  if (low !== undefined && high !== undefined) {
    const exclusive = Number(high.value) < Number(low.value) ? '_exclusive' : '';
    ids.push(`${kind}.${snake(low.case)}_${snake(high.case)}${exclusive}`);
  } else {
    for (const bound of [low, high])
      if (bound !== undefined) ids.push(`${kind}.${snake(bound.case)}`);
  }
  return ids;
}

interface RuleUse {
  readonly message: DescMessage;
  readonly path: string;
  readonly id: string;
}

/** Every rule of the contract: the message it is on, the field path and the rule id. */
function ruleUses(files: readonly DescFile[]): RuleUse[] {
  const uses: RuleUse[] = [];
  for (const message of files.flatMap((file) => messagesOf(file.messages))) {
    if (hasOption(message, messageRulesExtension)) {
      const rules = getOption(message, messageRulesExtension);
      for (const rule of rules.cel) uses.push({ message, path: '', id: rule.id });
      for (const oneof of rules.oneof) {
        uses.push({ message, path: '', id: 'message.oneof' });
        if (oneof.required) uses.push({ message, path: '', id: 'required' });
      }
    }
    for (const field of message.fields) {
      const rules = rulesOf(field);
      if (rules === undefined) continue;
      for (const id of ruleIdsOf(rules)) uses.push({ message, path: field.name, id });
      const element = elementRulesOf(rules);
      for (const id of element === undefined ? [] : ruleIdsOf(element)) {
        uses.push({ message, path: `${field.name}[0]`, id });
      }
    }
  }
  return uses;
}

describe('the field-message catalogue', () => {
  it('says every rule the contract uses, with its values, in both languages', async () => {
    const uses = ruleUses(await contractFiles());
    const ids = new Set(uses.map((use) => use.id));
    // The walk finds the rules (a walk that found nothing would pass vacuously).
    for (const id of ['string.min_len', 'int32.gte', 'enum.not_in', 'round.closes_after_opens']) {
      expect(ids).toContain(id);
    }
    expect([...ids].filter((id) => !hasFieldMessage(id))).toEqual([]);
    const unsaid = uses.filter(({ message, path, id }) =>
      (['vi', 'en'] as const).some(
        (language) => fieldMessage(ruleOfViolation(message, path, id), language) === undefined,
      ),
    );
    expect(unsaid.map(({ message, path, id }) => `${message.typeName} ${path} ${id}`)).toEqual([]);
  });

  it('knows every CEL rule id written in the .proto sources (the descriptors are not stale)', () => {
    const root = new URL('src/', PROTO);
    const written = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((entry) => entry.endsWith('.proto'))
      .flatMap((entry) =>
        Array.from(
          readFileSync(new URL(entry, root), 'utf8').matchAll(/\bid: "([^"]+)"/g),
          ([, id = '']) => id,
        ),
      );
    expect(written.length).toBeGreaterThan(30);
    expect(written.filter((id) => !hasFieldMessage(id))).toEqual([]);
  });

  it('has the same placeholders in Vietnamese and English', () => {
    const placeholders = (text: string) =>
      Array.from(text.matchAll(/\{(\w+)\}/g), ([, name]) => name).sort();
    for (const [key, message] of Object.entries({ ...RULE_MESSAGES, ...PATTERN_MESSAGES })) {
      expect(placeholders(message.vi), key).toEqual(placeholders(message.en));
      expect(message.vi, key).not.toBe('');
    }
  });

  it('fills the rule values and falls back when it cannot', () => {
    const minLen: FieldRule = { key: 'string.min_len', params: { minLen: 2 } };
    expect(fieldMessage(minLen, 'vi')).toBe('phải có ít nhất 2 ký tự');
    expect(fieldMessage(minLen, 'en')).toBe('must be at least 2 characters');
    expect(fieldMessage({ key: 'uint64.gte_lte', params: { gte: 1, lte: 5 } }, 'vi')).toBe(
      'phải từ 1 đến 5',
    );
    expect(fieldMessage({ key: 'string.min_len' }, 'vi')).toBeUndefined();
    expect(fieldMessage({ key: 'no.such_rule' }, 'vi')).toBeUndefined();
    const date = {
      key: 'string.pattern',
      params: { pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' },
    };
    expect(fieldMessage(date, 'vi')).toBe('không đúng định dạng ngày (ví dụ 2026-12-31)');
    expect(fieldMessage({ key: 'string.pattern', params: { pattern: '^x$' } }, 'en')).toBe(
      'is not in the expected format',
    );
  });
});
