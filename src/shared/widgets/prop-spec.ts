/**
 * The props a widget accepts, described as data so that the build can validate a directive's
 * attributes and the app can type its components. Isomorphic: no React, no build code.
 */

interface PropBase {
  /** One line for error hints and the author documentation. */
  doc: string;
}

export interface IntegerProp extends PropBase {
  kind: 'integer';
  min: number;
  max: number;
  default: number;
}

export interface NumberProp extends PropBase {
  kind: 'number';
  min: number;
  max: number;
  default: number;
}

export interface ChoiceProp<V extends string = string> extends PropBase {
  kind: 'choice';
  values: readonly V[];
  default: V;
}

export interface BooleanProp extends PropBase {
  kind: 'boolean';
  default: boolean;
}

export interface TextProp extends PropBase {
  kind: 'text';
  maxLength: number;
  default: string;
}

/** A comma-separated list of numbers, e.g. a small feature map. */
export interface NumberListProp extends PropBase {
  kind: 'numbers';
  min: number;
  max: number;
  /** The allowed list lengths. */
  lengths: readonly number[];
  default: readonly number[];
}

export type PropSpec = IntegerProp | NumberProp | ChoiceProp | BooleanProp | TextProp | NumberListProp;

export type PropSpecs = Record<string, PropSpec>;

type ValueOf<S extends PropSpec> =
  S extends ChoiceProp<infer V>
    ? V
    : S extends BooleanProp
      ? boolean
      : S extends TextProp
        ? string
        : S extends NumberListProp
          ? readonly number[]
          : number;

/** The props object a widget component receives, derived from its prop specs. */
export type PropsOf<P extends PropSpecs> = { [K in keyof P]: ValueOf<P[K]> };

/** A problem with one prop, for the build to report. */
export interface PropProblem {
  prop: string;
  message: string;
  /** What to change; by default the prop's documentation. */
  hint?: string;
}

export interface WidgetSpec<P extends PropSpecs = PropSpecs> {
  /** The widget's title, shown above it. */
  title: string;
  props: P;
  /** Constraints between props (e.g. a position inside a range set by another prop). */
  check?(props: PropsOf<P>): PropProblem | undefined;
}

/** Declares a widget spec, keeping the literal prop types for `PropsOf`. */
export function defineWidget<const P extends PropSpecs>(spec: WidgetSpec<P>): WidgetSpec<P> {
  return spec;
}

/** Every prop at its default value. */
export function defaultProps<P extends PropSpecs>(props: P): PropsOf<P> {
  return Object.fromEntries(Object.entries(props).map(([name, spec]) => [name, spec.default])) as PropsOf<P>;
}
