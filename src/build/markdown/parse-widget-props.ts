import type { PropSpec, PropSpecs, PropsOf, WidgetSpec } from '../../shared/widgets/prop-spec';
import { didYouMean } from '../suggest';

/** A problem with a widget's attributes; `prop` names the attribute to point at, if any. */
export interface WidgetPropProblem {
  prop?: string;
  message: string;
  hint: string;
}

export interface ParsedWidgetProps {
  /** Every prop: the attribute's value, or the default when absent or invalid. */
  props: Record<string, unknown>;
  problems: WidgetPropProblem[];
}

/**
 * Validates a widget directive's attributes (all strings, as Markdown gives them) against the
 * widget's prop specs, converting each to its type. Nothing is coerced silently: a value out of
 * range or of the wrong kind is a problem, never clamped.
 */
export function parseWidgetProps(
  name: string,
  spec: WidgetSpec,
  attributes: Record<string, string>,
): ParsedWidgetProps {
  const props: Record<string, unknown> = {};
  const problems: WidgetPropProblem[] = [];
  const known = Object.keys(spec.props);
  for (const attribute of Object.keys(attributes)) {
    if (!Object.hasOwn(spec.props, attribute)) {
      problems.push({
        prop: attribute,
        message: `widget "${name}" has no prop "${attribute}".${didYouMean(attribute, known)}`,
        hint: `props of ${name}: ${known.join(', ')} (see content/README.md)`,
      });
    }
  }
  const inWrittenOrder = Object.entries(spec.props).sort(([a], [b]) => order(attributes, a) - order(attributes, b));
  for (const [prop, propSpec] of inWrittenOrder) {
    const raw = attributes[prop];
    if (raw === undefined) {
      props[prop] = propSpec.default;
      continue;
    }
    const parsed = parseValue(propSpec, raw);
    if (parsed.ok) {
      props[prop] = parsed.value;
    } else {
      props[prop] = propSpec.default;
      problems.push({
        prop,
        message: `prop "${prop}" of widget "${name}" must be ${parsed.expected}, not ${JSON.stringify(raw)}`,
        hint: `${prop}: ${propSpec.doc} (default: ${String(propSpec.default)})`,
      });
    }
  }
  if (problems.length === 0 && spec.check) {
    const problem = spec.check(props as PropsOf<PropSpecs>);
    if (problem) {
      problems.push({
        prop: problem.prop,
        message: `widget "${name}": ${problem.message}`,
        hint: problem.hint ?? `${problem.prop}: ${spec.props[problem.prop]?.doc ?? ''}`,
      });
    }
  }
  return { props, problems };
}

type ParsedValue = { ok: true; value: unknown } | { ok: false; expected: string };

const integerPattern = /^-?\d+$/;
const numberPattern = /^-?(?:\d+\.?\d*|\.\d+)$/;

function parseValue(spec: PropSpec, raw: string): ParsedValue {
  const text = raw.trim();
  switch (spec.kind) {
    case 'integer': {
      const value = Number(text);
      return integerPattern.test(text) && value >= spec.min && value <= spec.max
        ? { ok: true, value }
        : { ok: false, expected: `an integer from ${spec.min} to ${spec.max}` };
    }
    case 'number': {
      const value = Number(text);
      return numberPattern.test(text) && value >= spec.min && value <= spec.max
        ? { ok: true, value }
        : { ok: false, expected: `a number from ${spec.min} to ${spec.max}` };
    }
    case 'choice':
      return spec.values.includes(text)
        ? { ok: true, value: text }
        : {
            ok: false,
            expected: `one of ${spec.values.map((value) => `"${value}"`).join(', ')}${didYouMean(text, spec.values)}`,
          };
    case 'boolean':
      // A bare attribute (`scaled`) means true.
      if (text === '' || text === 'true') return { ok: true, value: true };
      return text === 'false' ? { ok: true, value: false } : { ok: false, expected: 'true or false' };
    case 'text':
      return text.length > 0 && text.length <= spec.maxLength
        ? { ok: true, value: text }
        : { ok: false, expected: `text of 1 to ${spec.maxLength} characters` };
    case 'numbers': {
      const items = text.split(',').map((item) => item.trim());
      const values = items.map(Number);
      const valid =
        spec.lengths.includes(items.length) &&
        items.every(
          (item, index) => numberPattern.test(item) && values[index]! >= spec.min && values[index]! <= spec.max,
        );
      return valid
        ? { ok: true, value: values }
        : {
            ok: false,
            expected: `${joinOr(spec.lengths)} comma-separated numbers from ${spec.min} to ${spec.max}`,
          };
    }
  }
}

/** `9, 16, 25 or 36` */
function joinOr(items: readonly number[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${String(items.at(-1))}`;
}

/** The position of `prop` among the written attributes (absent props last). */
function order(attributes: Record<string, string>, prop: string): number {
  const index = Object.keys(attributes).indexOf(prop);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}
