import type { ComponentType } from 'react';
import { widgetNamesIn } from '../../shared/widgets/widget-placeholder';
import type { WidgetName, WidgetProps } from '../../shared/widgets/widget-registry';
import { createResourceCache } from '../data/resource-cache';

type WidgetModules = { [N in WidgetName]: () => Promise<{ default: ComponentType<WidgetProps<N>> }> };

/** The code of every widget, each its own chunk, loaded only by pages that place it. */
const widgetModules: WidgetModules = {
  'conv-geometry': () => import('./conv-geometry/ConvGeometry'),
  pooling: () => import('./pooling/Pooling'),
  'kl-gaussians': () => import('./kl-gaussians/KlGaussians'),
  reparametrization: () => import('./reparametrization/Reparametrization'),
  'positional-encoding': () => import('./positional-encoding/PositionalEncoding'),
  attention: () => import('./attention/Attention'),
  'vanishing-gradients': () => import('./vanishing-gradients/VanishingGradients'),
  'logistic-training': () => import('./logistic-training/LogisticTraining'),
  'autoencoder-pca': () => import('./autoencoder-pca/AutoencoderPca'),
  drill: () => import('../practice/DrillWidget'),
};

/** Whether the app has a component for a placeholder's widget name. */
export function isKnownWidget(name: string): name is WidgetName {
  return Object.hasOwn(widgetModules, name);
}

export const widgetModuleCache = createResourceCache(async (name) => {
  const module = await widgetModules[name as WidgetName]();
  return module.default as ComponentType<Record<string, unknown>>;
});

/** Loads the code of every widget placed in `html`, so that the page renders without suspending. */
export async function preloadWidgets(html: string): Promise<void> {
  await Promise.all(
    widgetNamesIn(html)
      .filter(isKnownWidget)
      .map((name) => widgetModuleCache.get(name)),
  );
}
