import { describe, expect, it } from 'vitest';
import { parseWidgetProps } from '../../../../src/build/markdown/parse-widget-props';
import { defaultProps } from '../../../../src/shared/widgets/prop-spec';
import { widgetNames, widgetRegistry } from '../../../../src/shared/widgets/widget-registry';

describe('the widget registry', () => {
  it.each(widgetNames)('%s: its defaults are valid props', (name) => {
    const spec = widgetRegistry[name];
    const written = Object.fromEntries(
      Object.entries(defaultProps(spec.props)).map(([prop, value]) => [
        prop,
        Array.isArray(value) ? value.join(',') : String(value),
      ]),
    );
    expect(parseWidgetProps(name, spec, written)).toEqual({ props: defaultProps(spec.props), problems: [] });
    expect(parseWidgetProps(name, spec, {})).toEqual({ props: defaultProps(spec.props), problems: [] });
  });
});

describe('parsing widget props', () => {
  const spec = widgetRegistry['positional-encoding'];

  it('checks constraints between props once each prop is valid', () => {
    expect(parseWidgetProps('positional-encoding', spec, { dModel: '15' }).problems).toEqual([
      expect.objectContaining({
        prop: 'dModel',
        message: 'widget "positional-encoding": dModel must be even (sine and cosine come in pairs)',
      }),
    ]);
    expect(parseWidgetProps('positional-encoding', spec, { positions: '8', position: '8' }).problems).toEqual([
      expect.objectContaining({ prop: 'position' }),
    ]);
  });

  it('does not accept numbers written loosely', () => {
    for (const value of ['1e2', '0x10', ' ', '12px', 'Infinity']) {
      expect(parseWidgetProps('positional-encoding', spec, { dModel: value }).problems).toHaveLength(1);
    }
  });

  it('limits text and checks the words of an attention sentence', () => {
    const attention = widgetRegistry.attention;
    expect(parseWidgetProps('attention', attention, { sentence: 'one' }).problems[0]?.message).toBe(
      'widget "attention": the sentence has 1 words; use 2 to 8',
    );
    expect(parseWidgetProps('attention', attention, { sentence: 'a b', query: '3' }).problems[0]?.message).toBe(
      'widget "attention": query 3 is past the last word (2)',
    );
  });
});
