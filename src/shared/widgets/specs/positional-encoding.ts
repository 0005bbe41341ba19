import { defineWidget } from '../prop-spec';

/** Sinusoidal positional encoding: the heatmap and the dot product against distance. */
export const positionalEncodingSpec = defineWidget({
  title: 'Sinusoidal positional encoding',
  props: {
    dModel: { kind: 'integer', min: 4, max: 128, default: 32, doc: 'model dimension d_model (even)' },
    positions: { kind: 'integer', min: 8, max: 128, default: 64, doc: 'number of positions shown' },
    position: { kind: 'integer', min: 0, max: 127, default: 10, doc: 'the reference position' },
  },
  check: ({ dModel, positions, position }) =>
    dModel % 2 === 1
      ? { prop: 'dModel', message: 'dModel must be even (sine and cosine come in pairs)' }
      : position >= positions
        ? { prop: 'position', message: `position must be less than positions (${positions})` }
        : undefined,
});
