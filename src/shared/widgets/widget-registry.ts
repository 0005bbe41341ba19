import type { PropsOf } from './prop-spec';
import { attentionSpec } from './specs/attention';
import { autoencoderPcaSpec } from './specs/autoencoder-pca';
import { convGeometrySpec } from './specs/conv-geometry';
import { drillSpec } from './specs/drill';
import { klGaussiansSpec } from './specs/kl-gaussians';
import { logisticTrainingSpec } from './specs/logistic-training';
import { poolingSpec } from './specs/pooling';
import { positionalEncodingSpec } from './specs/positional-encoding';
import { reparametrizationSpec } from './specs/reparametrization';
import { vanishingGradientsSpec } from './specs/vanishing-gradients';

/**
 * Every widget an author may place with `::widget{name="..."}`, with its props. The build
 * validates directives against this registry; the app renders the widget of each name.
 */
export const widgetRegistry = {
  'conv-geometry': convGeometrySpec,
  pooling: poolingSpec,
  'kl-gaussians': klGaussiansSpec,
  reparametrization: reparametrizationSpec,
  'positional-encoding': positionalEncodingSpec,
  attention: attentionSpec,
  'vanishing-gradients': vanishingGradientsSpec,
  'logistic-training': logisticTrainingSpec,
  'autoencoder-pca': autoencoderPcaSpec,
  drill: drillSpec,
};

export type WidgetName = keyof typeof widgetRegistry;

/** The props the component of widget `N` receives: every prop, validated and defaulted by the build. */
export type WidgetProps<N extends WidgetName> = PropsOf<(typeof widgetRegistry)[N]['props']>;

export const widgetNames = Object.keys(widgetRegistry) as WidgetName[];

export function isWidgetName(name: string): name is WidgetName {
  return Object.hasOwn(widgetRegistry, name);
}
