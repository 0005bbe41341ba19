import type { DrillKind } from '../../shared/widgets/specs/drill';
import type { Drill } from './drill-types';
import { attentionShapesDrill } from './drills/attention-shapes';
import { convOutputSizeDrill } from './drills/conv-output-size';
import { klGaussiansDrill } from './drills/kl-gaussians';
import { rnnParametersDrill } from './drills/rnn-parameters';

/** Every drill, in the order the practice page lists them. */
export const drills: Record<DrillKind, Drill> = {
  'conv-output-size': convOutputSizeDrill,
  'attention-shapes': attentionShapesDrill,
  'rnn-parameters': rnnParametersDrill,
  'kl-gaussians': klGaussiansDrill,
};
